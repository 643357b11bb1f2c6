#pragma once

#include "planning/ShmoHints.h"

#include <QDialog>

class QTableView;

namespace profrost {

class ShmoHintModel;

// Seed 002's rule as a hint: the schools where a subject (more than two
// teachers) or a cycle (more than three) has no ШМО yet. «Create ШМО...»
// closes the dialog with the chosen line, for the page to open a new
// association prefilled from it.
class ShmoHintsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShmoHintsDialog(const QList<ShmoHint> &hints, QWidget *parent = nullptr);
    // The line chosen for a new ШМО (valid after accept).
    const ShmoHint *chosen() const;
    QTableView *table() const { return m_table; }

private:
    ShmoHintModel *m_model;
    QTableView *m_table;
};

} // namespace profrost
