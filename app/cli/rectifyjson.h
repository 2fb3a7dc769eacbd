// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON of rectification items for `rectify`: the fields (id, case_id, agency, problem,
// legal_basis, pages, deadline, status, overdue, color) plus a few more for scripts.
#include "domain/rectificationitem.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RectifyJson {
QJsonObject item(const RectificationItem &item, const QDate &today);
QJsonArray items(const std::vector<RectificationItem> &items, const QDate &today);
QJsonObject attachment(const RectificationAttachment &a);
QJsonObject recheck(const RectificationRecheck &r);
} // namespace RectifyJson
