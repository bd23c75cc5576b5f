#include "app/domain/Cpr.h"

namespace fortrolig {

int Cpr::centuryFor(int seventhDigit, int yy)
{
    if (seventhDigit <= 3)
        return 1900;
    if (seventhDigit == 4 || seventhDigit == 9)
        return yy <= 36 ? 2000 : 1900;
    return yy <= 57 ? 2000 : 1800; // 5-8
}

std::optional<Cpr> Cpr::parse(QStringView text, ParseError* error)
{
    auto fail = [error](ParseError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    QString digits;
    if (t.size() == 11 && t[6] == QLatin1Char('-'))
        digits = t.left(6).toString() + t.mid(7).toString();
    else if (t.size() == 10)
        digits = t.toString();
    else
        return fail(ParseError::Format);
    for (QChar c : std::as_const(digits)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(ParseError::Format);
    }
    const auto d = [&digits](int i) { return digits[i].unicode() - u'0'; };
    const int day = d(0) * 10 + d(1);
    const int month = d(2) * 10 + d(3);
    const int yy = d(4) * 10 + d(5);
    const QDate birth(centuryFor(d(6), yy) + yy, month, day);
    if (!birth.isValid())
        return fail(ParseError::InvalidDate);
    if (error)
        *error = ParseError::None;
    return Cpr(digits, birth);
}

QString Cpr::formatted() const
{
    return m_digits.left(6) + QLatin1Char('-') + m_digits.mid(6);
}

QString Cpr::masked() const
{
    return m_digits.left(6) + QStringLiteral("-XXXX");
}

Cpr::Sex Cpr::sex() const
{
    return (m_digits[9].unicode() - u'0') % 2 ? Sex::Male : Sex::Female;
}

bool Cpr::passesModulus11() const
{
    static constexpr int weights[10] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += weights[i] * (m_digits[i].unicode() - u'0');
    return sum % 11 == 0;
}

int Cpr::ageOn(QDate day) const
{
    int age = day.year() - m_birthDate.year();
    if (day.month() < m_birthDate.month() ||
        (day.month() == m_birthDate.month() && day.day() < m_birthDate.day()))
        --age;
    return age;
}

} // namespace fortrolig
