// SPDX-License-Identifier: GPL-3.0-or-later
// Scale benchmark: a store of 10,000 cases and 150,000 pages, generated through the repositories
// and services (page texts from the demo dossiers' wording with varied parties, agencies,
// numbers and dates; originals from a few real demo PDFs, each made unique by a trailing
// comment; a quarter of the cases reviewed and signed, findings on every case, rectification
// items from the signed reviews). Then it measures what a reviewer waits for: opening the store
// and loading the case list, in-process search p50/p95 for 1-, 2- and 3+-character queries, the
// dashboard, the rectification 三色 board, resident memory and the store's size per page.
// Not a test; prints figures and the goals beside them.
//   cmake --build build --target bench_scale && QT_QPA_PLATFORM=offscreen build/bench/bench_scale \
//       [--cases 10000] [--pages 15] [--store FILE (kept; generated only when it holds no cases)]
#include "analytics/dashboardloader.h"
#include "demo/demodossiers.h"
#include "diagnosis/rulecatalogue.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationservice.h"
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "search/pagesearch.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/standardservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace casereview;

namespace {
const char *const kCities[] = {"郑州", "洛阳", "开封", "新乡", "许昌", "南阳", "安阳", "焦作", "信阳", "周口", "商丘", "漯河"};
const char *const kBureaus[] = {"市场监督管理局", "生态环境局", "城市管理局", "交通运输局", "应急管理局", "自然资源局"};
const char *const kWords[] = {"惠民", "鑫源", "宏达", "恒通", "瑞丰", "金穗", "华茂", "永盛", "博远", "晨光", "润泽", "天合"};
const char *const kTrades[] = {"商贸", "食品", "建材", "物流", "餐饮", "科技", "医药", "农业"};
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
const char *const kGiven[] = {"建国", "明华", "秀英", "志强", "海燕", "国庆", "丽娟", "文博", "春生", "晓东"};
const char *const kFines[] = {"伍仟元整", "壹万元整", "叁万元整", "贰仟伍佰元", "50,000元", "8000元", "1.5万元"};

QString u(const char *s) { return QString::fromUtf8(s); }
template <size_t N> QString pick(const char *const (&list)[N], int i) { return u(list[size_t(i) % N]); }
double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// One generated dossier: the demo wording, its party, agency, case number and dates varied, then
// interview records until it has `pages` pages.
QStringList dossierPages(int i, int pages, QString &party, QString &agency, QString &caseNo)
{
    QStringList out = DemoDossiers::pages(i % 6);
    party = pick(kCities, i / 7) + pick(kWords, i) + pick(kTrades, i / 3) + QStringLiteral("有限公司");
    agency = pick(kCities, i) + pick(kBureaus, i / 12);
    caseNo = QStringLiteral("%1罚〔%2〕%3号").arg(pick(kCities, i).left(1)).arg(2023 + i % 3).arg(i);
    static const QRegularExpression partyLine(QStringLiteral("当事人：([^\\n]+)"));
    static const QRegularExpression agencyLine(QStringLiteral("^([^\\n]+局)\\n"));
    static const QRegularExpression number(QStringLiteral("〔2025〕\\d+号"));
    static const QRegularExpression fine(QStringLiteral("罚款人民币[^。\\n的]+"));
    const QString oldParty = partyLine.match(out.join(QLatin1Char('\n'))).captured(1);
    const QString oldAgency = agencyLine.match(out.value(3)).captured(1);
    for (QString &p : out) {
        if (!oldParty.isEmpty())
            p.replace(oldParty, party);
        if (!oldAgency.isEmpty())
            p.replace(oldAgency, agency);
        p.replace(number, QStringLiteral("〔%1〕%2号").arg(2023 + i % 3).arg(i));
        p.replace(fine, QStringLiteral("罚款人民币") + pick(kFines, i));
    }
    for (int k = out.size(); k < pages; ++k) {
        const QString person = pick(kSurnames, i + k) + pick(kGiven, i * 3 + k);
        QString p = QStringLiteral("询问笔录（第%1页）\n询问时间：%2年%3月%4日 %5时\n被询问人：%6 身份证号：4101%7\n"
                                   "询问人：%8 执法证号：4101002%9\n")
                        .arg(k - 6).arg(2023 + i % 3).arg(1 + (i + k) % 12).arg(1 + (i * 7 + k) % 28).arg(9 + k % 8)
                        .arg(person).arg(19700101 + (i * 37 + k) % 300000, 14, 10, QLatin1Char('0'))
                        .arg(pick(kSurnames, i) + pick(kGiven, i)).arg(10000 + (i + k) % 90000);
        for (int q = 0; q < 6; ++q)
            p += QStringLiteral("问：%1公司第%2批货物的进货来源和数量？\n答：从%3%4公司购进，共计%5件，货值%6元，有送货单为证。\n")
                     .arg(party.left(4)).arg(q + 1).arg(pick(kCities, i + q + k)).arg(pick(kWords, i + q))
                     .arg(10 + (i * 13 + q * 7 + k) % 990).arg(100 + (i * 31 + q) % 99900);
        p += QStringLiteral("被询问人签名：%1 %2年%3月%4日").arg(person).arg(2023 + i % 3).arg(1 + (i + k) % 12).arg(1 + k % 28);
        out << p;
    }
    return out;
}

void generate(Database &db, int cases, int pages, const QString &pdfFolder)
{
    QList<QByteArray> originals;
    for (const QString &path : DemoDossiers::write(pdfFolder, 6)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            originals << f.readAll();
    }
    StandardService(db).ensureBuiltins();
    const std::vector<Answer> answers = {
        {QStringLiteral("P-B01"), Verdict::Deduct, 2, QStringLiteral("无负责人签字"), {{1, std::nullopt, {}}}},
        {QStringLiteral("P-C02"), Verdict::Deduct, 1, {}, {{3, std::nullopt, {}}}}};
    ReviewService reviews(db);
    FindingRepository findings(db);
    CaseRepository repo(db);
    std::vector<qint64> signedCases;
    QElapsedTimer t;
    t.start();
    for (int i = 1; i <= cases; ++i) {
        NewCase c;
        QString party, agency, caseNo;
        const QStringList texts = dossierPages(i, pages, party, agency, caseNo);
        c.pageTexts.assign(texts.begin(), texts.end());
        c.fileName = QStringLiteral("%1 %2.pdf").arg(caseNo, party);
        c.sourcePath = QStringLiteral("/卷宗/") + c.fileName;
        c.original = originals.value(i % originals.size()) + QByteArray("\n%bench case ") + QByteArray::number(i) + '\n';
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        c.analysis.fields.caseNo = TextField{caseNo, {5, caseNo}};
        c.analysis.fields.agency = TextField{agency, {5, agency}};
        c.analysis.fields.partyName = TextField{party, {5, QStringLiteral("当事人：") + party}};
        c.analysis.fields.caseType = TextField{QStringLiteral("行政处罚"), {1, {}}};
        c.analysis.fields.fineAmount = AmountField{double(1000 * (1 + i % 50)), {5, pick(kFines, i)}};
        c.analysis.fields.dates[QStringLiteral("decision")] = DateField{QDate(2023, 1, 1).addDays(i % 1000), {5, {}}};
        const qint64 id = repo.add(c);
        findings.replace(id,
                         {RuleCatalogue::finding("DECISION_OVERDUE", QStringLiteral("历时%1日").arg(91 + i % 40),
                                                 {{5, QStringLiteral("决定")}}, QString::number(91 + i % 40)),
                          RuleCatalogue::finding("LATE_DELIVERY", QStringLiteral("送达历时%1日").arg(8 + i % 9),
                                                 {{6, QStringLiteral("送达回证")}}, QString::number(8 + i % 9))},
                         QStringLiteral("henan"));
        if (i % 4 == 0) {
            ReviewService::Submission s;
            s.caseId = id;
            s.reviewer = pick(kSurnames, i) + QStringLiteral("评查");
            s.standardId = QStringLiteral("penalty-general");
            s.answers = answers;
            s.sign = true;
            s.allowIncomplete = true;
            reviews.save(s);
            signedCases.push_back(id);
        }
        if (i % 1000 == 0) {
            std::printf("  generated %d cases (%.0f s)\n", i, double(t.elapsed()) / 1000);
            std::fflush(stdout);
        }
    }
    RectificationService::CreateRequest r;
    r.caseIds = signedCases;
    r.actor = QStringLiteral("督查员");
    const auto created = RectificationService(db).create(r);
    std::printf("  %zu rectification items from %zu signed reviews\n", created.created.size(), signedCases.size());
}

struct Percentiles {
    double p50 = 0, p95 = 0, max = 0;
};
Percentiles percentiles(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), v.back()};
}

long statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLong();
    return -1;
}

void searchRound(Database &db, const char *label, const QStringList &queries)
{
    std::vector<double> times;
    size_t hits = 0;
    for (int round = 0; round < 3; ++round)
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            hits += PageSearch::run(db, q, 50).size();
            times.push_back(ms(t));
        }
    const Percentiles p = percentiles(times);
    std::printf("search %-6s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%zu runs, %zu hits; goal p50 < 50, p95 < 200)\n",
                label, p.p50, p.p95, p.max, times.size(), hits);
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);  // the demo PDFs are painted
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int cases = option("--cases", QStringLiteral("10000")).toInt();
    const int pages = option("--pages", QStringLiteral("15")).toInt();
    QTemporaryDir tmp;
    const QString path = option("--store", tmp.filePath(QStringLiteral("scale.crstore")));
    {
        Database db(path);
        if (CaseRepository(db).count() == 0) {
            std::printf("generating %d cases × %d pages into %s\n", cases, pages, qPrintable(path));
            QElapsedTimer t;
            t.start();
            generate(db, cases, pages, tmp.filePath(QStringLiteral("pdf")));
            std::printf("generated in %.0f s\n", double(t.elapsed()) / 1000);
        }
        db.checkpoint();
    }

    QElapsedTimer t;
    t.start();
    auto db = std::make_unique<Database>(path);
    const double openMs = ms(t);
    t.restart();
    const auto summaries = CaseSummaryLoader(*db).all();
    const double listMs = ms(t);
    std::printf("open %.0f ms + case list %.0f ms = %.0f ms for %zu cases (goal < 1000)\n", openMs, listMs, openMs + listMs,
                summaries.size());

    searchRound(*db, "1-char", {QStringLiteral("罚"), QStringLiteral("鑫"), QStringLiteral("证"), QStringLiteral("裁"),
                                QStringLiteral("局"), QStringLiteral("穗"), QStringLiteral("狗"), QStringLiteral("7")});
    searchRound(*db, "2-char", {QStringLiteral("罚款"), QStringLiteral("听证"), QStringLiteral("复议"), QStringLiteral("鑫源"),
                                QStringLiteral("王建"), QStringLiteral("货值"), QStringLiteral("滞纳"), QStringLiteral("12")});
    searchRound(*db, "3+char", {QStringLiteral("行政处罚决定书"), QStringLiteral("告知书"), QStringLiteral("鑫源商贸有限公司"),
                                QStringLiteral("六十日内申请行政复议"), QStringLiteral("〔2024〕4711号"),
                                QStringLiteral("送达回证 直接送达"), QStringLiteral("统一社会信用代码"), QStringLiteral("不存在的词语")});

    const QDate today(2026, 12, 3);
    t.restart();
    const DashboardData dash = DashboardLoader(*db).load(today);
    std::printf("dashboard %.0f ms (%d rectification items; goal < 1000)\n", ms(t), dash.rectificationItems);
    t.restart();
    std::vector<RectificationItem> items = RectificationService(*db, nullptr, [&] { return today; }).items();
    const auto perAgency = RectificationRules::perAgency(items, today);
    std::sort(items.begin(), items.end(), [&](const auto &a, const auto &b) { return RectificationRules::moreUrgent(a, b, today); });
    int red = 0;
    for (const RectificationItem &i : items)
        red += RectificationRules::light(i, today) == TrafficLight::Red;
    std::printf("三色 board %.0f ms (%zu items, %d red, %lld agencies; goal < 1000)\n", ms(t), items.size(), red,
                qint64(perAgency.size()));

    std::printf("resident memory %ld MB now, peak %ld MB (goal < 500)\n", statusKb("VmRSS:") / 1024, statusKb("VmHWM:") / 1024);
    db.reset();
    Database sizes(path, Database::Mode::ReadOnly);
    const CaseRepository::Totals totals = CaseRepository(sizes).totals();
    const qint64 pageCount = totals.pages;
    const qint64 originals = totals.originalBytes;
    const qint64 file = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("store %.0f MB for %lld pages: %.1f KB per page (%.1f KB without the original PDFs, %.0f MB of originals)\n",
                double(file) / 1048576, pageCount, double(file) / 1024 / double(pageCount),
                double(file - originals) / 1024 / double(pageCount), double(originals) / 1048576);
    return 0;
}
