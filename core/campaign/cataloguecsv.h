// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an agency's case catalogue (办案目录) exported as CSV into population members. Excel
// and WPS in Chinese locales save CSV in GBK, others in UTF-8 with or without a BOM: the
// bytes are taken as UTF-8 when they are valid UTF-8, else decoded as GB18030 (a superset of
// GBK), else refused. Columns are found by header, English or Chinese (agency/机关,
// case_no/案号, case_type/案件类型, decision_date/决定日期, amount/罚款, flags/标记 with
// `;`-separated values); other columns are ignored. Any bad row refuses the whole file, the
// row named by its spreadsheet row number (the header is row 1), so nothing is half-imported.
#include "populationmember.h"

#include <QByteArray>
#include <vector>

namespace casereview {

class CatalogueCsv {
public:
    struct Decoded {
        QString text;
        QString encoding;  // "UTF-8" or "GB18030"
    };
    // Throws CampaignError(BadCatalogue) when the bytes are neither UTF-8 nor GB18030.
    static Decoded decode(const QByteArray &bytes);
    // Throws CampaignError(BadCatalogue) naming the row and column at fault.
    static std::vector<PopulationMember> parse(const QByteArray &bytes);
    // RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); blank lines are skipped but counted.
    static std::vector<std::pair<int, QStringList>> records(const QString &text);
    // Canonical forms; nullopt when the text is not a date / an amount.
    static std::optional<QString> canonicalDate(const QString &text);
    static std::optional<QString> canonicalAmount(const QString &text);
};

} // namespace casereview
