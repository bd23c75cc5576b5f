#pragma once

#include <QString>
#include <QTranslator>

namespace fortrolig {

// Citizen mode speaks the language of the form the citizen chose, whatever the window's
// language: its own words (buttons, questions) come from the compiled translation of that
// language, and stay in English, the source language, where none exists.
class FormLanguage
{
public:
    explicit FormLanguage(const QString& language);
    QString text(const char* context, const char* source) const;
    QString language() const { return m_language; }

private:
    QString m_language;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace fortrolig
