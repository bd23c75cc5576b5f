#pragma once

#include <QCoreApplication>
#include <QString>

namespace fortrolig {

// Recipient kinds and categories of information in words, in the window's language.
class ConsentLabels
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ConsentLabels)
public:
    static QString recipientKind(const QString& kind);
    static QString recipient(const QString& text); // "doctor:Dr. X" -> "Doctor: Dr. X"
    static QString category(const QString& id);
    static QString categories(const QStringList& ids);
};

} // namespace fortrolig
