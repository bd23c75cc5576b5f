#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QList>
#include <QSize>

namespace fortrolig {

// A signature drawn on screen, kept as vector strokes (with pen pressure where there was a
// pen) so it can be rendered again, identically, for a receipt. A simple electronic
// signature (eIDAS): its weight comes from what is stored with it.
struct SignaturePoint
{
    float x = 0;
    float y = 0;
    float pressure = 1; // 0..1; 1 for mouse and touch
    qint64 ms = 0;      // since the first point
    bool operator==(const SignaturePoint&) const = default;
};

struct Signature
{
    QList<QList<SignaturePoint>> strokes;
    QSize canvas; // the pad's size when drawn, for rendering at any size

    bool isEmpty() const { return strokes.isEmpty(); }
    double inkLength() const;
    // Enough ink to be a signature, not a tap: used to enable "Sign".
    bool isPlausible() const { return inkLength() >= 0.25 * canvas.width(); }
    QByteArray toJson() const;
    static Result<Signature> fromJson(const QByteArray& json);
    bool operator==(const Signature&) const = default;
};

} // namespace fortrolig
