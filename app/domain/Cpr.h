#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace fortrolig {

// A Danish CPR number (DDMMYY-SSSS). Confidential: show masked() in lists, never log it.
// Modulus 11 is not a validity rule since 2007; passesModulus11() is information only.
class Cpr
{
public:
    enum class ParseError
    {
        None,
        Format,
        InvalidDate
    };
    enum class Sex
    {
        Female,
        Male
    };

    // Accepts DDMMYY-SSSS or DDMMYYSSSS (surrounding spaces ignored).
    static std::optional<Cpr> parse(QStringView text, ParseError* error = nullptr);

    QString digits() const { return m_digits; } // DDMMYYSSSS
    QString formatted() const;                  // DDMMYY-SSSS
    QString masked() const;                     // DDMMYY-XXXX
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const;
    bool passesModulus11() const;
    int ageOn(QDate day) const;

    // The century from the 7th digit and the two-digit year (docs/domain.md's table).
    static int centuryFor(int seventhDigit, int yy);

    bool operator==(const Cpr& other) const { return m_digits == other.m_digits; }

private:
    Cpr(QString digits, QDate birth) : m_digits(std::move(digits)), m_birthDate(birth) {}
    QString m_digits;
    QDate m_birthDate;
};

} // namespace fortrolig
