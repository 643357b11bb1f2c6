#pragma once

#include "domain/DevelopmentTrack.h"

#include <QDialog>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace profrost {

class FieldMessage;

// One track of development: its name and what it is for. `save` stores it
// and returns an empty string or the reason it was refused (shown under the
// fields; the dialog stays open).
class TrackDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const DevelopmentTrack &)>;
    explicit TrackDialog(Save save, QWidget *parent = nullptr);
    void setTrack(const DevelopmentTrack &t);
    DevelopmentTrack track() const;
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    FieldMessage *message() const { return m_message; }

private:
    Save m_save;
    DevelopmentTrack m_track;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    FieldMessage *m_message;
};

} // namespace profrost
