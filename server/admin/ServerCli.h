#pragma once

#include "Server.h"
#include "app/domain/Municipality.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace fortrolig::server {

// fortrolig-server: with no command it serves; the subcommands are the administrator's.
class ServerCli
{
    // The context is the bare class name: lupdate does not read "namespace a::b {".
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
public:
    ServerCli(QStringList arguments, QTextStream& out, QTextStream& err);
    int run();
    static QString usage();

private:
    bool parse(QStringList arguments);
    bool readConfig(const QString& path);
    QString value(const QString& name) const { return m_options.value(name); }
    int usageError(const QString& text);
    int fail(const Error& error);
    int refuse(const QString& text); // a refusal in the command's own words
    // Who the audit log names for a command: "admin:" and the operating-system user.
    static QString actorName();
    Result<ServerKey::Loaded> loadKey(bool mayGenerate);
    Result<StoreLocation> location();
    Result<TlsMaterial> tlsMaterial();
    QStringList hostNames() const;

    int serve();
    QString serveOptions(Server::Options& options);
    int consultant(Admin& admin, const QString& sub);
    int device(Admin& admin, const QString& sub);
    int caseCommand(Admin& admin, const QString& sub);
    int epoch(Admin& admin, const QString& sub);
    int retention(Admin& admin, const QString& sub); // ServerCliRetention.cpp
    int retentionRun(RetentionService& retention);
    int caseHold(Admin& admin, const QString& sub, const QString& citizen);
    int deletionList(Admin& admin);
    int note(Admin& admin, const QString& sub); // ServerCliRetention.cpp
    int writeDeletionPdf(const QString& municipality, const QDate& month, const QStringList& header,
                         const QList<QStringList>& rows, const QString& to);
    int municipality(Admin& admin, const QString& sub); // ServerCliMunicipality.cpp
    int municipalityList(Admin& admin);
    int municipalityShow(Admin& admin, const QString& idOrName);
    int municipalityPut(Admin& admin, bool adding);
    QString municipalityFields(Municipality& entry);
    int municipalityOffboard(Admin& admin); // ServerCliOffboard.cpp
    void printOffboardCase(const OffboardCase& c);
    int writeCertificatePdf(const QJsonObject& certificate, const QString& to);
    int verifyCertificate(Admin& admin);
    int request(Admin& admin, const QString& sub);   // ServerCliRequests.cpp
    int accessLog(Admin& admin, const QString& sub); // ServerCliAccessLog.cpp
    int pin();

    QStringList m_positional;
    QHash<QString, QString> m_options;
    QString m_parseError;
    QTextStream& m_out;
    QTextStream& m_err;
};

int serverMain(int argc, char** argv);

} // namespace fortrolig::server
