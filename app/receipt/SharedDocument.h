#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace fortrolig {

// A note shared with a recipient ("Share..." in the case view): its title and its text on
// A4, black on white (PrintDocument).
namespace SharedDocument {
Error render(const QString& title, const QString& text, QPagedPaintDevice& device);
Result<QByteArray> pdf(const QString& title, const QString& text);
} // namespace SharedDocument

} // namespace fortrolig
