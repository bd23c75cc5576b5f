#pragma once

#include "consent/Signature.h"

#include <QImage>

namespace fortrolig {

// A signature's strokes drawn on white at `size` (aspect kept): the same strokes always give
// the same image, on the pad and on every receipt made from the record.
QImage renderSignature(const Signature& signature, QSize size);

} // namespace fortrolig
