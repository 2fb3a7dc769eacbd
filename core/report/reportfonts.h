// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CJK font printed reports use (WenQuanYi Micro Hei, embedded into the PDF as a subset).
// If fontconfig does not list it, it is loaded from its Debian file path once.
#include <QString>

namespace casereview {

namespace ReportFonts {
// The family to use; falls back to the default family (with a warning) if none can be loaded.
QString family();
bool cjkAvailable();
} // namespace ReportFonts

} // namespace casereview
