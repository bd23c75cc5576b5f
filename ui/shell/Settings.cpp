#include "shell/Settings.h"

#include "app/journal/JournalAccess.h"

#include <QStandardPaths>

namespace fortrolig {

namespace {
struct Spec
{
    Settings::Key key;
    const char* name;
};
constexpr Spec kSpecs[] = {
    {Settings::Key::Language, "ui/language"},
    {Settings::Key::AutoLockMinutes, "security/autoLockMinutes"},
    {Settings::Key::CourseTypes, "journal/courseTypes"},
    {Settings::Key::JournalDirectory, "journal/directory"},
    {Settings::Key::RetentionMonths, "retention/monthsAfterCourseEnd"},
    {Settings::Key::ProviderName, "consent/providerName"},
    {Settings::Key::ProviderContact, "consent/providerContact"},
    {Settings::Key::FormsDirectory, "consent/formsDirectory"},
    {Settings::Key::SyncMinutes, "sync/minutes"},
    {Settings::Key::CaseloadColumns, "ui/caseloadColumns"},
    {Settings::Key::ShareFolder, "share/folder"},
};

QVariant defaultFor(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return QString();
    case Settings::Key::AutoLockMinutes:
        return 5;
    case Settings::Key::CourseTypes:
        // The law's terms change: a provider edits this list, the code does not know it.
        return QStringList{
            QStringLiteral("afklaringsforløb"),    QStringLiteral("ressourceforløb"),
            QStringLiteral("jobafklaringsforløb"), QStringLiteral("virksomhedspraktik"),
            QStringLiteral("løntilskud"),          QStringLiteral("mentorstøtte")};
    case Settings::Key::JournalDirectory:
        return JournalAccess::defaultDirectory();
    case Settings::Key::RetentionMonths:
        return 6; // a provider setting; WORKSTEP promises six months after the course ends
    case Settings::Key::ProviderName:
    case Settings::Key::ProviderContact:
    case Settings::Key::FormsDirectory:
        return QString(); // the provider sets them; the consent form asks until then
    case Settings::Key::SyncMinutes:
        return 5;
    case Settings::Key::CaseloadColumns:
        return QByteArray(); // Workspace's own layout until the consultant changes it
    case Settings::Key::ShareFolder:
        // A provider sets a folder of its own (a shared drive, an encrypted volume).
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return {};
}
} // namespace

Settings::Settings(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}

QString Settings::keyName(Key key)
{
    for (const Spec& s : kSpecs) {
        if (s.key == key)
            return QString::fromLatin1(s.name);
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_store->value(keyName(key), defaultFor(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_store->setValue(keyName(key), value);
    m_store->sync();
}

int Settings::autoLockMinutes() const
{
    return std::clamp(value(Key::AutoLockMinutes).toInt(), 1, 240);
}

} // namespace fortrolig
