#include "consent/FormLanguage.h"

namespace fortrolig {

FormLanguage::FormLanguage(const QString& language) : m_language(language)
{
    m_loaded =
        m_translator.load(QStringLiteral(":/i18n/fortrolig_") + language + QStringLiteral(".qm"));
}

QString FormLanguage::text(const char* context, const char* source) const
{
    if (m_loaded) {
        const QString t = m_translator.translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

} // namespace fortrolig
