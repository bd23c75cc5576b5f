#pragma once

#include "app/journal/Records.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace fortrolig {

class Journal;

// One conflict: the same note or field changed on two computers before they synced. Every
// version is shown with who wrote it and when; the consultant keeps one, or edits them into
// one text. The others stay in the history; nothing is lost either way.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Journal& journal, const Conflict& conflict, QWidget* parent = nullptr);
    QString resolvedWith() const { return m_resolvedWith; }

private:
    void choose(int index);
    void resolve();
    Journal& m_journal;
    Conflict m_conflict;
    QButtonGroup* m_choices;
    QPlainTextEdit* m_text;
    QLabel* m_message;
    QString m_resolvedWith;
};

} // namespace fortrolig
