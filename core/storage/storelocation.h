// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the case store lives when no --store is given.
#include <QString>

namespace casereview {

namespace StoreLocation {
// <user data dir>/casereview/cases.crstore (e.g. ~/.local/share/casereview/cases.crstore).
QString defaultPath();
inline constexpr const char *kSuffix = "crstore";
} // namespace StoreLocation

} // namespace casereview
