// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The labelled values at the head of a decision (当事人：… 统一社会信用代码：… 住所：…) read as
// labels inside running text, so a block laid out one value a line and the same block run into
// one paragraph ("…有限公司统一社会信用代码：…，住所：…") give the same values. Each value ends
// where the next label starts, a line ends or the body begins (经查, 本局…, 涉嫌 …).
#include "domain/evidence.h"
#include "pagelines.h"

#include <QString>
#include <vector>

namespace casereview {

namespace PartyBlock {
enum class Kind {
    Name,        // 当事人, 被处罚人, 当事人名称, 单位名称, 姓名, 行政相对人名称 …
    Uscc,        // 统一社会信用代码
    PersonId,    // 身份证件号码, 公民身份号码 (of the party itself)
    Personal,    // 性别, 出生, 民族, 年龄
    Address,     // 住所, 住址, 地址, 经营场所
    LegalRep,    // 法定代表人, 负责人
    Operator,    // 经营者, 业户 (a 个体工商户's keeper)
    Other,       // any other label (联系电话, 证照名称, 处罚机关统一社会信用代码 …): ends a value
};

struct Entry {
    Kind kind = Kind::Other;
    QString label;  // as printed, spaces removed
    QString value;  // up to the next label or the end of its line, trimmed; a name is cleaned
    Evidence evidence;
};

// The entries of the decision's party block, in text order; an unlabelled addressee before
// the first label comes as a Name entry. `pl` is the decision (or the whole file).
std::vector<Entry> read(const PageLines &pl);
// The entries from the first one labelled as the party's name anywhere in `pl` (行政相对人名称：…,
// 当事人名称 …) on, for tables and summaries that put the name after the body.
std::vector<Entry> namesAnywhere(const PageLines &pl);

// A party's name cut from a labelled value: stops at a separator, a space or a bracket that does
// not continue the name (（统一社会信用代码…）, （以下简称…）, （个体工商户）); empty when
// what is left cannot be a name.
QString cleanName(const QString &value);
} // namespace PartyBlock

} // namespace casereview
