#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QList>
#include <QSize>

namespace fortrolig {

// A signature drawn on screen, kept as vector strokes (the points, nothing else) so it can be
// rendered again, identically, for a receipt. A simple electronic signature (eIDAS): its
// weight comes from what is stored with it, not from how the hand moved. The pen's pressure
// and the points' timing are not kept (format 2): they are what a dynamic-signature system
// would compare, i.e. close to biometric data (GDPR art. 9), and drawing needs neither
// (docs/consent.md). Records of format 1 (pressure and time per point) are still read, and
// drawn with their pressure, as they were signed.
struct SignaturePoint
{
    float x = 0;
    float y = 0;
    float pressure = 1; // 0..1: format 1 only; 1 otherwise
    bool operator==(const SignaturePoint&) const = default;
};

struct Signature
{
    QList<QList<SignaturePoint>> strokes;
    QSize canvas;   // the pad's size when drawn, for rendering at any size
    int format = 2; // as read (1: an older record, with pressure); new ones are 2

    bool isEmpty() const { return strokes.isEmpty(); }
    double inkLength() const;
    // Enough ink to be a signature, not a tap: used to enable "Sign".
    bool isPlausible() const { return inkLength() >= 0.25 * canvas.width(); }
    QByteArray toJson() const;
    static Result<Signature> fromJson(const QByteArray& json);
    bool operator==(const Signature&) const = default;
};

} // namespace fortrolig
