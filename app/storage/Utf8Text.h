#pragma once

#include <QByteArray>
#include <QMetaType>

namespace fortrolig {

// Text that is UTF-8 already, bound as SQL text by the SQLCipher driver
// (QVariant::fromValue(Utf8Text{bytes})). A QString would convert it to UTF-16 and SQLite
// back to UTF-8; a plain QByteArray would be stored as a blob, which is not what the
// column has always held. The stored text is the same either way.
struct Utf8Text
{
    QByteArray bytes;
};

} // namespace fortrolig

Q_DECLARE_METATYPE(fortrolig::Utf8Text)
