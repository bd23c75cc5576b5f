#include "app/sync/JsonScanner.h"

#include <charconv>
#include <cmath>

namespace fortrolig::protocol::detail {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

QString JsonSpan::text() const
{
    if (!escaped)
        return QString::fromUtf8(bytes);
    // Checked by the scanner already: every escape is complete and valid.
    QString out;
    out.reserve(bytes.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\\')
            continue;
        out += QString::fromUtf8(bytes.sliced(run, i - run));
        const char c = bytes[++i];
        switch (c) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            int unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = unit * 16 + hexValue(bytes[i + k]);
            out += QChar(char16_t(unit));
            i += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(c);
        }
        run = i + 1;
    }
    out += QString::fromUtf8(bytes.sliced(run));
    return out;
}

double JsonSpan::number() const
{
    double d = 0;
    const auto [end, ec] = std::from_chars(bytes.data(), bytes.data() + bytes.size(), d);
    Q_UNUSED(end)
    if (ec != std::errc::result_out_of_range)
        return d;
    // Beyond a double: far from zero, or (a negative exponent) as good as zero.
    if (bytes.contains("e-") || bytes.contains("E-"))
        return 0.0;
    return bytes.startsWith('-') ? -HUGE_VAL : HUGE_VAL;
}

JsonSpan JsonMembers::value(QStringView name) const
{
    for (qsizetype i = m_members.size() - 1; i >= 0; --i) {
        const QByteArrayView found = m_members[i].name;
        if (found.size() != name.size())
            continue;
        qsizetype k = 0;
        while (k < found.size() && char16_t(uchar(found[k])) == name[k].unicode())
            ++k;
        if (k == found.size())
            return m_members[i].value;
    }
    return {};
}

bool JsonScanner::fail()
{
    if (!m_failed) {
        m_failed = true;
        m_failedAt = m_at;
    }
    return false;
}

void JsonScanner::space()
{
    while (m_at < m_text.size()) {
        const char c = m_text[m_at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_at;
    }
}

bool JsonScanner::expect(char c)
{
    space();
    if (m_at >= m_text.size() || m_text[m_at] != c)
        return fail();
    ++m_at;
    return true;
}

bool JsonScanner::atEnd()
{
    space();
    return !m_failed && (m_at == m_text.size() || fail());
}

// One UTF-8 sequence starting at `at` (not ASCII), shortest form, no surrogates, at most
// U+10FFFF; `at` moves past it.
bool JsonScanner::utf8(qsizetype& at)
{
    const auto byte = [this](qsizetype i) {
        return i < m_text.size() ? uchar(m_text[i]) : uchar(0);
    };
    const uchar lead = byte(at);
    int length = 0;
    uchar low = 0x80, high = 0xBF; // the second byte's range
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        m_at = at;
        return fail();
    }
    for (int k = 1; k < length; ++k) {
        const uchar c = byte(at + k);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
            m_at = at + k;
            return fail();
        }
    }
    at += length;
    return true;
}

bool JsonScanner::string(JsonSpan& out)
{
    ++m_at; // the opening quote
    const qsizetype start = m_at;
    qsizetype at = m_at;
    bool escaped = false;
    while (at < m_text.size()) {
        const uchar c = uchar(m_text[at]);
        if (c == '"') {
            out.type = JsonSpan::Type::String;
            out.bytes = m_text.sliced(start, at - start);
            out.escaped = escaped;
            m_at = at + 1;
            return true;
        }
        if (c < 0x20) {
            m_at = at;
            return fail();
        }
        if (c == '\\') {
            escaped = true;
            const char e = at + 1 < m_text.size() ? m_text[at + 1] : '\0';
            if (e == 'u') {
                for (int k = 2; k <= 5; ++k) {
                    if (at + k >= m_text.size() || hexValue(m_text[at + k]) < 0) {
                        m_at = at;
                        return fail();
                    }
                }
                at += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                       e == 'r' || e == 't') {
                at += 2;
            } else {
                m_at = at;
                return fail();
            }
        } else if (c < 0x80) {
            ++at;
        } else if (!utf8(at)) {
            return false;
        }
    }
    m_at = at;
    return fail(); // not closed
}

bool JsonScanner::number(JsonSpan& out)
{
    const qsizetype start = m_at;
    const auto digits = [this] {
        const qsizetype from = m_at;
        while (m_at < m_text.size() && isDigit(m_text[m_at]))
            ++m_at;
        return m_at > from;
    };
    if (m_at < m_text.size() && m_text[m_at] == '-')
        ++m_at;
    if (m_at < m_text.size() && m_text[m_at] == '0')
        ++m_at;
    else if (!digits())
        return fail();
    if (m_at < m_text.size() && m_text[m_at] == '.') {
        ++m_at;
        if (!digits())
            return fail();
    }
    if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        ++m_at;
        if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
            ++m_at;
        if (!digits())
            return fail();
    }
    out.type = JsonSpan::Type::Number;
    out.bytes = m_text.sliced(start, m_at - start);
    return true;
}

bool JsonScanner::literal(QByteArrayView word)
{
    if (m_text.sliced(m_at).startsWith(word)) {
        m_at += word.size();
        return true;
    }
    return fail();
}

bool JsonScanner::value(JsonSpan& out)
{
    space();
    out = {};
    if (m_failed || m_at >= m_text.size())
        return fail();
    switch (m_text[m_at]) {
    case '"':
        return string(out);
    case '{':
        return container('{', '}', out);
    case '[':
        return container('[', ']', out);
    case 't':
        out.type = JsonSpan::Type::Bool;
        out.flag = true;
        return literal("true");
    case 'f':
        out.type = JsonSpan::Type::Bool;
        return literal("false");
    case 'n':
        out.type = JsonSpan::Type::Null;
        return literal("null");
    default:
        return number(out);
    }
}

// An object or array passed over, every value in it checked; its bytes from bracket to bracket.
// `members`: an object's members kept, each with where its value is.
bool JsonScanner::container(char open, char close, JsonSpan& out, JsonMembers* members)
{
    if (++m_depth > kMaxDepth)
        return fail();
    const qsizetype start = m_at;
    ++m_at;
    space();
    if (m_at < m_text.size() && m_text[m_at] == close) {
        ++m_at;
    } else {
        JsonSpan name, inner;
        for (;;) {
            JsonSpan* value = &inner;
            if (open == '{') {
                space();
                if (m_at >= m_text.size() || m_text[m_at] != '"' || !string(name) || !expect(':'))
                    return fail();
                if (members)
                    value = &members->add(name);
            }
            if (!this->value(*value))
                return false;
            space();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (!expect(close))
                return false;
            break;
        }
    }
    --m_depth;
    out.type = open == '{' ? JsonSpan::Type::Object : JsonSpan::Type::Array;
    out.bytes = m_text.sliced(start, m_at - start);
    return true;
}

JsonSpan& JsonMembers::add(const JsonSpan& name)
{
    Member& m = m_members.emplace_back();
    if (name.escaped) {
        m.unescaped = name.text().toUtf8();
        m.name = m.unescaped;
    } else {
        m.name = name.bytes;
    }
    return m.value;
}

bool JsonScanner::object(JsonMembers& out)
{
    out.clear();
    space();
    if (m_at >= m_text.size() || m_text[m_at] != '{')
        return fail();
    JsonSpan whole;
    return container('{', '}', whole, &out);
}

bool JsonScanner::beginArray()
{
    m_first = true;
    return expect('[');
}

bool JsonScanner::next()
{
    space();
    if (m_failed || m_at >= m_text.size())
        return fail();
    if (m_text[m_at] == ']') {
        ++m_at;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

} // namespace fortrolig::protocol::detail
