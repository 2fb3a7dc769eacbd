// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and writes review standards as JSON (format "casereview-standard", documented in
// resources/standards/FORMAT.md). Reading also accepts the draft checklist's {"templates":[…]} shape.
#include "reviewstandard.h"

#include <QByteArray>
#include <QJsonObject>
#include <vector>

namespace casereview {

namespace StandardJson {
inline constexpr int kFormatVersion = 1;

QJsonObject toJson(const ReviewStandard &standard);  // includes "version" when it is > 0
QByteArray toBytes(const ReviewStandard &standard);   // indented UTF-8 JSON
// The canonical stored body: compact, without the store-assigned version.
QByteArray canonicalBody(const ReviewStandard &standard);

// Parses one standard object; throws StandardError naming the field. Does not validate totals.
ReviewStandard fromJson(const QJsonObject &object);
// Parses a file: one standard object, an array of them, or the draft {"templates":[…]} shape.
// Every standard is validated; throws StandardError.
std::vector<ReviewStandard> parse(const QByteArray &json);
} // namespace StandardJson

} // namespace casereview
