#pragma once

#include "app/consent/Signature.h"

#include <QImage>

namespace fortrolig {

// A signature's strokes drawn on white at `size` (aspect kept): the same strokes always give
// the same image, on the pad and on every receipt made from the record. With fitInk only the
// ink and a margin fill the image (receipts); otherwise the whole pad does.
QImage renderSignature(const Signature& signature, QSize size, bool fitInk = false);

} // namespace fortrolig
