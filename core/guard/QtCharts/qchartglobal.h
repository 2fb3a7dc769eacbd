// SPDX-License-Identifier: GPL-3.0-or-later
// Build guard: any QtCharts header included from core stops the build here.
#error "core must not include QtCharts headers: charts belong in ui/"
