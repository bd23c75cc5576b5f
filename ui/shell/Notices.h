#pragma once

#include <QMessageBox>
#include <QStringList>

namespace fortrolig {

// How the window tells the person something they must acknowledge (a modal message box).
// The window shows them modally; a test gives the window one that records what would have
// been shown instead of waiting for a click.
class Notices
{
public:
    virtual ~Notices() = default;
    virtual void show(QMessageBox& box) = 0;
};

class ModalNotices final : public Notices
{
public:
    void show(QMessageBox& box) override { box.exec(); }
};

// For tests: each notice's object name and text, in order; nothing blocks.
class RecordedNotices final : public Notices
{
public:
    void show(QMessageBox& box) override
    {
        shown << box.objectName() + QLatin1Char('|') + box.text();
    }
    QStringList shown;
};

} // namespace fortrolig
