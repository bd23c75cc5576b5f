#pragma once

#include <QString>

namespace fortrolig {

// A rough strength estimate for the meter on the first-start screen. Length counts most
// (docs/domain.md: length over complexity); the hard rule is only the 12-character minimum.
struct PassphraseStrength
{
    enum class Level
    {
        TooShort,
        Fair,
        Good,
        Strong
    };
    Level level = Level::TooShort;
    int percent = 0; // for a progress bar

    static PassphraseStrength of(const QString& passphrase);
};

} // namespace fortrolig
