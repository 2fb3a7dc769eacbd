// SPDX-License-Identifier: GPL-3.0-or-later
// Build guard: this directory is first on core's include path, so any QtWidgets header
// (they all include <QtWidgets/qtwidgetsglobal.h>) stops the build of core here.
#error "core must not include QtWidgets headers: widgets belong in ui/"
