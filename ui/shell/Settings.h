#pragma once

#include <QSettings>
#include <QStringList>
#include <algorithm>
#include <memory>

namespace fortrolig {

// The application's settings behind a typed key table: a mistyped key is a compile error,
// every key has one default. No personal data is ever stored here.
class Settings
{
public:
    enum class Key
    {
        Language,
        AutoLockMinutes,
        CourseTypes,
        JournalDirectory,
        RetentionMonths,
        ProviderName,    // the processor, as the consent form names it
        ProviderContact, // its phone or e-mail, which the form gives for withdrawing
        FormsDirectory,  // the provider's own consent forms, beside the built-in ones
        SyncMinutes,     // how often sync runs by itself while the journal is open
        CaseloadColumns, // the caseload's column widths and sort order (QHeaderView state)
        ShareFolder,     // where "Share..." first offers to save a shared document
    };

    explicit Settings(std::unique_ptr<QSettings> store);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString language() const { return value(Key::Language).toString(); } // "" = from the system
    int autoLockMinutes() const;
    QStringList courseTypes() const { return value(Key::CourseTypes).toStringList(); }
    QString journalDirectory() const { return value(Key::JournalDirectory).toString(); }
    QString providerName() const { return value(Key::ProviderName).toString(); }
    QString formsDirectory() const { return value(Key::FormsDirectory).toString(); }
    QString shareFolder() const { return value(Key::ShareFolder).toString(); }
    int syncMinutes() const { return std::clamp(value(Key::SyncMinutes).toInt(), 1, 240); }
    int retentionMonths() const { return std::clamp(value(Key::RetentionMonths).toInt(), 1, 120); }

    static QString keyName(Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace fortrolig
