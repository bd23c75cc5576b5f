// fortrolig-cli consent receipt: the citizen's copy made again, exactly as the window makes
// it (ConsentReceipt, the same record and form); fortrolig-cli consultant name.
#include "app/cli/Cli.h"

#include "app/consent/ConsentTemplate.h"
#include "app/receipt/ConsentReceipt.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QSettings>

namespace fortrolig {

int Cli::cmdConsentReceipt(Journal& journal)
{
    const QString consent = m_args.value(QStringLiteral("--consent"));
    const QString path = m_args.value(QStringLiteral("--to"));
    const QString which = m_args.value(QStringLiteral("--withdrawal"));
    if (consent.isEmpty() || path.isEmpty())
        return usageError(tr("consent receipt needs --consent ID and --to FILE.pdf"));
    bool numbered = false;
    const int number = which.toInt(&numbered);
    if (!which.isEmpty() && which != QStringLiteral("latest") && (!numbered || number < 1))
        return usageError(tr("--withdrawal must be a number from 1 (the first) or 'latest'"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(Error(ErrorCode::Internal, QStringLiteral("receipts need Qt Gui")));

    auto record = journal.consentRecord(consent);
    if (!record.ok())
        return fail(record.error());
    // The forms the window uses: the built-in ones and the provider's folder from the
    // desktop's settings, unless --templates names another.
    const QString folder =
        m_args.has(QStringLiteral("--templates"))
            ? m_args.value(QStringLiteral("--templates"))
            : QSettings().value(QStringLiteral("consent/formsDirectory")).toString();
    const TemplateCatalogue catalogue = TemplateCatalogue::load(folder);
    QString problem;
    const ConsentTemplate* form = ConsentReceipt::formFor(record.value(), catalogue, &problem);
    if (!form) {
        m_err << "fortrolig-cli: " << problem << Qt::endl;
        return Failure;
    }
    int withdrawal = -1;
    if (!which.isEmpty()) {
        const int count = int(record->withdrawals.size());
        withdrawal = which == QStringLiteral("latest") ? count - 1 : number - 1;
        if (withdrawal < 0 || withdrawal >= count) {
            m_err << "fortrolig-cli: " << tr("this consent has %n withdrawal(s)", nullptr, count)
                  << Qt::endl;
            return Failure;
        }
    }
    if (Error e = ConsentReceipt::save(journal, record.value(), *form, withdrawal, path)) {
        if (e.code != ErrorCode::ReadOnlyLocation && e.code != ErrorCode::IoError)
            return fail(e);
        m_err << "fortrolig-cli: " << tr("cannot write %1").arg(path) << Qt::endl;
        return Failure;
    }
    print(QJsonObject{{QStringLiteral("receipt"), path},
                      {QStringLiteral("consent"), consent},
                      {QStringLiteral("withdrawal"), withdrawal + 1}},
          tr("Receipt saved in %1.").arg(path));
    return Success;
}

int Cli::cmdConsultant(Journal& journal, const QString& sub)
{
    if (sub != QStringLiteral("name"))
        return usageError(tr("unknown command: consultant %1").arg(sub));
    const QString name = m_args.positional.mid(2).join(QLatin1Char(' ')).simplified();
    if (!name.isEmpty()) {
        if (Error e = journal.setConsultantName(name))
            return fail(e);
    }
    const Identity& who = journal.identity();
    print(QJsonObject{{QStringLiteral("username"), who.consultant},
                      {QStringLiteral("name"), who.name}},
          who.name.isEmpty()
              ? tr("No name is set: receipts show the user name %1.").arg(who.consultant)
              : who.name);
    return Success;
}

} // namespace fortrolig
