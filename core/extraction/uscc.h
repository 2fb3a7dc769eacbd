// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unified social credit codes (统一社会信用代码, GB 32100-2015): check character and search.
#include <QChar>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace Uscc {
struct Match {
    QString code;  // upper-cased, full-width characters folded
    bool valid = false;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Upper-cased with full-width characters folded; in an 18-character code the letters left out
// of the code set because they look like digits (I O Z S) become those digits.
QString canonical(QStringView raw);
// True when code is 18 characters from the code set and its check character holds.
bool isValid(QStringView code);
// The check character for the first 17 characters; nullopt if any is outside the code set.
std::optional<QChar> checkCharacter(QStringView first17);
// Every 18-character run of digits and Latin letters that is not part of a longer run and
// holds at least one letter or passes the check (so bare ID numbers are skipped unless valid).
std::vector<Match> findAll(QStringView text);
} // namespace Uscc

} // namespace casereview
