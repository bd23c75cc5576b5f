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
        RetentionMonths
    };

    explicit Settings(std::unique_ptr<QSettings> store);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString language() const { return value(Key::Language).toString(); } // "" = from the system
    int autoLockMinutes() const;
    QStringList courseTypes() const { return value(Key::CourseTypes).toStringList(); }
    QString journalDirectory() const { return value(Key::JournalDirectory).toString(); }
    int retentionMonths() const { return std::clamp(value(Key::RetentionMonths).toInt(), 1, 120); }

    static QString keyName(Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace fortrolig
