<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssociationEditing</name>
    <message>
        <source>edit association «%1»</source>
        <translation>изменение объединения «%1»</translation>
    </message>
    <message>
        <source>new association «%1»</source>
        <translation>создание объединения «%1»</translation>
    </message>
    <message>
        <source>«%1» has plans (%2) and meetings (%3): their history counts for the indicators. Set its last active year instead, or delete its plans and meetings first.</source>
        <translation>у объединения «%1» есть планы (%2) и заседания (%3): их история учитывается в показателях. Укажите последний год работы объединения или сначала удалите его планы и заседания.</translation>
    </message>
    <message>
        <source>delete association «%1»</source>
        <translation>удаление объединения «%1»</translation>
    </message>
    <message numerus="yes">
        <source>add %n member(s)</source>
        <translation>
            <numerusform>добавление %n участника</numerusform>
            <numerusform>добавление %n участников</numerusform>
            <numerusform>добавление %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) left</source>
        <translation>
            <numerusform>выход %n участника</numerusform>
            <numerusform>выход %n участников</numerusform>
            <numerusform>выход %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n membership(s)</source>
        <translation>
            <numerusform>удаление %n записи об участии</numerusform>
            <numerusform>удаление %n записей об участии</numerusform>
            <numerusform>удаление %n записей об участии</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationRepository</name>
    <message>
        <source>The association «%1» cannot be stored: %2</source>
        <translation>Не удалось сохранить объединение «%1»: %2</translation>
    </message>
    <message>
        <source>The association no longer exists.</source>
        <translation>Этого объединения уже нет.</translation>
    </message>
    <message>
        <source>The member cannot be added: %1</source>
        <translation>Не удалось добавить члена объединения: %1</translation>
    </message>
    <message>
        <source>%1 is already a member of «%2» on %3.</source>
        <translation>Педагог %1 уже состоит в объединении «%2» на %3.</translation>
    </message>
    <message>
        <source>The member cannot be changed: %1</source>
        <translation>Не удалось изменить сведения о члене объединения: %1</translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation>Этой записи о членстве в объединении уже нет.</translation>
    </message>
    <message>
        <source>Left: the day of leaving must be on or after joining (%1).</source>
        <translation>Дата выхода: должна быть не раньше даты вступления (%1).</translation>
    </message>
</context>
<context>
    <name>AssociationRules</name>
    <message>
        <source>Name: the association needs a name.</source>
        <translation>Название: укажите название объединения.</translation>
    </message>
    <message>
        <source>Organisation: a school-level association needs its organisation.</source>
        <translation>Организация: для объединения школьного уровня укажите организацию.</translation>
    </message>
    <message>
        <source>Organisation: only a school-level association belongs to an organisation.</source>
        <translation>Организация: к организации относится только объединение школьного уровня.</translation>
    </message>
    <message>
        <source>Level: a ShMO is a school-level association.</source>
        <translation>Уровень: ШМО — объединение школьного уровня.</translation>
    </message>
    <message>
        <source>Level: an RMO is a district (municipal or inter-municipal) association.</source>
        <translation>Уровень: РМО — районное (муниципальное или межмуниципальное) объединение.</translation>
    </message>
    <message>
        <source>Active from: %1 is not a real year.</source>
        <translation>Действует с: год %1 указан неверно.</translation>
    </message>
    <message>
        <source>Active to: the last year %1 is before the first year %2.</source>
        <translation>Действует по: последний год %1 раньше первого года %2.</translation>
    </message>
    <message>
        <source>Secretary: the head cannot be the secretary too.</source>
        <translation>Секретарь: руководитель не может быть одновременно секретарём.</translation>
    </message>
    <message>
        <source>Teacher: the member must be a teacher of the registry.</source>
        <translation>Педагог: член объединения должен быть педагогом из реестра.</translation>
    </message>
    <message>
        <source>Left: the member cannot leave (%1) before joining (%2).</source>
        <translation>Дата выхода: выход из объединения (%1) не может быть раньше вступления (%2).</translation>
    </message>
</context>
<context>
    <name>AssociationText</name>
    <message>
        <source>District methodical association (RMO)</source>
        <translation>Районное методическое объединение (РМО)</translation>
    </message>
    <message>
        <source>School methodical association (ShMO)</source>
        <translation>Школьное методическое объединение (ШМО)</translation>
    </message>
    <message>
        <source>Creative group</source>
        <translation>Творческая группа</translation>
    </message>
    <message>
        <source>School of the young teacher</source>
        <translation>Школа молодого педагога</translation>
    </message>
    <message>
        <source>Network community</source>
        <translation>Сетевое сообщество</translation>
    </message>
    <message>
        <source>Other association</source>
        <translation>Другое объединение</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школьный</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Муниципальный</translation>
    </message>
    <message>
        <source>Inter-municipal</source>
        <translation>Межмуниципальный</translation>
    </message>
</context>
<context>
    <name>AssociationWidgets</name>
    <message>
        <source>Print preview...</source>
        <translation>Предварительный просмотр...</translation>
    </message>
    <message>
        <source>Save as PDF / ODT...</source>
        <translation>Сохранить в PDF / ODT...</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введите дату.</translation>
    </message>
</context>
<context>
    <name>AssociationsArea</name>
    <message>
        <source>Methodical associations</source>
        <translation>Методические объединения</translation>
    </message>
</context>
<context>
    <name>AttestationArea</name>
    <message>
        <source>Import &amp;attestation history...</source>
        <translation>Импорт истории &amp;аттестации...</translation>
    </message>
    <message>
        <source>&amp;Attestation rules...</source>
        <translation>Правила &amp;аттестации...</translation>
    </message>
    <message>
        <source>Attestation: %1 categories expire within %2 months, %3 have lapsed (Attestation → Expiring categories).</source>
        <translation>Аттестация: истекает в ближайшие %2 мес. категорий: %1, истекло: %3 (Аттестация → Истекающие категории).</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
</context>
<context>
    <name>AttestationImporter</name>
    <message>
        <source>the registry has this SNILS as %1; the record is made for that teacher</source>
        <translation>в реестре этот СНИЛС указан у педагога %1; запись вносится этому педагогу</translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation>не указана категория</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected высшая, первая, педагог-методист, педагог-наставник or СЗД</source>
        <translation>неизвестная категория «%1»; ожидается: высшая, первая, педагог-методист, педагог-наставник или СЗД</translation>
    </message>
    <message>
        <source>the date of the decision is empty</source>
        <translation>не указана дата решения</translation>
    </message>
    <message>
        <source>the order (%1) is dated before the decision (%2)</source>
        <translation>дата приказа (%1) раньше даты решения (%2)</translation>
    </message>
    <message>
        <source>unknown &quot;%1&quot;; expected регион (the regional commission) or ОО (the employer)</source>
        <translation>неизвестное значение «%1»; ожидается: регион (аттестационная комиссия региона) или ОО (работодатель)</translation>
    </message>
    <message>
        <source>a qualification category is granted by the regional commission, not by the employer</source>
        <translation>квалификационную категорию присваивает аттестационная комиссия региона, а не работодатель</translation>
    </message>
    <message>
        <source>fitness for the post is decided by the employer, not by the region</source>
        <translation>соответствие занимаемой должности устанавливает работодатель, а не регион</translation>
    </message>
    <message>
        <source>repeats row %1 (the same teacher, kind and date)</source>
        <translation>повторяет строку %1 (тот же педагог, вид и дата)</translation>
    </message>
    <message>
        <source>no order number; the record is kept without it</source>
        <translation>не указан номер приказа; запись сохраняется без него</translation>
    </message>
    <message>
        <source>%1 (row %2) is no longer in the registry; nothing was imported.</source>
        <translation>Педагога %1 (строка %2) уже нет в реестре; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Строка %1: %2 Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>AttestationPlan</name>
    <message>
        <source>the month of attestation must be from 1 to 12</source>
        <translation>месяц аттестации должен быть от 1 до 12</translation>
    </message>
    <message>
        <source>the attestation in %1 is outside the years of the plan (%2–%3)</source>
        <translation>аттестация в %1 — вне лет плана (%2–%3)</translation>
    </message>
    <message>
        <source>choose the category applied for</source>
        <translation>выберите категорию, на которую подаётся заявление</translation>
    </message>
    <message>
        <source>fitness for the post is not a category</source>
        <translation>соответствие занимаемой должности не является категорией</translation>
    </message>
    <message>
        <source>the month of the application must be from 1 to 12</source>
        <translation>месяц подачи заявления должен быть от 1 до 12</translation>
    </message>
    <message>
        <source>the application is due after the attestation</source>
        <translation>срок подачи заявления позже срока аттестации</translation>
    </message>
</context>
<context>
    <name>AttestationPlanRepository</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 appears in the plan twice; a teacher has one line in the plan-graph.</source>
        <translation>Педагог %1 указан в плане дважды; в плане-графике у педагога одна строка.</translation>
    </message>
</context>
<context>
    <name>AttestationRepository</name>
    <message>
        <source>The planned month must be from 1 to 12 (%1 given).</source>
        <translation>Планируемый месяц должен быть от 1 до 12 (указано: %1).</translation>
    </message>
    <message>
        <source>The planned year %1 is not a real year.</source>
        <translation>Планируемый год %1 указан неверно.</translation>
    </message>
    <message>
        <source>The attestation record no longer exists.</source>
        <translation>Этой записи об аттестации уже нет.</translation>
    </message>
    <message>
        <source>The attestation record of %1 cannot be stored: %2</source>
        <translation>Не удалось сохранить запись об аттестации педагога %1: %2</translation>
    </message>
    <message>
        <source>%1 already has a record of %2 decided on %3.</source>
        <translation>У педагога %1 уже есть запись: %2, решение от %3.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Этого заявления уже нет.</translation>
    </message>
    <message>
        <source>Choose the category %1 applies for.</source>
        <translation>Выберите категорию, на которую претендует %1.</translation>
    </message>
    <message>
        <source>Give the date the application of %1 was submitted.</source>
        <translation>Укажите дату подачи заявления педагога %1.</translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation>Дата заявления %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 already has an open application; decide or withdraw it first.</source>
        <translation>У педагога %1 уже есть нерассмотренное заявление; сначала примите по нему решение или отзовите его.</translation>
    </message>
    <message>
        <source>The application of %1 is decided (%2); its month cannot change.</source>
        <translation>По заявлению педагога %1 уже принято решение (%2); месяц изменить нельзя.</translation>
    </message>
    <message>
        <source>The application of %1 is %2; it cannot become %3 (submitted → under review → granted or refused).</source>
        <translation>Заявление педагога %1 имеет статус «%2»; его нельзя перевести в статус «%3» (подано → на рассмотрении → категория присвоена или отказано).</translation>
    </message>
    <message>
        <source>Give the date the category of %1 was granted.</source>
        <translation>Укажите дату присвоения категории педагогу %1.</translation>
    </message>
    <message>
        <source>The application of %1 is decided (%2) and stays in the history.</source>
        <translation>По заявлению педагога %1 принято решение (%2); оно остаётся в истории.</translation>
    </message>
    <message>
        <source>A record of another teacher cannot be restored here.</source>
        <translation>Запись другого педагога здесь восстановить нельзя.</translation>
    </message>
    <message>
        <source>An application of another teacher cannot be restored here.</source>
        <translation>Заявление другого педагога здесь восстановить нельзя.</translation>
    </message>
    <message>
        <source>Attestation of %1 of %2</source>
        <translation>Аттестация: %1, решение от %2</translation>
    </message>
    <message>
        <source>The application of %1 was changed by another user after the list was shown; nothing was changed. The list is shown again: check it and repeat the step.</source>
        <translation>Заявление (%1) изменил другой пользователь после того, как список был показан; ничего не изменено. Список показан заново: проверьте его и повторите действие.</translation>
    </message>
</context>
<context>
    <name>AttestationRules</name>
    <message>
        <source>the highest category is granted to holders of a valid first category (or of a highest category, valid or expired); the history shows neither on %1</source>
        <translation>высшая категория присваивается педагогам с действующей первой категорией (или с высшей — действующей или истекшей); по истории на %1 нет ни той, ни другой</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is granted to holders of a valid highest category; the history shows none valid on %2</source>
        <translation>категория «%1» присваивается педагогам с действующей высшей категорией; по истории на %2 действующей высшей категории нет</translation>
    </message>
    <message>
        <source>choose the teacher</source>
        <translation>выберите педагога</translation>
    </message>
    <message>
        <source>choose the category granted</source>
        <translation>выберите присвоенную категорию</translation>
    </message>
    <message>
        <source>fitness for the post is not a category; leave the category empty</source>
        <translation>соответствие занимаемой должности не является категорией; оставьте категорию пустой</translation>
    </message>
    <message>
        <source>give the date the decision was made</source>
        <translation>укажите дату принятия решения</translation>
    </message>
    <message>
        <source>the decision date %1 is in the future</source>
        <translation>дата решения %1 ещё не наступила</translation>
    </message>
    <message>
        <source>the order date %1 is in the future</source>
        <translation>дата приказа %1 ещё не наступила</translation>
    </message>
</context>
<context>
    <name>AttestationText</name>
    <message>
        <source>qualification category</source>
        <translation>квалификационная категория</translation>
    </message>
    <message>
        <source>fitness for the post</source>
        <translation>соответствие занимаемой должности</translation>
    </message>
    <message>
        <source>regional commission</source>
        <translation>аттестационная комиссия региона</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>работодатель</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>подано</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>категория присвоена</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The server refused to set up the audit log: %1</source>
        <translation>Сервер не дал настроить журнал изменений: %1</translation>
    </message>
    <message>
        <source>The audit log is kept by a server; a file has none.</source>
        <translation>Журнал изменений ведёт сервер; у файла его нет.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>note</source>
        <translation>отметка</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <source>This kind of database is backed up on its server.</source>
        <translation>Резервное копирование базы данных этого типа выполняется на её сервере.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Не удалось создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>%1 is not a ProfRost backup.</source>
        <translation>%1 не является резервной копией ПрофРост.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Не удалось прочитать резервную копию %1.</translation>
    </message>
    <message>
        <source>Cannot replace the database file; nothing was changed.</source>
        <translation>Не удалось заменить файл базы данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is a database on a server: its administrator backs it up and restores it with pg_dump and pg_restore.</source>
        <translation>%1 — база данных на сервере: её резервные копии делает и восстанавливает администратор сервера (pg_dump и pg_restore).</translation>
    </message>
</context>
<context>
    <name>CategoryCounts</name>
    <message>
        <source>highest category</source>
        <translation>высшая категория</translation>
    </message>
    <message>
        <source>first category</source>
        <translation>первая категория</translation>
    </message>
    <message>
        <source>teacher-methodologist</source>
        <translation>педагог-методист</translation>
    </message>
    <message>
        <source>teacher-mentor</source>
        <translation>педагог-наставник</translation>
    </message>
    <message>
        <source>fitness for the post (SZD)</source>
        <translation>соответствие занимаемой должности (СЗД)</translation>
    </message>
    <message>
        <source>no category, no SZD</source>
        <translation>без категории и СЗД</translation>
    </message>
</context>
<context>
    <name>CategoryText</name>
    <message>
        <source>no category</source>
        <translation>без категории</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первая</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>высшая</translation>
    </message>
    <message>
        <source>teacher-methodologist</source>
        <translation>педагог-методист</translation>
    </message>
    <message>
        <source>teacher-mentor</source>
        <translation>педагог-наставник</translation>
    </message>
</context>
<context>
    <name>CentreCardText</name>
    <message>
        <source>Further-training plan-graph</source>
        <translation>План-график повышения квалификации</translation>
    </message>
    <message>
        <source>Course schedule</source>
        <translation>График курсов</translation>
    </message>
    <message>
        <source>Attestation plan-graphs</source>
        <translation>План-графики аттестации</translation>
    </message>
    <message>
        <source>Expiring categories</source>
        <translation>Истекающие категории</translation>
    </message>
    <message>
        <source>Centre&apos;s work plan and roadmap</source>
        <translation>План работы ИМЦ и дорожная карта</translation>
    </message>
    <message>
        <source>Deficit map and individual routes</source>
        <translation>Карта дефицитов и индивидуальные маршруты</translation>
    </message>
    <message>
        <source>Young teachers and mentors&apos; load</source>
        <translation>Списки молодых педагогов и нагрузка наставников</translation>
    </message>
    <message>
        <source>Methodical events: report and schedule</source>
        <translation>Методические мероприятия: отчёт и график</translation>
    </message>
    <message>
        <source>Analytic report of the monitoring</source>
        <translation>Аналитическая справка по итогам мониторинга</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Сохранить как &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Сохранить как &amp;SVG...</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>диаграмма</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Сохранить диаграмму в SVG</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Сохранить диаграмму в PNG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Не указан %1.</translation>
    </message>
    <message>
        <source>Usage: profrost-cli init DB
Creates an empty ProfRost database at DB.</source>
        <translation>Использование: profrost-cli init DB
Создаёт пустую базу данных ПрофРост по пути DB.</translation>
    </message>
    <message>
        <source>the database path</source>
        <translation>путь к базе данных</translation>
    </message>
    <message>
        <source>%1 already exists; init creates a new database.</source>
        <translation>%1 уже существует; init создаёт только новую базу данных.</translation>
    </message>
    <message>
        <source>created %1 (schema version %2)</source>
        <translation>создана база данных %1 (версия схемы %2)</translation>
    </message>
    <message>
        <source>Usage: profrost-cli demo DB [--teachers N] [--seed S]
Creates DB with a realistic demo municipality (deterministic for a seed).</source>
        <translation>Использование: profrost-cli demo DB [--teachers N] [--seed S]
Создаёт DB с реалистичным демонстрационным муниципалитетом (при одном и том же значении seed результат одинаков).</translation>
    </message>
    <message>
        <source>Number of teachers (default 900).</source>
        <translation>Число педагогов (по умолчанию 900).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--teachers must be a number from 1 to 200000.</source>
        <translation>Значение --teachers должно быть числом от 1 до 200000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>Значение --seed должно быть неотрицательным числом.</translation>
    </message>
    <message>
        <source>demo database %1: %2 municipalities, %3 organisations, %4 teachers (%5 s)</source>
        <translation>демонстрационная база данных %1: муниципалитетов: %2, организаций: %3, педагогов: %4 (%5 с)</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import teachers DB FILE [--dry-run] [--strict]
Imports teachers from FILE (.csv or .xlsx). Valid rows are imported and the exit
code is 2 when any row was rejected; with --strict nothing is imported then.</source>
        <translation>Использование: profrost-cli import teachers DB FILE [--dry-run] [--strict]
Импортирует педагогов из FILE (.csv или .xlsx). Корректные строки импортируются, а код
завершения равен 2, если отклонена хотя бы одна строка; с --strict тогда ничего не импортируется.</translation>
    </message>
    <message>
        <source>Check the file and report; change nothing.</source>
        <translation>Проверить файл и вывести отчёт, ничего не изменяя.</translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation>Ничего не импортировать, если отклонена хотя бы одна строка.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>файл для импорта</translation>
    </message>
    <message>
        <source>warning: row %1, %2: %3</source>
        <translation>предупреждение: строка %1, %2: %3</translation>
    </message>
    <message>
        <source>warning: column %1: %2</source>
        <translation>предупреждение: столбец %1: %2</translation>
    </message>
    <message>
        <source>rejected: row %1, %2: %3</source>
        <translation>отклонено: строка %1, %2: %3</translation>
    </message>
    <message>
        <source>rejected: file: %1</source>
        <translation>отклонено: файл: %1</translation>
    </message>
    <message>
        <source>imported 0, updated 0, rejected %1</source>
        <translation>импортировано 0, обновлено 0, отклонено %1</translation>
    </message>
    <message>
        <source>imported %1, updated %2, rejected %3</source>
        <translation>импортировано %1, обновлено %2, отклонено %3</translation>
    </message>
    <message>
        <source> (%1 already up to date)</source>
        <translation> (без изменений: %1)</translation>
    </message>
    <message>
        <source> (dry run: nothing was changed, %1 rows are valid)</source>
        <translation> (пробный запуск: ничего не изменено, корректных строк: %1)</translation>
    </message>
    <message>
        <source> (strict: nothing was imported)</source>
        <translation> (строгий режим: ничего не импортировано)</translation>
    </message>
    <message>
        <source>Usage: profrost-cli export teachers DB FILE
Writes every teacher with the current posts to FILE (.xlsx or .csv).</source>
        <translation>Использование: profrost-cli export teachers DB FILE
Записывает всех педагогов с текущими должностями в FILE (.xlsx или .csv).</translation>
    </message>
    <message>
        <source>the output file</source>
        <translation>выходной файл</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>Имя выходного файла должно оканчиваться на .xlsx или .csv.</translation>
    </message>
    <message>
        <source>exported %1 teachers to %2</source>
        <translation>экспортировано педагогов: %1 (файл %2)</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import courses DB FILE [--dry-run] [--strict]
Imports completed courses (certificates) from FILE (.csv or .xlsx): the teacher is found
by СНИЛС or by ФИО and birth date; programmes and course runs are added when new.
Valid rows are imported and the exit code is 2 when any row was rejected; with
--strict nothing is imported then.</source>
        <translation>Использование: profrost-cli import courses DB FILE [--dry-run] [--strict]
Импортирует пройденные курсы (удостоверения) из FILE (.csv или .xlsx): педагог определяется
по СНИЛС или по ФИО и дате рождения; новые программы и курсы добавляются в каталог.
Корректные строки импортируются, а код завершения равен 2, если отклонена хотя бы одна
строка; с --strict тогда ничего не импортируется.</translation>
    </message>
    <message>
        <source>added to the catalogue: %1 programme(s), %2 course run(s)</source>
        <translation>добавлено в каталог программ: %1, курсов: %2</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (%3).</source>
        <translation>--%1: «%2» — не дата (%3).</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3.</source>
        <translation>Значение --%1 должно быть числом от %2 до %3.</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import attestation DB FILE [--dry-run] [--strict]
Imports the attestation history from FILE (.csv or .xlsx): columns СНИЛС (or ФИО and
Дата рождения), Категория (высшая, первая, педагог-методист, педагог-наставник or СЗД),
Дата присвоения, Номер приказа, optional Дата приказа and Кем присвоена. Each teacher&apos;s
current category follows the newest record; importing a file again changes nothing.
Valid rows are imported and the exit code is 2 when any row was rejected; with
--strict nothing is imported then.</source>
        <translation>Использование: profrost-cli import attestation DB FILE [--dry-run] [--strict]
Импортирует историю аттестации из FILE (.csv или .xlsx): столбцы СНИЛС (или ФИО и
Дата рождения), Категория (высшая, первая, педагог-методист, педагог-наставник или СЗД),
Дата присвоения, Номер приказа, необязательные Дата приказа и Кем присвоена. Текущая
категория каждого педагога определяется по последней записи; повторный импорт файла ничего не меняет.
Корректные строки импортируются, а код завершения равен 2, если отклонена хотя бы одна
строка; с --strict тогда ничего не импортируется.</translation>
    </message>
    <message>
        <source>  report plan|protocol DB --id N --out FILE
                                   write a methodical plan or a meeting&apos;s protocol (.pdf or .odt)
</source>
        <translation>  report plan|protocol DB --id N --out FILE
                                   сформировать методический план или протокол заседания (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>  import attestation DB FILE [--dry-run] [--strict]
                                   import the attestation history (categories, СЗД) from a .csv or .xlsx file
</source>
        <translation>  import attestation DB FILE [--dry-run] [--strict]
                                   импортировать историю аттестации (категории, СЗД) из файла .csv или .xlsx
</translation>
    </message>
    <message>
        <source>  report attestation DB --year YYYY [--five-year] --out FILE
                                   write the attestation plan-graph of a year, or for five years (.pdf or .odt)
</source>
        <translation>  report attestation DB --year YYYY [--five-year] --out FILE
                                   сформировать план-график аттестации на год или на пять лет (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>  report expiring DB [--months M] --out FILE
                                   write the expiring and lapsed categories (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report expiring DB [--months M] --out FILE
                                   сформировать список истекающих и истекших категорий (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli &lt;command&gt; [options]

Commands:
  init DB                          create an empty ProfRost database
  demo DB [--teachers N] [--seed S] create a database with a realistic demo municipality
</source>
        <translation>Использование: profrost-cli &lt;команда&gt; [параметры]

Команды:
  init DB                          создать пустую базу данных ПрофРост
  demo DB [--teachers N] [--seed S] создать базу данных с реалистичным демонстрационным муниципалитетом
</translation>
    </message>
    <message>
        <source>
Run &apos;profrost-cli &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 success, 2 bad input (reasons on stderr), 1 other failure.
</source>
        <translation>
Параметры команды: «profrost-cli &lt;command&gt; --help».
Коды завершения: 0 — успешно, 2 — некорректные входные данные (причины выводятся в stderr), 1 — прочие ошибки.
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import %1 DB FILE [--dry-run] [--strict]</source>
        <translation>Использование: profrost-cli import %1 DB FILE [--dry-run] [--strict]</translation>
    </message>
    <message>
        <source>Usage: profrost-cli export %1 DB FILE</source>
        <translation>Использование: profrost-cli export %1 DB FILE</translation>
    </message>
    <message>
        <source>Unknown subject &apos;%1&apos;; expected: %2.</source>
        <translation>Неизвестный объект «%1»; ожидается: %2.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>  import teachers DB FILE [--dry-run] [--strict]
                                   import teachers from a .csv or .xlsx file
</source>
        <translation>  import teachers DB FILE [--dry-run] [--strict]
                                   импортировать педагогов из файла .csv или .xlsx
</translation>
    </message>
    <message>
        <source>  export teachers DB FILE          export the teachers to .xlsx or .csv
</source>
        <translation>  export teachers DB FILE          экспортировать педагогов в .xlsx или .csv
</translation>
    </message>
    <message>
        <source>  import courses DB FILE [--dry-run] [--strict]
                                   import completed courses (certificates) from a .csv or .xlsx file
</source>
        <translation>  import courses DB FILE [--dry-run] [--strict]
                                   импортировать пройденные курсы (удостоверения) из файла .csv или .xlsx
</translation>
    </message>
    <message>
        <source>  report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE
                                   write the further-training plan-graph or course schedule (.pdf or .odt)
</source>
        <translation>  report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE
                                   сформировать план-график повышения квалификации или график курсов (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>would update: row %1, %2: %3</source>
        <translation>будет изменено: строка %1, %2: %3</translation>
    </message>
    <message>
        <source>HEADER=CANONICAL</source>
        <translation>ЗАГОЛОВОК=СТОЛБЕЦ</translation>
    </message>
    <message>
        <source>--map takes &quot;Header in the file=Column&quot;, for example --map &quot;Должность по штатному расписанию=Должность&quot;; got &quot;%1&quot;.</source>
        <translation>--map ожидает &quot;Заголовок в файле=Столбец&quot;, например --map &quot;Должность по штатному расписанию=Должность&quot;; получено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>  backup DB [FILE]                 copy the database (into its backups folder without FILE)
  restore DB BACKUP                replace the database by a backup (the current state is kept)
</source>
        <translation>  backup DB [FILE]                 копия базы данных (без FILE — в папку резервных копий)
  restore DB BACKUP                заменить базу данных резервной копией (текущее состояние сохраняется)
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli backup DB [FILE]
Writes a consistent copy of DB into FILE, or into the backups folder beside DB when no
FILE is given (the newest 10 are kept there). The copy is readable by its owner only.</source>
        <translation>Использование: profrost-cli backup DB [FILE]
Записывает согласованную копию DB в FILE, а без FILE — в папку резервных копий рядом с DB
(там хранятся 10 последних). Копию может читать только её владелец.</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Usage: profrost-cli restore DB BACKUP
Replaces DB by the backup BACKUP. The current state of DB is backed up first (into the
backups folder beside it), so a restore can be reversed; a file that is not a ProfRost
backup is refused and DB is left as it was.</source>
        <translation>Использование: profrost-cli restore DB BACKUP
Заменяет DB резервной копией BACKUP. Текущее состояние DB сначала сохраняется (в папку
резервных копий рядом с ней), так что восстановление можно отменить; файл, который не является
резервной копией ПрофРост, не принимается, и DB остаётся как была.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>резервная копия для восстановления</translation>
    </message>
    <message>
        <source>restored %1 from %2; the state before is in %3</source>
        <translation>%1 восстановлена из %2; прежнее состояние сохранено в %3</translation>
    </message>
    <message>
        <source>approval: %1 ____ %2</source>
        <translation>утверждает: %1 ____ %2</translation>
    </message>
    <message>
        <source>signed %1: %2 ____ %3</source>
        <translation>подписывает %1: %2 ____ %3</translation>
    </message>
    <message>
        <source>Usage: profrost-cli centre DB [--set FIELD=VALUE]...
Shows the centre&apos;s card (who approves and signs the printed forms) or changes it.
Fields: %1.</source>
        <translation>Использование: profrost-cli centre БД [--set ПОЛЕ=ЗНАЧЕНИЕ]...
Показывает карточку ИМЦ (кто утверждает и подписывает печатные формы) или изменяет её.
Поля: %1.</translation>
    </message>
    <message>
        <source>Set a field of the card (may be repeated).</source>
        <translation>Задать поле карточки (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>ПОЛЕ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>--set expects FIELD=VALUE with FIELD one of: %1.</source>
        <translation>--set ожидает ПОЛЕ=ЗНАЧЕНИЕ, где ПОЛЕ — одно из: %1.</translation>
    </message>
    <message>
        <source>  centre DB [--set FIELD=VALUE]    show or change the centre&apos;s card (who approves and signs the forms)
</source>
        <translation>  centre БД [--set ПОЛЕ=ЗНАЧЕНИЕ]  показать или изменить карточку ИМЦ (кто утверждает и подписывает формы)
</translation>
    </message>
    <message>
        <source>--read-only, with any command: open the database for reading only (every change is refused).
</source>
        <translation>--read-only (с любой командой): открыть базу данных только для чтения (любые изменения будут отклонены).
</translation>
    </message>
    <message>
        <source>note: %1 cannot be written; it is opened read-only.</source>
        <translation>примечание: запись в файл %1 невозможна, он открыт только для чтения.</translation>
    </message>
    <message>
        <source>Read the file&apos;s column HEADER as the column CANONICAL (for example &quot;Должность по штатному расписанию=Должность&quot;); repeatable. Remembered for the next file with the same headers.</source>
        <translation>Читать столбец файла ЗАГОЛОВОК как столбец СТОЛБЕЦ (например, &quot;Должность по штатному расписанию=Должность&quot;); можно указать несколько раз. Сопоставление запоминается для следующего файла с теми же заголовками.</translation>
    </message>
    <message>
        <source>note: columns assigned at an earlier import of a file with these headers: %1 (--map replaces them)</source>
        <translation>примечание: столбцы сопоставлены так же, как при прошлом импорте файла с этими заголовками: %1 (--map заменяет это сопоставление)</translation>
    </message>
    <message>
        <source>warning: file: %1</source>
        <translation>предупреждение: файл: %1</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import diagnostics DB FILE [--dry-run] [--strict]
Imports diagnosis results from FILE (.csv or .xlsx) as diagnostic platforms export them:
the teacher (СНИЛС, or ФИО and Дата рождения), Диагностика, optional Вид, Дата, then one
column per competency area (Предметная, Методическая, Психолого-педагогическая,
Коммуникативная, Цифровая; a trailing &quot;, %&quot; is allowed) or Результат for functional
literacy. A diagnosis not yet recorded is added. Importing a file again changes nothing.
Valid rows are imported and the exit code is 2 when any row was rejected; with
--strict nothing is imported then.</source>
        <translation>Использование: profrost-cli import diagnostics DB FILE [--dry-run] [--strict]
Импортирует результаты диагностики из FILE (.csv или .xlsx) в том виде, в каком их выгружают
диагностические платформы: педагог (СНИЛС или ФИО и Дата рождения), Диагностика, необязательный
Вид, Дата, затем по столбцу на каждую область компетенций (Предметная, Методическая,
Психолого-педагогическая, Коммуникативная, Цифровая; допускается «, %» в конце) или Результат
для функциональной грамотности. Ещё не записанная диагностика добавляется. Повторный импорт
файла ничего не меняет. Корректные строки импортируются, а код завершения равен 2, если
отклонена хотя бы одна строка; с --strict тогда ничего не импортируется.</translation>
    </message>
    <message>
        <source>new diagnoses recorded: %1</source>
        <translation>добавлено диагностик: %1</translation>
    </message>
    <message>
        <source>  import diagnostics DB FILE [--dry-run] [--strict]
                                   import diagnosis results (scores by competency area) from a .csv or .xlsx file
</source>
        <translation>  import diagnostics DB FILE [--dry-run] [--strict]
                                   импортировать результаты диагностики (баллы по областям компетенций) из файла .csv или .xlsx
</translation>
    </message>
    <message>
        <source>  report deficits DB [--campaign ID | --from DATE --to DATE] [--by organisation|subject|municipality] --out FILE
                                   write the deficit map (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report deficits DB [--campaign ID | --from DATE --to DATE] [--by organisation|subject|municipality] --out FILE
                                   записать карту профессиональных дефицитов (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  report route DB --teacher ID [--year 2026/2027] --out FILE
                                   write a teacher&apos;s individual route (.pdf or .odt)
</source>
        <translation>  report route DB --teacher ID [--year 2026/2027] --out FILE
                                   записать индивидуальный образовательный маршрут педагога (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>  report effect DB [--at DATE] --out FILE
                                   write what the routes changed: scores before and after (.pdf, .odt or .xlsx)
</source>
        <translation>  report effect DB [--at DATE] --out FILE
                                   записать, что изменили маршруты: результаты до и после (.pdf, .odt или .xlsx)
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli import mentorships DB FILE [--dry-run] [--strict]
Imports mentorship pairs from FILE (.csv or .xlsx): Наставник with СНИЛС наставника or
Дата рождения наставника, Наставляемый with СНИЛС наставляемого or Дата рождения
наставляемого (both must be in the registry), Форма (педагог – педагог,
руководитель – педагог, студент – педагог, групповая; empty: педагог – педагог),
Дата начала, optional Дата окончания (empty: the pair goes on), Цели and Результат.
A pair is identified by mentor, mentee and start date: importing a file again changes
nothing, and a row that adds an end date or a result updates the pair.
Valid rows are imported and the exit code is 2 when any row was rejected; with
--strict nothing is imported then.</source>
        <translation>Использование: profrost-cli import mentorships DB FILE [--dry-run] [--strict]
Импортирует пары наставничества из FILE (.csv или .xlsx): Наставник со СНИЛС наставника или
Датой рождения наставника, Наставляемый со СНИЛС наставляемого или Датой рождения
наставляемого (оба должны быть в реестре), Форма (педагог – педагог,
руководитель – педагог, студент – педагог, групповая; пусто — педагог – педагог),
Дата начала, необязательная Дата окончания (пусто — пара продолжается), Цели и Результат.
Пара определяется наставником, наставляемым и датой начала: повторный импорт файла ничего
не меняет, а строка с датой окончания или результатом обновляет пару.
Корректные строки импортируются, код завершения 2, если какая-либо строка отклонена;
с --strict в этом случае ничего не импортируется.</translation>
    </message>
    <message>
        <source>  import mentorships DB FILE [--dry-run] [--strict]
                                   import mentorship pairs (mentor, mentee, form, dates) from a .csv or .xlsx file
</source>
        <translation>  import mentorships DB FILE [--dry-run] [--strict]
                                   импорт пар наставничества (наставник, наставляемый, форма, даты) из файла .csv или .xlsx
</translation>
    </message>
    <message>
        <source>  report young-teachers DB [--at DATE] --out FILE
                                   write the young teachers with their mentors, and those without support (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report young-teachers DB [--at DATE] --out FILE
                                   список молодых педагогов с наставниками и педагогов без поддержки (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  report mentors DB [--at DATE] --out FILE
                                   write the mentors&apos; load: their mentees, those above the limit marked (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report mentors DB [--at DATE] --out FILE
                                   нагрузка наставников: их наставляемые, превышение предела отмечено (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  report events DB [--from DATE] [--to DATE] --out FILE
                                   write the report of the events held in a period (default: the academic year) (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report events DB [--from DATE] [--to DATE] --out FILE
                                   отчёт о проведённых мероприятиях за период (по умолчанию — учебный год) (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  report event-schedule DB [--from DATE] [--to DATE] --out FILE
                                   write the schedule of the planned events (default: from today to the end of the academic year) (.pdf or .odt)
</source>
        <translation>  report event-schedule DB [--from DATE] [--to DATE] --out FILE
                                   график запланированных мероприятий (по умолчанию — с сегодняшнего дня до конца учебного года) (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>  report competition DB --id N [--stage school|municipal|regional|federal] --out FILE
                                   write a competition&apos;s results at a stage (default: the municipal one) (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report competition DB --id N [--stage school|municipal|regional|federal] --out FILE
                                   итоги конкурса на этапе (по умолчанию — муниципальном) (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  indicators DB [--as-of DATE] [--json] [--by organisation|municipality]
                                   the monitoring indicators I1-I10 at a date
</source>
        <translation>  indicators DB [--as-of DATE] [--json] [--by organisation|municipality]
                                   показатели мониторинга I1–I10 на дату
</translation>
    </message>
    <message>
        <source>The reference date (default today).</source>
        <translation>Дата расчёта (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Break down by organisation or municipality.</source>
        <translation>Разбивка по организациям или муниципалитетам.</translation>
    </message>
    <message>
        <source>PARTS</source>
        <translation>РАЗБИВКА</translation>
    </message>
    <message>
        <source>--by expects organisation or municipality, not &apos;%1&apos;.</source>
        <translation>--by ожидает organisation или municipality, а не «%1».</translation>
    </message>
    <message>
        <source>Indicators at %1</source>
        <translation>Показатели на %1</translation>
    </message>
    <message>
        <source>without a plan: %1</source>
        <translation>без плана: %1</translation>
    </message>
    <message>
        <source>  recommendations DB [--add ...|--check ID --done|--not-done|--remove ID]
                                   the addressed recommendations of the monitorings
</source>
        <translation>  recommendations DB [--add ...|--check ID --done|--not-done|--remove ID]
                                   адресные рекомендации по итогам мониторингов
</translation>
    </message>
    <message>
        <source>  report monitoring DB [--as-of DATE] --out FILE
                                   write the analytic report of the monitoring at a date (default today) with the recommendations (.pdf or .odt)
</source>
        <translation>  report monitoring DB [--as-of DATE] --out FILE
                                   записать аналитическую справку по итогам мониторинга на дату (по умолчанию — сегодня) с рекомендациями (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>--%1 needs the number of a recommendation, not &apos;%2&apos;.</source>
        <translation>--%1: нужен номер рекомендации, а не «%2».</translation>
    </message>
    <message>
        <source>No recommendations.</source>
        <translation>Рекомендаций нет.</translation>
    </message>
    <message>
        <source>%1  made %2  due %3  [%4]%5
    to: %6
    what: %7</source>
        <translation>%1  от %2  срок %3  [%4]%5
    кому: %6
    что: %7</translation>
    </message>
    <message>
        <source>    note: %1</source>
        <translation>    примечание: %1</translation>
    </message>
    <message>
        <source>Usage: profrost-cli recommendations DB
       profrost-cli recommendations DB --add --to TEXT --what TEXT --due DATE [--made-on DATE]
                                    [--indicator I1] [--note TEXT]
       profrost-cli recommendations DB --check ID --done|--not-done [--on DATE] [--note TEXT]
       profrost-cli recommendations DB --remove ID
Lists, adds, marks checked or removes the addressed recommendations of the monitorings
(to whom, what, by when), printed in the analytic report (report monitoring).
--made-on is the monitoring&apos;s date and --on the check&apos;s (default today).</source>
        <translation>Использование: profrost-cli recommendations DB
       profrost-cli recommendations DB --add --to TEXT --what TEXT --due DATE [--made-on DATE]
                                    [--indicator I1] [--note TEXT]
       profrost-cli recommendations DB --check ID --done|--not-done [--on DATE] [--note TEXT]
       profrost-cli recommendations DB --remove ID
Показывает, добавляет, отмечает выполнение или удаляет адресные рекомендации по итогам
мониторингов (кому, что, в какой срок), которые печатаются в аналитической справке (report monitoring).
--made-on — дата мониторинга, --on — дата проверки (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Add a recommendation.</source>
        <translation>Добавить рекомендацию.</translation>
    </message>
    <message>
        <source>To whom it is addressed.</source>
        <translation>Кому адресована.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Что сделать.</translation>
    </message>
    <message>
        <source>By when.</source>
        <translation>Срок исполнения.</translation>
    </message>
    <message>
        <source>The date of the monitoring (default today).</source>
        <translation>Дата мониторинга (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>The indicator it answers (I1 ... I10).</source>
        <translation>Показатель, к которому относится (I1 … I10).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Примечание.</translation>
    </message>
    <message>
        <source>Mark the recommendation ID checked.</source>
        <translation>Отметить выполнение рекомендации с номером ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>It was done.</source>
        <translation>Выполнено.</translation>
    </message>
    <message>
        <source>It was not done.</source>
        <translation>Не выполнено.</translation>
    </message>
    <message>
        <source>The date of the check (default today).</source>
        <translation>Дата проверки (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Remove the recommendation ID.</source>
        <translation>Удалить рекомендацию с номером ID.</translation>
    </message>
    <message>
        <source>Give one of --add, --check and --remove.</source>
        <translation>Укажите что-то одно: --add, --check или --remove.</translation>
    </message>
    <message>
        <source>--add needs %1.</source>
        <translation>Для --add нужно указать %1.</translation>
    </message>
    <message>
        <source>Unknown --indicator &apos;%1&apos;; expected I1, I2, I3a, I3b, I4 ... I10.</source>
        <translation>Неизвестный показатель --indicator «%1»; ожидается I1, I2, I3a, I3b, I4 … I10.</translation>
    </message>
    <message>
        <source>added recommendation %1</source>
        <translation>добавлена рекомендация %1</translation>
    </message>
    <message>
        <source>--check needs one of --done and --not-done.</source>
        <translation>Для --check укажите --done или --not-done.</translation>
    </message>
    <message>
        <source>--check %1: no such recommendation.</source>
        <translation>--check %1: такой рекомендации нет.</translation>
    </message>
    <message>
        <source>recommendation %1: %2 on %3</source>
        <translation>рекомендация %1: %2 на %3</translation>
    </message>
    <message>
        <source>--%1 goes with --add or --check.</source>
        <translation>--%1 указывается вместе с --add или --check.</translation>
    </message>
    <message>
        <source>--remove %1: no such recommendation.</source>
        <translation>--remove %1: такой рекомендации нет.</translation>
    </message>
    <message>
        <source>removed recommendation %1</source>
        <translation>удалена рекомендация %1</translation>
    </message>
    <message>
        <source>Usage: profrost-cli indicators DB [--as-of DATE] [--json] [--by organisation|municipality]
Prints the monitoring indicators I1-I10 at DATE (default today): numerator, denominator,
value, target and status; with --by, the same for each organisation or municipality,
worst first; then the forecasts of I1, I6, I9 and I10 on the next three 31 Augusts from the
saved plan-graphs and the five regional criteria met or not with their evidence.
--json prints {&quot;as_of&quot;: DATE, &quot;indicators&quot;: [...], &quot;criteria&quot;: [...]}, a forecast
indicator with &quot;forecast&quot;: [{&quot;date&quot;, &quot;value&quot;, &quot;status&quot;, &quot;plan_first_year&quot;}, ...].</source>
        <translation>Использование: profrost-cli indicators БД [--as-of ДАТА] [--json] [--by organisation|municipality]
Выводит показатели мониторинга I1–I10 на ДАТУ (по умолчанию сегодня): числитель, знаменатель,
значение, целевое значение и статус; с --by — то же по каждой организации или муниципалитету,
начиная с худших; затем прогноз I1, I6, I9 и I10 на 31 августа трёх следующих лет по
сохранённым планам-графикам и пять региональных критериев (выполняется или нет) с подтверждением.
--json выводит {&quot;as_of&quot;: ДАТА, &quot;indicators&quot;: [...], &quot;criteria&quot;: [...]}, у прогнозируемых
показателей — &quot;forecast&quot;: [{&quot;date&quot;, &quot;value&quot;, &quot;status&quot;, &quot;plan_first_year&quot;}, ...].</translation>
    </message>
    <message>
        <source>Forecasts, as if the saved plan-graphs were carried out</source>
        <translation>Прогноз при выполнении сохранённых планов-графиков</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>Regional criteria (seed 002)</source>
        <translation>Региональные критерии (seed 002)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполняется</translation>
    </message>
    <message>
        <source>  sites list DB [--level L] [--status S] [--year YEAR]
                                   the innovation and internship sites
  vacancies DB [--as-of DATE] [--by municipality|post|subject]
                                   the vacancies open at a date and their totals
</source>
        <translation>  sites list DB [--level L] [--status S] [--year YEAR]
                                   инновационные и стажировочные площадки
  vacancies DB [--as-of DATE] [--by municipality|post|subject]
                                   вакансии, открытые на дату, и их итоги
</translation>
    </message>
    <message>
        <source>Unknown --level &apos;%1&apos;; expected municipal, regional or federal.</source>
        <translation>Неизвестное значение --level «%1»; ожидается municipal, regional или federal.</translation>
    </message>
    <message>
        <source>Unknown --status &apos;%1&apos;; expected innovation, internship, support or resource_centre.</source>
        <translation>Неизвестное значение --status «%1»; ожидается innovation, internship, support или resource_centre.</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n sites)</source>
        <translation>
            <numerusform>записан файл %1 (%n площадка)</numerusform>
            <numerusform>записан файл %1 (%n площадки)</numerusform>
            <numerusform>записан файл %1 (%n площадок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n vacancies)</source>
        <translation>
            <numerusform>записан файл %1 (%n вакансия)</numerusform>
            <numerusform>записан файл %1 (%n вакансии)</numerusform>
            <numerusform>записан файл %1 (%n вакансий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: profrost-cli export vacancies DB FILE [--as-of DATE]
Writes every vacancy, open or filled, with its state at the date (default today) to FILE (.xlsx or .csv).</source>
        <translation>Использование: profrost-cli export vacancies DB FILE [--as-of DATE]
Записывает все вакансии, открытые и закрытые, с их состоянием на дату (по умолчанию сегодня) в FILE (.xlsx или .csv).</translation>
    </message>
    <message>
        <source>The date of the state (default today).</source>
        <translation>Дата, на которую показывается состояние (по умолчанию сегодня).</translation>
    </message>
    <message>
        <source>exported %1 vacancies to %2</source>
        <translation>вакансий выгружено: %1, файл %2</translation>
    </message>
    <message>
        <source>Usage: profrost-cli sites list DB [--level municipal|regional|federal]
                                  [--status innovation|internship|support|resource_centre] [--year YEAR]
Lists the innovation and internship sites: with --year, those working some day of that year,
with their state in it.</source>
        <translation>Использование: profrost-cli sites list DB [--level municipal|regional|federal]
                                  [--status innovation|internship|support|resource_centre] [--year YEAR]
Перечень инновационных и стажировочных площадок; с --year — работавших хотя бы день в этом году,
с их состоянием в этом году.</translation>
    </message>
    <message>
        <source>Only the sites of this level.</source>
        <translation>Только площадки этого уровня.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>УРОВЕНЬ</translation>
    </message>
    <message>
        <source>Only the sites of this status.</source>
        <translation>Только площадки этого статуса.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>Only the sites working in this year.</source>
        <translation>Только площадки, работавшие в этом году.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ГОД</translation>
    </message>
    <message>
        <source>Expected &apos;sites list DB&apos;.</source>
        <translation>Ожидается «sites list DB».</translation>
    </message>
    <message>
        <source>No sites.</source>
        <translation>Площадок нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n площадка</numerusform>
            <numerusform>%n площадки</numerusform>
            <numerusform>%n площадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: profrost-cli vacancies DB [--as-of DATE] [--by municipality|post|subject]
Lists the vacancies open at the date (default today): open since that day or before and not
filled by it; with --by, their count and the sum of their rates (stavki) per group.</source>
        <translation>Использование: profrost-cli vacancies DB [--as-of DATE] [--by municipality|post|subject]
Вакансии, открытые на дату (по умолчанию сегодня): открытые в этот день или раньше и не закрытые
к нему; с --by — их число и сумма ставок по группам.</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>Дата (по умолчанию сегодня).</translation>
    </message>
    <message>
        <source>Totals per municipality, post or subject.</source>
        <translation>Итоги по муниципалитетам, должностям или предметам.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <source>Unknown --by &apos;%1&apos;; expected municipality, post or subject.</source>
        <translation>Неизвестное значение --by «%1»; ожидается municipality, post или subject.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>Open on %1: %2 vacancies, %3 stavki</source>
        <translation>Открыто на %1: вакансий — %2, ставок — %3</translation>
    </message>
    <message>
        <source>  export vacancies DB FILE [--as-of DATE]
                                   export the vacancies, open and filled, to .xlsx or .csv
</source>
        <translation>  export vacancies DB FILE [--as-of DATE]
                                   выгрузить вакансии, открытые и закрытые, в .xlsx или .csv
</translation>
    </message>
    <message>
        <source>  report sites DB [--level L] [--status S] [--year YEAR] --out FILE
                                   write the list of innovation and internship sites (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report sites DB [--level L] [--status S] [--year YEAR] --out FILE
                                   перечень инновационных и стажировочных площадок (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  report staffing DB [--as-of DATE] --out FILE
                                   write the staffing needs: the vacancies open at a date (default today) (.pdf, .odt, .xlsx or .csv)
</source>
        <translation>  report staffing DB [--as-of DATE] --out FILE
                                   кадровая потребность: вакансии, открытые на дату (по умолчанию сегодня) (.pdf, .odt, .xlsx или .csv)
</translation>
    </message>
    <message>
        <source>  practices search DB &quot;TEXT&quot; [--limit N] | practices list DB
                                   search the bank of practices (any word form), best first
</source>
        <translation>  practices search DB &quot;TEXT&quot; [--limit N] | practices list DB
                                   поиск в банке практик (в любой форме слова), лучшие первыми
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli practices search DB &quot;TEXT&quot; [--limit N]
       profrost-cli practices list DB
search: the practices of the bank whose title, subject, tags, description or authors
hold every word of TEXT in any of its forms, best first (the title counts most,
then the tags, the authors, the description); the matched words in [brackets].
list: every practice of the bank by title.</source>
        <translation>Использование: profrost-cli practices search DB &quot;TEXT&quot; [--limit N]
       profrost-cli practices list DB
search: практики банка, в названии, предмете, тегах, описании или авторах которых есть
каждое слово TEXT в любой его форме, лучшие первыми (важнее всего название,
затем теги, авторы, описание); найденные слова — в [скобках].
list: все практики банка по названию.</translation>
    </message>
    <message>
        <source>At most N practices (default 20).</source>
        <translation>Не больше N практик (по умолчанию 20).</translation>
    </message>
    <message>
        <source>the text to search for</source>
        <translation>текст для поиска</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>Для --limit нужно положительное число, а не «%1».</translation>
    </message>
    <message>
        <source>Nothing to search for in &apos;%1&apos;: give some words.</source>
        <translation>В «%1» нечего искать: укажите слова.</translation>
    </message>
    <message>
        <source>No practice matches &apos;%1&apos;.</source>
        <translation>По запросу «%1» практик не найдено.</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>теги: %1</translation>
    </message>
    <message>
        <source>The bank holds no practice.</source>
        <translation>В банке нет практик.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  [%3; %n author(s), files: %4]</source>
        <translation>
            <numerusform>%1  %2  [%3; %n автор, файлов: %4]</numerusform>
            <numerusform>%1  %2  [%3; %n автора, файлов: %4]</numerusform>
            <numerusform>%1  %2  [%3; %n авторов, файлов: %4]</numerusform>
        </translation>
    </message>
    <message>
        <source>  report practice DB --id N --out FILE
                                   write the card of a practice of the bank (.pdf or .odt)
</source>
        <translation>  report practice DB --id N --out FILE
                                   карточка практики из банка (.pdf или .odt)
</translation>
    </message>
    <message>
        <source>Unknown practices command &apos;%1&apos;; expected search or list.</source>
        <translation>Неизвестная команда practices «%1»; ожидается search или list.</translation>
    </message>
    <message>
        <source>  tracks DB [--year YEAR] [--teachers]
                                   the tracks of development: applied and completed per half-year
</source>
        <translation>  tracks DB [--year YEAR] [--teachers]
                                   треки развития: заявлено и прошли по полугодиям
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli export sites DB FILE [--level municipal|regional|federal]
                                 [--status innovation|internship|support|resource_centre] [--year YEAR]
Writes the innovation and internship sites (with --year, those working some day of that year, with
their state in it) to FILE (.xlsx or .csv): the columns of the GUI&apos;s Export.</source>
        <translation>Использование: profrost-cli export sites DB FILE [--level municipal|regional|federal]
                                 [--status innovation|internship|support|resource_centre] [--year YEAR]
Записывает инновационные и стажировочные площадки (с --year — работавшие хотя бы день в этом году,
с их состоянием в нём) в FILE (.xlsx или .csv): те же столбцы, что и «Экспорт» в программе.</translation>
    </message>
    <message>
        <source>exported %1 sites to %2</source>
        <translation>выгружено площадок: %1 (файл %2)</translation>
    </message>
    <message>
        <source>  export sites DB FILE [--level L] [--status S] [--year YEAR]
                                   export the innovation and internship sites to .xlsx or .csv
</source>
        <translation>  export sites DB FILE [--level L] [--status S] [--year YEAR]
                                   выгрузить инновационные и стажировочные площадки в .xlsx или .csv
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli tracks DB [--year YEAR] [--teachers]
For each half-year with enrolments, latest first: how many teachers applied for the tracks of
development and how many completed them, over all tracks and per track; with --teachers, who.</source>
        <translation>Использование: profrost-cli tracks DB [--year YEAR] [--teachers]
Для каждого полугодия с записями (последние первыми): сколько педагогов заявлено на треки развития
и сколько их прошли — по всем трекам и по каждому; с --teachers — кто именно.</translation>
    </message>
    <message>
        <source>Only the half-years of this year.</source>
        <translation>Только полугодия этого года.</translation>
    </message>
    <message>
        <source>List the teachers enrolled on each track.</source>
        <translation>Перечислить педагогов, записанных на каждый трек.</translation>
    </message>
    <message>
        <source>teachers: %1</source>
        <translation>педагогов: %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <source>No teachers enrolled on the tracks.</source>
        <translation>На треки не записан ни один педагог.</translation>
    </message>
    <message>
        <source>Usage: profrost-cli export tracks DB FILE [--year YEAR --half 1|2]
Writes the teachers enrolled on the tracks of development in a half-year (default: the current
one), completed or not, and the totals per track to FILE (.xlsx or .csv).</source>
        <translation>Использование: profrost-cli export tracks DB FILE [--year YEAR --half 1|2]
Записывает педагогов, записанных на треки развития в полугодии (по умолчанию — в текущем),
с отметкой о прохождении и итоги по трекам в FILE (.xlsx или .csv).</translation>
    </message>
    <message>
        <source>The half-year&apos;s year.</source>
        <translation>Год полугодия.</translation>
    </message>
    <message>
        <source>1: January to June, 2: July to December.</source>
        <translation>1 — январь — июнь, 2 — июль — декабрь.</translation>
    </message>
    <message>
        <source>HALF</source>
        <translation>ПОЛУГОДИЕ</translation>
    </message>
    <message>
        <source>Give --year and --half together.</source>
        <translation>Укажите --year и --half вместе.</translation>
    </message>
    <message>
        <source>exported the tracks of %1 to %2</source>
        <translation>треки за %1 выгружены в %2</translation>
    </message>
    <message>
        <source>  export tracks DB FILE [--year YEAR --half 1|2]
                                   export a half-year&apos;s tracks of development to .xlsx or .csv
</source>
        <translation>  export tracks DB FILE [--year YEAR --half 1|2]
                                   выгрузить треки развития за полугодие в .xlsx или .csv
</translation>
    </message>
    <message>
        <source>  server init postgresql://USER@HOST[:PORT]/DBNAME
                                   create a shared database on a PostgreSQL server
</source>
        <translation>  server init postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА
                                   создать общую базу данных на сервере PostgreSQL
</translation>
    </message>
    <message>
        <source>DB is a file, or a database on a server: postgresql://USER@HOST[:PORT]/DBNAME (the password
from PGPASSWORD or ~/.pgpass).
</source>
        <translation>DB — файл или база данных на сервере: postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА (пароль
берётся из PGPASSWORD или ~/.pgpass).
</translation>
    </message>
    <message>
        <source>Usage: profrost-cli server init postgresql://USER@HOST[:PORT]/DBNAME
Creates the database on the server when it is not there, and creates or upgrades its schema.
The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Использование: profrost-cli server init postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА
Создаёт базу данных на сервере, если её там нет, и создаёт или обновляет её структуру.
Пароль берётся из PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>the server&apos;s URL</source>
        <translation>адрес сервера</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server&apos;s URL; write postgresql://USER@HOST[:PORT]/DBNAME.</source>
        <translation>«%1» — не адрес сервера; напишите postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2</source>
        <translation>%1: версия структуры базы %2</translation>
    </message>
    <message>
        <source>Unknown server command &apos;%1&apos;.</source>
        <translation>Неизвестная команда server: «%1».</translation>
    </message>
    <message>
        <source>Usage: profrost-cli server push FILE postgresql://USER@HOST[:PORT]/DBNAME [--replace]
Copies every row of the database file FILE to the server&apos;s database (made with server init),
in one transaction, and compares the rows of every table. --replace: the server&apos;s database
already holds a registry, and it is replaced.</source>
        <translation>Использование: profrost-cli server push ФАЙЛ postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА [--replace]
Копирует все строки файла базы данных ФАЙЛ в базу данных на сервере (созданную командой server init)
одной транзакцией и сверяет число строк каждой таблицы. --replace: в базе на сервере уже есть
реестр, и он заменяется.</translation>
    </message>
    <message>
        <source>Usage: profrost-cli server pull postgresql://USER@HOST[:PORT]/DBNAME FILE [--replace]
Copies every row of the server&apos;s database into the database file FILE (made when missing),
in one transaction, and compares the rows of every table. --replace: FILE already holds a
registry, and it is replaced.</source>
        <translation>Использование: profrost-cli server pull postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА ФАЙЛ [--replace]
Копирует все строки базы данных на сервере в файл базы данных ФАЙЛ (создаётся, если его нет)
одной транзакцией и сверяет число строк каждой таблицы. --replace: в ФАЙЛЕ уже есть
реестр, и он заменяется.</translation>
    </message>
    <message>
        <source>Replace the registry the receiving database holds.</source>
        <translation>Заменить реестр, который уже есть в принимающей базе.</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a server&apos;s URL; a file was expected here.</source>
        <translation>«%1» — адрес сервера, а здесь нужен файл.</translation>
    </message>
    <message>
        <source>copied %1 rows of %2 tables from %3 to %4; every table&apos;s rows agree</source>
        <translation>скопировано строк: %1 (таблиц: %2) из %3 в %4; число строк каждой таблицы совпадает</translation>
    </message>
    <message>
        <source>  server push FILE URL | server pull URL FILE [--replace]
                                   move a database file onto a server, or back
</source>
        <translation>  server push ФАЙЛ АДРЕС | server pull АДРЕС ФАЙЛ [--replace]
                                   перенести файл базы данных на сервер или обратно
</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>Usage: profrost-cli server user add postgresql://USER@HOST[:PORT]/DBNAME LOGIN --role ROLE
           [--municipality NAME] [--organisation NAME] [--association NAME] [--password]
       profrost-cli server user list postgresql://USER@HOST[:PORT]/DBNAME
ROLE: admin, methodist (of a municipality, or of all without one), rmo_head (needs --association),
school_head (needs --organisation), observer. The login is made on the server when missing;
--password reads its password from the standard input (typed unseen at a terminal).</source>
        <translation>Использование: profrost-cli server user add postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА ЛОГИН --role РОЛЬ
           [--municipality НАЗВАНИЕ] [--organisation НАЗВАНИЕ] [--association НАЗВАНИЕ] [--password]
       profrost-cli server user list postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА
РОЛЬ: admin (администратор), methodist (методист муниципалитета или всех без --municipality), rmo_head
(руководитель РМО, нужен --association), school_head (руководитель ОО, нужен --organisation), observer
(наблюдатель). Логин создаётся на сервере, если его нет; --password читает пароль со стандартного ввода
(в терминале ввод не отображается).</translation>
    </message>
    <message>
        <source>The user&apos;s role.</source>
        <translation>Роль пользователя.</translation>
    </message>
    <message>
        <source>The municipality the role is limited to.</source>
        <translation>Муниципалитет, которым ограничена роль.</translation>
    </message>
    <message>
        <source>The organisation of its head.</source>
        <translation>Организация её руководителя.</translation>
    </message>
    <message>
        <source>The association of its head.</source>
        <translation>Объединение его руководителя.</translation>
    </message>
    <message>
        <source>Set the login&apos;s password (read from the standard input).</source>
        <translation>Задать пароль логина (читается со стандартного ввода).</translation>
    </message>
    <message>
        <source>Unknown server user command &apos;%1&apos;.</source>
        <translation>Неизвестная команда server user «%1».</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>--role must be admin, methodist, rmo_head, school_head or observer.</source>
        <translation>--role должна быть admin, methodist, rmo_head, school_head или observer.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Пароль не введён.</translation>
    </message>
    <message>
        <source>%1 is %2 in %3</source>
        <translation>%1 — %2 в %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Usage: profrost-cli server audit postgresql://USER@HOST[:PORT]/DBNAME [--user LOGIN] [--table TABLE]
           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--out FILE.csv|FILE.xlsx]
The changes the server logged, newest first (1000 unless --limit). Read by an administrator.</source>
        <translation>Использование: profrost-cli server audit postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА [--user ЛОГИН] [--table ТАБЛИЦА]
           [--from ГГГГ-ММ-ДД] [--to ГГГГ-ММ-ДД] [--limit N] [--out ФАЙЛ.csv|ФАЙЛ.xlsx]
Изменения из журнала сервера, новые первыми (1000, если не задан --limit). Читает администратор.</translation>
    </message>
    <message>
        <source>Only this login&apos;s changes.</source>
        <translation>Только изменения этого логина.</translation>
    </message>
    <message>
        <source>Only this table&apos;s changes.</source>
        <translation>Только изменения этой таблицы.</translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation>С этого дня.</translation>
    </message>
    <message>
        <source>To this day, inclusive.</source>
        <translation>По этот день включительно.</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>Не больше стольких записей.</translation>
    </message>
    <message>
        <source>Write the entries to a table file.</source>
        <translation>Записать записи журнала в файл таблицы.</translation>
    </message>
    <message>
        <source>%1 keeps no audit log: run profrost-cli server init on it.</source>
        <translation>%1 не ведёт журнал изменений: выполните для неё profrost-cli server init.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>wrote %1 entries to %2</source>
        <translation>записей журнала: %1, записаны в %2</translation>
    </message>
    <message>
        <source>Usage: profrost-cli server init|push|pull|user|audit ...</source>
        <translation>Использование: profrost-cli server init|push|pull|user|audit ...</translation>
    </message>
</context>
<context>
    <name>CompetencyAreaRepository</name>
    <message>
        <source>The competency area has no name.</source>
        <translation>У компетентностной области нет названия.</translation>
    </message>
    <message>
        <source>The competency area &quot;%1&quot; is in the list already.</source>
        <translation>Компетентностная область «%1» уже есть в списке.</translation>
    </message>
    <message>
        <source>The competency area &quot;%1&quot; is not in the list.</source>
        <translation>Компетентностной области «%1» нет в списке.</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n программой</numerusform>
            <numerusform>%n программами</numerusform>
            <numerusform>%n программами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diagnosis campaign(s)</source>
        <translation>
            <numerusform>%n диагностикой</numerusform>
            <numerusform>%n диагностиками</numerusform>
            <numerusform>%n диагностиками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n баллом</numerusform>
            <numerusform>%n баллами</numerusform>
            <numerusform>%n баллами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual route(s)</source>
        <translation>
            <numerusform>%n индивидуальным маршрутом</numerusform>
            <numerusform>%n индивидуальными маршрутами</numerusform>
            <numerusform>%n индивидуальными маршрутами</numerusform>
        </translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; holds the overall score of functional-literacy diagnoses and cannot be deleted; rename it if needed.</source>
        <translation>В области «%1» хранится общий балл диагностик функциональной грамотности, её нельзя удалить; при необходимости переименуйте её.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; is the last one; the list cannot be empty.</source>
        <translation>Область «%1» — последняя; список не может быть пустым.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; cannot be deleted: it is used by %2. Remove it from them first.</source>
        <translation>Область «%1» нельзя удалить: она используется %2. Сначала уберите её оттуда.</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) of the bank</source>
        <translation>
            <numerusform>%n практика банка</numerusform>
            <numerusform>%n практики банка</numerusform>
            <numerusform>%n практик банка</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetitionEditing</name>
    <message>
        <source>Change competition</source>
        <translation>Изменение конкурса</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>Delete competition</source>
        <translation>Удаление конкурса</translation>
    </message>
    <message>
        <source>The competition is no longer stored.</source>
        <translation>Конкурс уже удалён.</translation>
    </message>
</context>
<context>
    <name>CompetitionRepository</name>
    <message>
        <source>The competition was not stored.</source>
        <translation>Конкурс не сохранён.</translation>
    </message>
    <message>
        <source>The competition no longer exists.</source>
        <translation>Конкурс больше не существует.</translation>
    </message>
</context>
<context>
    <name>CompetitionRules</name>
    <message>
        <source>Give the name of the competition.</source>
        <translation>Укажите название конкурса.</translation>
    </message>
    <message>
        <source>Give the year of the competition.</source>
        <translation>Укажите год конкурса.</translation>
    </message>
    <message>
        <source>Choose at least one stage of the competition.</source>
        <translation>Выберите хотя бы один этап конкурса.</translation>
    </message>
    <message>
        <source>A teacher is listed twice in the same nomination.</source>
        <translation>Педагог указан дважды в одной номинации.</translation>
    </message>
    <message>
        <source>The nomination «%1» is not one of the competition&apos;s.</source>
        <translation>Номинации «%1» в этом конкурсе нет.</translation>
    </message>
    <message>
        <source>A result is given for a stage the competition does not have.</source>
        <translation>Указан результат этапа, которого в конкурсе нет.</translation>
    </message>
</context>
<context>
    <name>CompetitionText</name>
    <message>
        <source>school stage</source>
        <translation>школьный этап</translation>
    </message>
    <message>
        <source>municipal stage</source>
        <translation>муниципальный этап</translation>
    </message>
    <message>
        <source>regional stage</source>
        <translation>региональный этап</translation>
    </message>
    <message>
        <source>federal stage</source>
        <translation>федеральный этап</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>laureate</source>
        <translation>лауреат</translation>
    </message>
    <message>
        <source>prizewinner</source>
        <translation>призёр</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школьный</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>муниципальный</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <source>federal</source>
        <translation>федеральный</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>Not saved: another user saved this record after you opened it. Save again to see both versions and choose.</source>
        <translation>Не сохранено: другой пользователь сохранил эту запись после того, как вы её открыли. Нажмите «Сохранить» ещё раз, чтобы увидеть обе версии и выбрать.</translation>
    </message>
</context>
<context>
    <name>CourseImporter</name>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>federal registry</source>
        <translation>федеральный реестр</translation>
    </message>
    <message>
        <source>competency areas</source>
        <translation>компетенции</translation>
    </message>
    <message>
        <source>the file has no column &quot;СНИЛС&quot; nor &quot;ФИО&quot; (or &quot;Фамилия&quot; and &quot;Имя&quot;) with &quot;Дата рождения&quot;, so the teachers cannot be recognised</source>
        <translation>в файле нет ни столбца «СНИЛС», ни столбца «ФИО» (или «Фамилия» и «Имя») со столбцом «Дата рождения», поэтому педагогов нельзя опознать</translation>
    </message>
    <message>
        <source>the registry has this SNILS as %1; the course is recorded for that teacher</source>
        <translation>в реестре этот СНИЛС указан у педагога %1; курс записывается этому педагогу</translation>
    </message>
    <message>
        <source>the programme is empty</source>
        <translation>не указана программа</translation>
    </message>
    <message>
        <source>the provider of the course is empty</source>
        <translation>не указана организация, проводящая курс</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected ПК (повышение квалификации) or ПП (профессиональная переподготовка)</source>
        <translation>неизвестный вид «%1»; ожидается ПК (повышение квалификации) или ПП (профессиональная переподготовка)</translation>
    </message>
    <message>
        <source>the number of hours is empty</source>
        <translation>не указано количество часов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of hours</source>
        <translation>«%1» — не целое число часов</translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot;; expected очно, дистанционно or смешанно</source>
        <translation>неизвестная форма «%1»; ожидается: очно, дистанционно или смешанно</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither да nor нет</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>unknown competency area &quot;%1&quot;; expected %2</source>
        <translation>неизвестная компетенция «%1»; ожидается: %2</translation>
    </message>
    <message>
        <source>the start date is empty</source>
        <translation>не указана дата начала</translation>
    </message>
    <message>
        <source>the end date is empty</source>
        <translation>не указана дата окончания</translation>
    </message>
    <message>
        <source>the course ends (%1) before it starts (%2)</source>
        <translation>курс заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>the certificate date %1 is before the course started (%2)</source>
        <translation>дата удостоверения %1 раньше начала курса (%2)</translation>
    </message>
    <message>
        <source>repeats row %1 (the same teacher and course)</source>
        <translation>повторяет строку %1 (тот же педагог и курс)</translation>
    </message>
    <message>
        <source>certificate %1 is also given to another teacher in row %2</source>
        <translation>удостоверение %1 также выдано другому педагогу в строке %2</translation>
    </message>
    <message>
        <source>the catalogue describes &quot;%1&quot; with another %2; the catalogue is kept</source>
        <translation>в каталоге программа «%1» описана иначе (%2); сохраняется описание из каталога</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is described with another %2 in row %3; row %3 is used</source>
        <translation>программа «%1» описана иначе (%2), чем в строке %3; используется строка %3</translation>
    </message>
    <message>
        <source>programme &quot;%1&quot; (%2, %3 h) is new; it will be added to the catalogue</source>
        <translation>программа «%1» (%2, %3 ч) новая; она будет добавлена в каталог</translation>
    </message>
    <message>
        <source>%1 (row %2) is no longer in the registry; nothing was imported.</source>
        <translation>Педагога %1 (строка %2) уже нет в реестре; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8, and this system cannot decode Windows-1251. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Файл не в кодировке UTF-8, а эта система не может декодировать Windows-1251. Сохраните файл в формате «CSV UTF-8» и повторите попытку.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here but its closing quote is missing.</source>
        <translation>Строка %1: здесь начинается поле в кавычках, но закрывающая кавычка отсутствует.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a table to import (%2 MB).</source>
        <translation>Файл %1 слишком велик для импорта (%2 МБ).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field starts here but its closing quote is missing.</source>
        <translation>%1, строка %2: здесь начинается поле в кавычках, но закрывающая кавычка отсутствует.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the table has more than %L1 cells, far more than a list to import; check that this is the right file</source>
        <translation>в таблице больше %L1 ячеек — гораздо больше, чем в любом списке для импорта; проверьте, тот ли это файл</translation>
    </message>
    <message>
        <source>the file mixes encodings (it is marked as UTF-8, but line %1 is not): save it as UTF-8 or Windows-1251</source>
        <translation>в файле смешаны кодировки (он помечен как UTF-8, но строка %1 — не в UTF-8): сохраните файл в кодировке UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <source>the file mixes encodings (line %1 is in UTF-8, line %2 is not): save it as UTF-8 or Windows-1251</source>
        <translation>в файле смешаны кодировки (строка %1 — в UTF-8, строка %2 — нет): сохраните файл в кодировке UTF-8 или Windows-1251</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Qualification categories on %1, %2: no active teacher</source>
        <translation>Квалификационные категории на %1, %2: нет работающих педагогов</translation>
    </message>
    <message numerus="yes">
        <source>Qualification categories of the %n active teacher(s) on %1, %2</source>
        <translation>
            <numerusform>Квалификационные категории %n работающего педагога на %1, %2</numerusform>
            <numerusform>Квалификационные категории %n работающих педагогов на %1, %2</numerusform>
            <numerusform>Квалификационные категории %n работающих педагогов на %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The main indicators by municipality on %1, per cent</source>
        <translation>Основные показатели по муниципалитетам на %1, %</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ProfRost database (it is not an SQLite file at all).</source>
        <translation>%1 не является базой данных ПрофРост (это вообще не файл SQLite).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a backup.</source>
        <translation>Файл %1 повреждён и не был открыт (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of ProfRost. It was not changed.</source>
        <translation>%1 — база данных SQLite другой программы, а не ПрофРост. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ProfRost (database version %2, this program knows up to %3). Update the program; the file was not changed.</source>
        <translation>Файл %1 записан более новой версией ПрофРост (версия базы данных %2, эта программа поддерживает версии до %3). Обновите программу; файл не изменён.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>%1 is empty, not a ProfRost database. It was not changed.</source>
        <translation>Файл %1 пуст и не является базой данных ПрофРост. Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database connection: %1</source>
        <translation>Не удалось подготовить подключение к базе данных: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Не удалось начать транзакцию: %1</translation>
    </message>
    <message>
        <source>The change was undone because a part of it failed.</source>
        <translation>Изменение отменено, так как часть его не удалось выполнить.</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>Файл %1 повреждён (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of ProfRost (database version %2, this program uses %3) and must be upgraded before it can be used, but it is read-only. Make the file and its folder writable and open it again; the file was not changed.</source>
        <translation>Файл %1 создан прежней версией ПрофРоста (версия базы данных %2, программе нужна версия %3), и перед работой его нужно обновить, но он доступен только для чтения. Разрешите запись в файл и в его папку и откройте его снова; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>DatabaseAccess</name>
    <message>
        <source>The database is open read-only (%1 was opened for reading only).</source>
        <translation>База данных открыта только для чтения (файл %1 открыт только для просмотра).</translation>
    </message>
    <message>
        <source>The database is read-only (permissions of %1).</source>
        <translation>База данных открыта только для чтения (права доступа к файлу %1).</translation>
    </message>
    <message>
        <source>The database is read-only (permissions of the folder %1).</source>
        <translation>База данных открыта только для чтения (права доступа к папке %1).</translation>
    </message>
    <message>
        <source>Another program is using %1 (it holds the database locked). Close it and try again.</source>
        <translation>Файл %1 занят другой программой (база данных заблокирована). Закройте эту программу и повторите попытку.</translation>
    </message>
    <message>
        <source>The server refused: your role does not allow this (%1).</source>
        <translation>Сервер отказал: ваша роль этого не позволяет (%1).</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost.</source>
        <translation>Связь с сервером %1 потеряна.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (%2).</source>
        <translation>Связь с сервером %1 потеряна (%2).</translation>
    </message>
    <message>
        <source>What you were doing was not saved, and nothing is half-written: the server keeps a change whole or not at all. Reconnect (File → Reconnect to the server) and do it again.</source>
        <translation>Последнее действие не сохранено, и ничего не записано наполовину: сервер сохраняет изменение целиком или не сохраняет совсем. Переподключитесь (Файл → Переподключиться к серверу) и повторите действие.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>One side of a copy must be a file and the other a server&apos;s database.</source>
        <translation>При копировании одна сторона должна быть файлом, другая — базой данных на сервере.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4: open the older one with this program first, so that it is upgraded.</source>
        <translation>%1 имеет версию структуры %2, а %3 — версию %4: сначала откройте более старую базу этой программой, чтобы она обновилась.</translation>
    </message>
    <message>
        <source>%1 already holds organisations or teachers; copying would replace them (--replace).</source>
        <translation>В %1 уже есть организации или педагоги; копирование заменит их (--replace).</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows, the original %3: nothing was changed.</source>
        <translation>В копии таблицы %1 строк: %2, в оригинале: %3; ничего не изменено.</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was changed.</source>
        <translation>Копирование отменено, ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables copied from %3%4</source>
        <translation>скопировано строк: %1, таблиц: %2, из %3%4</translation>
    </message>
    <message>
        <source>, replacing the registry</source>
        <translation>, с заменой реестра</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>Copying the database...</source>
        <translation>Копирование базы...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Копирование базы</translation>
    </message>
    <message>
        <source>Copying the database: table %1 of %2...</source>
        <translation>Копирование базы: таблица %1 из %2...</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables copied from %3 to %4; every table&apos;s rows agree.</source>
        <translation>Скопировано строк: %1, таблиц: %2, из %3 в %4; число строк каждой таблицы совпадает.</translation>
    </message>
    <message>
        <source>Move the database to a server</source>
        <translation>Перенос базы на сервер</translation>
    </message>
    <message>
        <source>%1 already holds a registry. Replace it with the registry of %2? Its users and audit log stay.</source>
        <translation>В %1 уже есть реестр. Заменить его реестром из %2? Пользователи и журнал изменений сервера сохранятся.</translation>
    </message>
    <message>
        <source>Work on the server now?</source>
        <translation>Перейти к работе на сервере?</translation>
    </message>
    <message>
        <source>Save a copy of the server&apos;s database</source>
        <translation>Копия базы с сервера в файл</translation>
    </message>
    <message>
        <source>ProfRost database (*.sqlite *.profrost)</source>
        <translation>База ПрофРост (*.sqlite *.profrost)</translation>
    </message>
    <message>
        <source>Open the file now?</source>
        <translation>Открыть этот файл?</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>&quot;%1&quot; is not a date; expected dd.mm.yyyy</source>
        <translation>«%1» — не дата; ожидается формат дд.мм.гггг</translation>
    </message>
    <message>
        <source>%1 is not an existing date</source>
        <translation>даты %1 не существует</translation>
    </message>
</context>
<context>
    <name>DeficitMapBuilder</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>(no subject on the day)</source>
        <translation>(без предмета на дату)</translation>
    </message>
    <message>
        <source>(no post on the day)</source>
        <translation>(нет места работы на дату)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>under %1 %</source>
        <translation>менее %1 %</translation>
    </message>
    <message>
        <source>from %1 to %2 %</source>
        <translation>от %1 до %2 %</translation>
    </message>
    <message>
        <source>%1 % or more</source>
        <translation>%1 % и более</translation>
    </message>
    <message>
        <source>nobody diagnosed</source>
        <translation>никто не прошёл диагностику</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo record of %1 was refused: %2</source>
        <translation>Демонстрационная запись «%1» отклонена: %2</translation>
    </message>
    <message>
        <source>The number of demo teachers must be between 0 and %1.</source>
        <translation>Число демонстрационных педагогов должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Demo data goes only into a new, empty database; this one already holds %1 teacher(s) and %2 organisation(s).</source>
        <translation>Демонстрационные данные добавляются только в новую пустую базу данных; в этой уже есть педагогов: %1, организаций: %2.</translation>
    </message>
    <message>
        <source>The demo date %1 is after today, %2.</source>
        <translation>Демонстрационная дата %1 позже сегодняшней (%2).</translation>
    </message>
</context>
<context>
    <name>DemoNames</name>
    <message>
        <source>The demo data list %1 is missing from this build.</source>
        <translation>В этой сборке отсутствует список демонстрационных данных %1.</translation>
    </message>
    <message>
        <source>The demo data list %1 is empty.</source>
        <translation>Список демонстрационных данных %1 пуст.</translation>
    </message>
</context>
<context>
    <name>DiagnosisEditing</name>
    <message>
        <source>This teacher already has a result of this diagnosis on %1; correct that one instead.</source>
        <translation>У педагога уже есть результат этой диагностики за %1; исправьте его.</translation>
    </message>
    <message>
        <source>Correct diagnosis result</source>
        <translation>Исправление результата диагностики</translation>
    </message>
    <message>
        <source>Add diagnosis result</source>
        <translation>Добавление результата диагностики</translation>
    </message>
    <message>
        <source>The result is no longer stored.</source>
        <translation>Результат уже удалён.</translation>
    </message>
    <message>
        <source>Delete diagnosis result</source>
        <translation>Удаление результата диагностики</translation>
    </message>
</context>
<context>
    <name>DiagnosisImporter</name>
    <message>
        <source>the file has no score column: expected one column per competency area (%1) or &quot;Результат&quot; for functional literacy; the columns found are %2</source>
        <translation>в файле нет столбца с баллами: ожидается по столбцу на каждую область компетенций (%1) или «Результат» для функциональной грамотности; найдены столбцы %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected самодиагностика, ЦНППМ (ЦОПМКП), функциональная грамотность or другое</source>
        <translation>неизвестный вид «%1»; ожидается самодиагностика, ЦНППМ (ЦОПМКП), функциональная грамотность или другое</translation>
    </message>
    <message>
        <source>the diagnosis &quot;%1&quot; is recorded as %2, not as %3</source>
        <translation>диагностика «%1» записана как %2, а не %3</translation>
    </message>
    <message>
        <source>row %1 gives the diagnosis &quot;%2&quot; as %3, this row as %4</source>
        <translation>в строке %1 диагностика «%2» указана как %3, в этой строке — как %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: expected per cent from 0 to 100, as 49,5 or 49.5</source>
        <translation>«%1» — не балл: ожидается процент от 0 до 100, например 49,5 или 49.5</translation>
    </message>
    <message>
        <source>a functional-literacy diagnosis has one overall score, in &quot;Результат&quot;; scores by area belong to another diagnosis</source>
        <translation>у диагностики функциональной грамотности один общий балл — в столбце «Результат»; баллы по областям относятся к другой диагностике</translation>
    </message>
    <message>
        <source>the overall score is empty</source>
        <translation>общий балл не указан</translation>
    </message>
    <message>
        <source>%1 is scored by competency area; this row has only an overall result</source>
        <translation>%1 оценивается по областям компетенций, а в этой строке только общий результат</translation>
    </message>
    <message>
        <source>no score in this row (did the teacher take the diagnosis?)</source>
        <translation>в строке нет ни одного балла (проходил ли педагог диагностику?)</translation>
    </message>
    <message>
        <source>the overall result is not stored: %1 is scored by competency area</source>
        <translation>общий результат не сохраняется: %1 оценивается по областям компетенций</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 от %2: %3</translation>
    </message>
    <message>
        <source>the registry has this SNILS as %1; the result is recorded for that teacher</source>
        <translation>в реестре этот СНИЛС принадлежит педагогу %1; результат записывается ему</translation>
    </message>
    <message>
        <source>the diagnosis is not named</source>
        <translation>не указано название диагностики</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>repeats row %1; counted once</source>
        <translation>повторяет строку %1; учтена один раз</translation>
    </message>
    <message>
        <source>row %1 gives other scores of the same teacher, diagnosis and date</source>
        <translation>в строке %1 для того же педагога, диагностики и даты указаны другие баллы</translation>
    </message>
    <message>
        <source>the kind of the new diagnosis &quot;%1&quot; is not given; it is recorded as другое (change it on the Diagnostics page)</source>
        <translation>вид новой диагностики «%1» не указан; она записывается как «другое» (вид можно изменить на странице «Диагностика»)</translation>
    </message>
    <message>
        <source>%1 (row %2) is no longer in the registry; nothing was imported.</source>
        <translation>%1 (строка %2) больше нет в реестре; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Строка %1: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; looks like the score of a competency area the dictionary does not have; add the area &quot;%2&quot; in Справочники (Registry → Dictionaries → Competency areas) first, then import the file again, or remove the column</source>
        <translation>столбец «%1» похож на баллы компетентностной области, которой нет в справочнике; сначала добавьте область «%2» в Справочники (Реестр → Справочники → Компетентностные области) и импортируйте файл снова или удалите этот столбец</translation>
    </message>
</context>
<context>
    <name>DiagnosisReports</name>
    <message>
        <source>%1 has no individual route for %2/%3.</source>
        <translation>У педагога %1 нет индивидуального маршрута на %2/%3 учебный год.</translation>
    </message>
</context>
<context>
    <name>DiagnosisRepository</name>
    <message>
        <source>There is no diagnosis with the id %1.</source>
        <translation>Диагностики с номером %1 нет.</translation>
    </message>
    <message>
        <source>The diagnosis «%1» was not stored.</source>
        <translation>Диагностика «%1» не сохранена.</translation>
    </message>
    <message>
        <source>The result was not stored.</source>
        <translation>Результат не сохранён.</translation>
    </message>
    <message>
        <source>The teacher already has a result of «%1» on %2.</source>
        <translation>У педагога уже есть результат диагностики «%1» за %2.</translation>
    </message>
    <message>
        <source>The result is no longer stored.</source>
        <translation>Результат уже удалён.</translation>
    </message>
</context>
<context>
    <name>DiagnosisRules</name>
    <message>
        <source>the diagnosis has no name</source>
        <translation>у диагностики нет названия</translation>
    </message>
    <message>
        <source>the diagnosis has no date</source>
        <translation>у диагностики нет даты</translation>
    </message>
    <message>
        <source>the diagnosis ends before it starts</source>
        <translation>диагностика заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the diagnosis measures no competency area</source>
        <translation>диагностика не измеряет ни одной области компетенций</translation>
    </message>
    <message>
        <source>a functional-literacy diagnosis gives one overall score, of functional literacy alone</source>
        <translation>диагностика функциональной грамотности даёт один общий результат — только по функциональной грамотности</translation>
    </message>
    <message>
        <source>the result has no date</source>
        <translation>у результата нет даты</translation>
    </message>
    <message>
        <source>the result has no score</source>
        <translation>в результате нет ни одного балла</translation>
    </message>
    <message>
        <source>the area «%1» is scored twice</source>
        <translation>область «%1» оценена дважды</translation>
    </message>
    <message>
        <source>the score of «%1» is not between 0 and 100 %</source>
        <translation>результат по области «%1» не от 0 до 100 %</translation>
    </message>
    <message>
        <source>the diagnosis «%1» does not measure the area «%2»</source>
        <translation>диагностика «%1» не измеряет область «%2»</translation>
    </message>
    <message>
        <source>the day of the result is in the future</source>
        <translation>дата результата ещё не наступила</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>self-assessment</source>
        <translation>самодиагностика</translation>
    </message>
    <message>
        <source>diagnosis by a centre (ЦНППМ, ЦОПМКП)</source>
        <translation>диагностика центра (ЦНППМ, ЦОПМКП)</translation>
    </message>
    <message>
        <source>functional literacy</source>
        <translation>функциональная грамотность</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>DiagnosticsArea</name>
    <message>
        <source>Import &amp;diagnosis results...</source>
        <translation>Импорт результатов &amp;диагностики...</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
</context>
<context>
    <name>DictionaryRepository</name>
    <message>
        <source>The municipality has no name.</source>
        <translation>Не указано название муниципалитета.</translation>
    </message>
    <message>
        <source>The position has no name.</source>
        <translation>Не указано наименование должности.</translation>
    </message>
    <message>
        <source>The subject has no name.</source>
        <translation>Не указано название предмета.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Laying out the pages of %1...</source>
        <translation>Вёрстка страниц: %1...</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Запись документа</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt)</source>
        <translation>Документ PDF (*.pdf);;Текст OpenDocument для Word и LibreOffice (*.odt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is written: %n page(s).</source>
        <translation>
            <numerusform>Документ %1 записан: %n страница.</numerusform>
            <numerusform>Документ %1 записан: %n страницы.</numerusform>
            <numerusform>Документ %1 записан: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Cannot lay out %1: printing needs a QGuiApplication (fonts).</source>
        <translation>Не удалось сформировать %1: для печати нужен QGuiApplication (шрифты).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be painted.</source>
        <translation>Не удалось записать %1: не удалось отрисовать PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: the document could not be converted to ODT.</source>
        <translation>Не удалось записать %1: документ не удалось преобразовать в ODT.</translation>
    </message>
    <message>
        <source>Cannot write %1: documents are written as .pdf or .odt.</source>
        <translation>Не удалось записать %1: документы записываются в формате .pdf или .odt.</translation>
    </message>
</context>
<context>
    <name>EditAccess</name>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (только просмотр)</translation>
    </message>
</context>
<context>
    <name>EventEditing</name>
    <message>
        <source>Change event</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>The event is no longer stored.</source>
        <translation>Мероприятие уже удалено.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The event was not stored.</source>
        <translation>Мероприятие не сохранено.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Мероприятие больше не существует.</translation>
    </message>
</context>
<context>
    <name>EventRules</name>
    <message>
        <source>Give the topic of the event.</source>
        <translation>Укажите тему мероприятия.</translation>
    </message>
    <message>
        <source>Give the first day of the event.</source>
        <translation>Укажите дату начала мероприятия.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Мероприятие заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The hours cannot be negative.</source>
        <translation>Количество часов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>An event that starts on %1 cannot be held yet.</source>
        <translation>Мероприятие, которое начинается %1, ещё не может быть проведено.</translation>
    </message>
    <message>
        <source>A teacher is listed twice among the participants.</source>
        <translation>Педагог указан среди участников дважды.</translation>
    </message>
    <message>
        <source>A guest has no name.</source>
        <translation>У гостя не указано ФИО.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>seminar</source>
        <translation>семинар</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>вебинар</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>конференция</translation>
    </message>
    <message>
        <source>master class</source>
        <translation>мастер-класс</translation>
    </message>
    <message>
        <source>methodical landing</source>
        <translation>методический десант</translation>
    </message>
    <message>
        <source>mini-course</source>
        <translation>мини-курс</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>стажировка</translation>
    </message>
    <message>
        <source>round table</source>
        <translation>круглый стол</translation>
    </message>
    <message>
        <source>open lesson</source>
        <translation>открытый урок</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школьный</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>муниципальный</translation>
    </message>
    <message>
        <source>inter-municipal</source>
        <translation>межмуниципальный</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <source>federal</source>
        <translation>федеральный</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>слушатель</translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <source>Events and competitions</source>
        <translation>Мероприятия и конкурсы</translation>
    </message>
</context>
<context>
    <name>ExpiringCategoriesDocument</name>
    <message>
        <source>Expiring categories</source>
        <translation>Истекающие категории</translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>%1 can be read by other users of this computer, and it holds the teachers&apos; personal data (СНИЛС, birth dates). Make it private: chmod 600 &quot;%1&quot;.</source>
        <translation>Файл %1 доступен для чтения другим пользователям этого компьютера, а в нём персональные данные педагогов (СНИЛС, даты рождения). Закройте к нему доступ: chmod 600 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>HeaderMap</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Import teachers</source>
        <translation>Импорт педагогов</translation>
    </message>
    <message>
        <source>Importing teachers...</source>
        <translation>Импорт педагогов...</translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Импорт завершён: новых — %1, обновлено — %2, без изменений — %3.</translation>
    </message>
    <message>
        <source>Import course completions</source>
        <translation>Импорт сведений об окончании курсов</translation>
    </message>
    <message>
        <source>Importing course completions...</source>
        <translation>Импорт сведений об окончании курсов...</translation>
    </message>
    <message>
        <source>Course completions imported: %1 new, %2 updated, %3 already recorded; new programmes: %4, new course runs: %5.</source>
        <translation>Сведения о курсах импортированы: новых — %1, обновлено — %2, уже были — %3; новых программ — %4, новых курсов — %5.</translation>
    </message>
    <message>
        <source>Import attestation history</source>
        <translation>Импорт истории аттестации</translation>
    </message>
    <message>
        <source>Importing attestation history...</source>
        <translation>Импорт истории аттестации...</translation>
    </message>
    <message>
        <source>Attestation history imported: %1 new records, %2 updated, %3 already recorded.</source>
        <translation>История аттестации импортирована: новых записей — %1, обновлено — %2, уже были — %3.</translation>
    </message>
    <message>
        <source>Import diagnosis results</source>
        <translation>Импорт результатов диагностики</translation>
    </message>
    <message>
        <source>Importing diagnosis results...</source>
        <translation>Импорт результатов диагностики...</translation>
    </message>
    <message>
        <source>Diagnosis results imported: %1 new, %2 corrected, %3 already recorded; new diagnoses: %4.</source>
        <translation>Результаты диагностики импортированы: новых — %1, исправлено — %2, уже были — %3; новых диагностик — %4.</translation>
    </message>
    <message>
        <source>Import mentorship pairs</source>
        <translation>Импорт пар наставничества</translation>
    </message>
    <message>
        <source>Importing mentorship pairs...</source>
        <translation>Импорт пар наставничества...</translation>
    </message>
    <message>
        <source>Mentorship pairs imported: %1 new, %2 updated, %3 already recorded.</source>
        <translation>Пары наставничества импортированы: новых — %1, обновлено — %2, уже были — %3.</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>the column is given twice; the first one is used</source>
        <translation>столбец указан дважды; используется первый</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>неизвестный столбец, пропущен</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>no column is called &quot;%1&quot;; a column can be assigned only to a column of this kind of file</source>
        <translation>нет столбца «%1»; столбец файла можно сопоставить только со столбцом, который есть в файлах этого вида</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>в файле нет столбца «%1»; в файле есть столбцы: %2</translation>
    </message>
    <message>
        <source>the value has %1 characters, more than the %2 allowed: &quot;%3&quot;</source>
        <translation>в значении слишком много знаков: %1 (допускается не больше %2): «%3»</translation>
    </message>
    <message>
        <source>the value holds an invisible control character (code %1): &quot;%2&quot;</source>
        <translation>в значении есть невидимый управляющий символ (код %1): «%2»</translation>
    </message>
    <message>
        <source>your role on the server (%1) may not change %2, so nothing of this file can be imported; ask the centre&apos;s methodist or the administrator</source>
        <translation>ваша роль на сервере (%1) не позволяет изменять %2, поэтому из этого файла ничего не может быть загружено; обратитесь к методисту ИМЦ или администратору</translation>
    </message>
    <message>
        <source>the column headers are in row 2; row 1 above them is the file&apos;s title and is not imported</source>
        <translation>заголовки столбцов — в строке 2; строка 1 над ними — заголовок файла, она не импортируется</translation>
    </message>
    <message>
        <source>the column headers are in row %1; rows 1–%2 above them are the file&apos;s title and are not imported</source>
        <translation>заголовки столбцов — в строке %1; строки 1–%2 над ними — заголовок файла, они не импортируются</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>%1: %2 (completed %3)</source>
        <translation>%1: %2 (окончание %3)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>met</source>
        <translation>достигнуто</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не достигнуто</translation>
    </message>
    <message>
        <source>informative</source>
        <translation>справочно</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Further training in 3 years</source>
        <translation>Курсовая подготовка за 3 года</translation>
    </message>
    <message>
        <source>Federal-register programmes chosen by deficits</source>
        <translation>ДПП из федерального реестра, подобранные по дефицитам</translation>
    </message>
    <message>
        <source>Took part in the functional literacy diagnostics</source>
        <translation>Участие в диагностике функциональной грамотности</translation>
    </message>
    <message>
        <source>Passed the functional literacy diagnostics at 70 % or more</source>
        <translation>Справились с диагностикой функциональной грамотности на 70 % и более</translation>
    </message>
    <message>
        <source>Management teams trained</source>
        <translation>Управленческие команды, повысившие квалификацию</translation>
    </message>
    <message>
        <source>Young teachers in forms of support</source>
        <translation>Молодые педагоги в формах поддержки</translation>
    </message>
    <message>
        <source>Valid qualification category</source>
        <translation>Действующая квалификационная категория</translation>
    </message>
    <message>
        <source>Deficits closed by a route</source>
        <translation>Дефициты закрыты маршрутом</translation>
    </message>
    <message>
        <source>Meeting plans of the district associations</source>
        <translation>План-график заседаний РМО</translation>
    </message>
    <message>
        <source>Overdue further training</source>
        <translation>Просроченная курсовая подготовка</translation>
    </message>
    <message>
        <source>Expiring categories</source>
        <translation>Истекающие категории</translation>
    </message>
</context>
<context>
    <name>MeetingEditing</name>
    <message>
        <source>edit meeting</source>
        <translation>изменение заседания</translation>
    </message>
    <message>
        <source>new meeting</source>
        <translation>запись заседания</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>удаление заседания</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Этого заседания уже нет.</translation>
    </message>
    <message>
        <source>The meeting cannot be stored: %1</source>
        <translation>Не удалось сохранить заседание: %1</translation>
    </message>
    <message>
        <source>The meeting of %1</source>
        <translation>Заседание от %1</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Association: the meeting belongs to an association.</source>
        <translation>Объединение: заседание должно относиться к объединению.</translation>
    </message>
    <message>
        <source>Date: the meeting needs its date.</source>
        <translation>Дата: укажите дату заседания.</translation>
    </message>
    <message>
        <source>Agenda item %1: the title is empty.</source>
        <translation>Вопрос %1 повестки дня: не указана формулировка.</translation>
    </message>
    <message>
        <source>Agenda item %1: the votes cannot be negative.</source>
        <translation>Вопрос %1 повестки дня: число голосов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Agenda item %1: %2 votes, but only %3 present.</source>
        <translation>Вопрос повестки %1: голосов %2, а присутствовало только %3.</translation>
    </message>
</context>
<context>
    <name>MentoringArea</name>
    <message>
        <source>Import &amp;mentorship pairs...</source>
        <translation>Импорт пар &amp;наставничества...</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
</context>
<context>
    <name>MentoringWords</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершена</translation>
    </message>
</context>
<context>
    <name>MentorshipEditing</name>
    <message>
        <source>Change mentorship</source>
        <translation>Изменение пары наставничества</translation>
    </message>
    <message>
        <source>New mentorship</source>
        <translation>Новая пара наставничества</translation>
    </message>
    <message>
        <source>The pair is no longer stored.</source>
        <translation>Пара уже удалена.</translation>
    </message>
    <message>
        <source>Delete mentorship</source>
        <translation>Удаление пары наставничества</translation>
    </message>
</context>
<context>
    <name>MentorshipImporter</name>
    <message>
        <source>the file has no column &quot;СНИЛС наставника&quot; nor &quot;Наставник&quot; with &quot;Дата рождения наставника&quot;, so the mentors cannot be recognised; the columns found are %1</source>
        <translation>в файле нет столбца «СНИЛС наставника» или столбцов «Наставник» и «Дата рождения наставника», поэтому наставников не узнать; найдены столбцы: %1</translation>
    </message>
    <message>
        <source>the file has no column &quot;СНИЛС наставляемого&quot; nor &quot;Наставляемый&quot; with &quot;Дата рождения наставляемого&quot;, so the mentees cannot be recognised; the columns found are %1</source>
        <translation>в файле нет столбца «СНИЛС наставляемого» или столбцов «Наставляемый» и «Дата рождения наставляемого», поэтому наставляемых не узнать; найдены столбцы: %1</translation>
    </message>
    <message>
        <source>the registry has this SNILS as %1; the pair is recorded for that teacher</source>
        <translation>в реестре этот СНИЛС принадлежит педагогу %1; пара записана для него</translation>
    </message>
    <message>
        <source>the mentor and the mentee are the same person (%1)</source>
        <translation>наставник и наставляемый — одно лицо (%1)</translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot;; expected педагог – педагог, руководитель – педагог, студент – педагог or групповая (a hyphen or a dash between the words alike)</source>
        <translation>неизвестная форма «%1»; ожидается педагог – педагог, руководитель – педагог, студент – педагог или групповая (между словами — дефис или тире)</translation>
    </message>
    <message>
        <source>the start date is empty</source>
        <translation>не указана дата начала</translation>
    </message>
    <message>
        <source>the pair ends on %1, before it starts (%2)</source>
        <translation>пара заканчивается %1, раньше начала (%2)</translation>
    </message>
    <message>
        <source>repeats row %1; counted once</source>
        <translation>повторяет строку %1; учтена один раз</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>цели</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>row %1 gives the same mentor, mentee and start date; the rows differ in: %2</source>
        <translation>в строке %1 те же наставник, наставляемый и дата начала; строки различаются: %2</translation>
    </message>
    <message>
        <source>the form is empty; the pair is recorded as педагог – педагог</source>
        <translation>форма не указана; пара записана как «педагог – педагог»</translation>
    </message>
    <message>
        <source>form: %1 → %2</source>
        <translation>форма: %1 → %2</translation>
    </message>
    <message>
        <source>end date: %1 → %2</source>
        <translation>дата окончания: %1 → %2</translation>
    </message>
    <message>
        <source>goals: %1 → %2</source>
        <translation>цели: %1 → %2</translation>
    </message>
    <message>
        <source>result: %1 → %2</source>
        <translation>результат: %1 → %2</translation>
    </message>
    <message>
        <source>mentor %1, mentee %2</source>
        <translation>наставник %1, наставляемый %2</translation>
    </message>
    <message>
        <source>the pair from %1: %2</source>
        <translation>пара с %1: %2</translation>
    </message>
    <message>
        <source>the pair starts on %1, after today; the mentee counts as supported from that day</source>
        <translation>пара начинается %1, позже сегодняшнего дня; наставляемый считается получающим поддержку с этого дня</translation>
    </message>
    <message>
        <source>%1 (row %2) is no longer in the registry; nothing was imported.</source>
        <translation>%1 (строка %2) уже нет в реестре; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Строка %1: %2 Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>MentorshipRepository</name>
    <message>
        <source>This mentor and mentee have a pair starting on %1 already.</source>
        <translation>У этого наставника и наставляемого уже есть пара, начатая %1.</translation>
    </message>
    <message>
        <source>The mentorship was not stored.</source>
        <translation>Наставничество не сохранено.</translation>
    </message>
    <message>
        <source>Mentoring of %1</source>
        <translation>Наставничество: %1</translation>
    </message>
    <message>
        <source>The mentoring pair no longer exists.</source>
        <translation>Пара наставничества больше не существует.</translation>
    </message>
</context>
<context>
    <name>MentorshipRules</name>
    <message>
        <source>Choose the mentor.</source>
        <translation>Выберите наставника.</translation>
    </message>
    <message>
        <source>Choose the mentee.</source>
        <translation>Выберите наставляемого.</translation>
    </message>
    <message>
        <source>The mentor and the mentee are the same person.</source>
        <translation>Наставник и наставляемый — один и тот же человек.</translation>
    </message>
    <message>
        <source>Give the first day of the mentoring.</source>
        <translation>Укажите дату начала наставничества.</translation>
    </message>
    <message>
        <source>The mentoring ends before it starts.</source>
        <translation>Наставничество заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>MentorshipText</name>
    <message>
        <source>teacher – teacher</source>
        <translation>педагог – педагог</translation>
    </message>
    <message>
        <source>manager – teacher</source>
        <translation>руководитель – педагог</translation>
    </message>
    <message>
        <source>student – teacher</source>
        <translation>студент – педагог</translation>
    </message>
    <message>
        <source>group</source>
        <translation>групповая</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema upgrade failed: %1
%2</source>
        <translation>Не удалось обновить схему базы данных: %1
%2</translation>
    </message>
</context>
<context>
    <name>MonitoringArea</name>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>low educational results (ШНОР)</source>
        <translation>низкие образовательные результаты (ШНОР)</translation>
    </message>
    <message>
        <source>unfavourable social conditions</source>
        <translation>неблагоприятные социальные условия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Young teachers and mentoring on %1</source>
        <translation>Молодые педагоги и наставничество на %1</translation>
    </message>
    <message>
        <source>No young teachers on the staff.</source>
        <translation>Молодых педагогов в штате нет.</translation>
    </message>
    <message>
        <source>mentor %1 (%2)</source>
        <translation>наставник %1 (%2)</translation>
    </message>
    <message>
        <source>no support</source>
        <translation>нет поддержки</translation>
    </message>
    <message numerus="yes">
        <source>%n young teacher(s)</source>
        <translation>
            <numerusform>%n молодой педагог</numerusform>
            <numerusform>%n молодых педагога</numerusform>
            <numerusform>%n молодых педагогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without support</source>
        <translation>
            <numerusform>%n без поддержки</numerusform>
            <numerusform>%n без поддержки</numerusform>
            <numerusform>%n без поддержки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n наставляемый</numerusform>
            <numerusform>%n наставляемых</numerusform>
            <numerusform>%n наставляемых</numerusform>
        </translation>
    </message>
    <message>
        <source>(above the limit of %1)</source>
        <translation>(больше предела %1)</translation>
    </message>
    <message>
        <source>Its mentors:</source>
        <translation>Наставники организации:</translation>
    </message>
    <message>
        <source>Events of %1/%2</source>
        <translation>Мероприятия %1/%2 учебного года</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message numerus="yes">
        <source>%n of its teachers took part in held events</source>
        <translation>
            <numerusform>%n педагог организации участвовал в проведённых мероприятиях</numerusform>
            <numerusform>%n педагога организации участвовали в проведённых мероприятиях</numerusform>
            <numerusform>%n педагогов организации участвовали в проведённых мероприятиях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spoke or organised</source>
        <translation>
            <numerusform>%n выступал или организовывал</numerusform>
            <numerusform>%n выступали или организовывали</numerusform>
            <numerusform>%n выступали или организовывали</numerusform>
        </translation>
    </message>
    <message>
        <source>Held or planned here:</source>
        <translation>Проведены или запланированы здесь:</translation>
    </message>
    <message>
        <source>Competitions of %1</source>
        <translation>Конкурсы %1 года</translation>
    </message>
    <message numerus="yes">
        <source>%n of its teachers took part</source>
        <translation>
            <numerusform>участвовал %n педагог организации</numerusform>
            <numerusform>участвовали %n педагога организации</numerusform>
            <numerusform>участвовали %n педагогов организации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a prize</source>
        <translation>
            <numerusform>%n с призовым местом</numerusform>
            <numerusform>%n с призовыми местами</numerusform>
            <numerusform>%n с призовыми местами</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites and staffing</source>
        <translation>Площадки и кадры</translation>
    </message>
    <message>
        <source>Innovation sites</source>
        <translation>Инновационные площадки</translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation>%1 ст.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>filled by %1 on %2</source>
        <translation>закрыта: %1, %2</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Вакансии</translation>
    </message>
    <message numerus="yes">
        <source>%n open vacancy(ies)</source>
        <translation>
            <numerusform>%n открытая вакансия</numerusform>
            <numerusform>%n открытые вакансии</numerusform>
            <numerusform>%n открытых вакансий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rate(s) in all</source>
        <translation>всего ставок: %1</translation>
    </message>
    <message>
        <source>Tracks and practices</source>
        <translation>Треки и практики</translation>
    </message>
    <message>
        <source>Tracks of development (its teachers)</source>
        <translation>Треки развития (педагоги организации)</translation>
    </message>
    <message numerus="yes">
        <source>Practice bank: %n practice(s) of its teachers</source>
        <translation>
            <numerusform>Банк практик: %n практика педагогов организации</numerusform>
            <numerusform>Банк практик: %n практики педагогов организации</numerusform>
            <numerusform>Банк практик: %n практик педагогов организации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the bank</source>
        <translation>
            <numerusform>… и ещё %n в банке практик</numerusform>
            <numerusform>… и ещё %n в банке практик</numerusform>
            <numerusform>… и ещё %n в банке практик</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Укажите наименование организации.</translation>
    </message>
    <message>
        <source>Choose the municipality of the organisation.</source>
        <translation>Выберите муниципалитет организации.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Этой организации уже нет в реестре.</translation>
    </message>
    <message>
        <source>An organisation named &quot;%1&quot; already exists in this municipality.</source>
        <translation>Организация с наименованием «%1» уже есть в этом муниципалитете.</translation>
    </message>
    <message numerus="yes">
        <source>The organisation cannot be deleted: %n employment record(s) refer to it. Move or delete those teachers first.</source>
        <translation>
            <numerusform>Организацию нельзя удалить: на неё ссылается %n запись о работе педагогов. Сначала переведите или удалите соответствующих педагогов.</numerusform>
            <numerusform>Организацию нельзя удалить: на неё ссылаются %n записи о работе педагогов. Сначала переведите или удалите соответствующих педагогов.</numerusform>
            <numerusform>Организацию нельзя удалить: на неё ссылаются %n записей о работе педагогов. Сначала переведите или удалите соответствующих педагогов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationTypeText</name>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>kindergarten (DOO)</source>
        <translation>детский сад (ДОО)</translation>
    </message>
    <message>
        <source>additional education (UDO)</source>
        <translation>дополнительное образование (УДО)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>OrganisationsArea</name>
    <message>
        <source>&amp;Add organisation...</source>
        <translation>Добавить &amp;организацию...</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>&amp;Dictionaries...</source>
        <translation>&amp;Справочники...</translation>
    </message>
</context>
<context>
    <name>PlanEditing</name>
    <message>
        <source>edit plan</source>
        <translation>изменение плана</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>создание плана</translation>
    </message>
    <message>
        <source>delete plan</source>
        <translation>удаление плана</translation>
    </message>
    <message>
        <source>copy plan to next year</source>
        <translation>копирование плана на следующий год</translation>
    </message>
</context>
<context>
    <name>PlanGraphVersion</name>
    <message>
        <source>%1 was saved by another user after you opened it; your changes were not saved.</source>
        <translation>%1 сохранён другим пользователем после того, как вы его открыли; ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>The further-training plan-graph %1–%2</source>
        <translation>План-график повышения квалификации на %1–%2 годы</translation>
    </message>
    <message>
        <source>The attestation plan-graph %1–%2</source>
        <translation>Перспективный план-график аттестации на %1–%2 годы</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Этого плана уже нет.</translation>
    </message>
    <message>
        <source>The plan «%1» cannot be stored: %2</source>
        <translation>Не удалось сохранить план «%1»: %2</translation>
    </message>
    <message>
        <source>Year: the association already has a plan for %1.</source>
        <translation>Учебный год: у объединения уже есть план на %1.</translation>
    </message>
    <message>
        <source>The plan cannot be restored: it has no id.</source>
        <translation>План нельзя восстановить: у него нет идентификатора.</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>Title: the plan needs a title.</source>
        <translation>Название: укажите название плана.</translation>
    </message>
    <message>
        <source>Association: a year plan of an association names the association.</source>
        <translation>Объединение: в плане работы объединения на год укажите объединение.</translation>
    </message>
    <message>
        <source>Year: the plan needs an academic year or a period.</source>
        <translation>Учебный год: укажите учебный год или период плана.</translation>
    </message>
    <message>
        <source>Year: %1 is not a real academic year.</source>
        <translation>Учебный год: %1 — неверный учебный год.</translation>
    </message>
    <message>
        <source>Period: the end is before the start.</source>
        <translation>Период: дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Item %1: the title is empty.</source>
        <translation>Мероприятие %1: не указано название.</translation>
    </message>
    <message>
        <source>Item %1: stage %2 does not exist.</source>
        <translation>Мероприятие %1: этапа %2 не существует.</translation>
    </message>
    <message>
        <source>Item %1: the end date is before the start date.</source>
        <translation>Мероприятие %1: дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Stage %1: the title is empty.</source>
        <translation>Этап %1: не указано название.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Association&apos;s plan for the year</source>
        <translation>План работы объединения на год</translation>
    </message>
    <message>
        <source>Work plan of the centre</source>
        <translation>План работы ИМЦ</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
</context>
<context>
    <name>PositionCatalog</name>
    <message>
        <source>managerial</source>
        <translation>руководящая</translation>
    </message>
    <message>
        <source>pedagogical</source>
        <translation>педагогическая</translation>
    </message>
</context>
<context>
    <name>PracticeEditing</name>
    <message>
        <source>Change practice</source>
        <translation>Изменение практики</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>Удаление практики</translation>
    </message>
    <message>
        <source>The practice is no longer stored.</source>
        <translation>Этой практики уже нет.</translation>
    </message>
</context>
<context>
    <name>PracticeRepository</name>
    <message>
        <source>The practice was not stored.</source>
        <translation>Практика не сохранена.</translation>
    </message>
    <message>
        <source>The practice no longer exists.</source>
        <translation>Практика больше не существует.</translation>
    </message>
</context>
<context>
    <name>PracticeRules</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>The file «%1» is %2; files over %3 are not stored in the bank.</source>
        <translation>Файл «%1» занимает %2; файлы больше %3 в банке не хранятся.</translation>
    </message>
    <message>
        <source>A practice needs a title.</source>
        <translation>Укажите название практики.</translation>
    </message>
    <message>
        <source>An author is listed twice.</source>
        <translation>Автор указан дважды.</translation>
    </message>
    <message>
        <source>A competency area is listed twice.</source>
        <translation>Область компетенций указана дважды.</translation>
    </message>
    <message>
        <source>An attached file has no name.</source>
        <translation>У прикреплённого файла нет имени.</translation>
    </message>
</context>
<context>
    <name>PracticeText</name>
    <message>
        <source>school</source>
        <translation>уровень ОО</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>муниципальный</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <source>federal</source>
        <translation>федеральный</translation>
    </message>
</context>
<context>
    <name>PracticesArea</name>
    <message>
        <source>Practice bank</source>
        <translation>Банк практик</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Несоответствие числа параметров</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Не удалось получить строку</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>Database error while preparing a statement: %1</source>
        <translation>Ошибка базы данных при подготовке запроса: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>RecommendationEditing</name>
    <message>
        <source>Change recommendation</source>
        <translation>Изменение рекомендации</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Удаление рекомендации</translation>
    </message>
    <message>
        <source>The recommendation is no longer stored.</source>
        <translation>Рекомендация уже удалена.</translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>The recommendation was not stored.</source>
        <translation>Рекомендация не сохранена.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Рекомендация: %1</translation>
    </message>
    <message>
        <source>The recommendation no longer exists.</source>
        <translation>Рекомендация больше не существует.</translation>
    </message>
</context>
<context>
    <name>RecommendationRules</name>
    <message>
        <source>Give the monitoring date (made on) the recommendation comes from.</source>
        <translation>Дата мониторинга: укажите дату мониторинга, по итогам которого дана рекомендация.</translation>
    </message>
    <message>
        <source>Give the addressee: to whom the recommendation is addressed.</source>
        <translation>Кому: укажите, кому адресована рекомендация.</translation>
    </message>
    <message>
        <source>Give the text of the recommendation: what is to be done.</source>
        <translation>Что: укажите текст рекомендации — что нужно сделать.</translation>
    </message>
    <message>
        <source>Give the due date: by when the recommendation is to be done.</source>
        <translation>Срок: укажите срок исполнения рекомендации.</translation>
    </message>
    <message>
        <source>The due date %1 is before the monitoring date %2.</source>
        <translation>Срок: %1 раньше даты мониторинга %2.</translation>
    </message>
    <message>
        <source>Give the date of the check (checked on): the recommendation is marked %1.</source>
        <translation>Дата проверки: укажите дату проверки — рекомендация отмечена как «%1».</translation>
    </message>
    <message>
        <source>The check date %1 is before the monitoring date %2.</source>
        <translation>Дата проверки: %1 раньше даты мониторинга %2.</translation>
    </message>
</context>
<context>
    <name>RecommendationText</name>
    <message>
        <source>planned</source>
        <translation>на контроле</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
</context>
<context>
    <name>RecordComparison</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Teaching since</source>
        <translation>Педагогический стаж с</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Low results (ШНОР)</source>
        <translation>Низкие результаты (ШНОР)</translation>
    </message>
    <message>
        <source>Unfavourable social conditions</source>
        <translation>Неблагоприятные социальные условия</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>решили: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Methodical theme</source>
        <translation>Методическая тема</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Academic years</source>
        <translation>Учебные годы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники объединения</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Участники и результаты</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия маршрута</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники площадки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Subject or area</source>
        <translation>Предмет или направление</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Направления компетенций</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Вакантна с</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Filled by</source>
        <translation>Кем закрыта</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата мониторинга</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация, реализующая программу</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Тип организации</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>In the federal registry</source>
        <translation>В федеральном реестре</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кем принято решение</translation>
    </message>
    <message>
        <source>Form of mentoring</source>
        <translation>Форма наставничества</translation>
    </message>
    <message>
        <source>Teachers in the plan</source>
        <translation>Педагогов в плане</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>нет в плане</translation>
    </message>
    <message numerus="yes">
        <source>%n more teacher(s) whose lines differ</source>
        <translation>
            <numerusform>ещё %n педагог, чья строка отличается</numerusform>
            <numerusform>ещё %n педагога, чьи строки отличаются</numerusform>
            <numerusform>ещё %n педагогов, чьи строки отличаются</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Не показаны</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: application %2, attestation %3</source>
        <translation>%1: заявление %2, аттестация %3</translation>
    </message>
    <message>
        <source>%1: attestation %2</source>
        <translation>%1: аттестация %2</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Трек</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Прошёл трек</translation>
    </message>
</context>
<context>
    <name>RegionalCriteria</name>
    <message>
        <source>Development and support of, and work with, the school and district methodical associations</source>
        <translation>Развитие, поддержка и взаимодействие со школьными, городскими/районными методическими объединениями</translation>
    </message>
    <message>
        <source>Study of the professional needs and deficits of education workers</source>
        <translation>Изучение профессиональных потребностей и дефицитов работников образования</translation>
    </message>
    <message>
        <source>Forecasting, planning and organising the attestation of pedagogical workers</source>
        <translation>Прогнозирование, планирование и организация аттестации педагогических работников</translation>
    </message>
    <message>
        <source>Forecasting, planning and organising the further training of pedagogical workers</source>
        <translation>Прогнозирование, планирование и организация повышения квалификации педагогических работников</translation>
    </message>
    <message>
        <source>Management decisions after the analysis of the work of the methodical associations and services</source>
        <translation>Наличие управленческих решений по результатам анализа деятельности методических объединений и методических служб</translation>
    </message>
</context>
<context>
    <name>RegistryIndex</name>
    <message>
        <source>The database has no municipality yet: fill the column &quot;Муниципалитет&quot;, or the municipality on the centre&apos;s card (Settings → Организация (ИМЦ)).</source>
        <translation>В базе данных ещё нет муниципалитета: заполните столбец «Муниципалитет» или муниципалитет в карточке центра (Настройки → Организация (ИМЦ)).</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>First day (plan-graph: its year is the first year).</source>
        <translation>Первый день (plan-graph: его год — первый год плана).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day (course-schedule).</source>
        <translation>Последний день (course-schedule).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odt.</source>
        <translation>Файл для записи: .pdf или .odt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Missing the database path.</source>
        <translation>Не указан путь к базе данных.</translation>
    </message>
    <message>
        <source>Missing --out FILE (.pdf or .odt).</source>
        <translation>Не указан параметр --out FILE (.pdf или .odt).</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .odt: %1</source>
        <translation>Имя выходного файла должно оканчиваться на .pdf или .odt: %1</translation>
    </message>
    <message>
        <source>Missing --from DATE.</source>
        <translation>Не указан параметр --from DATE.</translation>
    </message>
    <message>
        <source>Missing --to DATE: the schedule covers --from to --to.</source>
        <translation>Не указан параметр --to DATE: график охватывает период с --from по --to.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) раньше --from (%2).</translation>
    </message>
    <message>
        <source>written %1 (1 page)</source>
        <translation>записан файл %1 (1 страница)</translation>
    </message>
    <message>
        <source>written %1 (%2 pages)</source>
        <translation>записан файл %1 (страниц: %2)</translation>
    </message>
    <message>
        <source>The year of the attestation plan-graph (the first of five with --five-year).</source>
        <translation>Год плана-графика аттестации (с --five-year — первый из пяти).</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The 5-year attestation plan-graph.</source>
        <translation>План-график аттестации на 5 лет.</translation>
    </message>
    <message>
        <source>Group the attestation schedule by organisation.</source>
        <translation>Сгруппировать график аттестации по организациям.</translation>
    </message>
    <message>
        <source>Expiring within this many months (default 6).</source>
        <translation>Истекающие в течение указанного числа месяцев (по умолчанию 6).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The output file must end in .pdf, .odt, .xlsx or .csv: %1</source>
        <translation>Имя выходного файла должно оканчиваться на .pdf, .odt, .xlsx или .csv: %1</translation>
    </message>
    <message>
        <source>Missing --year YYYY: the year of the attestation plan-graph.</source>
        <translation>Не указан параметр --year YYYY: год плана-графика аттестации.</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n categories)</source>
        <translation>
            <numerusform>записан файл %1 (%n категория)</numerusform>
            <numerusform>записан файл %1 (%n категории)</numerusform>
            <numerusform>записан файл %1 (%n категорий)</numerusform>
        </translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Missing --id N: the number of the plan.</source>
        <translation>Не указан параметр --id N: номер плана.</translation>
    </message>
    <message>
        <source>Missing --id N: the number of the meeting.</source>
        <translation>Не указан параметр --id N: номер заседания.</translation>
    </message>
    <message>
        <source>Missing the report: %1.</source>
        <translation>Не указан отчёт: %1.</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos;; expected: %2.</source>
        <translation>Неизвестный отчёт «%1»; ожидается: %2.</translation>
    </message>
    <message>
        <source>--campaign %1: the database holds no diagnosis.</source>
        <translation>--campaign %1: в базе нет ни одной диагностики.</translation>
    </message>
    <message>
        <source>--campaign %1: no such diagnosis. The diagnoses:</source>
        <translation>--campaign %1: такой диагностики нет. Диагностики в базе:</translation>
    </message>
    <message>
        <source>--campaign %1: several diagnoses have this name; give the number. The diagnoses:</source>
        <translation>--campaign %1: так названы несколько диагностик; укажите номер. Диагностики в базе:</translation>
    </message>
    <message>
        <source>Give either --campaign or a period (--from, --to), not both.</source>
        <translation>Укажите либо --campaign, либо период (--from, --to), но не то и другое.</translation>
    </message>
    <message>
        <source>The period ends before it starts: --to is earlier than --from.</source>
        <translation>Период заканчивается раньше, чем начинается: --to раньше --from.</translation>
    </message>
    <message>
        <source>Unknown --by &apos;%1&apos;; expected organisation, subject or municipality.</source>
        <translation>Неизвестное значение --by «%1»; ожидается organisation, subject или municipality.</translation>
    </message>
    <message>
        <source>Deficit map</source>
        <translation>Карта дефицитов</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n teachers diagnosed)</source>
        <translation>
            <numerusform>записан файл %1 (прошёл диагностику %n педагог)</numerusform>
            <numerusform>записан файл %1 (прошли диагностику %n педагога)</numerusform>
            <numerusform>записан файл %1 (прошли диагностику %n педагогов)</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagnosis whose results the map counts: its number or name (a wrong one lists them).</source>
        <translation>Диагностика, результаты которой считает карта: её номер или название (при ошибке выводится список).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>The rows of the deficit map: organisation (default), subject or municipality.</source>
        <translation>Строки карты дефицитов: organisation (по умолчанию, организации), subject (предметы) или municipality (муниципалитеты).</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>СТРОКИ</translation>
    </message>
    <message>
        <source>--year %1: give the academic year as 2026/2027.</source>
        <translation>--year %1: укажите учебный год в виде 2026/2027.</translation>
    </message>
    <message>
        <source>Missing --teacher ID: the teacher whose route to print.</source>
        <translation>Не указан --teacher: педагог, маршрут которого нужно напечатать.</translation>
    </message>
    <message>
        <source>--teacher %1: no such teacher in the registry.</source>
        <translation>--teacher %1: такого педагога в реестре нет.</translation>
    </message>
    <message>
        <source>The teacher whose route to print: their number or СНИЛС.</source>
        <translation>Педагог, маршрут которого печатается: его номер или СНИЛС.</translation>
    </message>
    <message>
        <source>The academic year of the route (default: the current one).</source>
        <translation>Учебный год маршрута (по умолчанию — текущий).</translation>
    </message>
    <message>
        <source>YYYY/YYYY</source>
        <translation>ГГГГ/ГГГГ</translation>
    </message>
    <message>
        <source>Leave out the school&apos;s approval block (a route the school does not approve).</source>
        <translation>Без грифа утверждения школы (маршрут, который школа не утверждает).</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n teachers diagnosed again after their routes&apos; activities)</source>
        <translation>
            <numerusform>записан файл %1 (повторно продиагностирован после мероприятий маршрутов %n педагог)</numerusform>
            <numerusform>записан файл %1 (повторно продиагностированы после мероприятий маршрутов %n педагога)</numerusform>
            <numerusform>записан файл %1 (повторно продиагностированы после мероприятий маршрутов %n педагогов)</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference date (default today): of attestation; for effect, the day whose posts place the teachers; for young-teachers and mentors, the day of the lists.</source>
        <translation>Дата отсчёта (по умолчанию — сегодня): для аттестации; для effect — дата, по местам работы на которую педагоги отнесены к организациям; для young-teachers и mentors — дата списков.</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n young teachers)</source>
        <translation>
            <numerusform>записан %1 (%n молодой педагог)</numerusform>
            <numerusform>записан %1 (%n молодых педагога)</numerusform>
            <numerusform>записан %1 (%n молодых педагогов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n mentors)</source>
        <translation>
            <numerusform>записан %1 (%n наставник)</numerusform>
            <numerusform>записан %1 (%n наставника)</numerusform>
            <numerusform>записан %1 (%n наставников)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan, meeting or competition to print (plan, protocol, competition).</source>
        <translation>Номер плана, заседания или конкурса для печати (plan, protocol, competition).</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n events held)</source>
        <translation>
            <numerusform>записан %1 (%n проведённое мероприятие)</numerusform>
            <numerusform>записан %1 (%n проведённых мероприятия)</numerusform>
            <numerusform>записан %1 (%n проведённых мероприятий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown --stage &apos;%1&apos;; expected school, municipal, regional or federal.</source>
        <translation>Неизвестный этап --stage «%1»; ожидается school, municipal, regional или federal.</translation>
    </message>
    <message>
        <source>Missing --id N: the database holds no competition.</source>
        <translation>Не указан --id N: в базе нет ни одного конкурса.</translation>
    </message>
    <message>
        <source>Missing --id N: the competition whose results to print. The competitions:</source>
        <translation>Не указан --id N — номер конкурса, итоги которого печатать. Конкурсы:</translation>
    </message>
    <message>
        <source>--id %1: the database holds no competition.</source>
        <translation>--id %1: в базе нет ни одного конкурса.</translation>
    </message>
    <message>
        <source>--id %1: no such competition. The competitions:</source>
        <translation>--id %1: такого конкурса нет. Конкурсы:</translation>
    </message>
    <message>
        <source>--stage %1: the competition has no such stage; its stages: %2.</source>
        <translation>--stage %1: у конкурса нет такого этапа; его этапы: %2.</translation>
    </message>
    <message numerus="yes">
        <source>written %1 (%n participants)</source>
        <translation>
            <numerusform>записан %1 (%n участник)</numerusform>
            <numerusform>записан %1 (%n участника)</numerusform>
            <numerusform>записан %1 (%n участников)</numerusform>
        </translation>
    </message>
    <message>
        <source>The competition&apos;s stage whose results to print (competition): school, municipal, regional or federal; default the municipal stage, else the highest with results.</source>
        <translation>Этап конкурса, итоги которого печатать (competition): school, municipal, regional или federal; по умолчанию муниципальный, иначе высший этап с результатами.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ЭТАП</translation>
    </message>
    <message>
        <source>The date of the monitoring (monitoring; default today).</source>
        <translation>Дата мониторинга (monitoring; по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Usage: profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE
       profrost-cli report attestation DB --year YYYY [--five-year] [--by-organisation] [--at DATE] --out FILE
       profrost-cli report expiring DB [--months M] [--at DATE] --out FILE
       profrost-cli report plan|protocol DB --id N --out FILE
       profrost-cli report deficits DB [--campaign ID | --from DATE --to DATE] [--by ROWS] --out FILE
       profrost-cli report route DB --teacher ID [--year 2026/2027] [--no-approval] --out FILE
       profrost-cli report effect DB [--at DATE] --out FILE
       profrost-cli report young-teachers|mentors DB [--at DATE] --out FILE
       profrost-cli report events|event-schedule DB [--from DATE] [--to DATE] --out FILE
       profrost-cli report competition DB --id N [--stage STAGE] --out FILE
       profrost-cli report monitoring DB [--as-of DATE] --out FILE
Writes a printed document to FILE (.pdf or .odt):
  plan-graph       the plan-graph of further training for the three years starting
                   with the year of --from (the saved plan, else the proposal)
  course-schedule  the schedule of the courses running from --from to --to
  attestation      the attestation plan-graph of the year --year (grouped by month, or
                   by organisation); with --five-year the 5-year plan-graph from --year
                   (the saved plan, else the proposal at --at, default today)
  expiring         the categories expiring within --months months after --at (default:
                   the setting, 6) and the lapsed ones; also to .xlsx or .csv
  plan             the plan number --id: an association&apos;s plan for the year, the centre&apos;s
                   work plan or a roadmap
  protocol         the protocol of the meeting number --id, with the registration list
  deficits         the deficit map: the share of the diagnosed teachers with a deficit
                   in each competency area, by organisation (--by subject, municipality);
                   the results of one diagnosis (--campaign, its number or name), of a
                   period (--from, --to), or everyone&apos;s latest; also to .xlsx or .csv
  route            the individual route of the teacher number --teacher for the academic
                   year --year (default: the current one)
  effect           what the routes changed: the diagnosed scores before and after the
                   routes&apos; done activities, by area, by further-training programme, by
                   organisation (posts on --at, default today) and by teacher; also to .xlsx
  young-teachers   the young teachers on --at (default today) with their mentors or their
                   school of young teachers, then those without support; also to .xlsx or .csv
  mentors          the mentors&apos; load on --at: their mentees, the ones above the limit (the
                   setting mentor_load_limit) marked; also to .xlsx or .csv
  events           the methodical events held with their first day from --from to --to
                   (default: the current academic year, 01.09-31.08), with the totals
                   by form and by level in different teachers; also to .xlsx or .csv
  event-schedule   the planned events from --from (default today) to --to (default:
                   the end of the academic year), with the approval block
  competition      the results of the competition number --id at --stage (school,
                   municipal, regional, federal; default: the municipal stage, else the
                   highest with results), winners first; also to .xlsx or .csv
  monitoring       the analytic report of the monitoring at --as-of (default today): the
                   indicators, by organisation, conclusions, the recommendations and the
                   check of the earlier ones, the annex of overdue and expiring
Dates as dd.mm.yyyy or yyyy-mm-dd.</source>
        <translation>Использование: profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE
               profrost-cli report attestation DB --year YYYY [--five-year] [--by-organisation] [--at DATE] --out FILE
               profrost-cli report expiring DB [--months M] [--at DATE] --out FILE
               profrost-cli report plan|protocol DB --id N --out FILE
               profrost-cli report deficits DB [--campaign ID | --from DATE --to DATE] [--by ROWS] --out FILE
               profrost-cli report route DB --teacher ID [--year 2026/2027] [--no-approval] --out FILE
               profrost-cli report effect DB [--at DATE] --out FILE
               profrost-cli report young-teachers|mentors DB [--at DATE] --out FILE
               profrost-cli report events|event-schedule DB [--from DATE] [--to DATE] --out FILE
               profrost-cli report competition DB --id N [--stage STAGE] --out FILE
               profrost-cli report monitoring DB [--as-of DATE] --out FILE
Записывает печатный документ в FILE (.pdf или .odt):
  plan-graph       план-график повышения квалификации на три года, начиная
                   с года --from (сохранённый план, иначе — предложение)
  course-schedule  график курсов, проходящих в период с --from по --to
  attestation      план-график аттестации на год --year (по месяцам или
                   по организациям); с --five-year — план-график на 5 лет начиная с --year
                   (сохранённый план, иначе — предложение на дату --at, по умолчанию — сегодня)
  expiring         категории, истекающие в течение --months мес. после --at (по умолчанию —
                   значение из настроек, 6), и уже истекшие; также в .xlsx или .csv
  plan             план с номером --id: план работы объединения на год, план работы ИМЦ
                   или дорожная карта
  protocol         протокол заседания с номером --id с листом регистрации
  deficits         карта профессиональных дефицитов: доля педагогов с дефицитом среди
                   прошедших диагностику по каждой области, по организациям (--by subject —
                   по предметам, municipality — по муниципалитетам); результаты одной
                   диагностики (--campaign, её номер или название), периода (--from, --to)
                   или последние результаты каждого; также в .xlsx или .csv
  route            индивидуальный маршрут педагога с номером --teacher на учебный год
                   --year (по умолчанию — текущий)
  effect           что изменили маршруты: результаты диагностики до и после выполненных
                   мероприятий маршрутов по областям, программам повышения квалификации,
                   организациям (места работы на --at, по умолчанию сегодня) и педагогам;
                   также в .xlsx
  young-teachers   молодые педагоги на дату --at (по умолчанию — сегодня) с наставниками
                   или школой молодого педагога, затем педагоги без поддержки; также в .xlsx или .csv
  mentors          нагрузка наставников на дату --at: их наставляемые, превышение предела
                   (настройка mentor_load_limit) отмечено; также в .xlsx или .csv
  events           проведённые методические мероприятия, начавшиеся с --from по --to
                   (по умолчанию — текущий учебный год, 01.09–31.08), с итогами по формам
                   и уровням в разных педагогах; также в .xlsx или .csv
  event-schedule   график запланированных мероприятий с --from (по умолчанию — сегодня)
                   по --to (по умолчанию — конец учебного года) с грифом утверждения
  competition      итоги конкурса с номером --id на этапе --stage (school — школьный,
                   municipal — муниципальный, regional — региональный, federal —
                   федеральный; по умолчанию муниципальный, иначе высший с результатами),
                   победители первыми; также в .xlsx или .csv
  monitoring       аналитическая справка по итогам мониторинга на --as-of (по умолчанию —
                   сегодня): показатели, по организациям, выводы, рекомендации и проверка
                   прежних, приложение — просроченные курсы и истекающие категории
Даты в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The sites&apos; level (sites): municipal, regional, federal.</source>
        <translation>Уровень площадок (sites): municipal, regional, federal.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>УРОВЕНЬ</translation>
    </message>
    <message>
        <source>The sites&apos; status (sites): innovation, internship, support, resource_centre.</source>
        <translation>Статус площадок (sites): innovation, internship, support, resource_centre.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>Missing --id N: the practice whose card to print (profrost-cli practices list DB lists them).</source>
        <translation>Не указан --id N: практика, карточку которой печатать (их перечень — profrost-cli practices list DB).</translation>
    </message>
    <message>
        <source>--id %1: no such practice (profrost-cli practices list DB lists them).</source>
        <translation>--id %1: такой практики нет (их перечень — profrost-cli practices list DB).</translation>
    </message>
</context>
<context>
    <name>RouteEditing</name>
    <message>
        <source>Change route</source>
        <translation>Изменение маршрута</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Новый маршрут</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Удаление маршрута</translation>
    </message>
    <message>
        <source>Group route</source>
        <translation>Групповой маршрут</translation>
    </message>
    <message>
        <source>The route is no longer stored.</source>
        <translation>Маршрут уже удалён.</translation>
    </message>
</context>
<context>
    <name>RouteEffectBuilder</name>
    <message>
        <source>removed</source>
        <translation>устранён</translation>
    </message>
    <message>
        <source>remained</source>
        <translation>остался</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>появился</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не было</translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <source>The teacher has a route for %1/%2 already: open it to change it.</source>
        <translation>У педагога уже есть маршрут на %1/%2 учебный год: откройте его, чтобы изменить.</translation>
    </message>
    <message>
        <source>The route was not stored.</source>
        <translation>Маршрут не сохранён.</translation>
    </message>
    <message>
        <source>There is no route with the id %1.</source>
        <translation>Маршрута с номером %1 нет.</translation>
    </message>
    <message>
        <source>The individual route for %1/%2</source>
        <translation>Индивидуальный маршрут на %1/%2 учебный год</translation>
    </message>
    <message>
        <source>The route no longer exists.</source>
        <translation>Маршрут больше не существует.</translation>
    </message>
</context>
<context>
    <name>RouteRules</name>
    <message>
        <source>The route has no teacher.</source>
        <translation>В маршруте не указан педагог.</translation>
    </message>
    <message>
        <source>The academic year %1 is not a year a route can be made for.</source>
        <translation>%1 — не учебный год, на который можно составить маршрут.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Мероприятие %1: %2</translation>
    </message>
    <message>
        <source>choose the course&apos;s programme or write its title.</source>
        <translation>выберите программу курса или укажите её название.</translation>
    </message>
    <message>
        <source>write what is to be done (a topic, an event).</source>
        <translation>укажите, что предстоит сделать (тему, мероприятие).</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>оно заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>course</source>
        <translation>курсы повышения квалификации</translation>
    </message>
    <message>
        <source>self-education</source>
        <translation>самообразование</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>наставничество</translation>
    </message>
    <message>
        <source>work in a methodical association</source>
        <translation>работа в методическом объединении</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>стажировка</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>methodical event</source>
        <translation>методическое мероприятие</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>RowCells</name>
    <message>
        <source>the date %1 is in the future</source>
        <translation>дата %1 ещё не наступила</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 was changed by another user after you opened it; your changes were not saved.</source>
        <translation>Запись «%1» изменена другим пользователем после того, как вы её открыли; ваши изменения не сохранены.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>%1 is a file, not a database on a server.</source>
        <translation>%1 — файл, а не база данных на сервере.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a database&apos;s name here: use Latin letters, digits and &quot;_&quot;, starting with a letter.</source>
        <translation>«%1» не может быть именем базы данных: используйте латинские буквы, цифры и «_», начиная с буквы.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1:%2 as %3: %4</source>
        <translation>Не удалось подключиться к серверу %1:%2 как %3: %4</translation>
    </message>
    <message>
        <source>Cannot create the database %1 on %2: %3</source>
        <translation>Не удалось создать базу данных %1 на %2: %3</translation>
    </message>
</context>
<context>
    <name>ServerSecurity</name>
    <message>
        <source>The server refused to set up the roles: %1
%2</source>
        <translation>Сервер не дал настроить роли: %1
%2</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; cannot be set up here.</source>
        <translation>Схему «%1» здесь настроить нельзя.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be set up here.</source>
        <translation>Базу «%1» здесь настроить нельзя.</translation>
    </message>
    <message>
        <source>Roles are set up on a server&apos;s database only; a file belongs to its user.</source>
        <translation>Роли настраиваются только в базе на сервере; файл принадлежит своему пользователю.</translation>
    </message>
    <message>
        <source>No access rule for the tables %1: add them to ServerSecurity.</source>
        <translation>Нет правила доступа для таблиц %1: добавьте их в ServerSecurity.</translation>
    </message>
    <message>
        <source>The database has no roles yet: run profrost-cli server init first.</source>
        <translation>В базе ещё нет ролей: сначала выполните profrost-cli server init.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login here: use small Latin letters, digits and &quot;_&quot;, starting with a letter.</source>
        <translation>«%1» не может быть логином: используйте строчные латинские буквы, цифры и «_», начиная с буквы.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name the server or the program keeps for itself.</source>
        <translation>Имя «%1» занято сервером или программой.</translation>
    </message>
    <message>
        <source>A user needs a role.</source>
        <translation>Пользователю нужна роль.</translation>
    </message>
    <message>
        <source>A password cannot hold a NUL character.</source>
        <translation>Пароль не может содержать символ NUL.</translation>
    </message>
    <message>
        <source>The registry has no %1 &quot;%2&quot;.</source>
        <translation>В реестре нет: %1 «%2».</translation>
    </message>
    <message>
        <source>The registry has %1 of the name &quot;%2&quot;: give the municipality as well.</source>
        <translation>В реестре несколько с названием «%2» (%1): укажите и муниципалитет.</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <source>The municipality &quot;%1&quot; has no organisation &quot;%2&quot;.</source>
        <translation>В муниципалитете «%1» нет организации «%2».</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>association</source>
        <translation>объединение</translation>
    </message>
    <message>
        <source>An administrator is not limited to a municipality, an organisation or an association.</source>
        <translation>Администратор не ограничивается муниципалитетом, организацией или объединением.</translation>
    </message>
    <message>
        <source>The head of an organisation needs --organisation.</source>
        <translation>Руководителю ОО нужен --organisation.</translation>
    </message>
    <message>
        <source>The head of an organisation is not limited to an association.</source>
        <translation>Руководитель ОО не ограничивается объединением.</translation>
    </message>
    <message>
        <source>The head of an association needs --association.</source>
        <translation>Руководителю объединения нужен --association.</translation>
    </message>
    <message>
        <source>The head of an association is limited by the association, not an organisation.</source>
        <translation>Руководитель объединения ограничен объединением, а не организацией.</translation>
    </message>
    <message>
        <source>A methodist or an observer is limited to a municipality, if to anything.</source>
        <translation>Методист или наблюдатель может быть ограничен только муниципалитетом.</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV с разделителем «;» (*.csv)</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The site was not stored.</source>
        <translation>Площадка не сохранена.</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>Площадка больше не существует.</translation>
    </message>
</context>
<context>
    <name>SiteRules</name>
    <message>
        <source>The file %1 is %2 MB; a report file may hold at most 20 MB.</source>
        <translation>Файл %1 занимает %2 МБ; файл отчёта может быть не больше 20 МБ.</translation>
    </message>
    <message>
        <source>Choose the organisation of the site.</source>
        <translation>Выберите организацию площадки.</translation>
    </message>
    <message>
        <source>Give the topic of the site.</source>
        <translation>Укажите тему площадки.</translation>
    </message>
    <message>
        <source>Give the first day of the site&apos;s period.</source>
        <translation>Укажите дату начала работы площадки.</translation>
    </message>
    <message>
        <source>The site&apos;s period ends before it starts.</source>
        <translation>Срок работы площадки заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The order is dated after the site&apos;s period starts.</source>
        <translation>Приказ датирован позже начала работы площадки.</translation>
    </message>
    <message>
        <source>A finished site needs the last day of its period.</source>
        <translation>Для завершённой площадки укажите дату окончания работы.</translation>
    </message>
    <message>
        <source>A teacher is listed twice among the site&apos;s people.</source>
        <translation>Педагог указан среди участников площадки дважды.</translation>
    </message>
    <message>
        <source>There are two reports for %1.</source>
        <translation>За %1 год два отчёта.</translation>
    </message>
    <message>
        <source>The report for %1 is of a year the site did not work in.</source>
        <translation>Отчёт за %1 год — за год, когда площадка не работала.</translation>
    </message>
    <message>
        <source>The report for %1 has neither text nor a file.</source>
        <translation>В отчёте за %1 год нет ни текста, ни файла.</translation>
    </message>
    <message>
        <source>The report file for %1 has no name.</source>
        <translation>У файла отчёта за %1 год нет имени.</translation>
    </message>
</context>
<context>
    <name>SiteText</name>
    <message>
        <source>innovation</source>
        <translation>инновационная</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>стажировочная</translation>
    </message>
    <message>
        <source>support</source>
        <translation>опорная</translation>
    </message>
    <message>
        <source>resource centre</source>
        <translation>ресурсный центр</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>муниципальная</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональная</translation>
    </message>
    <message>
        <source>federal</source>
        <translation>федеральная</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>prolonged</source>
        <translation>продлена</translation>
    </message>
</context>
<context>
    <name>SitesArea</name>
    <message>
        <source>Sites and staffing</source>
        <translation>Площадки и кадры</translation>
    </message>
</context>
<context>
    <name>SitesEditing</name>
    <message>
        <source>Change site</source>
        <translation>Изменение площадки</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Удаление площадки</translation>
    </message>
    <message>
        <source>The site is no longer stored.</source>
        <translation>Этой площадки уже нет.</translation>
    </message>
    <message>
        <source>Change vacancy</source>
        <translation>Изменение вакансии</translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation>Новая вакансия</translation>
    </message>
    <message>
        <source>Delete vacancy</source>
        <translation>Удаление вакансии</translation>
    </message>
    <message>
        <source>The vacancy is no longer stored.</source>
        <translation>Этой вакансии уже нет.</translation>
    </message>
</context>
<context>
    <name>Snils</name>
    <message>
        <source>SNILS must have 11 digits, e.g. 112-233-445 95</source>
        <translation>СНИЛС должен содержать 11 цифр, например 112-233-445 95</translation>
    </message>
    <message>
        <source>SNILS checksum does not match (check the digits)</source>
        <translation>СНИЛС не проходит проверку контрольного числа (проверьте цифры)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>A demo database was created: %1 organisations, %2 teachers. Use File → Open database to work with your own.</source>
        <translation>Создана демонстрационная база данных: организаций — %1, педагогов — %2. Чтобы работать со своими данными, выберите Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>ProfRost</source>
        <translation>ПрофРост</translation>
    </message>
    <message>
        <source>The file was not changed. Open another database, start a new one, or quit.</source>
        <translation>Файл не изменён. Откройте другую базу данных, создайте новую или выйдите из программы.</translation>
    </message>
    <message>
        <source>Open another...</source>
        <translation>Открыть другую...</translation>
    </message>
    <message>
        <source>New database...</source>
        <translation>Новая база данных...</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ProfRost database (*.sqlite *.profrost);;All files (*)</source>
        <translation>База данных ПрофРост (*.sqlite *.profrost);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>ProfRost database (*.sqlite)</source>
        <translation>База данных ПрофРост (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>StoredEditing</name>
    <message>
        <source>Another user deleted the record.</source>
        <translation>Другой пользователь удалил эту запись.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) file, which ProfRost does not read. Open it in Excel or LibreOffice Calc and save it as .xlsx or .csv.</source>
        <translation>%1 — файл старого формата Excel 97–2003 (.xls), который ПрофРост не читает. Откройте его в Excel или LibreOffice Calc и сохраните как .xlsx или .csv.</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <source>%1: ProfRost reads .xlsx and .csv tables only. Save the table in one of these formats.</source>
        <translation>%1: ПрофРост читает только таблицы .xlsx и .csv. Сохраните таблицу в одном из этих форматов.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: choose a file name ending in .xlsx or .csv.</source>
        <translation>Не удалось записать %1: укажите имя файла с расширением .xlsx или .csv.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Excel sheets hold at most %1 rows.</source>
        <translation>Лист Excel вмещает не более %1 строк.</translation>
    </message>
    <message>
        <source>Excel sheets hold at most %1 columns.</source>
        <translation>Лист Excel вмещает не более %1 столбцов.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>cannot create the worksheet</source>
        <translation>не удалось создать лист</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>%1 (is the file open in another program?)</source>
        <translation>%1 (не открыт ли файл в другой программе?)</translation>
    </message>
    <message>
        <source>Cannot write %1: a .csv file holds one table and this report has %2; choose a file name ending in .xlsx.</source>
        <translation>Не удалось записать %1: файл .csv вмещает одну таблицу, а в этом отчёте их %2; выберите имя файла с расширением .xlsx.</translation>
    </message>
</context>
<context>
    <name>TeacherCard</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>young teacher</source>
        <translation>молодой педагог</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Pedagogical experience</source>
        <translation>Педагогический стаж</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(с %1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>assigned %1, valid until %2</source>
        <translation>присвоена %1, действует до %2</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>истекла</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>скоро истекает</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>Должности не указаны.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation>Срок — до %1.</translation>
    </message>
    <message>
        <source>Next course due by %1.</source>
        <translation>Следующий курс — до %1.</translation>
    </message>
    <message>
        <source>No courses recorded.</source>
        <translation>Нет записей о курсах.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>certificate № %1</source>
        <translation>удостоверение № %1</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>The category lapsed on %1: to be attested again.</source>
        <translation>Срок действия категории истёк %1: требуется аттестация.</translation>
    </message>
    <message>
        <source>Application for the category «%1», commission in %2: %3.</source>
        <translation>Заявление на категорию «%1», заседание комиссии — %2: %3.</translation>
    </message>
    <message>
        <source>No attestation recorded.</source>
        <translation>Сведений об аттестации нет.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>order № %1</source>
        <translation>приказ № %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>Add an attestation record...</source>
        <translation>Добавить запись об аттестации...</translation>
    </message>
    <message>
        <source>No current post: further training is not due.</source>
        <translation>Нет текущей должности: повышение квалификации не требуется.</translation>
    </message>
    <message>
        <source>No current pedagogical post: the further-training rule does not count this teacher.</source>
        <translation>Нет текущей педагогической должности: правило о повышении квалификации на этого работника не распространяется.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no course completed in the last %n year(s).</source>
        <translation>
            <numerusform>Просрочено: за последний %n год не пройдено ни одного курса.</numerusform>
            <numerusform>Просрочено: за последние %n года не пройдено ни одного курса.</numerusform>
            <numerusform>Просрочено: за последние %n лет не пройдено ни одного курса.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics and routes</source>
        <translation>Диагностика и маршруты</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>Результатов диагностики нет.</translation>
    </message>
    <message>
        <source>Current deficits:</source>
        <translation>Текущие дефициты:</translation>
    </message>
    <message>
        <source>Individual route %1/%2: %3 of %4 activities done</source>
        <translation>Индивидуальный маршрут на %1/%2: выполнено мероприятий — %3 из %4</translation>
    </message>
    <message>
        <source>curator %1</source>
        <translation>куратор %1</translation>
    </message>
    <message>
        <source>No route for %1/%2 yet (Diagnostics → Individual routes).</source>
        <translation>Маршрута на %1/%2 ещё нет (Диагностика → Индивидуальные маршруты).</translation>
    </message>
    <message>
        <source>Before and after the route</source>
        <translation>До и после маршрута</translation>
    </message>
    <message>
        <source>(grey: before, colour: after)</source>
        <translation>(серым — до, цветом — после)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 п.п.</translation>
    </message>
    <message>
        <source>deficit removed</source>
        <translation>дефицит устранён</translation>
    </message>
    <message>
        <source>deficit remains</source>
        <translation>дефицит остался</translation>
    </message>
    <message>
        <source>a new deficit</source>
        <translation>появился дефицит</translation>
    </message>
    <message>
        <source>%1, route %2/%3</source>
        <translation>%1, маршрут %2/%3</translation>
    </message>
    <message>
        <source>diagnosed %1 and %2</source>
        <translation>диагностика %1 и %2</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attended</source>
        <translation>
            <numerusform>посетил(а) %n мероприятие</numerusform>
            <numerusform>посетил(а) %n мероприятия</numerusform>
            <numerusform>посетил(а) %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>spoke or organised at %n</source>
        <translation>
            <numerusform>выступал(а) или организовывал(а) на %n</numerusform>
            <numerusform>выступал(а) или организовывал(а) на %n</numerusform>
            <numerusform>выступал(а) или организовывал(а) на %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Цели: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>A young teacher without support: no mentor, no school of the young teacher.</source>
        <translation>Молодой педагог без поддержки: нет ни наставника, ни школы молодого педагога.</translation>
    </message>
    <message>
        <source>Mentors:</source>
        <translation>Наставники:</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mentees (%n active now):</source>
        <translation>
            <numerusform>Наставляемые (сейчас %n):</numerusform>
            <numerusform>Наставляемые (сейчас %n):</numerusform>
            <numerusform>Наставляемые (сейчас %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>above the limit of %1</source>
        <translation>больше предела %1</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>nomination «%1»</source>
        <translation>номинация «%1»</translation>
    </message>
    <message>
        <source>Innovation sites</source>
        <translation>Инновационные площадки</translation>
    </message>
    <message>
        <source>Practice bank</source>
        <translation>Банк практик</translation>
    </message>
    <message numerus="yes">
        <source>Author of %n practice(s):</source>
        <translation>
            <numerusform>Автор %n практики:</numerusform>
            <numerusform>Автор %n практик:</numerusform>
            <numerusform>Автор %n практик:</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested for the deficits (%1):</source>
        <translation>Рекомендуются по дефицитам (%1):</translation>
    </message>
    <message>
        <source>Tracks of development</source>
        <translation>Треки развития</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>заявлен</translation>
    </message>
</context>
<context>
    <name>TeacherExport</name>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
</context>
<context>
    <name>TeacherImporter</name>
    <message>
        <source>give at least the surname and the name</source>
        <translation>укажите хотя бы фамилию и имя</translation>
    </message>
    <message>
        <source>the surname is empty</source>
        <translation>не указана фамилия</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>не указано имя</translation>
    </message>
    <message>
        <source>give the SNILS or the birth date, so that the teacher can be recognised</source>
        <translation>укажите СНИЛС или дату рождения, чтобы педагога можно было опознать</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>не указана организация</translation>
    </message>
    <message>
        <source>the position is empty</source>
        <translation>не указана должность</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; expected школа, ДОО, УДО or другое</source>
        <translation>неизвестный тип «%1»; ожидается: школа, ДОО, УДО или другое</translation>
    </message>
    <message>
        <source>the hiring date %1 is in the future</source>
        <translation>дата приёма %1 ещё не наступила</translation>
    </message>
    <message>
        <source>the dismissal date is before the hiring date</source>
        <translation>дата увольнения раньше даты приёма</translation>
    </message>
    <message>
        <source>the same SNILS is given for another person in row %1</source>
        <translation>такой же СНИЛС указан для другого человека в строке %1</translation>
    </message>
    <message>
        <source>repeats row %1 (the same teacher, organisation and position)</source>
        <translation>повторяет строку %1 (тот же педагог, организация и должность)</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is new; it will be added as a %2 post</source>
        <translation>должность «%1» новая; она будет добавлена как %2</translation>
    </message>
    <message>
        <source>organisation &quot;%1&quot; is new; it will be created</source>
        <translation>организация «%1» новая; она будет создана</translation>
    </message>
    <message>
        <source>the file has no column &quot;ФИО&quot; (or &quot;Фамилия&quot; and &quot;Имя&quot;); its columns are: %1</source>
        <translation>в файле нет столбца «ФИО» (или столбцов «Фамилия» и «Имя»); в файле есть столбцы: %1</translation>
    </message>
    <message>
        <source>the file has no column &quot;Организация&quot; (the school or kindergarten); its columns are: %1</source>
        <translation>в файле нет столбца «Организация» (школа или детский сад); в файле есть столбцы: %1</translation>
    </message>
    <message>
        <source>the file has no column &quot;Должность&quot;; its columns are: %1</source>
        <translation>в файле нет столбца «Должность»; в файле есть столбцы: %1</translation>
    </message>
    <message>
        <source>repeats row %1; skipped</source>
        <translation>повтор строки %1; строка пропущена</translation>
    </message>
    <message>
        <source>СЗД is given without its date; it is not added to the attestation history</source>
        <translation>СЗД указано без даты; в историю аттестации не внесено</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected высшая, первая, педагог-методист, педагог-наставник, СЗД or empty</source>
        <translation>неизвестная категория «%1»; ожидается: высшая, первая, педагог-методист, педагог-наставник, СЗД или пусто</translation>
    </message>
    <message>
        <source>the category date %1 is given, but no category; write the category, or СЗД for fitness for the post</source>
        <translation>указана дата присвоения категории %1, но не указана категория; впишите категорию или СЗД (соответствие занимаемой должности)</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2</source>
        <translation>СНИЛС %1 принадлежит: %2</translation>
    </message>
    <message>
        <source>the surname changes from %1 to %2 (the same SNILS and birth date)</source>
        <translation>фамилия меняется: %1 → %2 (тот же СНИЛС и дата рождения)</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2; give the birth date if the surname has changed</source>
        <translation>СНИЛС %1 принадлежит: %2; если фамилия сменилась, укажите дату рождения</translation>
    </message>
    <message>
        <source>%1 is registered with SNILS %2, not %3</source>
        <translation>%1 — в реестре со СНИЛС %2, а не %3</translation>
    </message>
    <message>
        <source>row %1 has this teacher (the same SNILS and birth date) as %2; taken as a changed surname, %3 is kept</source>
        <translation>в строке %1 этот педагог (тот же СНИЛС и дата рождения) записан как %2; считаем, что фамилия сменилась, остаётся %3</translation>
    </message>
    <message>
        <source>row %1 gives %2 the SNILS %3</source>
        <translation>в строке %1 у педагога %2 указан СНИЛС %3</translation>
    </message>
    <message>
        <source>%1 is already in the registry as another teacher</source>
        <translation>%1 уже есть в реестре как другой педагог</translation>
    </message>
    <message>
        <source>the registry has this post from %1 to %2; the dismissal would come before the hiring</source>
        <translation>по реестру эта должность занята с %1 по %2: увольнение оказалось бы раньше приёма на работу</translation>
    </message>
    <message>
        <source>the municipality is empty, and neither the database nor the centre&apos;s card (Settings → Организация (ИМЦ)) names one</source>
        <translation>муниципалитет не указан, и его нет ни в базе данных, ни в карточке центра (Настройки → Организация (ИМЦ))</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several registered organisations that differ only in the legal form; write the name as it is registered</source>
        <translation>«%1» подходит к нескольким зарегистрированным организациям, которые различаются только организационно-правовой формой; напишите название так, как оно зарегистрировано</translation>
    </message>
    <message>
        <source>СЗД of %1 is not added to the attestation history: your role (%2) may not change it; the centre&apos;s methodist records it</source>
        <translation>СЗД от %1 не внесено в историю аттестации: ваша роль (%2) не позволяет её изменять; его вносит методист ИМЦ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not your organisation: your role (%2) imports the teachers of &quot;%3&quot; only</source>
        <translation>«%1» — не ваша организация: ваша роль (%2) загружает только педагогов «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not your municipality: your role (%2) imports the teachers of &quot;%3&quot; only</source>
        <translation>«%1» — не ваш муниципалитет: ваша роль (%2) загружает только педагогов муниципалитета «%3»</translation>
    </message>
    <message>
        <source>a new teacher without a post would be outside your reach (%1 of &quot;%2&quot;); give the organisation and the position</source>
        <translation>новый педагог без должности окажется вне вашей области доступа (%1, «%2»); укажите организацию и должность</translation>
    </message>
    <message>
        <source>СНИЛС %1 belongs to a teacher registered outside your reach (another organisation or municipality); a move to &quot;%2&quot; is recorded by the centre&apos;s methodist</source>
        <translation>СНИЛС %1 принадлежит педагогу, зарегистрированному вне вашей области доступа (в другой организации или муниципалитете); перевод в «%2» оформляет методист ИМЦ</translation>
    </message>
</context>
<context>
    <name>TeacherRepository</name>
    <message>
        <source>The teacher no longer exists.</source>
        <translation>Этого педагога уже нет в реестре.</translation>
    </message>
    <message>
        <source>SNILS %1 already belongs to %2.</source>
        <translation>СНИЛС %1 уже указан у другого педагога: %2.</translation>
    </message>
    <message>
        <source>%1, born %2, is already in the registry.</source>
        <translation>%1, дата рождения %2, уже есть в реестре.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n course record(s) and stays in the registry for the history. Record a dismissal date in the post instead.</source>
        <translation>
            <numerusform>У педагога %1 есть %n запись о курсах, поэтому он остаётся в реестре для истории. Вместо удаления укажите дату увольнения в должности.</numerusform>
            <numerusform>У педагога %1 есть %n записи о курсах, поэтому он остаётся в реестре для истории. Вместо удаления укажите дату увольнения в должности.</numerusform>
            <numerusform>У педагога %1 есть %n записей о курсах, поэтому он остаётся в реестре для истории. Вместо удаления укажите дату увольнения в должности.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherValidation</name>
    <message>
        <source>the surname is required</source>
        <translation>укажите фамилию</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>укажите имя</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>дата рождения %1 ещё не наступила</translation>
    </message>
    <message>
        <source>the birth date %1 gives an age of %2 years</source>
        <translation>возраст по дате рождения %1 — %2 (полных лет)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>the start of experience is in the future</source>
        <translation>дата начала стажа ещё не наступила</translation>
    </message>
    <message>
        <source>the experience starts before the age of 14</source>
        <translation>стаж начинается раньше 14 лет</translation>
    </message>
    <message>
        <source>give the date the category was assigned</source>
        <translation>укажите дату присвоения категории</translation>
    </message>
    <message>
        <source>a category date is given but no category</source>
        <translation>указана дата присвоения, но не указана категория</translation>
    </message>
    <message>
        <source>the category date is in the future</source>
        <translation>дата присвоения категории ещё не наступила</translation>
    </message>
    <message>
        <source>choose the organisation of every post</source>
        <translation>выберите организацию для каждой должности</translation>
    </message>
    <message>
        <source>choose the position of every post</source>
        <translation>выберите должность в каждой строке</translation>
    </message>
    <message>
        <source>the dismissal date is before the hiring date</source>
        <translation>дата увольнения раньше даты приёма</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Start of pedagogical experience</source>
        <translation>Начало педагогического стажа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category date</source>
        <translation>Дата присвоения категории</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Должности</translation>
    </message>
</context>
<context>
    <name>TeachersArea</name>
    <message>
        <source>&amp;Import teachers...</source>
        <translation>&amp;Импорт педагогов...</translation>
    </message>
    <message>
        <source>&amp;Export teachers...</source>
        <translation>&amp;Экспорт педагогов...</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
</context>
<context>
    <name>TrackRepository</name>
    <message>
        <source>There is already a track «%1».</source>
        <translation>Трек «%1» уже есть.</translation>
    </message>
    <message>
        <source>The track was not stored.</source>
        <translation>Трек не сохранён.</translation>
    </message>
    <message numerus="yes">
        <source>The track «%1» has %n enrolment(s): it is their history. Remove them first.</source>
        <translation>
            <numerusform>Трек «%1» нельзя удалить: на нём %n запись педагогов, это его история. Сначала исключите педагогов.</numerusform>
            <numerusform>Трек «%1» нельзя удалить: на нём %n записи педагогов, это его история. Сначала исключите педагогов.</numerusform>
            <numerusform>Трек «%1» нельзя удалить: на нём %n записей педагогов, это его история. Сначала исключите педагогов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The track is no longer stored.</source>
        <translation>Трека больше нет в базе данных.</translation>
    </message>
    <message>
        <source>The teacher is no longer in the registry.</source>
        <translation>Педагога больше нет в реестре.</translation>
    </message>
    <message>
        <source>%1 is already enrolled on the track «%2» %3.</source>
        <translation>%1 уже записан(а) на трек «%2» %3.</translation>
    </message>
    <message>
        <source>The enrolment was not stored.</source>
        <translation>Запись на трек не сохранена.</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Трек: %1</translation>
    </message>
    <message>
        <source>Track: %1, %2</source>
        <translation>Трек: %1, %2</translation>
    </message>
    <message>
        <source>The enrolment is no longer stored.</source>
        <translation>Записи на трек больше нет.</translation>
    </message>
</context>
<context>
    <name>TrackRules</name>
    <message>
        <source>A track needs a name.</source>
        <translation>Укажите название трека.</translation>
    </message>
    <message>
        <source>A track&apos;s name is at most 200 characters (this one has %1).</source>
        <translation>Название трека — не длиннее 200 символов (сейчас %1).</translation>
    </message>
    <message>
        <source>Choose a track.</source>
        <translation>Выберите трек.</translation>
    </message>
    <message>
        <source>Choose a teacher.</source>
        <translation>Выберите педагога.</translation>
    </message>
    <message>
        <source>Choose a half-year between 2000 and 2100.</source>
        <translation>Выберите полугодие с 2000 по 2100 год.</translation>
    </message>
    <message>
        <source>%1 has not begun yet: no one can have completed a track in it.</source>
        <translation>%1 ещё не началось: пройти трек в нём пока никто не мог.</translation>
    </message>
</context>
<context>
    <name>TrackText</name>
    <message>
        <source>H1 %1</source>
        <translation>I полугодие %1 г.</translation>
    </message>
    <message>
        <source>H2 %1</source>
        <translation>II полугодие %1 г.</translation>
    </message>
    <message>
        <source>in H1 %1</source>
        <translation>в I полугодии %1 г.</translation>
    </message>
    <message>
        <source>in H2 %1</source>
        <translation>во II полугодии %1 г.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>«из 24 заявленных» then «прошли 22»</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>из %n заявленного</numerusform>
            <numerusform>из %n заявленных</numerusform>
            <numerusform>из %n заявленных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>прошёл %n</numerusform>
            <numerusform>прошли %n</numerusform>
            <numerusform>прошли %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracksEditing</name>
    <message>
        <source>Change track</source>
        <translation>Изменение трека</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>Новый трек</translation>
    </message>
    <message>
        <source>Delete track</source>
        <translation>Удаление трека</translation>
    </message>
    <message>
        <source>The track is no longer stored.</source>
        <translation>Трека больше нет в базе данных.</translation>
    </message>
    <message>
        <source>Mark track completed</source>
        <translation>Отметка о прохождении трека</translation>
    </message>
    <message>
        <source>Change enrolment</source>
        <translation>Изменение записи на трек</translation>
    </message>
    <message>
        <source>Enrol on a track</source>
        <translation>Запись на трек</translation>
    </message>
    <message>
        <source>Remove from a track</source>
        <translation>Исключение из трека</translation>
    </message>
    <message>
        <source>The enrolment is no longer stored.</source>
        <translation>Записи на трек больше нет в базе данных.</translation>
    </message>
</context>
<context>
    <name>TrainingArea</name>
    <message>
        <source>Import &amp;course completions...</source>
        <translation>Импорт сведений о &amp;курсах...</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Повышение квалификации</translation>
    </message>
</context>
<context>
    <name>TrainingPlanRepository</name>
    <message>
        <source>%1 is planned for %2, outside the years of the plan (%3–%4).</source>
        <translation>Педагог %1 запланирован на %2 — вне лет плана (%3–%4).</translation>
    </message>
    <message>
        <source>%1 appears in the plan twice; a teacher has one line in the plan-graph.</source>
        <translation>Педагог %1 указан в плане дважды; в плане-графике у педагога одна строка.</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>The programme no longer exists.</source>
        <translation>Этой программы уже нет в каталоге.</translation>
    </message>
    <message>
        <source>The catalogue already has &quot;%1&quot; (%2, %3 h).</source>
        <translation>В каталоге уже есть «%1» (%2, %3 ч).</translation>
    </message>
    <message numerus="yes">
        <source>The programme cannot be deleted: %n course run(s) use it.</source>
        <translation>
            <numerusform>Программу нельзя удалить: её использует %n курс.</numerusform>
            <numerusform>Программу нельзя удалить: её используют %n курса.</numerusform>
            <numerusform>Программу нельзя удалить: её используют %n курсов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The course run no longer exists.</source>
        <translation>Этого курса уже нет.</translation>
    </message>
    <message>
        <source>%1 people hold a seat already; the run cannot have fewer seats.</source>
        <translation>Уже занято мест: %1; мест на курсе не может быть меньше.</translation>
    </message>
    <message numerus="yes">
        <source>The course run cannot be deleted: it has %n participant record(s).</source>
        <translation>
            <numerusform>Курс нельзя удалить: в нём %n запись участника.</numerusform>
            <numerusform>Курс нельзя удалить: в нём %n записи участников.</numerusform>
            <numerusform>Курс нельзя удалить: в нём %n записей участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrolment no longer exists.</source>
        <translation>Этой записи на курс уже нет.</translation>
    </message>
    <message>
        <source>This teacher is already on the list of the course.</source>
        <translation>Этот педагог уже есть в списке курса.</translation>
    </message>
    <message>
        <source>A participant cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Участника нельзя перевести из состояния «%1» в «%2».</translation>
    </message>
    <message>
        <source>The certificate date %1 is before the course started (%2).</source>
        <translation>Дата удостоверения %1 раньше начала курса (%2).</translation>
    </message>
    <message>
        <source>An enrolment of another course run cannot be restored here.</source>
        <translation>Запись о другом курсе здесь восстановить нельзя.</translation>
    </message>
    <message>
        <source>Course run %1</source>
        <translation>Курс %1</translation>
    </message>
    <message>
        <source>The participants of this course were changed by another user after the list was shown; nothing was changed. The list is shown again: check it and repeat the step.</source>
        <translation>Участников этого курса изменил другой пользователь после того, как список был показан; ничего не изменено. Список показан заново: проверьте его и повторите действие.</translation>
    </message>
</context>
<context>
    <name>TrainingRules</name>
    <message>
        <source>the programme needs a title</source>
        <translation>укажите название программы</translation>
    </message>
    <message>
        <source>give the provider of the programme</source>
        <translation>укажите организацию, реализующую программу</translation>
    </message>
    <message>
        <source>further training lasts at least %1 hours (%2 given)</source>
        <translation>повышение квалификации длится не менее %1 ч (указано: %2)</translation>
    </message>
    <message>
        <source>retraining lasts at least %1 hours (%2 given)</source>
        <translation>профессиональная переподготовка длится не менее %1 ч (указано: %2)</translation>
    </message>
    <message>
        <source>choose the programme of the course</source>
        <translation>выберите программу курса</translation>
    </message>
    <message>
        <source>give the dates of the course</source>
        <translation>укажите даты курса</translation>
    </message>
    <message>
        <source>the course ends (%1) before it starts (%2)</source>
        <translation>курс заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>the number of seats cannot be negative</source>
        <translation>число мест не может быть отрицательным</translation>
    </message>
    <message>
        <source>the programme is meant for other posts</source>
        <translation>программа предназначена для других должностей</translation>
    </message>
    <message>
        <source>the programme is meant for other subjects</source>
        <translation>программа предназначена для других предметов</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>further training (PK)</source>
        <translation>повышение квалификации (ПК)</translation>
    </message>
    <message>
        <source>retraining (PP)</source>
        <translation>профессиональная переподготовка (ПП)</translation>
    </message>
    <message>
        <source>regional institute (IRO)</source>
        <translation>институт развития образования (ИРО)</translation>
    </message>
    <message>
        <source>CNPPM</source>
        <translation>ЦНППМ</translation>
    </message>
    <message>
        <source>university</source>
        <translation>вуз</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <source>blended</source>
        <translation>смешанно</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>предметная</translation>
    </message>
    <message>
        <source>methodical</source>
        <translation>методическая</translation>
    </message>
    <message>
        <source>psychological and pedagogical</source>
        <translation>психолого-педагогическая</translation>
    </message>
    <message>
        <source>communicative</source>
        <translation>коммуникативная</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>цифровая</translation>
    </message>
    <message>
        <source>functional literacy</source>
        <translation>функциональная грамотность</translation>
    </message>
    <message>
        <source>application</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>лист ожидания</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>окончил</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>не окончил</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
</context>
<context>
    <name>UndoRefusal</name>
    <message>
        <source>«%1» was not undone: another user has changed the record since. Their version stays; open the record to see it.</source>
        <translation>Действие «%1» не отменено: запись с тех пор изменил другой пользователь. Осталась его версия; откройте запись, чтобы её увидеть.</translation>
    </message>
    <message>
        <source>«%1» was not redone: another user has changed the record since. Their version stays; open the record to see it.</source>
        <translation>Действие «%1» не повторено: запись с тех пор изменил другой пользователь. Осталась его версия; откройте запись, чтобы её увидеть.</translation>
    </message>
</context>
<context>
    <name>UserAccess</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>methodist of the centre</source>
        <translation>методист ИМЦ</translation>
    </message>
    <message>
        <source>head of the association</source>
        <translation>руководитель объединения</translation>
    </message>
    <message>
        <source>head of the organisation</source>
        <translation>руководитель ОО</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>no role in this database</source>
        <translation>нет роли в этой базе</translation>
    </message>
    <message>
        <source>the registry of teachers</source>
        <translation>реестр педагогов</translation>
    </message>
    <message>
        <source>the organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <source>course applications</source>
        <translation>заявки на курсы</translation>
    </message>
    <message>
        <source>further training</source>
        <translation>повышение квалификации</translation>
    </message>
    <message>
        <source>the attestation history</source>
        <translation>историю аттестации</translation>
    </message>
    <message>
        <source>methodical associations</source>
        <translation>методические объединения</translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation>диагностику</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>наставничество</translation>
    </message>
    <message>
        <source>events and competitions</source>
        <translation>мероприятия и конкурсы</translation>
    </message>
    <message>
        <source>innovation sites and practices</source>
        <translation>инновационные площадки и практики</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>настройки</translation>
    </message>
</context>
<context>
    <name>VacancyRepository</name>
    <message>
        <source>The vacancy was not stored.</source>
        <translation>Вакансия не сохранена.</translation>
    </message>
    <message>
        <source>Vacancy: %1</source>
        <translation>Вакансия: %1</translation>
    </message>
    <message>
        <source>The vacancy no longer exists.</source>
        <translation>Вакансия больше не существует.</translation>
    </message>
</context>
<context>
    <name>VacancyRules</name>
    <message>
        <source>Choose the organisation of the vacancy.</source>
        <translation>Выберите организацию вакансии.</translation>
    </message>
    <message>
        <source>Give the post of the vacancy.</source>
        <translation>Укажите должность вакансии.</translation>
    </message>
    <message>
        <source>The rate must be above 0 (for example 0.5, 1 or 1.5).</source>
        <translation>Ставка должна быть больше 0 (например, 0,5, 1 или 1,5).</translation>
    </message>
    <message>
        <source>A rate of %1 is more than 10: give the rate in stavki, not hours.</source>
        <translation>Ставка %1 больше 10: укажите ставки, а не часы.</translation>
    </message>
    <message>
        <source>Give the day since which the post is vacant.</source>
        <translation>Укажите дату, с которой должность вакантна.</translation>
    </message>
    <message>
        <source>The vacancy is filled on %1, before it opened on %2.</source>
        <translation>Вакансия закрыта %1, раньше, чем открыта (%2).</translation>
    </message>
    <message>
        <source>Say who filled the vacancy.</source>
        <translation>Укажите, кем закрыта вакансия.</translation>
    </message>
    <message>
        <source>Give the day the vacancy was filled.</source>
        <translation>Укажите дату закрытия вакансии.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel .xlsx workbook.</source>
        <translation>%1 не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2: %3). Open it in Excel or LibreOffice Calc and save it again.</source>
        <translation>Файл %1 повреждён и не может быть прочитан (%2: %3). Откройте его в Excel или LibreOffice Calc и сохраните заново.</translation>
    </message>
    <message>
        <source>unreadable zip entry</source>
        <translation>нечитаемый элемент ZIP-архива</translation>
    </message>
    <message>
        <source>the part is too large</source>
        <translation>слишком большая часть файла</translation>
    </message>
    <message>
        <source>decompression failed</source>
        <translation>ошибка распаковки</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>несовпадение контрольной суммы</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook or a password-protected file, not an .xlsx workbook. Open it in Excel or LibreOffice Calc and save it as .xlsx without a password.</source>
        <translation>%1 — книга старого формата Excel 97–2003 или файл, защищённый паролем, а не книга .xlsx. Откройте его в Excel или LibreOffice Calc и сохраните как .xlsx без пароля.</translation>
    </message>
    <message>
        <source>%1 is a LibreOffice .ods spreadsheet. Save it as .xlsx or .csv in LibreOffice Calc.</source>
        <translation>%1 — таблица LibreOffice (.ods). Сохраните её как .xlsx или .csv в LibreOffice Calc.</translation>
    </message>
    <message>
        <source>%1 is not an Excel .xlsx workbook: it has no worksheet.</source>
        <translation>%1 не является книгой Excel (.xlsx): в файле нет ни одного листа.</translation>
    </message>
    <message>
        <source>the worksheet is missing</source>
        <translation>лист отсутствует</translation>
    </message>
    <message>
        <source>the part inflates past the size its zip entry declares</source>
        <translation>при распаковке часть оказалась больше размера, указанного в архиве</translation>
    </message>
    <message>
        <source>%1 would take more than %2 MB once unpacked, far more than a table for ProfRost can hold; it is not read (it may be a &quot;zip bomb&quot;).</source>
        <translation>Файл %1 после распаковки занял бы больше %2 МБ — гораздо больше, чем может занимать таблица для ПрофРост; файл не прочитан (возможно, это «zip-бомба»).</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 times its packed size, which no spreadsheet does; the file is not read (it may be a &quot;zip bomb&quot;).</source>
        <translation>%1: часть %2 сжата в соотношении %3:1, так электронные таблицы не сжимаются; файл не прочитан (возможно, это «zip-бомба»).</translation>
    </message>
    <message>
        <source>%1 has more than %L2 cells, far more than a list to import; check that this is the right file.</source>
        <translation>В файле %1 больше %L2 ячеек — гораздо больше, чем в любом списке для импорта; проверьте, тот ли это файл.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ProfRost: teachers&apos; professional growth</source>
        <translation>ПрофРост: профессиональный рост педагогов</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Открыть указанный файл базы данных.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
<context>
    <name>profrost::ActivitiesEditor</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Форма предъявления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
</context>
<context>
    <name>profrost::ActivityDialog</name>
    <message>
        <source>Activity of the route</source>
        <translation>Мероприятие маршрута</translation>
    </message>
    <message>
        <source>(not from the catalogue)</source>
        <translation>(не из каталога)</translation>
    </message>
    <message>
        <source>%1, %2 h</source>
        <translation>%1, %2 ч</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>a topic, an event, a programme&apos;s title</source>
        <translation>тема, мероприятие, название программы</translation>
    </message>
    <message>
        <source>e.g. a lesson with digital resources is held</source>
        <translation>например: проведён урок с использованием ЦОР</translation>
    </message>
    <message>
        <source>e.g. an open lesson, a certificate</source>
        <translation>например: открытый урок, удостоверение</translation>
    </message>
    <message>
        <source>the mentor or methodist</source>
        <translation>наставник или методист</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Title or topic:</source>
        <translation>&amp;Название или тема:</translation>
    </message>
    <message>
        <source>&amp;Deficit addressed:</source>
        <translation>&amp;Дефицит:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>С&amp;роки:</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Ожидаемый результат:</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>&amp;Форма предъявления:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Отве&amp;тственный:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Отметка о выполнении:</translation>
    </message>
</context>
<context>
    <name>profrost::AgendaEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>A short summary, or &quot;the text of the talk is attached&quot;</source>
        <translation>Краткое содержание или «текст выступления прилагается»</translation>
    </message>
    <message>
        <source>One per line: Surname I.O. — what they said</source>
        <translation>По одному в строке: Фамилия И.О. — о чём выступил(а)</translation>
    </message>
    <message>
        <source>One decision per line (printed 1.1, 1.2...)</source>
        <translation>По одному решению в строке (печатаются как 1.1, 1.2...)</translation>
    </message>
    <message>
        <source>A &amp;vote was taken</source>
        <translation>Проводилось &amp;голосование</translation>
    </message>
    <message>
        <source>All &amp;present voted for</source>
        <translation>&amp;Единогласно</translation>
    </message>
    <message>
        <source>The question of the agenda</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Surname I.O.</source>
        <translation>Фамилия И.О.</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Повестка дня:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержались</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Heard (speaker):</source>
        <translation>&amp;Слушали (докладчик):</translation>
    </message>
    <message>
        <source>Heard (&amp;summary):</source>
        <translation>Слушали (&amp;содержание):</translation>
    </message>
    <message>
        <source>&amp;Spoke:</source>
        <translation>В&amp;ыступили:</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>&amp;Решили:</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Голосовали:</translation>
    </message>
    <message>
        <source>For: %1, against: 0, abstained: 0</source>
        <translation>За: %1, против: 0, воздержались: 0</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>profrost::ApplicationDialog</name>
    <message>
        <source>Application for a category: %1</source>
        <translation>Заявление на категорию: %1</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Month of the commission:</source>
        <translation>&amp;Месяц заседания комиссии:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>Дата &amp;подачи:</translation>
    </message>
    <message>
        <source>Give the day the application was submitted.</source>
        <translation>Укажите дату подачи заявления.</translation>
    </message>
</context>
<context>
    <name>profrost::ApplicationModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category applied for</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <source>Month of the commission</source>
        <translation>Месяц заседания комиссии</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>(not in the registry today)</source>
        <translation>(сейчас нет в реестре)</translation>
    </message>
</context>
<context>
    <name>profrost::ApplicationsTab</name>
    <message>
        <source>Open applications only</source>
        <translation>Только нерассмотренные заявления</translation>
    </message>
    <message>
        <source>New application...</source>
        <translation>Новое заявление...</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>The commission has taken the application up</source>
        <translation>Комиссия приняла заявление к рассмотрению</translation>
    </message>
    <message>
        <source>Granted...</source>
        <translation>Категория присвоена...</translation>
    </message>
    <message>
        <source>Refused...</source>
        <translation>Отказано...</translation>
    </message>
    <message>
        <source>Another month...</source>
        <translation>Перенести на другой месяц...</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Отозвать заявление</translation>
    </message>
    <message>
        <source>Delete the selected application?</source>
        <translation>Удалить выбранное заявление?</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Who applies?</source>
        <translation>Кто подаёт заявление?</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>The application is recorded. Note:
%1</source>
        <translation>Заявление зарегистрировано. Обратите внимание:
%1</translation>
    </message>
    <message>
        <source>Category granted</source>
        <translation>Категория присвоена</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Дата &amp;решения:</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>&amp;Номер приказа:</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>Reason (may stay empty):</source>
        <translation>Причина (можно не указывать):</translation>
    </message>
    <message>
        <source>Another month</source>
        <translation>Перенос на другой месяц</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>submit an application</source>
        <translation>подачу заявления</translation>
    </message>
    <message>
        <source>take up an application</source>
        <translation>принятие заявления к рассмотрению</translation>
    </message>
    <message>
        <source>grant a category</source>
        <translation>присвоение категории</translation>
    </message>
    <message>
        <source>refuse an application</source>
        <translation>отказ по заявлению</translation>
    </message>
    <message>
        <source>withdraw an application</source>
        <translation>отзыв заявления</translation>
    </message>
    <message>
        <source>move an application to another month</source>
        <translation>перенос заявления на другой месяц</translation>
    </message>
</context>
<context>
    <name>profrost::AssociationDialog</name>
    <message>
        <source>New association</source>
        <translation>Новое объединение</translation>
    </message>
    <message>
        <source>Association: %1</source>
        <translation>Объединение: %1</translation>
    </message>
    <message>
        <source>e.g. «РМО учителей математики»</source>
        <translation>например, «РМО учителей математики»</translation>
    </message>
    <message>
        <source>(none: a district association)</source>
        <translation>(нет: объединение района)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>subject or direction: «математика», «классные руководители»</source>
        <translation>предмет или направление: «математика», «классные руководители»</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>Other teacher...</source>
        <translation>Другой педагог...</translation>
    </message>
    <message>
        <source>Choose from the whole registry; the teacher joins the association</source>
        <translation>Выбрать из всего реестра; педагог станет участником объединения</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Направ&amp;ление:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <source>Active (academic years from):</source>
        <translation>Работает (учебные годы с):</translation>
    </message>
    <message>
        <source>(not in the registry today)</source>
        <translation>(нет в реестре на сегодня)</translation>
    </message>
</context>
<context>
    <name>profrost::AssociationListModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>ИМЦ</translation>
    </message>
    <message>
        <source>The centre&apos;s plans (work plan, roadmaps)</source>
        <translation>Планы центра (план работы, дорожные карты)</translation>
    </message>
</context>
<context>
    <name>profrost::AssociationsPage</name>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Meetings and protocols</source>
        <translation>Заседания и протоколы</translation>
    </message>
    <message>
        <source>Methodical associations</source>
        <translation>Методические объединения</translation>
    </message>
    <message>
        <source>The centre&apos;s plans</source>
        <translation>Планы центра</translation>
    </message>
    <message>
        <source>Head: %1; secretary: %2</source>
        <translation>Руководитель: %1; секретарь: %2</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Создать...</translation>
    </message>
    <message>
        <source>A new association</source>
        <translation>Новое объединение</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Kind, name, head, secretary, years (double click)</source>
        <translation>Вид, название, руководитель, секретарь, годы работы (двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Only an association without plans and meetings</source>
        <translation>Только объединение без планов и заседаний</translation>
    </message>
    <message>
        <source>Delete association</source>
        <translation>Удаление объединения</translation>
    </message>
    <message>
        <source>ShMO hints...</source>
        <translation>Где нужны ШМО...</translation>
    </message>
    <message>
        <source>Schools where a subject or a cycle has enough teachers for a ShMO and has none</source>
        <translation>Школы, где по предмету или циклу достаточно учителей для ШМО, а ШМО нет</translation>
    </message>
    <message>
        <source>Reading the associations...</source>
        <translation>Чтение списка объединений...</translation>
    </message>
    <message>
        <source>Delete «%1» with its member list?
You can undo this with Ctrl+Z.</source>
        <translation>Удалить «%1» вместе со списком участников?
Это можно отменить: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>profrost::AttendanceEditor</name>
    <message>
        <source>&amp;All present</source>
        <translation>&amp;Все присутствовали</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Никого</translation>
    </message>
    <message>
        <source>Filter by name or organisation</source>
        <translation>Поиск по ФИО или организации</translation>
    </message>
    <message>
        <source>One guest per line: Surname I.O., position, organisation</source>
        <translation>По одному гостю в строке: Фамилия И.О., должность, организация</translation>
    </message>
    <message>
        <source>Members of the association on the meeting day:</source>
        <translation>Участники объединения на день заседания:</translation>
    </message>
    <message>
        <source>&amp;Invited guests:</source>
        <translation>&amp;Приглашённые:</translation>
    </message>
    <message>
        <source>(teacher %1)</source>
        <translation>(педагог %1)</translation>
    </message>
    <message>
        <source>(not a member on that day)</source>
        <translation>(не участник на тот день)</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Присутствовало: %1 из %2</translation>
    </message>
</context>
<context>
    <name>profrost::AttestationPage</name>
    <message>
        <source>Plan-graph</source>
        <translation>План-график</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Expiring categories</source>
        <translation>Истекающие категории</translation>
    </message>
</context>
<context>
    <name>profrost::AttestationPlanModel</name>
    <message>
        <source>The category has lapsed (or lapses before the attestation): attest as soon as possible.</source>
        <translation>Категория истекла (или истечёт до аттестации): аттестуйте как можно скорее.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Held now, granted</source>
        <translation>Текущая категория, дата присвоения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Заявлена</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
</context>
<context>
    <name>profrost::AttestationPlanTab</name>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Year schedule: print preview...</source>
        <translation>График на год: предварительный просмотр...</translation>
    </message>
    <message>
        <source>Year schedule: PDF / ODT...</source>
        <translation>График на год: PDF / ODT...</translation>
    </message>
    <message>
        <source>5-year plan-graph: print preview...</source>
        <translation>План-график на 5 лет: предварительный просмотр...</translation>
    </message>
    <message>
        <source>5-year plan-graph: PDF / ODT...</source>
        <translation>План-график на 5 лет: PDF / ODT...</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load of the commission per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Нагрузка комиссии по месяцам&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attestation plan-graph</source>
        <translation>План-график аттестации</translation>
    </message>
    <message>
        <source>all five years</source>
        <translation>все пять лет</translation>
    </message>
    <message>
        <source>The attestation plan %1 has changes that are not saved. Save them?</source>
        <translation>В плане аттестации на %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Сохранение плана</translation>
    </message>
    <message>
        <source>Proposal from the categories&apos; expiry, not saved yet</source>
        <translation>Предложение по срокам действия категорий, ещё не сохранено</translation>
    </message>
    <message>
        <source>In five years</source>
        <translation>За пять лет</translation>
    </message>
    <message>
        <source>Save the plan-graph</source>
        <translation>Сохранение плана-графика</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n teacher(s)</source>
        <translation>
            <numerusform>%1: %n педагог</numerusform>
            <numerusform>%1: %n педагога</numerusform>
            <numerusform>%1: %n педагогов</numerusform>
        </translation>
    </message>
    <message>
        <source>save the attestation plan %1–%2</source>
        <translation>сохранение плана-графика аттестации на %1–%2 гг.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to be attested; %3 in the whole plan.</source>
        <translation>%1: к аттестации — &lt;b&gt;%2&lt;/b&gt;; во всём плане %3.</translation>
    </message>
    <message>
        <source>%1 lapsed</source>
        <translation>истекло категорий: %1</translation>
    </message>
</context>
<context>
    <name>profrost::AttestationRecordDialog</name>
    <message>
        <source>Attestation record: %1</source>
        <translation>Запись об аттестации: %1</translation>
    </message>
    <message>
        <source>&amp;Category or СЗД:</source>
        <translation>&amp;Категория или СЗД:</translation>
    </message>
    <message>
        <source>&amp;Granted (decision) on:</source>
        <translation>Дата &amp;решения (присвоения):</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>&amp;Номер приказа:</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Кем принято решение:</translation>
    </message>
    <message>
        <source>Give the date the decision was made.</source>
        <translation>Укажите дату принятия решения.</translation>
    </message>
</context>
<context>
    <name>profrost::AttestationSettingsDialog</name>
    <message>
        <source>Attestation rules</source>
        <translation>Правила аттестации</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>The application is due before expiry by:</source>
        <translation>Заявление подаётся до окончания срока за:</translation>
    </message>
    <message>
        <source>Remind of categories expiring within:</source>
        <translation>Напоминать о категориях, истекающих в течение:</translation>
    </message>
    <message>
        <source>The rules are kept in the database: every workstation on this file plans alike. Saved plan-graphs keep their months; a new proposal uses the new rules.</source>
        <translation>Правила хранятся в базе данных: все рабочие места, работающие с этим файлом, планируют одинаково. Сохранённые планы-графики сохраняют свои месяцы; новое предложение строится по новым правилам.</translation>
    </message>
    <message>
        <source>A category is valid for (years):</source>
        <translation>Срок действия категории (лет):</translation>
    </message>
    <message>
        <source>Further training at least once in (years):</source>
        <translation>Повышение квалификации не реже одного раза в (лет):</translation>
    </message>
</context>
<context>
    <name>profrost::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Все таблицы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>Показаны %1 последних записей; сузьте фильтры, чтобы увидеть более ранние.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <source>audit-log.xlsx</source>
        <translation>журнал-изменений.xlsx</translation>
    </message>
</context>
<context>
    <name>profrost::CampaignDialog</name>
    <message>
        <source>Diagnosis</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>e.g. Самодиагностика профессиональных дефицитов 2026</source>
        <translation>например, Самодиагностика профессиональных дефицитов 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends (empty: one day):</source>
        <translation>&amp;Окончание (пусто — один день):</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Области:</translation>
    </message>
</context>
<context>
    <name>profrost::CentreCardDialog</name>
    <message>
        <source>Municipal institution &quot;Methodical centre&quot; of … district</source>
        <translation>Муниципальное казённое учреждение «Информационно-методический центр» … района</translation>
    </message>
    <message>
        <source>e.g. MKU &quot;IMC&quot;</source>
        <translation>например, МКУ «ИМЦ»</translation>
    </message>
    <message>
        <source>Director of MKU &quot;IMC&quot;</source>
        <translation>Директор МКУ «ИМЦ»</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Methodical centre</source>
        <translation>Организация (ИМЦ)</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное наименование:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое наименование:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Муниципальное образование:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;position:</source>
        <translation>&amp;Должность руководителя:</translation>
    </message>
    <message>
        <source>&amp;Head&apos;s name:</source>
        <translation>Ф.И.О. р&amp;уководителя:</translation>
    </message>
    <message>
        <source>Who signs the documents</source>
        <translation>Кто подписывает документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше Ф.И.О.:</translation>
    </message>
    <message>
        <source>Signs the lists where nobody is named above. Kept on this computer only.</source>
        <translation>Ставится под списками, для которых выше никто не указан. Хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>The approval blocks and signatures of every printed form are taken from here. Stored in the database: every user of it prints the same.</source>
        <translation>Отсюда берутся грифы утверждения и подписи всех печатных форм. Хранится в базе данных: у всех её пользователей документы печатаются одинаково.</translation>
    </message>
</context>
<context>
    <name>profrost::ChangeFeed</name>
    <message>
        <source>The server refused to set up the change notices: %1</source>
        <translation>Сервер не дал настроить уведомления об изменениях: %1</translation>
    </message>
</context>
<context>
    <name>profrost::ColumnAssignmentPanel</name>
    <message>
        <source>Columns the program does not recognise</source>
        <translation>Столбцы, которые программа не распознала</translation>
    </message>
    <message>
        <source>Assign each column to a field, or leave it out. The assignment is remembered for the next file with the same columns.</source>
        <translation>Укажите, какому полю соответствует каждый столбец, или выберите «не загружать». Сопоставление запомнится для следующего файла с такими же столбцами.</translation>
    </message>
    <message>
        <source>Assigned as at an earlier import of a file with the same columns.</source>
        <translation>Столбцы сопоставлены так же, как при прошлом импорте файла с такими же столбцами.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>do not load</source>
        <translation>не загружать</translation>
    </message>
</context>
<context>
    <name>profrost::CompetitionDialog</name>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>One a line; empty: no nominations</source>
        <translation>По одной в строке; пусто — без номинаций</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <source>Add participants...</source>
        <translation>Добавить участников...</translation>
    </message>
    <message>
        <source>Choose the participants in the registry</source>
        <translation>Выбрать участников в реестре</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the chosen rows</source>
        <translation>Убрать выбранные строки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Этапы:</translation>
    </message>
    <message>
        <source>N&amp;ominations:</source>
        <translation>Н&amp;оминации:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>Participants and their results at each stage:</source>
        <translation>Участники и их результаты на каждом этапе:</translation>
    </message>
</context>
<context>
    <name>profrost::CompetitionListModel</name>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Призовых мест</translation>
    </message>
    <message>
        <source>Winners (stage)</source>
        <translation>Победители (этап)</translation>
    </message>
</context>
<context>
    <name>profrost::CompetitionsTab</name>
    <message>
        <source>New competition...</source>
        <translation>Новый конкурс...</translation>
    </message>
    <message>
        <source>A competition of the year with its stages and participants</source>
        <translation>Конкурс года с этапами и участниками</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen competition</source>
        <translation>Изменить выбранный конкурс</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen competition</source>
        <translation>Удалить выбранный конкурс</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>%1: %2 (prizes %3)</source>
        <translation>%1: %2 (призовых мест: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n competition(s)</source>
        <translation>
            <numerusform>%n конкурс</numerusform>
            <numerusform>%n конкурса</numerusform>
            <numerusform>%n конкурсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n разных участника</numerusform>
            <numerusform>%n разных участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a prize</source>
        <translation>
            <numerusform>%n с призовым местом</numerusform>
            <numerusform>%n с призовыми местами</numerusform>
            <numerusform>%n с призовыми местами</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete competition</source>
        <translation>Удаление конкурса</translation>
    </message>
    <message numerus="yes">
        <source>Delete «%1» %2 with its %n participant(s)? Edit → Undo brings it back.</source>
        <translation>
            <numerusform>Удалить «%1» %2 с %n участником? Правка → Отменить вернёт его.</numerusform>
            <numerusform>Удалить «%1» %2 с %n участниками? Правка → Отменить вернёт его.</numerusform>
            <numerusform>Удалить «%1» %2 с %n участниками? Правка → Отменить вернёт его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>The chosen competition&apos;s results at a stage, for the jury to sign</source>
        <translation>Итоги выбранного конкурса на этапе — на подпись жюри</translation>
    </message>
    <message>
        <source>Competition results</source>
        <translation>Итоги конкурса</translation>
    </message>
    <message>
        <source>Choose a competition in the list first.</source>
        <translation>Сначала выберите конкурс в списке.</translation>
    </message>
    <message>
        <source>The results of «%1» at the stage:</source>
        <translation>Итоги конкурса «%1» на этапе:</translation>
    </message>
    <message>
        <source>The competition is no longer in the database.</source>
        <translation>Конкурса уже нет в базе.</translation>
    </message>
</context>
<context>
    <name>profrost::ConflictDialog</name>
    <message>
        <source>Changed by another user</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ; they are marked below. Choose which version stays.</source>
        <translation>
            <numerusform>Различается %n поле; оно выделено ниже. Выберите, какая версия останется.</numerusform>
            <numerusform>Различаются %n поля; они выделены ниже. Выберите, какая версия останется.</numerusform>
            <numerusform>Различаются %n полей; они выделены ниже. Выберите, какая версия останется.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Только различающиеся поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved by the other user</source>
        <translation>Сохранено другим пользователем</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Сохранить мою версию</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Оставить их версию</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Вернуться к правке</translation>
    </message>
    <message>
        <source>Your values replace the other user&apos;s save; undo brings theirs back.</source>
        <translation>Ваши значения заменят сохранённые другим пользователем; «Отменить» вернёт их версию.</translation>
    </message>
    <message>
        <source>Your changes are dropped; the record stays as the other user saved it.</source>
        <translation>Ваши изменения не сохраняются; запись остаётся такой, как её сохранил другой пользователь.</translation>
    </message>
</context>
<context>
    <name>profrost::CourseRunDialog</name>
    <message>
        <source>Course run</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>%1 — %2, %3 h</source>
        <translation>%1 — %2, %3 ч</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>e.g. ИМЦ, ауд. 12, or дистанционно</source>
        <translation>например, ИМЦ, ауд. 12, или дистанционно</translation>
    </message>
    <message>
        <source>e.g. ПК-2026-03</source>
        <translation>например, ПК-2026-03</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>Число м&amp;ест:</translation>
    </message>
</context>
<context>
    <name>profrost::CourseRunModel</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Окончили</translation>
    </message>
</context>
<context>
    <name>profrost::CoursesTab</name>
    <message>
        <source>New course run...</source>
        <translation>Новый курс...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Add participants...</source>
        <translation>Добавить участников...</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Enrol the selected applicants; when the seats are taken they go to the waiting list</source>
        <translation>Зачислить выбранных заявителей; когда места закончатся, остальные попадут в лист ожидания</translation>
    </message>
    <message>
        <source>Completed...</source>
        <translation>Окончил...</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не окончил</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отчислить</translation>
    </message>
    <message>
        <source>The seat goes to the first on the waiting list</source>
        <translation>Место переходит к первому в листе ожидания</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Курс окончен</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>&amp;Номер удостоверения:</translation>
    </message>
    <message>
        <source>Certificate &amp;date:</source>
        <translation>&amp;Дата удостоверения:</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Choose a course run to see its participants.</source>
        <translation>Выберите курс, чтобы увидеть его участников.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Delete course run</source>
        <translation>Удаление курса</translation>
    </message>
    <message>
        <source>Delete the selected course run?</source>
        <translation>Удалить выбранный курс?</translation>
    </message>
    <message>
        <source>Course schedule</source>
        <translation>График курсов</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Предварительный просмотр...</translation>
    </message>
    <message>
        <source>Save as PDF / ODT...</source>
        <translation>Сохранить в PDF / ODT...</translation>
    </message>
    <message>
        <source>Give the period of the schedule: from and to.</source>
        <translation>Укажите период графика: с какой даты и по какую.</translation>
    </message>
    <message>
        <source>Save the course schedule</source>
        <translation>Сохранение графика курсов</translation>
    </message>
    <message>
        <source>add participants</source>
        <translation>добавление участников</translation>
    </message>
    <message>
        <source>approve applications</source>
        <translation>утверждение заявок</translation>
    </message>
    <message>
        <source>record completion</source>
        <translation>отметка об окончании курса</translation>
    </message>
    <message>
        <source>mark as not completed</source>
        <translation>отметка «не окончил»</translation>
    </message>
    <message>
        <source>withdraw participants</source>
        <translation>отчисление участников</translation>
    </message>
</context>
<context>
    <name>profrost::CriteriaView</name>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>выполнено критериев: %1 из %2</translation>
    </message>
</context>
<context>
    <name>profrost::DashboardPage</name>
    <message>
        <source>The indicators are computed on this day (the window is the 3 years up to it).</source>
        <translation>Показатели рассчитываются на этот день (окно — 3 года до него включительно).</translation>
    </message>
    <message>
        <source>Indicators &amp;on:</source>
        <translation>Показатели &amp;на:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Computing the indicators on %1...</source>
        <translation>Расчёт показателей на %1...</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Муниципалитет: %1</translation>
    </message>
    <message>
        <source>On %1: %2 of %3 targets met</source>
        <translation>На %1 достигнуто целевых значений: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) without data</source>
        <translation>
            <numerusform>%n показатель без данных</numerusform>
            <numerusform>%n показателя без данных</numerusform>
            <numerusform>%n показателей без данных</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by organisation: no data</source>
        <translation>%1 по организациям: нет данных</translation>
    </message>
    <message numerus="yes">
        <source>%1 by organisation, the %n worst first</source>
        <translation>
            <numerusform>%1 по организациям: %n худшая</numerusform>
            <numerusform>%1 по организациям: %n худших, начиная с худшей</numerusform>
            <numerusform>%1 по организациям: %n худших, начиная с худшей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 из %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>By &amp;organisation</source>
        <translation>По &amp;организациям</translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation>&amp;Динамика</translation>
    </message>
    <message>
        <source>%1. %2: the last five academic years, %3</source>
        <translation>%1. %2: последние пять учебных лет, %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <source>Analytic report</source>
        <translation>Аналитическая справка</translation>
    </message>
    <message>
        <source>«Аналитическая справка по итогам мониторинга» on this day: the indicators, the breakdown, the recommendations, the overdue and expiring lists</source>
        <translation>«Аналитическая справка по итогам мониторинга» на этот день: показатели, разбивка по организациям, рекомендации, списки просроченной подготовки и истекающих категорий</translation>
    </message>
    <message>
        <source>Recommendations...</source>
        <translation>Рекомендации...</translation>
    </message>
    <message>
        <source>To whom, what, by when: the management decisions of the monitoring, checked at the next</source>
        <translation>Кому, что, в какой срок: управленческие решения по итогам мониторинга, проверяемые на следующем</translation>
    </message>
    <message>
        <source>De&amp;ficits</source>
        <translation>Де&amp;фициты</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <source>By &amp;municipality</source>
        <translation>По &amp;муниципалитетам</translation>
    </message>
    <message>
        <source>The deficit map of the diagnostics taken in the 3 years up to the day</source>
        <translation>Карта дефицитов по диагностикам за 3 года до выбранной даты</translation>
    </message>
    <message>
        <source>The active teachers by the qualification category they hold on the day</source>
        <translation>Работающие педагоги по квалификационной категории на выбранную дату</translation>
    </message>
    <message>
        <source>The main indicators of each municipality side by side</source>
        <translation>Основные показатели муниципалитетов рядом</translation>
    </message>
    <message>
        <source>Deficit map %1 %2</source>
        <translation>Карта дефицитов %1 %2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Copy the chart shown or save it as PNG or SVG</source>
        <translation>Скопировать показанную диаграмму или сохранить её в PNG или SVG</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; на %2, %3</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>К&amp;ритерии</translation>
    </message>
    <message>
        <source>The five regional criteria of methodical work, of the whole database</source>
        <translation>Пять региональных критериев эффективности методической работы, по всей базе</translation>
    </message>
    <message>
        <source>Preparing the analytic report on %1...</source>
        <translation>Подготовка аналитической справки на %1...</translation>
    </message>
</context>
<context>
    <name>profrost::DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>profrost::DeficitHeatMap</name>
    <message>
        <source>Share with a deficit: %1 %2 %3</source>
        <translation>Доля с дефицитом: %1 %2 %3</translation>
    </message>
    <message>
        <source>No diagnosis result was taken in the 3 years up to %1 here.</source>
        <translation>Здесь нет результатов диагностики за 3 года до %1.</translation>
    </message>
    <message>
        <source>Diagnosed in the 3 years up to %1: %2; %3 (%4) with a deficit in at least one area. Click a cell to list its teachers.</source>
        <translation>Продиагностировано за 3 года до %1: %2; с дефицитом хотя бы в одной области — %3 (%4). Щелчок по ячейке покажет список педагогов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 with a deficit of %4 diagnosed (%5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: с дефицитом %3 из %4 продиагностированных (%5).</translation>
    </message>
    <message>
        <source>any area</source>
        <translation>любая область</translation>
    </message>
</context>
<context>
    <name>profrost::DeficitMapModel</name>
    <message>
        <source>%1
%2 of %3</source>
        <translation>%1
%2 из %3</translation>
    </message>
    <message>
        <source>Nobody here was diagnosed in this area.</source>
        <translation>Здесь никто не прошёл диагностику по этой области.</translation>
    </message>
    <message>
        <source>in the %1 area</source>
        <translation>в области «%1»</translation>
    </message>
    <message>
        <source>in at least one area</source>
        <translation>хотя бы в одной области</translation>
    </message>
    <message>
        <source>%1 of %2 teachers diagnosed have a deficit %3. Click to list them.</source>
        <translation>Дефицит %3 — у %1 из %2 прошедших диагностику. Щёлкните, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>At least one
deficit</source>
        <translation>Хотя бы один
дефицит</translation>
    </message>
    <message>
        <source>The share of the diagnosed teachers with a deficit, and their count. Click a column&apos;s heading to sort by it.</source>
        <translation>Доля педагогов с дефицитом среди прошедших диагностику и их число. Щелчок по заголовку сортирует по столбцу.</translation>
    </message>
</context>
<context>
    <name>profrost::DeficitMapTab</name>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>Only those with a &amp;deficit</source>
        <translation>Только с &amp;дефицитом</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Муниципалитеты</translation>
    </message>
    <message>
        <source>Save the map as an Excel workbook with its colours</source>
        <translation>Сохранить карту в книгу Excel с цветами ячеек</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Печать карты</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Диагностика:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <source>Share with a deficit: %1 %2 %3</source>
        <translation>Доля с дефицитом: %1 %2 %3</translation>
    </message>
    <message>
        <source>Deficit map</source>
        <translation>Карта дефицитов</translation>
    </message>
    <message>
        <source>Current deficits: everyone&apos;s latest results</source>
        <translation>Текущие дефициты: последние результаты каждого</translation>
    </message>
    <message>
        <source>Results taken in a period</source>
        <translation>Результаты за период</translation>
    </message>
    <message>
        <source>The start of the period: %1</source>
        <translation>Начало периода: %1</translation>
    </message>
    <message>
        <source>The end of the period: %1</source>
        <translation>Конец периода: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Reading the results...</source>
        <translation>Чтение результатов...</translation>
    </message>
    <message>
        <source>No diagnosis result falls in this choice. Import a platform&apos;s results (File → Import diagnosis results...) or choose another diagnosis.</source>
        <translation>Под этот выбор не попадает ни один результат диагностики. Загрузите результаты платформы (Файл → Импорт результатов диагностики...) или выберите другую диагностику.</translation>
    </message>
    <message>
        <source>%1 teachers diagnosed; %2 (%3) have a deficit in at least one area. A deficit is a score below %4, in functional literacy below %5. Teachers placed by their posts on %6.</source>
        <translation>Прошли диагностику: %1 чел.; дефицит хотя бы в одной области — у %2 (%3). Дефицит — результат ниже %4, по функциональной грамотности — ниже %5. Педагоги отнесены по местам работы на %6.</translation>
    </message>
    <message>
        <source>Click a cell of the map to list its teachers.</source>
        <translation>Щёлкните ячейку карты, чтобы увидеть список её педагогов.</translation>
    </message>
    <message>
        <source>any area</source>
        <translation>любая область</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 with a deficit of %4 diagnosed. Double-click a teacher to open them in the registry.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: с дефицитом %3 из %4 прошедших диагностику. Двойной щелчок по педагогу открывает его в реестре.</translation>
    </message>
    <message>
        <source>Export the deficit map</source>
        <translation>Выгрузка карты дефицитов</translation>
    </message>
    <message>
        <source>deficit-map.xlsx</source>
        <translation>карта-дефицитов.xlsx</translation>
    </message>
    <message>
        <source>Route...</source>
        <translation>Маршрут...</translation>
    </message>
    <message>
        <source>Open or make the individual route of the chosen teacher</source>
        <translation>Открыть или составить индивидуальный маршрут выбранного педагога</translation>
    </message>
    <message>
        <source>To Excel...</source>
        <translation>В Excel...</translation>
    </message>
</context>
<context>
    <name>profrost::DeficitTeachersModel</name>
    <message>
        <source>Double-click to open the teacher in the registry.</source>
        <translation>Двойной щелчок открывает педагога в реестре.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>Latest diagnosis</source>
        <translation>Последняя диагностика</translation>
    </message>
</context>
<context>
    <name>profrost::DiagnosticsPage</name>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>Deficit &amp;map</source>
        <translation>&amp;Карта дефицитов</translation>
    </message>
    <message>
        <source>Individual r&amp;outes</source>
        <translation>Индивидуальные &amp;маршруты</translation>
    </message>
    <message>
        <source>What routes &amp;changed</source>
        <translation>Что &amp;изменили маршруты</translation>
    </message>
</context>
<context>
    <name>profrost::DictionariesDialog</name>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Add position...</source>
        <translation>Добавить должность...</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Новая должность</translation>
    </message>
    <message>
        <source>Name of the position:</source>
        <translation>Наименование должности:</translation>
    </message>
    <message>
        <source>Add subject...</source>
        <translation>Добавить предмет...</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>Новый предмет</translation>
    </message>
    <message>
        <source>Name of the subject:</source>
        <translation>Название предмета:</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>The position &quot;%1&quot; is in the list already.</source>
        <translation>Должность «%1» уже есть в списке.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is in the list already.</source>
        <translation>Предмет «%1» уже есть в списке.</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Компетентностные области</translation>
    </message>
    <message>
        <source>The areas of diagnoses, deficits, individual routes and programmes, in the order of every list, deficit map and document. An import finds a score column by the area&apos;s name.</source>
        <translation>Области диагностик, дефицитов, индивидуальных маршрутов и программ — в том порядке, в каком они идут во всех списках, на карте дефицитов и в документах. При импорте столбец с баллами находится по названию области.</translation>
    </message>
    <message>
        <source>Add area...</source>
        <translation>Добавить область...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Переименовать...</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New competency area</source>
        <translation>Новая компетентностная область</translation>
    </message>
    <message>
        <source>Name of the area:</source>
        <translation>Название области:</translation>
    </message>
    <message>
        <source>Rename competency area</source>
        <translation>Переименование компетентностной области</translation>
    </message>
    <message>
        <source>Delete the competency area &quot;%1&quot;?</source>
        <translation>Удалить компетентностную область «%1»?</translation>
    </message>
    <message>
        <source>%1 (one overall score, judged by the literacy pass mark)</source>
        <translation>%1 (один общий балл, оценивается по порогу функциональной грамотности)</translation>
    </message>
</context>
<context>
    <name>profrost::DueModel</name>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>скоро срок</translation>
    </message>
    <message>
        <source>%1, %2 h, finished %3</source>
        <translation>%1, %2 ч, окончен %3</translation>
    </message>
    <message>
        <source>no course on record</source>
        <translation>нет записей о курсах</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Due since / on</source>
        <translation>Срок с / до</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Последний курс</translation>
    </message>
</context>
<context>
    <name>profrost::DueTab</name>
    <message>
        <source>Export to Excel...</source>
        <translation>Экспорт в Excel...</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>At</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Give the date to check at.</source>
        <translation>Укажите дату проверки.</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>Further training due</source>
        <translation>Сроки повышения квалификации</translation>
    </message>
    <message>
        <source>training-due.xlsx</source>
        <translation>сроки-повышения-квалификации.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2 (no course in %n year(s)), %3.</source>
        <translation>
            <numerusform>На %1: %2 (нет курсов за последний %n год), %3.</numerusform>
            <numerusform>На %1: %2 (нет курсов за последние %n года), %3.</numerusform>
            <numerusform>На %1: %2 (нет курсов за последние %n лет), %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>%1 due within 12 months</source>
        <translation>срок в ближайшие 12 месяцев: %1</translation>
    </message>
</context>
<context>
    <name>profrost::EffectModel</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область компетенций</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Выполненные мероприятия</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогов</translation>
    </message>
    <message>
        <source>Before, %</source>
        <translation>До, %</translation>
    </message>
    <message>
        <source>After, %</source>
        <translation>После, %</translation>
    </message>
    <message>
        <source>Change, points</source>
        <translation>Изменение, п.п.</translation>
    </message>
    <message>
        <source>Had a deficit</source>
        <translation>Был дефицит</translation>
    </message>
    <message>
        <source>Deficit removed</source>
        <translation>Дефицит устранён</translation>
    </message>
    <message>
        <source>(no post on %1)</source>
        <translation>(нет места работы на %1)</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n teachers: not a trend to judge by.</source>
        <translation>
            <numerusform>Меньше %n педагога: по такому числу нельзя судить о тенденции.</numerusform>
            <numerusform>Меньше %n педагогов: по такому числу нельзя судить о тенденции.</numerusform>
            <numerusform>Меньше %n педагогов: по такому числу нельзя судить о тенденции.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>profrost::EffectTab</name>
    <message numerus="yes">
        <source>&amp;Hide figures of fewer than %n teachers</source>
        <translation>
            <numerusform>&amp;Скрыть показатели менее чем по %n педагогу</numerusform>
            <numerusform>&amp;Скрыть показатели менее чем по %n педагогам</numerusform>
            <numerusform>&amp;Скрыть показатели менее чем по %n педагогам</numerusform>
        </translation>
    </message>
    <message>
        <source>To Excel...</source>
        <translation>В Excel...</translation>
    </message>
    <message>
        <source>By competency area</source>
        <translation>По областям компетенций</translation>
    </message>
    <message>
        <source>By further-training programme</source>
        <translation>По программам повышения квалификации</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>По организациям</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>По педагогам</translation>
    </message>
    <message>
        <source>A change seen in two or three teachers is not yet a trend</source>
        <translation>Изменение у двух-трёх педагогов — ещё не тенденция</translation>
    </message>
    <message>
        <source>Save the four tables as sheets of an Excel workbook</source>
        <translation>Сохранить четыре таблицы листами книги Excel</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>What the routes changed</source>
        <translation>Что изменили маршруты</translation>
    </message>
    <message>
        <source>Reading the routes and the results...</source>
        <translation>Чтение маршрутов и результатов...</translation>
    </message>
    <message>
        <source>Nobody has been diagnosed again after done activities of a route yet. The figures come once a teacher with a route is diagnosed after its courses, self-education or events.</source>
        <translation>Повторной диагностики после выполненных мероприятий маршрутов пока не было. Показатели появятся, когда педагог с маршрутом пройдёт диагностику после курсов, самообразования или мероприятий маршрута.</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers were diagnosed again after done activities of their routes. Over every area the score changed by %1 points on average; %2 of %3 deficits were removed. Before: the latest result when the work began; after: the first result after it ended. Figures marked * stand for fewer than %4 teachers.</source>
        <translation>
            <numerusform>После выполненных мероприятий маршрутов повторно продиагностирован %n педагог. По всем областям результат изменился в среднем на %1 п.п.; устранено дефицитов: %2 из %3. До — последний результат на начало работы, после — первый результат после её окончания. Знаком * отмечены показатели менее чем по %4 педагогам.</numerusform>
            <numerusform>После выполненных мероприятий маршрутов повторно продиагностированы %n педагога. По всем областям результат изменился в среднем на %1 п.п.; устранено дефицитов: %2 из %3. До — последний результат на начало работы, после — первый результат после её окончания. Знаком * отмечены показатели менее чем по %4 педагогам.</numerusform>
            <numerusform>После выполненных мероприятий маршрутов повторно продиагностированы %n педагогов. По всем областям результат изменился в среднем на %1 п.п.; устранено дефицитов: %2 из %3. До — последний результат на начало работы, после — первый результат после её окончания. Знаком * отмечены показатели менее чем по %4 педагогам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export what the routes changed</source>
        <translation>Экспорт: что изменили маршруты</translation>
    </message>
    <message>
        <source>route-effect.xlsx</source>
        <translation>результативность-маршрутов.xlsx</translation>
    </message>
</context>
<context>
    <name>profrost::EmploymentDialog</name>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>&amp;Предметы:</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>Дата п&amp;риёма:</translation>
    </message>
    <message>
        <source>&amp;Dismissed on:</source>
        <translation>Дата &amp;увольнения:</translation>
    </message>
    <message>
        <source>choose an organisation from the list</source>
        <translation>выберите организацию из списка</translation>
    </message>
    <message>
        <source>choose a position from the list</source>
        <translation>выберите должность из списка</translation>
    </message>
    <message>
        <source>the dismissal date is before the hiring date</source>
        <translation>дата увольнения раньше даты приёма</translation>
    </message>
</context>
<context>
    <name>profrost::EventDialog</name>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Проведено</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>e.g. Формирующее оценивание на уроках математики</source>
        <translation>например, Формирующее оценивание на уроках математики</translation>
    </message>
    <message>
        <source>empty: one day</source>
        <translation>пусто — один день</translation>
    </message>
    <message>
        <source>e.g. МКУ ИМЦ, РМО учителей математики</source>
        <translation>например, МКУ ИМЦ, РМО учителей математики</translation>
    </message>
    <message>
        <source>e.g. учителя математики, молодые педагоги</source>
        <translation>например, учителя математики, молодые педагоги</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Planned until it is held: only held events count in the period&apos;s report.</source>
        <translation>Запланировано, пока не проведено: в отчёт за период входят только проведённые мероприятия.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Категория участников:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>&amp;Часов:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Participants (%1 + %2 guests)</source>
        <translation>&amp;Участники (%1 + гостей: %2)</translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Участники (%1)</translation>
    </message>
</context>
<context>
    <name>profrost::EventListModel</name>
    <message>
        <source>Days</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Organiser, place</source>
        <translation>Организатор, место</translation>
    </message>
    <message>
        <source>Participants
(speakers)</source>
        <translation>Участники
(выступающие)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n guest(s)</source>
        <translation>
            <numerusform>+ %n гость</numerusform>
            <numerusform>+ %n гостя</numerusform>
            <numerusform>+ %n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
</context>
<context>
    <name>profrost::EventsPage</name>
    <message>
        <source>Only &amp;planned</source>
        <translation>Только &amp;запланированные</translation>
    </message>
    <message>
        <source>Filter: topic, kind, level, organiser</source>
        <translation>Фильтр: тема, форма, уровень, организатор</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Новое мероприятие...</translation>
    </message>
    <message>
        <source>Plan or record an event</source>
        <translation>Запланировать или записать мероприятие</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen event</source>
        <translation>Изменить выбранное мероприятие</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Отметить проведённым</translation>
    </message>
    <message>
        <source>The chosen planned event took place</source>
        <translation>Выбранное запланированное мероприятие состоялось</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen event</source>
        <translation>Удалить выбранное мероприятие</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <source>Participants
(different teachers)</source>
        <translation>Участников
(разных педагогов)</translation>
    </message>
    <message>
        <source>Of them speakers
(or organisers)</source>
        <translation>Из них выступающих
(или организаторов)</translation>
    </message>
    <message>
        <source>Guest places</source>
        <translation>Гостей</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) held</source>
        <translation>
            <numerusform>проведено %n мероприятие</numerusform>
            <numerusform>проведено %n мероприятия</numerusform>
            <numerusform>проведено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n запланировано</numerusform>
            <numerusform>%n запланировано</numerusform>
            <numerusform>%n запланировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different participant(s) from the registry</source>
        <translation>
            <numerusform>%n участник из реестра</numerusform>
            <numerusform>%n разных участника из реестра</numerusform>
            <numerusform>%n разных участников из реестра</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest place(s)</source>
        <translation>
            <numerusform>%n гость</numerusform>
            <numerusform>%n гостя</numerusform>
            <numerusform>%n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Форма: %1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Delete «%1» of %2 with its %n participant(s)? Edit → Undo brings it back.</source>
        <translation>
            <numerusform>Удалить «%1» (%2) с %n участником? Правка → Отменить вернёт его.</numerusform>
            <numerusform>Удалить «%1» (%2) с %n участниками? Правка → Отменить вернёт его.</numerusform>
            <numerusform>Удалить «%1» (%2) с %n участниками? Правка → Отменить вернёт его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;mpetitions</source>
        <translation>&amp;Конкурсы</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>The report of the events held in the period, with the counts</source>
        <translation>Отчёт о проведённых за период мероприятиях с итогами</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <source>The schedule of the events planned in the period, for the head to approve</source>
        <translation>График запланированных на период мероприятий — на утверждение руководителю</translation>
    </message>
</context>
<context>
    <name>profrost::FillVacancyDialog</name>
    <message>
        <source>Mark filled</source>
        <translation>Вакансия закрыта</translation>
    </message>
    <message>
        <source>a name, for someone not yet in the registry</source>
        <translation>ФИО — для того, кого ещё нет в реестре</translation>
    </message>
    <message>
        <source>Choose from the registry...</source>
        <translation>Выбрать из реестра...</translation>
    </message>
    <message>
        <source>Filled &amp;by:</source>
        <translation>&amp;Кем закрыта:</translation>
    </message>
    <message>
        <source>Filled &amp;on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Filled by</source>
        <translation>Кем закрыта вакансия</translation>
    </message>
    <message>
        <source>Choose a teacher of the registry or type a name.</source>
        <translation>Выберите педагога из реестра или введите ФИО.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Укажите дату.</translation>
    </message>
</context>
<context>
    <name>profrost::GroupRouteDialog</name>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Methodical &amp;association:</source>
        <translation>Методическое &amp;объединение:</translation>
    </message>
    <message>
        <source>Group route for %1/%2</source>
        <translation>Групповой маршрут на %1/%2 учебный год</translation>
    </message>
    <message>
        <source>one task per line</source>
        <translation>по одной задаче в строке</translation>
    </message>
    <message>
        <source>the mentor or methodist who accompanies the routes</source>
        <translation>наставник или методист, сопровождающий маршруты</translation>
    </message>
    <message>
        <source>Teachers with the deficit</source>
        <translation>Педагоги с дефицитом</translation>
    </message>
    <message>
        <source>&amp;Deficit:</source>
        <translation>&amp;Дефицит:</translation>
    </message>
    <message>
        <source>The route each of them gets</source>
        <translation>Маршрут, который получит каждый</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Задачи:</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>&amp;Куратор:</translation>
    </message>
    <message>
        <source>Choose the association.</source>
        <translation>Выберите объединение.</translation>
    </message>
    <message>
        <source>Nobody here has this deficit now.</source>
        <translation>Сейчас ни у кого здесь нет этого дефицита.</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) have this deficit now:</source>
        <translation>
            <numerusform>Этот дефицит сейчас у %n педагога:</numerusform>
            <numerusform>Этот дефицит сейчас у %n педагогов:</numerusform>
            <numerusform>Этот дефицит сейчас у %n педагогов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody gets the route: choose another deficit or other teachers.</source>
        <translation>Маршрут некому назначить: выберите другой дефицит или других педагогов.</translation>
    </message>
    <message>
        <source>Add at least one activity: it is what the teachers get.</source>
        <translation>Добавьте хотя бы одно мероприятие: именно его получат педагоги.</translation>
    </message>
</context>
<context>
    <name>profrost::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ничего не импортировать</translation>
    </message>
    <message>
        <source>The file cannot be imported: a required column is missing.</source>
        <translation>Файл нельзя импортировать: отсутствует обязательный столбец.</translation>
    </message>
    <message>
        <source>Import the valid rows now and correct the rejected ones in the file, or import nothing.</source>
        <translation>Импортируйте корректные строки сейчас, а отклонённые исправьте в файле — или ничего не импортируйте.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation>
            <numerusform>Импортировать %n корректную строку</numerusform>
            <numerusform>Импортировать %n корректные строки</numerusform>
            <numerusform>Импортировать %n корректных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows read, &lt;b&gt;%3 valid&lt;/b&gt;, %4, %5 warnings.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: прочитано строк: %2, &lt;b&gt;корректных: %3&lt;/b&gt;, %4, предупреждений: %5.</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>Choose below which column of the file holds it.</source>
        <translation>Укажите ниже, в каком столбце файла он находится.</translation>
    </message>
</context>
<context>
    <name>profrost::ImportIssueModel</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>profrost::IndicatorCard</name>
    <message>
        <source>Click for the teachers behind the figure</source>
        <translation>Щёлкните, чтобы увидеть педагогов за этой цифрой</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>informative</source>
        <translation>справочно</translation>
    </message>
    <message>
        <source>The last five academic years: %1</source>
        <translation>Последние пять учебных лет: %1</translation>
    </message>
    <message>
        <source>As if the saved plan-graphs of further training and attestation were carried out</source>
        <translation>При выполнении сохранённых планов-графиков повышения квалификации и аттестации</translation>
    </message>
    <message>
        <source>forecast for %1: %2</source>
        <translation>прогноз на %1: %2</translation>
    </message>
</context>
<context>
    <name>profrost::IndicatorPeopleDialog</name>
    <message>
        <source>Only those &amp;not counted</source>
        <translation>Только &amp;не учтённые</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; на %2, %3: %4</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Учтены: %1</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Не учтены: %1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учтён</translation>
    </message>
    <message>
        <source>Open in the &amp;registry</source>
        <translation>Открыть в &amp;реестре</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>profrost::MainWindow</name>
    <message>
        <source>ProfRost</source>
        <translation>ПрофРост</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Резервная копия...</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Восстановить из резервной копии...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Открыть базу данных...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Параметры...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About ProfRost</source>
        <translation>&amp;О программе ПрофРост</translation>
    </message>
    <message>
        <source>ProfRost — %1</source>
        <translation>ПрофРост — %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv);;Книга Excel (*.xlsx);;CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>ProfRost database (*.sqlite *.profrost)</source>
        <translation>База данных ПрофРост (*.sqlite *.profrost)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>ProfRost backups (*.sqlite *.profrost)</source>
        <translation>Резервные копии ПрофРост (*.sqlite *.profrost)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1?
The current state is backed up first, so this can be reversed.</source>
        <translation>Заменить текущие данные резервной копией %1?
Перед этим текущее состояние будет сохранено в резервную копию, поэтому действие можно отменить.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Данные восстановлены из %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ProfRost database (*.sqlite *.profrost);;All files (*)</source>
        <translation>База данных ПрофРост (*.sqlite *.profrost);;Все файлы (*)</translation>
    </message>
    <message>
        <source>About ProfRost</source>
        <translation>О программе ПрофРост</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProfRost %1&lt;/h3&gt;&lt;p&gt;Teachers&apos; professional growth for municipal methodical centres: the registry of schools and teachers, further training, attestation, methodical associations and monitoring.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ПрофРост %1&lt;/h3&gt;&lt;p&gt;Профессиональный рост педагогов для муниципальных методических центров: реестр образовательных организаций и педагогов, повышение квалификации, аттестация, методические объединения и мониторинг.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Не удалось создать ежедневную резервную копию: %1</translation>
    </message>
    <message>
        <source>The database is open read-only: you can look, print and export, but no change can be saved. Open one of its backups with File → Open database (the daily copies are in the backups folder beside the file).</source>
        <translation>База данных открыта только для чтения: сведения можно просматривать, печатать и выгружать, но изменения не сохранятся. Откройте одну из её резервных копий через «Файл → Открыть базу данных» (ежедневные копии лежат в папке backups рядом с файлом базы).</translation>
    </message>
    <message>
        <source>Methodical &amp;centre...</source>
        <translation>&amp;Организация (ИМЦ)…</translation>
    </message>
    <message>
        <source>ProfRost — %1 (read-only)</source>
        <translation>ПрофРост — %1 (только чтение)</translation>
    </message>
    <message>
        <source>Methodical centre: who signs the printed forms</source>
        <translation>Организация (ИМЦ): кто подписывает печатные формы</translation>
    </message>
    <message>
        <source>Connect to a &amp;server...</source>
        <translation>&amp;Подключиться к серверу...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Журнал изменений...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Another user changed the data: the lists show it now.</source>
        <translation>Другой пользователь изменил данные: списки обновлены.</translation>
    </message>
    <message>
        <source>&amp;Move the database to a server...</source>
        <translation>&amp;Перенести базу на сервер...</translation>
    </message>
    <message>
        <source>Save a &amp;copy in a file...</source>
        <translation>Сохранить &amp;копию с сервера в файл...</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>&amp;Reconnect to the server</source>
        <translation>Пере&amp;подключиться к серверу</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost. What you had saved is on the server; what you were doing when it was lost was not saved, and nothing is half-written.</source>
        <translation>Связь с сервером %1 потеряна. Всё, что вы сохранили раньше, есть на сервере; действие, во время которого связь прервалась, не сохранено, и ничего не записано наполовину.</translation>
    </message>
    <message>
        <source>Connect to the server %1 again?</source>
        <translation>Подключиться к серверу %1 заново?</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Связь с сервером</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Переподключиться</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1 yet: %2</source>
        <translation>Пока не удаётся подключиться к серверу %1: %2</translation>
    </message>
    <message>
        <source>Connected to the server again: the lists are read anew.</source>
        <translation>Связь с сервером восстановлена: списки прочитаны заново.</translation>
    </message>
</context>
<context>
    <name>profrost::MeetingDialog</name>
    <message>
        <source>New meeting: %1</source>
        <translation>Новое заседание: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Заседание: %1</translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation>Где проходило</translation>
    </message>
    <message>
        <source>The topic of the meeting (optional)</source>
        <translation>Тема заседания (необязательно)</translation>
    </message>
    <message>
        <source>By &amp;plan:</source>
        <translation>По &amp;плану:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Agenda and protocol</source>
        <translation>Повестка и протокол</translation>
    </message>
    <message>
        <source>(unplanned)</source>
        <translation>(внеплановое)</translation>
    </message>
    <message>
        <source>%1 — Meeting No. %2: %3</source>
        <translation>%1 — заседание № %2: %3</translation>
    </message>
    <message>
        <source>%1 — Meeting No. %2 (%3): %4</source>
        <translation>%1 — заседание № %2 (%3): %4</translation>
    </message>
    <message>
        <source>(a plan item not listed)</source>
        <translation>(пункт плана, которого нет в списке)</translation>
    </message>
    <message>
        <source>Attendance (%1 of %2)</source>
        <translation>Присутствие (%1 из %2)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
</context>
<context>
    <name>profrost::MeetingListModel</name>
    <message>
        <source>Protocol №</source>
        <translation>Протокол №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовало</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
</context>
<context>
    <name>profrost::MeetingsTab</name>
    <message>
        <source>Hold a meeting</source>
        <translation>Провести заседание</translation>
    </message>
    <message>
        <source>By plan: %1 (%2)</source>
        <translation>По плану: %1 (%2)</translation>
    </message>
    <message>
        <source>Unplanned meeting...</source>
        <translation>Внеплановое заседание...</translation>
    </message>
    <message>
        <source>Protocol...</source>
        <translation>Протокол...</translation>
    </message>
    <message>
        <source>Attendance, agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ (double click)</source>
        <translation>Присутствие, повестка, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ (двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its protocol</source>
        <translation>Удалить выбранное заседание вместе с протоколом</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удаление заседания</translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation>Печать протокола</translation>
    </message>
    <message>
        <source>Methodical associations</source>
        <translation>Методические объединения</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Сохранение заседания</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its protocol?
You can undo this with Ctrl+Z.</source>
        <translation>Удалить выбранное заседание вместе с протоколом?
Это можно отменить: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>profrost::MemberListModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступил(а)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл(а)</translation>
    </message>
    <message>
        <source>(not in the registry today)</source>
        <translation>(сейчас нет в реестре)</translation>
    </message>
</context>
<context>
    <name>profrost::MembersTab</name>
    <message>
        <source>Add members...</source>
        <translation>Добавить участников...</translation>
    </message>
    <message>
        <source>Teachers of the registry join from a day</source>
        <translation>Педагоги из реестра вступают с указанной даты</translation>
    </message>
    <message>
        <source>Leaves...</source>
        <translation>Выбывает...</translation>
    </message>
    <message>
        <source>The selected members leave on a day; the history stays</source>
        <translation>Выбранные участники выбывают с указанной даты; история сохраняется</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>The selected entries were made by mistake</source>
        <translation>Выбранные записи внесены ошибочно</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Добавление участников</translation>
    </message>
    <message>
        <source>Members from:</source>
        <translation>Участники с:</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Выбытие</translation>
    </message>
    <message>
        <source>Not a member from:</source>
        <translation>Не участник с:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the selected entries (%n)? A member who leaves is marked with «Leaves...» instead.</source>
        <translation>
            <numerusform>Удалить выбранную запись (%n)? Выбывшего участника отмечают кнопкой «Выбывает...».</numerusform>
            <numerusform>Удалить выбранные записи (%n)? Выбывших участников отмечают кнопкой «Выбывает...».</numerusform>
            <numerusform>Удалить выбранные записи (%n)? Выбывших участников отмечают кнопкой «Выбывает...».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>profrost::MentorLoadModel</name>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ОО</translation>
    </message>
    <message>
        <source>Post, category</source>
        <translation>Должность, категория</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Mentees, count</source>
        <translation>Число наставляемых</translation>
    </message>
    <message numerus="yes">
        <source>More mentees than the limit of %n set for the mentors&apos; council.</source>
        <translation>
            <numerusform>Наставляемых больше предела в %n, установленного для совета наставников.</numerusform>
            <numerusform>Наставляемых больше предела в %n, установленного для совета наставников.</numerusform>
            <numerusform>Наставляемых больше предела в %n, установленного для совета наставников.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>profrost::MentoringPage</name>
    <message>
        <source>Who is young, who is supported and each mentor&apos;s load are counted on this day.</source>
        <translation>На эту дату определяется, кто молодой педагог, кто получает поддержку и какова нагрузка наставников.</translation>
    </message>
    <message>
        <source>&amp;Young teachers</source>
        <translation>&amp;Молодые педагоги</translation>
    </message>
    <message>
        <source>&amp;Mentors&apos; load</source>
        <translation>&amp;Нагрузка наставников</translation>
    </message>
    <message>
        <source>Mentorship &amp;pairs</source>
        <translation>&amp;Пары наставничества</translation>
    </message>
    <message>
        <source>On the &amp;day:</source>
        <translation>На &amp;дату:</translation>
    </message>
    <message>
        <source>Young teachers and mentoring</source>
        <translation>Молодые педагоги и наставничество</translation>
    </message>
    <message>
        <source>Reading the young teachers and the pairs...</source>
        <translation>Чтение списков молодых педагогов и пар...</translation>
    </message>
    <message numerus="yes">
        <source>%n young teacher(s)</source>
        <translation>
            <numerusform>%n молодой педагог</numerusform>
            <numerusform>%n молодых педагога</numerusform>
            <numerusform>%n молодых педагогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without support</source>
        <translation>
            <numerusform>%n без поддержки</numerusform>
            <numerusform>%n без поддержки</numerusform>
            <numerusform>%n без поддержки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n наставник</numerusform>
            <numerusform>%n наставника</numerusform>
            <numerusform>%n наставников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n above the limit of %1</source>
        <translation>
            <numerusform>у %n больше предела %1</numerusform>
            <numerusform>у %n больше предела %1</numerusform>
            <numerusform>у %n больше предела %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in all.</source>
        <translation>
            <numerusform>всего %n пара.</numerusform>
            <numerusform>всего %n пары.</numerusform>
            <numerusform>всего %n пар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentees on %1: %2.</source>
        <translation>Наставляемых на %1: %2.</translation>
    </message>
    <message>
        <source>Another pair takes them above the limit of %1.</source>
        <translation>Ещё одна пара превысит предел %1.</translation>
    </message>
    <message>
        <source>No mentees on %1.</source>
        <translation>На %1 наставляемых нет.</translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>Delete mentorship</source>
        <translation>Удаление пары наставничества</translation>
    </message>
    <message>
        <source>Delete the pair of %1 (mentor) and %2 (mentee) from %3? Edit → Undo brings it back.</source>
        <translation>Удалить пару %1 (наставник) и %2 (наставляемый) с %3? Правка → Отменить вернёт её.</translation>
    </message>
    <message>
        <source>Mentors&apos; load</source>
        <translation>Нагрузка наставников</translation>
    </message>
</context>
<context>
    <name>profrost::MentorsTab</name>
    <message>
        <source>Filter: mentor, organisation, mentee</source>
        <translation>Фильтр: наставник, ОО, наставляемый</translation>
    </message>
    <message>
        <source>The mentors&apos; council is warned about a mentor with more active mentees than this.</source>
        <translation>Совет наставников предупреждается о наставнике, у которого действующих наставляемых больше этого числа.</translation>
    </message>
    <message>
        <source>Warn a&amp;bove:</source>
        <translation>Предупреждать &amp;свыше:</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>наставляемых</translation>
    </message>
    <message>
        <source>Open in the registry</source>
        <translation>Открыть в реестре</translation>
    </message>
    <message>
        <source>Show the chosen mentor&apos;s card in the registry</source>
        <translation>Показать карточку выбранного наставника в реестре</translation>
    </message>
    <message>
        <source>Print the load</source>
        <translation>Печать нагрузки</translation>
    </message>
</context>
<context>
    <name>profrost::MentorshipDialog</name>
    <message>
        <source>Mentorship</source>
        <translation>Пара наставничества</translation>
    </message>
    <message>
        <source>choose the mentor in the registry</source>
        <translation>выберите наставника в реестре</translation>
    </message>
    <message>
        <source>choose the mentee in the registry</source>
        <translation>выберите наставляемого в реестре</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>В&amp;ыбрать...</translation>
    </message>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>Выб&amp;рать...</translation>
    </message>
    <message>
        <source>Choose the mentor</source>
        <translation>Выбор наставника</translation>
    </message>
    <message>
        <source>Choose the mentee</source>
        <translation>Выбор наставляемого</translation>
    </message>
    <message>
        <source>empty: ongoing</source>
        <translation>пусто — продолжается</translation>
    </message>
    <message>
        <source>e.g. adapting to the school, the lesson&apos;s structure, working with parents</source>
        <translation>например, адаптация в коллективе, структура урока, работа с родителями</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Наставник:</translation>
    </message>
    <message>
        <source>M&amp;entee:</source>
        <translation>Наставл&amp;яемый:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
</context>
<context>
    <name>profrost::MentorshipListModel</name>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Goals, result</source>
        <translation>Цели, результат</translation>
    </message>
</context>
<context>
    <name>profrost::OrganisationCombo</name>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
</context>
<context>
    <name>profrost::OrganisationDialog</name>
    <message>
        <source>School with low results (ShNOR)</source>
        <translation>Школа с низкими результатами обучения (ШНОР)</translation>
    </message>
    <message>
        <source>Works in unfavourable social conditions</source>
        <translation>Функционирует в неблагоприятных социальных условиях</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>e.g. МБОУ СОШ № 1</source>
        <translation>например, МБОУ СОШ № 1</translation>
    </message>
    <message>
        <source>Choose a municipality or type the name of a new one</source>
        <translation>Выберите муниципалитет или введите название нового</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое наименование:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Муниципалитет:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>укажите наименование</translation>
    </message>
    <message>
        <source>choose or type the municipality</source>
        <translation>выберите или введите муниципалитет</translation>
    </message>
</context>
<context>
    <name>profrost::OrganisationTableModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Работников</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>School with low learning results (ShNOR)</source>
        <translation>Школа с низкими результатами обучения (ШНОР)</translation>
    </message>
    <message>
        <source>Works in unfavourable social conditions</source>
        <translation>Работает в неблагоприятных социальных условиях</translation>
    </message>
    <message>
        <source>People employed today</source>
        <translation>Работают на сегодняшний день</translation>
    </message>
    <message>
        <source>ShNOR</source>
        <translation>ШНОР</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>Неблагопр. условия</translation>
    </message>
</context>
<context>
    <name>profrost::OrganisationsPage</name>
    <message>
        <source>Filter: name, type, municipality, director (Ctrl+F)</source>
        <translation>Фильтр: наименование, тип, муниципалитет, руководитель (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add organisation...</source>
        <translation>Добавить &amp;организацию...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>добавление: %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>изменение: %1</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete %1?
You can undo this with Ctrl+Z.</source>
        <translation>Удалить %1?
Это действие можно отменить сочетанием клавиш Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление: %1</translation>
    </message>
    <message>
        <source>Select an organisation to see its card.</source>
        <translation>Выберите организацию, чтобы увидеть её карточку.</translation>
    </message>
</context>
<context>
    <name>profrost::PairsTab</name>
    <message>
        <source>Only &amp;active on the day</source>
        <translation>Только &amp;действующие на дату</translation>
    </message>
    <message>
        <source>Filter: mentor, mentee, form, goals</source>
        <translation>Фильтр: наставник, наставляемый, форма, цели</translation>
    </message>
    <message>
        <source>New pair...</source>
        <translation>Новая пара...</translation>
    </message>
    <message>
        <source>A new mentorship pair</source>
        <translation>Новая пара наставничества</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen pair</source>
        <translation>Изменить выбранную пару</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen pair</source>
        <translation>Удалить выбранную пару</translation>
    </message>
</context>
<context>
    <name>profrost::ParticipantModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>№ %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
</context>
<context>
    <name>profrost::ParticipantsEditor</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ОО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>From the registry...</source>
        <translation>Из реестра...</translation>
    </message>
    <message>
        <source>Choose teachers in the registry</source>
        <translation>Выбрать педагогов в реестре</translation>
    </message>
    <message>
        <source>Paste a list...</source>
        <translation>Вставить список...</translation>
    </message>
    <message>
        <source>Paste names from a sign-in sheet or a letter, one a line</source>
        <translation>Вставить ФИО из листа регистрации или письма, по одному в строке</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Добавить членов</translation>
    </message>
    <message>
        <source>Add the chosen association&apos;s members on the event&apos;s first day</source>
        <translation>Добавить членов выбранного объединения на дату начала мероприятия</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the chosen rows</source>
        <translation>Убрать выбранные строки</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) added.</source>
        <translation>
            <numerusform>Добавлен %n педагог.</numerusform>
            <numerusform>Добавлено %n педагога.</numerusform>
            <numerusform>Добавлено %n педагогов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Добавить гостя</translation>
    </message>
    <message>
        <source>Someone from outside the registry: counted apart</source>
        <translation>Участник не из реестра: учитывается отдельно</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Убрать гостя</translation>
    </message>
    <message>
        <source>Guests from outside the registry (counted apart):</source>
        <translation>Гости не из реестра (учитываются отдельно):</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) added from the list.</source>
        <translation>
            <numerusform>Из списка добавлен %n педагог.</numerusform>
            <numerusform>Из списка добавлено %n педагога.</numerusform>
            <numerusform>Из списка добавлено %n педагогов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) named a teacher already on the list.</source>
        <translation>
            <numerusform>%n строка называет педагога, который уже в списке.</numerusform>
            <numerusform>%n строки называют педагогов, которые уже в списке.</numerusform>
            <numerusform>%n строк называют педагогов, которые уже в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: «%2» is not in the registry (add them as a guest, or register them first).</source>
        <translation>Строка %1: «%2» нет в реестре (добавьте как гостя или сначала внесите в реестр).</translation>
    </message>
    <message>
        <source>Line %1: «%2» may be %3: choose from the registry, or add the place after a comma.</source>
        <translation>Строка %1: «%2» — это может быть %3: выберите из реестра или укажите место работы после запятой.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of its members on %2 added (the others were listed already).</source>
        <translation>
            <numerusform>%1: добавлен %n член объединения на %2 (остальные уже в списке).</numerusform>
            <numerusform>%1: добавлено %n члена объединения на %2 (остальные уже в списке).</numerusform>
            <numerusform>%1: добавлено %n членов объединения на %2 (остальные уже в списке).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a list of names</source>
        <translation>Вставка списка ФИО</translation>
    </message>
    <message>
        <source>One person a line, e.g.
1. Иванова Мария Петровна
Петров С.Н., СОШ № 1</source>
        <translation>По одному человеку в строке, например:
1. Иванова Мария Петровна
Петров С.Н., СОШ № 1</translation>
    </message>
    <message>
        <source>Names found in the registry are added; the others are listed for you to settle.</source>
        <translation>Найденные в реестре добавляются; остальные будут перечислены, чтобы вы решили, как с ними быть.</translation>
    </message>
</context>
<context>
    <name>profrost::PlanEditorDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <source>&amp;Academic year</source>
        <translation>&amp;Учебный год</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation>По одной задаче в строке</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Year or period:</source>
        <translation>Год или период:</translation>
    </message>
    <message>
        <source>Methodical t&amp;heme:</source>
        <translation>Методическая &amp;тема:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>&amp;Задачи:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утверждает</translation>
    </message>
    <message>
        <source>Director of the methodical centre</source>
        <translation>Директор МКУ «ИМЦ»</translation>
    </message>
    <message>
        <source>I. O. Surname</source>
        <translation>И.О. Фамилия</translation>
    </message>
    <message>
        <source>Empty: not approved yet</source>
        <translation>Пусто: ещё не утверждён</translation>
    </message>
    <message>
        <source>Approve &amp;today</source>
        <translation>Утвердить &amp;сегодня</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>at the meeting of the association</source>
        <translation>на заседании РМО</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>Protocol of:</source>
        <translation>Протокол от:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Double-click a stage to rename it</source>
        <translation>Двойной щелчок по этапу — переименовать</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the stage; its items keep no stage</source>
        <translation>Удалить этап; его пункты останутся без этапа</translation>
    </message>
    <message>
        <source>Move the stage up</source>
        <translation>Переместить этап выше</translation>
    </message>
    <message>
        <source>Move the stage down</source>
        <translation>Переместить этап ниже</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <source>A new item after the current one (Ins)</source>
        <translation>Новый пункт после текущего (Ins)</translation>
    </message>
    <message>
        <source>Add &amp;meeting</source>
        <translation>Добавить &amp;заседание</translation>
    </message>
    <message>
        <source>A meeting of the association, numbered after the others</source>
        <translation>Заседание объединения, с номером после остальных</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the current item (Del)</source>
        <translation>Удалить текущий пункт (Del)</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Переместить пункт выше (Ctrl+Вверх)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Переместить пункт ниже (Ctrl+Вниз)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; (double-click or type to edit; Enter starts a new line of a title, Tab goes on)</source>
        <translation>&lt;b&gt;Пункты плана&lt;/b&gt; (двойной щелчок или ввод с клавиатуры; Enter — новая строка в названии, Tab — дальше)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Protocol date</source>
        <translation>Дата протокола</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
</context>
<context>
    <name>profrost::PlanGraphTab</name>
    <message>
        <source>Find: name, organisation, position</source>
        <translation>Поиск: ФИО, организация, должность</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Plan-graph for</source>
        <translation>План-график на</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per organisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;По организациям&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Reading the plan of %n teacher(s)...</source>
        <translation>
            <numerusform>Чтение плана: %n педагог...</numerusform>
            <numerusform>Чтение плана: %n педагога...</numerusform>
            <numerusform>Чтение плана: %n педагогов...</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved plan</source>
        <translation>Сохранённый план</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
</context>
<context>
    <name>profrost::PlanItemDelegate</name>
    <message>
        <source>(no stage)</source>
        <translation>(без этапа)</translation>
    </message>
</context>
<context>
    <name>profrost::PlanItemsModel</name>
    <message>
        <source>Item %1: start date: %2</source>
        <translation>Пункт %1: дата начала: %2</translation>
    </message>
    <message>
        <source>Item %1: end date: %2</source>
        <translation>Пункт %1: дата окончания: %2</translation>
    </message>
    <message>
        <source>The topic or the name of the event; the questions of a meeting on further lines</source>
        <translation>Тема или название мероприятия; вопросы заседания — на следующих строках</translation>
    </message>
    <message>
        <source>The term as printed when there are no dates, e.g. «сентябрь–июнь»</source>
        <translation>Срок, как он печатается, если дат нет, например «сентябрь–июнь»</translation>
    </message>
    <message>
        <source>A meeting of the association (counted when meetings are held)</source>
        <translation>Заседание объединения (учитывается, когда заседания проведены)</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Title (questions on further lines)</source>
        <translation>Название (вопросы — на следующих строках)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
</context>
<context>
    <name>profrost::PlanListModel</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Academic year or period</source>
        <translation>Учебный год, период</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>profrost::PlanTab</name>
    <message>
        <source>Propose again</source>
        <translation>Предложить заново</translation>
    </message>
    <message>
        <source>Replace the plan with the proposal of the 3-year rule</source>
        <translation>Заменить план предложением по правилу «не реже одного раза в 3 года»</translation>
    </message>
    <message>
        <source>Add teachers...</source>
        <translation>Добавить...</translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Предварительный просмотр...</translation>
    </message>
    <message>
        <source>Save the printed plan-graph as PDF or as ODT (opens in Word and LibreOffice)</source>
        <translation>Сохранить печатный план-график в PDF или ODT (открывается в Word и LibreOffice)</translation>
    </message>
    <message>
        <source>Export the plan-graph to an Excel workbook</source>
        <translation>Выгрузить план-график в книгу Excel</translation>
    </message>
    <message>
        <source>Replace the plan shown with the proposal of the 3-year rule? Edits not saved are lost; the saved plan stays until you save.</source>
        <translation>Заменить показанный план предложением по правилу «не реже одного раза в 3 года»? Несохранённые изменения будут потеряны; сохранённый план останется прежним, пока вы не сохраните новый.</translation>
    </message>
    <message>
        <source>Save the plan-graph</source>
        <translation>Сохранение плана-графика</translation>
    </message>
    <message>
        <source>Export the plan-graph</source>
        <translation>Выгрузка плана-графика</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Click an organisation to show its teachers only</source>
        <translation>Щёлкните организацию, чтобы показать только её педагогов</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load per year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Нагрузка по годам&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan-graph</source>
        <translation>План-график</translation>
    </message>
    <message>
        <source>The plan-graph %1 has changes that are not saved. Save them?</source>
        <translation>В плане-графике на %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Add teachers</source>
        <translation>Добавление педагогов</translation>
    </message>
    <message>
        <source>Planned year:</source>
        <translation>Планируемый год:</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) were in the plan already.</source>
        <translation>
            <numerusform>%n педагог уже был в плане.</numerusform>
            <numerusform>%n педагога уже были в плане.</numerusform>
            <numerusform>%n педагогов уже были в плане.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan-graph %1</source>
        <translation>План-график %1</translation>
    </message>
    <message>
        <source>Proposal of the 3-year rule, not saved yet</source>
        <translation>Предложение по правилу «не реже одного раза в 3 года», ещё не сохранено</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) in the plan</source>
        <translation>
            <numerusform>в плане %n педагог</numerusform>
            <numerusform>в плане %n педагога</numerusform>
            <numerusform>в плане %n педагогов</numerusform>
        </translation>
    </message>
    <message>
        <source>More than half of this organisation&apos;s plan falls in %1</source>
        <translation>Больше половины плана этой организации приходится на %1 год</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>Save as PDF / ODT...</source>
        <translation>Сохранить в PDF / ODT...</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>Выгрузить в Excel...</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Печать и выгрузка</translation>
    </message>
    <message>
        <source>Save the plan-graph (Ctrl+S); Edit → Undo brings back the plan before</source>
        <translation>Сохранить план-график (Ctrl+S); Правка → Отменить вернёт прежний план</translation>
    </message>
    <message>
        <source>Add teachers to the plan from the registry</source>
        <translation>Добавить в план педагогов из реестра</translation>
    </message>
    <message>
        <source>Remove the selected teachers from the plan (Del)</source>
        <translation>Исключить выбранных педагогов из плана (Del)</translation>
    </message>
    <message>
        <source>save the plan-graph %1–%2</source>
        <translation>сохранение плана-графика на %1–%2 гг.</translation>
    </message>
</context>
<context>
    <name>profrost::PlansTab</name>
    <message>
        <source>New plan...</source>
        <translation>Новый план...</translation>
    </message>
    <message>
        <source>A year plan of meetings, a work plan or a roadmap</source>
        <translation>План заседаний на год, план работы или дорожная карта</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Items, stages, approval (double click)</source>
        <translation>Пункты, этапы, утверждение (двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation>Удалить выбранный план</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>На следующий год</translation>
    </message>
    <message>
        <source>A draft of next year&apos;s plan with the same items, dates a year later, not approved yet</source>
        <translation>Проект плана на следующий год с теми же мероприятиями, даты сдвинуты на год, ещё не утверждён</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>Печать плана</translation>
    </message>
    <message>
        <source>Methodical associations</source>
        <translation>Методические объединения</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Сохранение плана</translation>
    </message>
    <message>
        <source>Delete the plan «%1»? Meetings held by it stay, without the link.
You can undo this with Ctrl+Z.</source>
        <translation>Удалить план «%1»? Проведённые по нему заседания останутся, но без связи с планом.
Это можно отменить: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>profrost::PracticeDialog</name>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>e.g. Функциональная грамотность на уроках математики</source>
        <translation>например: Функциональная грамотность на уроках математики</translation>
    </message>
    <message>
        <source>e.g. математика, дошкольное образование</source>
        <translation>например: математика, дошкольное образование</translation>
    </message>
    <message>
        <source>separated by commas: функциональная грамотность, PISA</source>
        <translation>через запятую: функциональная грамотность, PISA</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>A&amp;ttach...</source>
        <translation>При&amp;крепить...</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Сохранить как...</translation>
    </message>
    <message>
        <source>Remove &amp;file</source>
        <translation>Удалить &amp;файл</translation>
    </message>
    <message>
        <source>Lesson plans, presentations: up to 20 MB a file, kept in the database</source>
        <translation>Конспекты уроков, презентации: до 20 МБ каждый файл, хранятся в базе данных</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ubject or area:</source>
        <translation>&amp;Предмет или направление:</translation>
    </message>
    <message>
        <source>&amp;Level reached:</source>
        <translation>&amp;Уровень представления:</translation>
    </message>
    <message>
        <source>Auth&amp;ors:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <source>Competency a&amp;reas:</source>
        <translation>&amp;Области компетенций:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Опи&amp;сание:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>profrost::PracticesPage</name>
    <message>
        <source>Search: words of the title, tags, description or authors, in any form</source>
        <translation>Поиск: слова названия, тегов, описания или ФИО авторов, в любой форме</translation>
    </message>
    <message>
        <source>New practice...</source>
        <translation>Новая практика...</translation>
    </message>
    <message>
        <source>Add a practice to the bank</source>
        <translation>Добавить практику в банк</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen practice</source>
        <translation>Изменить выбранную практику</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen practice</source>
        <translation>Удалить выбранную практику</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>The chosen practice&apos;s card</source>
        <translation>Карточка выбранной практики</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) in the bank.</source>
        <translation>
            <numerusform>В банке %n практика.</numerusform>
            <numerusform>В банке %n практики.</numerusform>
            <numerusform>В банке %n практик.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s) found in %1 ms, best first.</source>
        <translation>
            <numerusform>Найдена %n практика за %1 мс, лучшие первыми.</numerusform>
            <numerusform>Найдено %n практики за %1 мс, лучшие первыми.</numerusform>
            <numerusform>Найдено %n практик за %1 мс, лучшие первыми.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice bank</source>
        <translation>Банк практик</translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>Удаление практики</translation>
    </message>
    <message numerus="yes">
        <source>Delete «%1» with its %n file(s)? Edit → Undo brings it back.</source>
        <translation>
            <numerusform>Удалить «%1» вместе с %n файлом? Правка → Отменить вернёт её.</numerusform>
            <numerusform>Удалить «%1» вместе с %n файлами? Правка → Отменить вернёт её.</numerusform>
            <numerusform>Удалить «%1» вместе с %n файлами? Правка → Отменить вернёт её.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>profrost::ProgrammeDialog</name>
    <message>
        <source>In the federal registry of programmes</source>
        <translation>В федеральном реестре программ</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Provider &amp;kind:</source>
        <translation>&amp;Тип организации:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>For posts (none: any)</source>
        <translation>Для должностей (если не выбраны — для любых)</translation>
    </message>
    <message>
        <source>For subjects (none: any)</source>
        <translation>Для предметов (если не выбраны — для любых)</translation>
    </message>
</context>
<context>
    <name>profrost::ProgrammeModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Federal registry</source>
        <translation>Федеральный реестр</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>profrost::ProgrammesTab</name>
    <message>
        <source>Filter: title, provider, area</source>
        <translation>Фильтр: название, организация, компетенция</translation>
    </message>
    <message>
        <source>Add programme...</source>
        <translation>Добавить программу...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Удаление программы</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the catalogue?</source>
        <translation>Удалить «%1» из каталога?</translation>
    </message>
</context>
<context>
    <name>profrost::RecommendationsDialog</name>
    <message>
        <source>Recommendations of the monitoring</source>
        <translation>Рекомендации по итогам мониторинга</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Mark &amp;not done</source>
        <translation>&amp;Не выполнено</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Checked on %1:</source>
        <translation>Проверка на %1:</translation>
    </message>
    <message>
        <source>A new recommendation of the monitoring on %1:</source>
        <translation>Новая рекомендация по итогам мониторинга на %1:</translation>
    </message>
    <message>
        <source>Choose a recommendation in the list first.</source>
        <translation>Сначала выберите рекомендацию в списке.</translation>
    </message>
    <message>
        <source>the heads of the schools, the head of the maths association…</source>
        <translation>руководителям ОО, руководителю РМО учителей математики…</translation>
    </message>
</context>
<context>
    <name>profrost::RemindersModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Дата присвоения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительна до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>profrost::RemindersTab</name>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>Экспорт в Excel...</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Предварительный просмотр...</translation>
    </message>
    <message>
        <source>Save as PDF / ODT...</source>
        <translation>Сохранить в PDF / ODT...</translation>
    </message>
    <message>
        <source>At</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>expiring within</source>
        <translation>истекают в течение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Give the date to check at.</source>
        <translation>Укажите дату проверки.</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Сохранение списка</translation>
    </message>
    <message>
        <source>expiring-categories.xlsx</source>
        <translation>истекающие-категории.xlsx</translation>
    </message>
    <message>
        <source>Reading the categories...</source>
        <translation>Чтение категорий...</translation>
    </message>
    <message>
        <source>At %1: %2 (expired, not attested since), %3.</source>
        <translation>На %1: %2 (срок действия закончился, аттестации не было), %3.</translation>
    </message>
    <message>
        <source>%1 lapsed</source>
        <translation>истекло: %1</translation>
    </message>
    <message>
        <source>%1 expire within %2 months</source>
        <translation>истекает в ближайшие %2 мес.: %1</translation>
    </message>
</context>
<context>
    <name>profrost::ResultDialog</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Выбрать...</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерялось</translation>
    </message>
    <message>
        <source>not a score from 0 to 100</source>
        <translation>не балл от 0 до 100</translation>
    </message>
    <message>
        <source>deficit</source>
        <translation>дефицит</translation>
    </message>
    <message>
        <source>no deficit</source>
        <translation>нет дефицита</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Выберите педагога.</translation>
    </message>
    <message>
        <source>Give the day of the diagnosis.</source>
        <translation>Укажите дату диагностики.</translation>
    </message>
    <message>
        <source>«%1» is not a score: per cent from 0 to 100, as 49,5.</source>
        <translation>«%1» — не балл: нужен процент от 0 до 100, например 49,5.</translation>
    </message>
</context>
<context>
    <name>profrost::ResultListModel</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>A deficit: below the threshold</source>
        <translation>Дефицит: ниже порогового значения</translation>
    </message>
    <message>
        <source>Subj.</source>
        <translation>Предм.</translation>
    </message>
    <message>
        <source>Meth.</source>
        <translation>Метод.</translation>
    </message>
    <message>
        <source>Psych.</source>
        <translation>Псих.-пед.</translation>
    </message>
    <message>
        <source>Comm.</source>
        <translation>Комм.</translation>
    </message>
    <message>
        <source>Digit.</source>
        <translation>Цифр.</translation>
    </message>
    <message>
        <source>FL</source>
        <translation>ФГ</translation>
    </message>
    <message>
        <source>Def.</source>
        <translation>Деф.</translation>
    </message>
    <message>
        <source>The number of deficits: areas scored below the threshold</source>
        <translation>Число дефицитов: областей с баллом ниже порогового</translation>
    </message>
</context>
<context>
    <name>profrost::ResultsTab</name>
    <message>
        <source>New diagnosis...</source>
        <translation>Новая диагностика...</translation>
    </message>
    <message>
        <source>Record a diagnosis campaign</source>
        <translation>Записать диагностику (кампанию)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Change the diagnosis</source>
        <translation>Изменить диагностику</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the diagnosis with its results</source>
        <translation>Удалить диагностику вместе с результатами</translation>
    </message>
    <message>
        <source>Add result...</source>
        <translation>Добавить результат...</translation>
    </message>
    <message>
        <source>Enter a teacher&apos;s result by hand</source>
        <translation>Ввести результат педагога вручную</translation>
    </message>
    <message>
        <source>Correct...</source>
        <translation>Исправить...</translation>
    </message>
    <message>
        <source>Correct the chosen result</source>
        <translation>Исправить выбранный результат</translation>
    </message>
    <message>
        <source>Delete the chosen result</source>
        <translation>Удалить выбранный результат</translation>
    </message>
    <message>
        <source>Filter: teacher, organisation</source>
        <translation>Фильтр: педагог, организация</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Диагностика:</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>No diagnosis is recorded yet. Import a platform&apos;s results (File → Import diagnosis results...) or add a diagnosis with «New diagnosis...».</source>
        <translation>Диагностик пока нет. Импортируйте результаты с платформы (Файл → Импорт результатов диагностики...) или добавьте диагностику кнопкой «Новая диагностика...».</translation>
    </message>
    <message>
        <source>Choose a diagnosis above.</source>
        <translation>Выберите диагностику вверху.</translation>
    </message>
    <message>
        <source>passed at %1 or more</source>
        <translation>зачёт — от %1</translation>
    </message>
    <message>
        <source>a deficit is a score below %1</source>
        <translation>дефицит — балл ниже %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 results, %4 with deficits; %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): результатов — %3, с дефицитами — %4; %5.</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>Новая диагностика</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Диагностика: %1</translation>
    </message>
    <message>
        <source>Delete the diagnosis &quot;%1&quot;?</source>
        <translation>Удалить диагностику «%1»?</translation>
    </message>
    <message>
        <source>Delete the diagnosis &quot;%1&quot; with its %2 results? This cannot be undone.</source>
        <translation>Удалить диагностику «%1» вместе с её результатами (%2)? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete diagnosis</source>
        <translation>Удаление диагностики</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Удаление результата</translation>
    </message>
    <message>
        <source>Delete the result of %1? Edit → Undo brings it back.</source>
        <translation>Удалить результат педагога %1? Вернуть его можно командой Правка → Отменить.</translation>
    </message>
</context>
<context>
    <name>profrost::RouteDialog</name>
    <message>
        <source>Individual route</source>
        <translation>Индивидуальный образовательный маршрут</translation>
    </message>
    <message>
        <source>e.g. to master digital tools of a lesson</source>
        <translation>например: освоить цифровые инструменты урока</translation>
    </message>
    <message>
        <source>one task per line</source>
        <translation>по одной задаче в строке</translation>
    </message>
    <message>
        <source>the mentor or methodist who accompanies the route</source>
        <translation>наставник или методист, сопровождающий маршрут</translation>
    </message>
    <message>
        <source>Deficits addressed:</source>
        <translation>Дефициты:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Задачи:</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>&amp;Куратор:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Federal registry</source>
        <translation>Фед. реестр</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>Nearest run</source>
        <translation>Ближайший поток</translation>
    </message>
    <message>
        <source>Free seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Add to the route</source>
        <translation>Добавить в маршрут</translation>
    </message>
    <message>
        <source>Add and apply for the run</source>
        <translation>Добавить и подать заявку</translation>
    </message>
    <message>
        <source>The application is sent when you press OK</source>
        <translation>Заявка подаётся при нажатии «ОК»</translation>
    </message>
    <message>
        <source>Courses of the catalogue for the deficits</source>
        <translation>Курсы из каталога по дефицитам</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — route for the academic year %2/%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — маршрут на %2/%3 учебный год</translation>
    </message>
    <message>
        <source>No diagnosis result is recorded for this teacher.</source>
        <translation>Результатов диагностики у педагога нет.</translation>
    </message>
    <message>
        <source>Latest scores: %1</source>
        <translation>Последние результаты: %1</translation>
    </message>
    <message>
        <source>%1 (course completed)</source>
        <translation>%1 (курс окончен)</translation>
    </message>
    <message>
        <source>%1, application on OK</source>
        <translation>%1, заявка при «ОК»</translation>
    </message>
    <message>
        <source>no run planned</source>
        <translation>поток не запланирован</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>«%1» has no run planned to apply for; it is added without an application.</source>
        <translation>У программы «%1» нет запланированного потока; она добавлена без заявки.</translation>
    </message>
</context>
<context>
    <name>profrost::RouteListModel</name>
    <message>
        <source>no activities</source>
        <translation>нет мероприятий</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Deficits addressed</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
</context>
<context>
    <name>profrost::RoutesTab</name>
    <message>
        <source>Filter: teacher, organisation, deficit</source>
        <translation>Фильтр: педагог, организация, дефицит</translation>
    </message>
    <message>
        <source>New route...</source>
        <translation>Новый маршрут...</translation>
    </message>
    <message>
        <source>Make a teacher&apos;s route from their deficits</source>
        <translation>Составить маршрут педагога по его дефицитам</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Open the chosen route</source>
        <translation>Открыть выбранный маршрут</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen route</source>
        <translation>Удалить выбранный маршрут</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <source>Individual routes</source>
        <translation>Индивидуальные маршруты</translation>
    </message>
    <message>
        <source>No route for this year yet. Make one with «New route...», or from the deficit map.</source>
        <translation>Маршрутов на этот год ещё нет. Составьте маршрут кнопкой «Новый маршрут...» или из карты дефицитов.</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s), %1 fully done.</source>
        <translation>
            <numerusform>%n маршрут, полностью выполнено: %1.</numerusform>
            <numerusform>%n маршрута, полностью выполнено: %1.</numerusform>
            <numerusform>%n маршрутов, полностью выполнено: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Удаление маршрута</translation>
    </message>
    <message>
        <source>Delete the route of %1 for %2? Edit → Undo brings it back.</source>
        <translation>Удалить маршрут педагога %1 на %2? Правка → Отменить вернёт его.</translation>
    </message>
    <message>
        <source>Print route</source>
        <translation>Печать маршрута</translation>
    </message>
    <message>
        <source>Choose the route to print.</source>
        <translation>Выберите маршрут для печати.</translation>
    </message>
    <message>
        <source>Group route...</source>
        <translation>Групповой маршрут...</translation>
    </message>
    <message>
        <source>One route for every teacher of a school or association with a deficit</source>
        <translation>Один маршрут для всех педагогов школы или объединения с дефицитом</translation>
    </message>
    <message>
        <source>Group route: %1 made, %2 extended, %3 had it already.</source>
        <translation>Групповой маршрут: составлено %1, дополнено %2, уже было у %3.</translation>
    </message>
    <message>
        <source>Reading the routes...</source>
        <translation>Чтение маршрутов...</translation>
    </message>
</context>
<context>
    <name>profrost::ServerConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(новое подключение)</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>имя или адрес сервера</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>пусто: из ~/.pgpass или PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Недавние:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The password is not saved. The server&apos;s administrator creates the database and the users (README, «A shared server»).</source>
        <translation>Пароль не сохраняется. Базу данных и пользователей создаёт администратор сервера (README, раздел «A shared server»).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Укажите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Укажите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name on the server.</source>
        <translation>Укажите имя пользователя на сервере.</translation>
    </message>
    <message>
        <source>The server asks for a password: enter it.</source>
        <translation>Сервер требует пароль: введите его.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or the password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
</context>
<context>
    <name>profrost::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes when ProfRost is started again.</source>
        <translation>Язык изменится после перезапуска ПрофРост.</translation>
    </message>
</context>
<context>
    <name>profrost::ShmoHintModel</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Subject or cycle</source>
        <translation>Предмет или цикл</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителей</translation>
    </message>
    <message>
        <source>%1 cycle: %2</source>
        <translation>%1 цикл: %2</translation>
    </message>
</context>
<context>
    <name>profrost::ShmoHintsDialog</name>
    <message>
        <source>Schools that could form a ShMO</source>
        <translation>Школы, где можно создать ШМО</translation>
    </message>
    <message>
        <source>A school forms a methodical association where more than two teachers teach one subject, or more than three teach subjects of one cycle (humanities, natural sciences and mathematics...). These have none yet:</source>
        <translation>Школьное методическое объединение создаётся, если в школе более двух учителей одного предмета или более трёх учителей одного цикла (гуманитарного, естественно-математического...). Здесь такого объединения пока нет:</translation>
    </message>
    <message>
        <source>Create ShMO...</source>
        <translation>Создать ШМО...</translation>
    </message>
</context>
<context>
    <name>profrost::SiteDialog</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Innovation site</source>
        <translation>Инновационная площадка</translation>
    </message>
    <message>
        <source>e.g. Формирование функциональной грамотности обучающихся</source>
        <translation>например: Формирование функциональной грамотности обучающихся</translation>
    </message>
    <message>
        <source>e.g. 1234-о</source>
        <translation>например: 1234-о</translation>
    </message>
    <message>
        <source>empty: open-ended</source>
        <translation>пусто — бессрочно</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Order n&amp;umber:</source>
        <translation>&amp;Номер приказа:</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Состо&amp;яние:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Площадка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Add a report...</source>
        <translation>Добавить отчёт...</translation>
    </message>
    <message>
        <source>Attach a file...</source>
        <translation>Прикрепить файл...</translation>
    </message>
    <message>
        <source>Save the file...</source>
        <translation>Сохранить файл...</translation>
    </message>
    <message>
        <source>A file of at most 20 MB, kept in the database</source>
        <translation>Файл не больше 20 МБ, хранится в базе данных</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Участники (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 КБ)</translation>
    </message>
    <message>
        <source>&amp;Reports (%1)</source>
        <translation>&amp;Отчёты (%1)</translation>
    </message>
    <message>
        <source>There is no report for %1 to attach the file to.</source>
        <translation>Отчёта за %1 год, к которому можно прикрепить файл, нет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The report for %1 has no file.</source>
        <translation>У отчёта за %1 год нет файла.</translation>
    </message>
    <message>
        <source>Role (e.g. руководитель, участник):</source>
        <translation>Роль (например: руководитель, участник):</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>Добавление отчёта</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>The report for %1:</source>
        <translation>Отчёт за %1 год:</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Сначала выберите отчёт.</translation>
    </message>
    <message>
        <source>Attach a report file</source>
        <translation>Прикрепить файл отчёта</translation>
    </message>
    <message>
        <source>Choose a report with a file first.</source>
        <translation>Сначала выберите отчёт с файлом.</translation>
    </message>
    <message>
        <source>Save the report file</source>
        <translation>Сохранить файл отчёта</translation>
    </message>
    <message>
        <source>Add teachers...</source>
        <translation>Добавить педагогов...</translation>
    </message>
    <message>
        <source>Choose one or several teachers of the registry, then their role</source>
        <translation>Выберите одного или нескольких педагогов из реестра, затем их роль</translation>
    </message>
    <message>
        <source>Add teachers</source>
        <translation>Добавление педагогов</translation>
    </message>
</context>
<context>
    <name>profrost::SiteListModel</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начала работу</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1 (файл)</translation>
    </message>
</context>
<context>
    <name>profrost::SitesPage</name>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Площадки</translation>
    </message>
    <message>
        <source>&amp;Vacancies</source>
        <translation>&amp;Вакансии</translation>
    </message>
</context>
<context>
    <name>profrost::SitesTab</name>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>New site...</source>
        <translation>Новая площадка...</translation>
    </message>
    <message>
        <source>An innovation or internship site of an organisation</source>
        <translation>Инновационная или стажировочная площадка организации</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen site</source>
        <translation>Изменить выбранную площадку</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen site</source>
        <translation>Удалить выбранную площадку</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Перечень</translation>
    </message>
    <message>
        <source>The list of sites as filtered, for the region</source>
        <translation>Перечень площадок с учётом фильтра, для региона</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n площадка</numerusform>
            <numerusform>%n площадки</numerusform>
            <numerusform>%n площадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Удаление площадки</translation>
    </message>
    <message>
        <source>Delete the site «%1» with its people and reports? Edit → Undo brings it back.</source>
        <translation>Удалить площадку «%1» вместе с участниками и отчётами? Правка → Отменить вернёт её.</translation>
    </message>
    <message>
        <source>List of sites</source>
        <translation>Перечень площадок</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>The sites as listed, to Excel</source>
        <translation>Площадки, как в списке, — в Excel</translation>
    </message>
    <message>
        <source>Export the sites</source>
        <translation>Экспорт площадок</translation>
    </message>
    <message>
        <source>sites.xlsx</source>
        <translation>площадки.xlsx</translation>
    </message>
</context>
<context>
    <name>profrost::TeacherDialog</name>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Patrony&amp;mic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>SN&amp;ILS:</source>
        <translation>&amp;СНИЛС:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E&amp;xperience since:</source>
        <translation>&amp;Начало стажа:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Category &amp;assigned on:</source>
        <translation>Дата &amp;присвоения:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Дата увольнения</translation>
    </message>
    <message>
        <source>Add post...</source>
        <translation>Добавить должность...</translation>
    </message>
    <message>
        <source>Edit post...</source>
        <translation>Изменить должность...</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>Удалить должность</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Должности</translation>
    </message>
</context>
<context>
    <name>profrost::TeacherMatcher</name>
    <message>
        <source>give at least the surname and the name</source>
        <translation>укажите хотя бы фамилию и имя</translation>
    </message>
    <message>
        <source>the registry has SNILS %1 for %2, born %3</source>
        <translation>в реестре у педагога %2 (дата рождения %3) указан СНИЛС %1</translation>
    </message>
    <message>
        <source>SNILS %1 belongs to %2, born %3, in the registry, not to %4</source>
        <translation>в реестре СНИЛС %1 принадлежит педагогу %2 (дата рождения %3), а не %4</translation>
    </message>
    <message>
        <source>give the SNILS or the full name and the birth date</source>
        <translation>укажите СНИЛС или ФИО и дату рождения</translation>
    </message>
    <message>
        <source>give the SNILS or the birth date, so that the teacher can be recognised</source>
        <translation>укажите СНИЛС или дату рождения, чтобы педагога можно было опознать</translation>
    </message>
    <message>
        <source>no teacher with SNILS %1 in the registry; import or add the teacher first</source>
        <translation>в реестре нет педагога со СНИЛС %1; сначала импортируйте или добавьте педагога</translation>
    </message>
    <message>
        <source>%1, born %2, is not in the registry; import or add the teacher first</source>
        <translation>педагога %1 (дата рождения %2) нет в реестре; сначала импортируйте или добавьте педагога</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives initials only: give the full name and the birth date, or the SNILS of a registered teacher</source>
        <translation>«%1» — только инициалы: укажите полностью ФИО и дату рождения или СНИЛС педагога из реестра</translation>
    </message>
</context>
<context>
    <name>profrost::TeacherPickerDialog</name>
    <message>
        <source>Choose teachers</source>
        <translation>Выбор педагогов</translation>
    </message>
    <message>
        <source>Filter: name, organisation, position, subject</source>
        <translation>Фильтр: ФИО, организация, должность, предмет</translation>
    </message>
</context>
<context>
    <name>profrost::TeacherTableModel</name>
    <message>
        <source>Assigned %1, valid until %2</source>
        <translation>Присвоена %1, действует до %2</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
</context>
<context>
    <name>profrost::TeachersPage</name>
    <message>
        <source>Filter: name, organisation, position, subject (Ctrl+F)</source>
        <translation>Фильтр: ФИО, организация, должность, предмет (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add teacher...</source>
        <translation>&amp;Добавить педагога...</translation>
    </message>
    <message>
        <source>Add a teacher (Ctrl+N)</source>
        <translation>Добавить педагога (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>И&amp;мпорт...</translation>
    </message>
    <message>
        <source>Import teachers from CSV or Excel</source>
        <translation>Импорт педагогов из CSV или Excel</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>Export the shown teachers to Excel or CSV</source>
        <translation>Экспорт отображаемых педагогов в Excel или CSV</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Select a teacher to see the card.</source>
        <translation>Выберите педагога, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>добавление: %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>изменение: %1</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Новый педагог</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Педагог: %1</translation>
    </message>
    <message>
        <source>Delete teacher</source>
        <translation>Удаление педагога</translation>
    </message>
    <message>
        <source>Delete %1 with all posts from the registry?
You can undo this with Ctrl+Z.</source>
        <translation>Удалить %1 со всеми должностями из реестра?
Это действие можно отменить сочетанием клавиш Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление: %1</translation>
    </message>
    <message>
        <source>Export teachers</source>
        <translation>Экспорт педагогов</translation>
    </message>
    <message>
        <source>/teachers.xlsx</source>
        <translation>/педагоги.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) exported to %1.</source>
        <translation>
            <numerusform>%n педагог экспортирован в %1.</numerusform>
            <numerusform>%n педагога экспортированы в %1.</numerusform>
            <numerusform>%n педагогов экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading %n teacher(s)...</source>
        <translation>
            <numerusform>загрузка: %n педагог...</numerusform>
            <numerusform>загрузка: %n педагога...</numerusform>
            <numerusform>загрузка: %n педагогов...</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the attestation record</source>
        <translation>Удаление записи об аттестации</translation>
    </message>
    <message>
        <source>Remove the record of %1 of %2 from the history?
You can undo this with Ctrl+Z.</source>
        <translation>Удалить из истории запись от %1 (%2)?
Действие можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>remove an attestation record</source>
        <translation>удаление записи об аттестации</translation>
    </message>
    <message>
        <source>change an attestation record</source>
        <translation>изменение записи об аттестации</translation>
    </message>
    <message>
        <source>add an attestation record</source>
        <translation>добавление записи об аттестации</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>The filter was cleared: it hid %1.</source>
        <translation>Фильтр сброшен: он скрывал запись «%1».</translation>
    </message>
</context>
<context>
    <name>profrost::TrackDialog</name>
    <message>
        <source>Track of development</source>
        <translation>Трек развития</translation>
    </message>
    <message>
        <source>e.g. Устранение дефицита педагогических кадров</source>
        <translation>например: Устранение дефицита педагогических кадров</translation>
    </message>
    <message>
        <source>Who it is for and what it gives (optional)</source>
        <translation>Для кого трек и что он даёт (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
<context>
    <name>profrost::TracksTab</name>
    <message>
        <source>The calendar half-year: January to June, or July to December</source>
        <translation>Календарное полугодие: январь — июнь или июль — декабрь</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Трек</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Прошли</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Enrol teachers...</source>
        <translation>Записать педагогов...</translation>
    </message>
    <message>
        <source>Enrol teachers of the registry on the chosen track in the half-year</source>
        <translation>Записать педагогов из реестра на выбранный трек в этом полугодии</translation>
    </message>
    <message>
        <source>Completed / not</source>
        <translation>Пройден / нет</translation>
    </message>
    <message>
        <source>Mark the chosen teachers as having completed the track, or not (Enter)</source>
        <translation>Отметить, что выбранные педагоги прошли трек, или снять отметку (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Take the chosen teachers off the track (Del)</source>
        <translation>Исключить выбранных педагогов из трека (Del)</translation>
    </message>
    <message>
        <source>New track...</source>
        <translation>Новый трек...</translation>
    </message>
    <message>
        <source>Add a track to the list</source>
        <translation>Добавить трек в перечень</translation>
    </message>
    <message>
        <source>Edit track...</source>
        <translation>Изменить трек...</translation>
    </message>
    <message>
        <source>Rename the chosen track or describe it</source>
        <translation>Переименовать выбранный трек или изменить его описание</translation>
    </message>
    <message>
        <source>Delete track</source>
        <translation>Удалить трек</translation>
    </message>
    <message>
        <source>Delete the chosen track (only one no teacher was ever enrolled on)</source>
        <translation>Удалить выбранный трек (только если на него никто не записывался)</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Полугодие:</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущее)</translation>
    </message>
    <message>
        <source>no one enrolled</source>
        <translation>никто не записан</translation>
    </message>
    <message>
        <source>All tracks, in teachers</source>
        <translation>Все треки (педагогов)</translation>
    </message>
    <message>
        <source>A teacher on two tracks counts once; completed: every track of theirs completed</source>
        <translation>Педагог на двух треках считается один раз; прошедшие — прошли все свои треки</translation>
    </message>
    <message>
        <source>%1: teachers — %2</source>
        <translation>%1: педагогов — %2</translation>
    </message>
    <message>
        <source>(under way)</source>
        <translation>(идёт)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Enrol teachers</source>
        <translation>Запись на трек</translation>
    </message>
    <message>
        <source>Choose the track to enrol on in the list above.</source>
        <translation>Выберите трек в списке выше.</translation>
    </message>
    <message>
        <source>Enrol on the track</source>
        <translation>Запись на трек</translation>
    </message>
    <message>
        <source>Already enrolled on this track %1, left as they are: %2.</source>
        <translation>Уже записаны на этот трек %1 (оставлены как есть): %2.</translation>
    </message>
    <message>
        <source>Mark track completed</source>
        <translation>Отметка о прохождении трека</translation>
    </message>
    <message>
        <source>Remove from the track</source>
        <translation>Исключение из трека</translation>
    </message>
    <message numerus="yes">
        <source>Take %n chosen teacher(s) off the track? (Undo with Ctrl+Z.)</source>
        <translation>
            <numerusform>Исключить %n выбранного педагога из трека? (Отменить — Ctrl+Z.)</numerusform>
            <numerusform>Исключить %n выбранных педагогов из трека? (Отменить — Ctrl+Z.)</numerusform>
            <numerusform>Исключить %n выбранных педагогов из трека? (Отменить — Ctrl+Z.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the chosen track? (Undo with Ctrl+Z.)</source>
        <translation>Удалить выбранный трек? (Отменить — Ctrl+Z.)</translation>
    </message>
    <message>
        <source>Completed?</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>The half-year&apos;s teachers on the tracks and the totals, to Excel</source>
        <translation>Педагоги на треках в этом полугодии и итоги — в Excel</translation>
    </message>
    <message>
        <source>Export the tracks</source>
        <translation>Экспорт треков</translation>
    </message>
    <message>
        <source>tracks.xlsx</source>
        <translation>треки.xlsx</translation>
    </message>
</context>
<context>
    <name>profrost::TrainingPage</name>
    <message>
        <source>Courses and participants</source>
        <translation>Курсы и участники</translation>
    </message>
    <message>
        <source>Due under the 3-year rule</source>
        <translation>Сроки по правилу «не реже одного раза в 3 года»</translation>
    </message>
    <message>
        <source>Programme catalogue</source>
        <translation>Каталог программ</translation>
    </message>
    <message>
        <source>Plan-graph</source>
        <translation>План-график</translation>
    </message>
    <message>
        <source>Tracks of development</source>
        <translation>Треки развития</translation>
    </message>
</context>
<context>
    <name>profrost::TrainingPlanDelegate</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрана)</translation>
    </message>
    <message>
        <source>%1 (%2 h, %3)</source>
        <translation>%1 (%2 ч, %3)</translation>
    </message>
</context>
<context>
    <name>profrost::TrainingPlanModel</name>
    <message>
        <source>no course on record</source>
        <translation>нет сведений о курсах</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position (subject)</source>
        <translation>Должность (предмет)</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Последние курсы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Topic (when no programme)</source>
        <translation>Тема (если программа не выбрана)</translation>
    </message>
    <message>
        <source>The year the course is planned for; double-click to change</source>
        <translation>Год, на который запланированы курсы; дважды щёлкните, чтобы изменить</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message numerus="yes">
        <source>No course in the %n year(s) before the plan starts: plan it in the first year.</source>
        <translation>
            <numerusform>Нет курсов за %n год до начала плана: запланируйте на первый год.</numerusform>
            <numerusform>Нет курсов за %n года до начала плана: запланируйте на первый год.</numerusform>
            <numerusform>Нет курсов за %n лет до начала плана: запланируйте на первый год.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>profrost::VacanciesTab</name>
    <message>
        <source>Open and filled</source>
        <translation>Открытые и закрытые</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>The day the state and the totals are for</source>
        <translation>День, на который показываются состояние и итоги</translation>
    </message>
    <message>
        <source>New vacancy...</source>
        <translation>Новая вакансия...</translation>
    </message>
    <message>
        <source>A vacancy of an organisation</source>
        <translation>Вакансия организации</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <source>Change the chosen vacancy</source>
        <translation>Изменить выбранную вакансию</translation>
    </message>
    <message>
        <source>Mark filled...</source>
        <translation>Закрыть вакансию...</translation>
    </message>
    <message>
        <source>Who filled the chosen vacancy, and when</source>
        <translation>Кем и когда закрыта выбранная вакансия</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen vacancy</source>
        <translation>Удалить выбранную вакансию</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Выгрузить...</translation>
    </message>
    <message>
        <source>Every vacancy, open and filled, to Excel</source>
        <translation>Все вакансии, открытые и закрытые, в Excel</translation>
    </message>
    <message>
        <source>Export the vacancies</source>
        <translation>Выгрузка вакансий</translation>
    </message>
    <message>
        <source>vacancies.xlsx</source>
        <translation>вакансии.xlsx</translation>
    </message>
    <message>
        <source>Staffing needs</source>
        <translation>Кадровая потребность</translation>
    </message>
    <message>
        <source>The vacancies open on the day, with the totals by post and subject</source>
        <translation>Вакансии, открытые на день, с итогами по должностям и предметам</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;На:</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Вакансии</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message numerus="yes">
        <source>Open on %1: %n vacancy(ies), %2 rate(s)</source>
        <translation>
            <numerusform>Открыто на %1: %n вакансия, ставок — %2</numerusform>
            <numerusform>Открыто на %1: %n вакансии, ставок — %2</numerusform>
            <numerusform>Открыто на %1: %n вакансий, ставок — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By post</source>
        <translation>По должностям</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>По предметам</translation>
    </message>
    <message>
        <source>Mark filled</source>
        <translation>Закрытие вакансии</translation>
    </message>
    <message>
        <source>Choose a vacancy in the list first.</source>
        <translation>Сначала выберите вакансию в списке.</translation>
    </message>
    <message>
        <source>Filled on:</source>
        <translation>Дата закрытия:</translation>
    </message>
    <message>
        <source>Delete vacancy</source>
        <translation>Удаление вакансии</translation>
    </message>
    <message>
        <source>Delete the vacancy «%1»? Edit → Undo brings it back.</source>
        <translation>Удалить вакансию «%1»? Правка → Отменить вернёт её.</translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation>вакансий</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>ставок</translation>
    </message>
</context>
<context>
    <name>profrost::VacancyDialog</name>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>A teacher of the registry, or a name typed for someone not yet in it</source>
        <translation>Педагог из реестра или ФИО человека, которого в реестре ещё нет</translation>
    </message>
    <message>
        <source>e.g. учитель, педагог-психолог</source>
        <translation>например: учитель, педагог-психолог</translation>
    </message>
    <message>
        <source>e.g. математика; empty for posts without one</source>
        <translation>например: математика; пусто для должностей без предмета</translation>
    </message>
    <message>
        <source>e.g. увольнение, декретный отпуск, рост контингента</source>
        <translation>например: увольнение, декретный отпуск, рост контингента</translation>
    </message>
    <message>
        <source> rate</source>
        <translation> ст.</translation>
    </message>
    <message>
        <source>empty: open</source>
        <translation>пусто — открыта</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Пред&amp;мет:</translation>
    </message>
    <message>
        <source>&amp;Rate (stavki):</source>
        <translation>С&amp;тавка:</translation>
    </message>
    <message>
        <source>Vacant &amp;since:</source>
        <translation>Вакантна &amp;с:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>&amp;Filled by:</source>
        <translation>&amp;Кем закрыта:</translation>
    </message>
    <message>
        <source>Filled &amp;on:</source>
        <translation>Дата &amp;закрытия:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>profrost::VacancyListModel</name>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Вакантна с</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Filled by</source>
        <translation>Кем закрыта</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>ещё не открыта</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>закрыта</translation>
    </message>
</context>
<context>
    <name>profrost::YoungTeacherModel</name>
    <message>
        <source>Young teacher</source>
        <translation>Молодой педагог</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ОО</translation>
    </message>
    <message>
        <source>Post (subject)</source>
        <translation>Должность (предмет)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Стаж с</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n год)</numerusform>
            <numerusform>%1 (%n года)</numerusform>
            <numerusform>%1 (%n лет)</numerusform>
        </translation>
    </message>
    <message>
        <source>no support</source>
        <translation>нет поддержки</translation>
    </message>
</context>
<context>
    <name>profrost::YoungTeachersTab</name>
    <message>
        <source>Only &amp;without support</source>
        <translation>Только &amp;без поддержки</translation>
    </message>
    <message>
        <source>Filter: teacher, organisation, post, mentor</source>
        <translation>Фильтр: педагог, ОО, должность, наставник</translation>
    </message>
    <message>
        <source>Assign a mentor...</source>
        <translation>Назначить наставника...</translation>
    </message>
    <message>
        <source>A mentorship pair for the chosen young teacher</source>
        <translation>Пара наставничества для выбранного молодого педагога</translation>
    </message>
    <message>
        <source>Open in the registry</source>
        <translation>Открыть в реестре</translation>
    </message>
    <message>
        <source>Show the chosen teacher&apos;s card in the registry</source>
        <translation>Показать карточку выбранного педагога в реестре</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Печать списка</translation>
    </message>
</context>
</TS>
