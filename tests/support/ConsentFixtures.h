#pragma once

#include "app/consent/Consent.h"

#include <QCryptographicHash>

namespace fortrolig::test {

// A consent given on the built-in form (version 1, in Danish) to `grants`, for a citizen's
// course, signed by `signer`: what the window's tests need behind a Consents tab.
inline ConsentInput standardConsent(const QString& citizen, const QString& course,
                                    const QString& signer, QList<ConsentGrant> grants)
{
    ConsentInput c;
    c.citizenId = citizen;
    c.courseId = course;
    c.templateId = QStringLiteral("fortrolig-standard");
    c.templateVersion = 1;
    c.language = QStringLiteral("da");
    c.textHash =
        QString::fromLatin1(QCryptographicHash::hash("form", QCryptographicHash::Sha256).toHex());
    c.signer = signer;
    c.grants = std::move(grants);
    return c;
}

} // namespace fortrolig::test
