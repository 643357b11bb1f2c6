#pragma once

#include "diagnostics/EffectModel.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace profrost {

class AppContext;
class BackgroundRead;
class DeferredLoad;

// What the routes changed (issue 13, «closing the loop»): for the teachers
// diagnosed again after their routes' done activities, each area's score
// before and after — by area, by further-training programme (which courses
// remove deficits), by organisation, by teacher — with the teachers behind
// every figure, the thin ones greyed (or hidden). Read on a worker thread
// for a region; printed, and exported as a workbook of four sheets.
class EffectTab : public QWidget
{
    Q_OBJECT
public:
    // `openTeacher` shows a teacher in the registry (a double click in the table by teacher).
    EffectTab(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent = nullptr);

    void reload();
    void chooseView(EffectModel::View view);
    void exportBook(const QString &path = {});
    // The printed report: the preview, or a PDF / ODT file (`toFile`).
    void print(bool toFile);
    bool isLoading() const;

    QComboBox *viewChoice() const { return m_view; }
    QCheckBox *hideFew() const { return m_hideFew; }
    QTableView *table() const { return m_table; }
    EffectModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

signals:
    void loaded();

private:
    void showEffect(std::shared_ptr<const RouteEffect> effect);
    void applyView();

    AppContext &m_ctx;
    std::function<void(qint64)> m_openTeacher;
    QComboBox *m_view;
    QCheckBox *m_hideFew;
    QToolButton *m_print = nullptr;
    QPushButton *m_export;
    QLabel *m_summary;
    EffectModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    BackgroundRead *m_reader;
    DeferredLoad *m_loader = nullptr;
    QString m_lastError;
};

} // namespace profrost
