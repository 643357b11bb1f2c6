#include "common/DateLineEdit.h"

#include "domain/DateText.h"

#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd.mm.yyyy"));
    setMaxLength(10);
    setClearButtonEnabled(true);
    // 15041990 typed without the dots is shown as 15.04.1990 once left.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QDate d = date();
        if (d.isValid() && text() != DateText::numeric(d))
            setDate(d);
    });
}

QSize DateLineEdit::minimumSizeHint() const
{
    QSize size = QLineEdit::minimumSizeHint();
    // The widest date, the cursor, the frame and text margins, the clear button.
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    constexpr int clear = 32; // the clear button: a 16-px icon in a 22-px button, with its margins
    const QMargins m = textMargins();
    size.setWidth(fontMetrics().horizontalAdvance(u"00.00.0000"_s) + 2 * frame + 4 + m.left() + m.right() + clear);
    return size;
}

QSize DateLineEdit::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    size.setWidth(std::max(size.width(), minimumSizeHint().width()));
    return size;
}

QDate DateLineEdit::date(QString *error) const
{
    if (isBlank())
        return {};
    return DateText::parse(text(), error);
}

void DateLineEdit::setDate(QDate date)
{
    setText(DateText::numeric(date));
}

} // namespace profrost
