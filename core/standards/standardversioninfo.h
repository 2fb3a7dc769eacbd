// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One stored version of a review standard as the store lists it (StandardRepository::list):
// enough to choose a standard without loading its items.
#include <QString>

namespace casereview {

struct StandardVersionInfo {
    QString id;
    int version = 0;
    QString name;
    int items = 0;
    double totalPoints = 0;
    bool builtin = false;
    QString sha256;  // of the canonical body
    QString createdAt;
    QString createdBy;
};

} // namespace casereview
