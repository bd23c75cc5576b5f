#pragma once

#include "app/journal/Records.h"
#include "app/journal/Retention.h"

#include <QDate>
#include <QString>

namespace fortrolig {

namespace RetentionText {
// What keeps the case (holds, a restriction), what is deleted and when, and which rules say
// so: lines for the case view, in the UI language.
QString describe(const CaseRetention& r, const RetentionSetting& s, QDate today);
} // namespace RetentionText

} // namespace fortrolig
