// SPDX-License-Identifier: GPL-3.0-or-later
// The dimension table of the variation suite and its tuning / held-out split. The split is the
// contract of the held-out measurement: tests (tests/core/variation/*_test.cpp) draw only from
// `tuning`; bench_variation reports the two pools separately. Do not move a value from held-out
// to tuning to make a figure look better; add new held-out values instead.
#include "variationfamily.h"

#include <QObject>

namespace {
const std::array<DimInfo, kDims> &table()
{
    static const std::array<DimInfo, kDims> t = {{
        {"Dates",
         {"2024年3月5日", "二〇二四年三月五日", "二零二四年三月五日", "2024-03-05", "2024.3.5", "2024 年 3 月 5 日", "2024年03月05日", "２０２４年",
          "二○二四年 (white circle)", "2024/3/5"},
         {0, 1, 3, 6}, {2, 4, 5, 7}, {8, 9}},
        {"Numerals", {"六十日", "60日", "六十天", "６０日", "60 日 (spaced)", "六十（60）日"}, {0, 1}, {2, 3}, {4, 5}},
        {"Amounts", {"30000元", "3万元", "人民币叁万元整", "￥30,000.00", "大写（￥小写）", "人民币30000元", "大写（小写元）", "30,000元",
          "人民币大写（小写.00元）"},
         {0, 2, 4}, {1, 3, 5, 6}, {7, 8}},
        {"Titles", {"事先告知书", "处罚告知书+agency", "告知单", "权利告知书", "违法行为告知书", "spaced titles", "…告知通知书"}, {0, 1, 3}, {2, 4, 5}, {6}},
        {"Notice", {"separate hearing notice", "combined 事先（听证）告知书", "hearing clause in plain notice"}, {0, 1}, {2}, {}},
        {"Remedy", {"收到…申请行政复议…提起行政诉讼", "接到…复议…起诉", "知道或者应当知道…依法", "two sentences, body after period",
                    "body in brackets", "periods after the bodies", "送达之日…于…提起诉讼", "litigation first"},
         {0, 1, 2}, {3, 4, 5}, {6, 7}},
        {"Brackets", {"〔2024〕12号", "[2024]12号", "（2024）12号", "【2024】12号", "〔2024〕0012号", "〔2024〕第12号", "﹝2024﹞12号", "(2024)12号"}, {0, 1, 4}, {2, 3, 5}, {6, 7}},
        {"PartyLabel", {"当事人：", "被处罚人：", "当事人名称：", "单位名称/姓名：", "当事人：⏎name", "当事人（单位）：⏎name", "party in one sentence", "当事人名称（姓名）：", "行政相对人："}, {0, 1, 4, 6}, {2, 3, 5}, {7, 8}},
        {"Layout", {"lines", "decision one paragraph", "notice and decision one paragraph", "hard-wrapped at 23 characters"}, {0, 1}, {2}, {3}},
        {"Order", {"procedure order", "decision first", "receipts gathered at the end", "newest first"}, {0, 1}, {2}, {3}},
        {"Noise", {"none", "spaces around punctuation", "ASCII punctuation", "full-width indent and blank lines"}, {0, 1}, {2, 3}, {}},
        {"Officers", {"name（执法证号：N）、", "table lines", "names then numbers", "执法证件号码 on own lines"}, {0, 1}, {2, 3}, {}},
        {"Footer", {"none", "第 N 页 共 M 页", "- N -", "running header: agency and case number"}, {0, 1}, {2}, {3}},
        {"Range", {"五万元以上十万元以下", "5万元以上10万元以下", "50000元以上100000元以下", "以上…以下的罚款"}, {0, 1}, {2}, {3}},
        {"Pagination", {"one page per document", "decision over two pages", "records and decision over two pages", "every long document over two pages"}, {0, 1}, {2}, {3}},
    }};
    return t;
}
} // namespace

const DimInfo &dimInfo(Dim d) { return table()[size_t(d)]; }

const char *poolName(Pool p) { return p == Pool::Tuning ? "tuning" : p == Pool::HeldOut ? "held-out" : "blind"; }

VariationFamily VariationFamily::random(std::mt19937 &rng, Pool pool)
{
    auto poolOf = [pool](const DimInfo &info) -> const std::vector<int> & {
        return pool == Pool::HeldOut ? info.heldOut : pool == Pool::Blind ? info.blind : info.tuning;
    };
    VariationFamily f;
    for (int i = 0; i < kDims; ++i) {
        const DimInfo &info = table()[size_t(i)];
        // held-out and blind dossiers mix their pool's values with tuning ones, so each is unseen
        // somewhere but not everywhere; at least one dimension is always from the pool.
        const bool fromPool = pool != Pool::Tuning && !poolOf(info).empty() && std::uniform_int_distribution<int>(0, 1)(rng) == 1;
        const auto &values = fromPool ? poolOf(info) : info.tuning;
        f.v[size_t(i)] = values[std::uniform_int_distribution<size_t>(0, values.size() - 1)(rng)];
    }
    if (pool != Pool::Tuning) {
        bool any = false;
        for (int i = 0; i < kDims; ++i) {
            const auto &h = poolOf(table()[size_t(i)]);
            any = any || std::find(h.begin(), h.end(), f.v[size_t(i)]) != h.end();
        }
        if (!any) {
            const auto &dates = poolOf(table()[0]);
            f.v[size_t(Dim::Dates)] = dates[std::uniform_int_distribution<size_t>(0, dates.size() - 1)(rng)];
        }
    }
    return f;
}

QString VariationFamily::label() const
{
    QStringList parts;
    for (int i = 0; i < kDims; ++i)
        if (v[size_t(i)] != 0)
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(table()[size_t(i)].name), table()[size_t(i)].values.value(v[size_t(i)]));
    return parts.isEmpty() ? QStringLiteral("base") : parts.join(u' ');
}
