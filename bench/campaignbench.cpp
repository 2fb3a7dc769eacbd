// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign timings (issue #15) on generated data: a catalogue of 30 agencies × 300 rows read
// from CSV and stored as the population, a 10% draw stratified by agency, its verification,
// linking the drawn rows to 900 stored cases, 40 reviewers assigned two per file, and the
// agreement and status over the 900 double-reviewed files (loaded from the store, and the pure
// computation alone). Goal: each step under 1 s. Not a test; prints figures.
//   cmake --build build --target bench_campaign && build/bench/bench_campaign [--agencies N] [--rows N]
#include "campaign/campaignagreement.h"
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"
#include "campaign/cataloguecsv.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace casereview;

namespace {
QElapsedTimer g_timer;
void lap(const char *what, qint64 n = -1)
{
    const double ms = double(g_timer.nsecsElapsed()) / 1e6;
    if (n >= 0)
        std::printf("%-44s %9.1f ms  (%lld)\n", what, ms, static_cast<long long>(n));
    else
        std::printf("%-44s %9.1f ms\n", what, ms);
    std::fflush(stdout);
    g_timer.restart();
}

QString agency(int a) { return QStringLiteral("第%1市场监督管理局").arg(a + 1, 2, 10, QLatin1Char('0')); }

QByteArray catalogue(int agencies, int rows)
{
    QByteArray csv = "机关,案号,案件类型,决定日期,罚款,标记\r\n";
    for (int a = 0; a < agencies; ++a)
        for (int r = 0; r < rows; ++r) {
            const QString flags = r % 97 == 0 ? QStringLiteral("重大;听证") : QString();
            csv += QStringLiteral("%1,%2罚〔2024〕%3号,%4,2024-%5-%6,%7,%8\r\n")
                       .arg(agency(a), agency(a).left(3)).arg(r + 1)
                       .arg(r % 3 ? QStringLiteral("行政处罚") : QStringLiteral("行政检查"))
                       .arg(r % 12 + 1, 2, 10, QLatin1Char('0')).arg(r % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg((r * 37) % 50000).arg(flags)
                       .toUtf8();
        }
    return csv;
}

// One reviewer's answers: the file's "true" verdict per item, missed now and then.
std::vector<Answer> answers(const ReviewStandard &s, quint64 fileSeed, quint64 reviewerSeed)
{
    QRandomGenerator truth(fileSeed), noise(fileSeed ^ (reviewerSeed * 7919));
    std::vector<Answer> out;
    for (const StandardSection &sec : s.sections)
        for (const StandardItem &i : sec.items) {
            const int t = int(truth.bounded(100));
            Answer a{i.id, Verdict::Pass, 0, {}, {}};
            if (i.veto) {
                a.verdict = t < 2 ? Verdict::Fail : Verdict::Pass;
            } else if (t < 15) {
                a.verdict = Verdict::Deduct;
                a.deduction = std::min(i.points, double(1 + t % 2));
            } else if (t < 20) {
                a.verdict = Verdict::NotApplicable;
            }
            if (noise.bounded(100) < 3 && !i.veto) {  // a reviewer's own reading
                a.verdict = a.verdict == Verdict::Deduct ? Verdict::Pass : Verdict::Deduct;
                a.deduction = a.verdict == Verdict::Deduct ? std::min(i.points, 1.0) : 0;
            }
            out.push_back(a);
        }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int agencies = 30, rows = 300;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--agencies"))
            agencies = args[i + 1].toInt();
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.crstore")));
    StandardService(db).ensureBuiltins();
    CampaignService service(db);
    const qint64 id = service.create({QStringLiteral("基准评查"), {}, {}, {}, QStringLiteral("penalty-general"), std::nullopt, {}, QStringLiteral("bench")});
    const QByteArray csv = catalogue(agencies, rows);
    std::printf("catalogue: %d agencies × %d rows, %.1f MB of CSV\n", agencies, rows, csv.size() / 1e6);

    g_timer.start();
    const auto parsed = CatalogueCsv::parse(csv);
    lap("parse catalogue CSV", qint64(parsed.size()));
    const auto pop = service.populationFromCatalogue(id, csv, QStringLiteral("catalogue.csv"), QStringLiteral("bench"));
    lap("population: parse, hash and store", pop.size);
    DrawSpec spec;
    spec.seed = QStringLiteral("2024-05-01 福彩3D 123");
    spec.strata = {QStringLiteral("agency")};
    spec.ratioText = QStringLiteral("0.1");
    spec.ratioNumerator = 1;
    spec.ratioDenominator = 10;
    const DrawRecord draw = service.draw(id, spec, {QStringLiteral("公证员")}, QStringLiteral("bench"));
    lap("draw 10% by agency, stored", qint64(draw.drawn.size()));
    const auto verified = service.verifyDraw(id);
    lap(verified.equal ? "verify-draw (equal)" : "verify-draw (NOT EQUAL)", qint64(verified.recomputed.size()));

    // The drawn files' PDFs arrive: one stored case per drawn row (not timed).
    for (const DrawnMember &m : draw.drawn) {
        NewCase c;
        c.fileName = m.key + QStringLiteral(".pdf");
        c.original = m.key.toUtf8();
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        c.pageTexts = {QStringLiteral("行政处罚决定书")};
        c.analysis.fields.caseNo = TextField{m.key, {1, {}}};
        CaseRepository(db).add(c);
    }
    g_timer.restart();
    const int linked = service.link(id, QStringLiteral("bench"));
    lap("link drawn rows to stored cases", linked);
    for (int r = 0; r < 40; ++r) {
        CampaignReviewer rv{QStringLiteral("评查员%1").arg(r + 1, 2, 10, QLatin1Char('0')),
                            r < agencies ? agency(r) : QStringLiteral("市司法局第%1组").arg(r), {}, {}};
        if (r % 7 == 0 && agencies > 1)
            rv.conflicts << agency((r + 1) % agencies);
        service.addReviewer(id, rv, QStringLiteral("bench"));
    }
    g_timer.restart();
    const AssignmentRecord a = service.assign(id, 2, QStringLiteral("assign-seed"), QStringLiteral("bench"));
    lap("assign 40 reviewers, 2 per file, stored", qint64(a.files.size()));

    // Both reviewers of every file submit (not timed).
    const ReviewStandard standard = StandardService(db).get(QStringLiteral("penalty-general"));
    ReviewService reviews(db);
    std::map<QString, qint64> caseOf;
    for (const DrawnMember &m : service.recordedDraw(id).drawn)
        caseOf[m.key] = m.caseId.value_or(0);
    QElapsedTimer fill;
    fill.start();
    for (const FileAssignment &f : a.files)
        for (int k = 0; k < f.reviewers.size(); ++k) {
            ReviewService::Submission s;
            s.caseId = caseOf[f.key];
            s.reviewer = f.reviewers[k];
            s.standardId = standard.id;
            s.answers = answers(standard, qHash(f.key), quint64(k + 1));
            s.submit = true;
            reviews.save(s);
        }
    std::printf("(%lld reviews written in %.1f s, not timed)\n", static_cast<long long>(a.files.size() * 2), fill.elapsed() / 1000.0);
    g_timer.restart();
    CampaignProgress progress(db);
    const AgreementReport report = progress.agreement(id);
    lap("agreement from the store (load, score, compute)", report.units);
    const std::vector<FileReviews> loaded = progress.reviews(id);
    g_timer.restart();
    const AgreementReport pure = CampaignAgreement::compute(loaded, standard);
    lap("agreement, the pure computation alone", pure.units);
    const CampaignStatus st = progress.status(id);
    lap("status", st.reviewed);
    std::printf("files %zu, units %d, percent %.3f, alpha nominal %.3f, interval %.3f, pairs %zu (with kappa %lld), disputed %d\n",
                report.files.size(), report.units, report.percent.value_or(-1), report.alphaNominal.value_or(-1),
                report.alphaInterval.value_or(-1), report.pairs.size(),
                static_cast<long long>(std::count_if(report.pairs.begin(), report.pairs.end(), [](const PairAgreement &p) { return p.kappa.has_value(); })),
                st.disputed);
    return verified.equal ? 0 : 1;
}
