#pragma once

// Strict JSON (RFC 8259) read in place, for the one message that is large and frequent: a page
// of the feed (JsonWriter writes it). QJsonDocument built a tree of the whole page, every
// string of it copied twice, and each payload was then written back to JSON to be stored: most
// of a page's decoding time, on the critical path of a pull. This checks the bytes as it goes
// (grammar, UTF-8, escapes, nesting) and keeps only where each member's value is; a value is
// converted when the decoder asks for it, a payload is kept as the bytes that came.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace fortrolig::protocol::detail {

// One member's value as found: its kind and its bytes (a string's between its quotes).
struct JsonSpan
{
    enum class Type
    {
        Missing,
        Null,
        String,
        Number,
        Bool,
        Object,
        Array
    };
    Type type = Type::Missing;
    QByteArrayView bytes;
    bool escaped = false; // a string with escapes (\n, \u00e6, ...)
    bool flag = false;    // a Bool's value

    QString text() const;  // a String's text
    double number() const; // a Number's value (±HUGE_VAL beyond a double)
};

// The members of one object, by name (a name that comes twice: the later one counts).
class JsonMembers
{
public:
    JsonSpan value(QStringView name) const; // names are ASCII: the protocol's own
    void clear() { m_members.clear(); }
    // A new member named as found (a String's span), its value to be filled in.
    JsonSpan& add(const JsonSpan& name);

private:
    struct Member
    {
        QByteArrayView name;
        QByteArray unescaped; // for a name with escapes: what `name` points into
        JsonSpan value;
    };
    QVarLengthArray<Member, 16> m_members;
};

class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text) : m_text(text) {}

    // The object at the current place, its members found (nested values checked, not kept).
    bool object(JsonMembers& out);
    // An array at the current place, element by element: begin, then next() until it is false
    // (the end, or an error: see failed()).
    bool beginArray();
    bool next();
    // Any value, checked and passed over.
    bool value(JsonSpan& out);
    // Nothing but white space is left.
    bool atEnd();

    bool failed() const { return m_failed; }
    qsizetype failedAt() const { return m_failedAt; }

private:
    static constexpr int kMaxDepth = 64;
    bool fail();
    void space();
    bool expect(char c);
    bool string(JsonSpan& out);
    bool number(JsonSpan& out);
    bool literal(QByteArrayView word);
    bool container(char open, char close, JsonSpan& out, JsonMembers* members = nullptr);
    bool utf8(qsizetype& at);

    QByteArrayView m_text;
    qsizetype m_at = 0;
    int m_depth = 0;
    bool m_first = true; // of the array being read with next()
    bool m_failed = false;
    qsizetype m_failedAt = -1;
};

} // namespace fortrolig::protocol::detail
