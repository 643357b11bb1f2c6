#pragma once

#include <QLabel>

namespace profrost {

// The red line under a form field that says what is wrong with it.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void show(const QString &message);
    void clear();
};

} // namespace profrost
