#include "app/crypto/PassphraseStrength.h"

#include "app/crypto/WrappedKey.h"

#include <QSet>

namespace fortrolig {

PassphraseStrength PassphraseStrength::of(const QString& passphrase)
{
    PassphraseStrength s;
    const int length = int(passphrase.toUcs4().size());
    QSet<QChar> distinct;
    int words = passphrase.isEmpty() ? 0 : 1;
    for (QChar c : passphrase) {
        distinct.insert(c.toLower());
        if (c.isSpace())
            ++words;
    }
    // Repeating one character is not a long passphrase.
    const int effective = std::min(length, int(distinct.size()) * 3);
    s.percent = std::min(100, effective * 100 / 24);
    if (length < kMinPassphraseLength)
        s.level = Level::TooShort;
    else if (effective >= 24 || (effective >= 18 && words >= 4))
        s.level = Level::Strong;
    else if (effective >= 16)
        s.level = Level::Good;
    else
        s.level = Level::Fair;
    return s;
}

} // namespace fortrolig
