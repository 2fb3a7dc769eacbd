// SPDX-License-Identifier: GPL-3.0-or-later
// `cases` and `show CASE_ID`: what the store holds.
#include "casejson.h"
#include "clicontext.h"
#include "commands.h"
#include "findingjson.h"
#include "futurewait.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/ocrrepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

namespace {
// What `show` prints, read in one go on the read pool.
struct Shown {
    std::optional<CaseRecord> record;
    std::vector<PageSourceInfo> sources;
    std::optional<QJsonArray> findings;  // --json only; empty when the store has no findings table
};

QString dash(const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; }

// "signed by 张三: 97 优秀", "submitted by 张三 (2 reviews): 97 优秀 (unsigned)", "draft by 张三: 46 unanswered".
QString reviewText(const CaseSummary &s)
{
    if (s.blindAssigned > 0)
        return QStringLiteral("blind review: %1 assigned, %2 submitted").arg(s.blindAssigned).arg(s.blindSubmitted);
    if (!s.review)
        return QStringLiteral("not reviewed");
    const CaseReviewSummary &r = *s.review;
    QString text = ReviewStatusKeys::key(r.status) + QStringLiteral(" by ") + r.reviewer;
    if (s.reviewCount > 1)
        text += QStringLiteral(" (%1)").arg(counted(s.reviewCount, "review", "reviews"));
    text += QStringLiteral(": ") + QString::number(r.total);
    switch (r.standing()) {
    case GradeStanding::Final: return text + u' ' + r.grade;
    case GradeStanding::Provisional:
        text += u' ' + r.grade + (r.status == ReviewStatus::Signed ? QStringLiteral(" (incomplete)") : QStringLiteral(" (unsigned)"));
        break;
    case GradeStanding::None: text += QStringLiteral(" provisional"); break;
    }
    if (r.unanswered > 0)
        text += QStringLiteral(", %1 unanswered").arg(counted(r.unanswered, "item", "items"));
    return text;
}

void printField(QTextStream &out, const char *label, const QString &value, const Evidence &ev)
{
    out << "  " << label << ": " << value << "   (p." << ev.page << ": " << ev.snippet << ")" << Qt::endl;
}
} // namespace

int runCases(CliContext &ctx)
{
    if (!ctx.args.positional.isEmpty())
        return ctx.usageError(QStringLiteral("cases takes no arguments"));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const std::vector<CaseSummary> list = waitFor(ws->caseSummaries());
    if (ctx.json()) {
        QJsonArray arr;
        for (const CaseSummary &s : list) {
            QJsonObject o = CaseJson::summary(s);
            o.insert(QStringLiteral("review"), CaseJson::review(s));
            o.insert(QStringLiteral("open_findings"), s.openFindings);
            arr.append(o);
        }
        ctx.printJson(QJsonDocument(arr));
        return ExitOk;
    }
    for (const CaseSummary &s : list) {
        ctx.out << s.id << "\t" << dash(s.caseNo) << "\t" << dash(s.agency) << "\t" << dash(s.partyName) << "\t"
                << (s.fineAmountYuan ? QString::number(*s.fineAmountYuan, 'f', 0) + QStringLiteral(" 元") : QStringLiteral("-"))
                << "\t" << s.pages << " p\t"
                << (s.uncertainFields.empty() ? QStringLiteral("-")
                                              : QStringLiteral("check ") + QStringList(s.uncertainFields.begin(), s.uncertainFields.end()).join(QLatin1Char(',')))
                << "\t" << reviewText(s) << "\t" << s.fileName << Qt::endl;
    }
    ctx.out << counted(qint64(list.size()), "case", "cases") << " in " << ctx.storePath() << Qt::endl;
    return ExitOk;
}

int runShow(CliContext &ctx)
{
    if (ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("show needs exactly one CASE_ID"));
    bool ok = false;
    const qint64 id = ctx.args.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(ctx.args.positional.first()));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const bool json = ctx.json();
    const Shown shown = waitFor(ws->read([id, json](Database &db) {
        Shown s;
        s.record = CaseRepository(db).get(id);
        if (!s.record)
            return s;
        s.sources = OcrRepository(db).sources(id);
        if (json) {
            FindingRepository findings(db);
            s.findings = findings.available() ? FindingJson::stored(findings.list(id)) : QJsonArray();
        }
        return s;
    }));
    const auto &rec = shown.record;
    if (!rec)
        return ctx.failure(QStringLiteral("no case %1 in %2").arg(id).arg(ctx.storePath()));
    const auto &sources = shown.sources;
    const std::set<QString> &uncertain = rec->uncertainFields;
    if (ctx.json()) {
        QJsonObject o = CaseJson::detail(*rec);
        // Values read from low-confidence OCR words: "uncertain": true on the field, and listed.
        QJsonObject fields = o["fields"].toObject();
        QJsonArray uncertainKeys;
        for (const QString &key : uncertain) {
            uncertainKeys.append(key);
            const QStringList path = key.split(QLatin1Char('.'));
            if (path.size() == 1) {
                QJsonObject v = fields[key].toObject();
                v["uncertain"] = true;
                fields[key] = v;
            } else if (path[0] == QLatin1String("dates")) {
                QJsonObject dates = fields["dates"].toObject();
                QJsonObject v = dates[path[1]].toObject();
                v["uncertain"] = true;
                dates[path[1]] = v;
                fields["dates"] = dates;
            } else if (path[0] == QLatin1String("officers")) {
                QJsonArray officers = fields["officers"].toArray();
                QJsonObject v = officers[path[1].toInt()].toObject();
                v["uncertain"] = true;
                officers[path[1].toInt()] = v;
                fields["officers"] = officers;
            }
        }
        o["fields"] = fields;
        o["uncertain_fields"] = uncertainKeys;
        QJsonArray text;
        for (const PageSourceInfo &s : sources) {
            QJsonObject p{{"page", s.page}, {"source", s.source}};
            p["confidence"] = s.confidence ? QJsonValue(*s.confidence) : QJsonValue();
            if (s.source == QLatin1String("ocr"))
                p["low_confidence_words"] = s.lowConfidenceWords;
            text.append(p);
        }
        o["page_text"] = text;
        o["findings"] = *shown.findings;
        ctx.printJson(QJsonDocument(o));
        return ExitOk;
    }
    const DossierFields &f = rec->analysis.fields;
    QTextStream &out = ctx.out;
    out << "case " << rec->id << ": " << rec->fileName << " (" << counted(rec->pages, "page", "pages") << ", sha256 " << rec->sha256.left(16)
        << "…)" << Qt::endl;
    for (const QString &w : rec->warnings)
        out << "  warning: " << w << Qt::endl;
    out << "page text:" << Qt::endl;
    for (const PageSourceInfo &s : sources) {
        out << "  p." << s.page << "\t" << s.source;
        if (s.confidence)
            out << "  mean confidence " << QString::number(*s.confidence, 'f', 1) << ", "
                << counted(s.lowConfidenceWords, "doubtful word", "doubtful words");
        out << Qt::endl;
    }
    out << "documents:" << Qt::endl;
    for (const CaseDocument &d : rec->analysis.documents)
        out << "  p." << d.firstPage << (d.lastPage != d.firstPage ? QStringLiteral("-%1").arg(d.lastPage) : QString())
            << "\t" << documentTypeTitle(d.type) << (d.title.isEmpty() ? QString() : QStringLiteral(" 「%1」").arg(d.title))
            << Qt::endl;
    out << "fields:" << Qt::endl;
    if (f.caseNo) printField(out, "case_no", f.caseNo->value, f.caseNo->evidence);
    if (f.agency) printField(out, "agency", f.agency->value, f.agency->evidence);
    if (f.partyName) printField(out, "party_name", f.partyName->value, f.partyName->evidence);
    if (f.partyType) printField(out, "party_type", partyTypeKey(f.partyType->value), f.partyType->evidence);
    if (f.partyUscc)
        printField(out, "party_uscc", f.partyUscc->value + (f.partyUscc->valid ? QString() : QStringLiteral(" [INVALID check character]")),
                   f.partyUscc->evidence);
    if (f.fineAmount) printField(out, "fine_amount_yuan", QString::number(f.fineAmount->yuan, 'f', 2), f.fineAmount->evidence);
    if (f.caseType) printField(out, "case_type", f.caseType->value, f.caseType->evidence);
    for (const auto &[key, d] : f.dates)
        printField(out, ("date." + key.toStdString()).c_str(), d.value.toString(Qt::ISODate), d.evidence);
    if (f.parties.size() > 1)
        for (size_t i = 0; i < f.parties.size(); ++i) {
            const PartyRecord &p = f.parties[i];
            out << "  party " << (i + 1) << ": " << p.name.value << "  " << (p.type ? partyTypeKey(p.type->value) : QStringLiteral("-"))
                << "  " << (p.uscc ? p.uscc->value : QStringLiteral("-")) << "  "
                << (p.fine ? QString::number(p.fine->yuan, 'f', 2) : QStringLiteral("-")) << "  (p." << p.name.evidence.page << ")"
                << Qt::endl;
        }
    for (const Officer &o : f.officers)
        out << "  officer: " << o.name << "  " << dash(o.certNo) << "  (p." << o.page << ")" << Qt::endl;
    if (!uncertain.empty())
        out << "uncertain (read from low-confidence OCR words, check on the page): "
            << QStringList(uncertain.begin(), uncertain.end()).join(QStringLiteral(", ")) << Qt::endl;
    return ExitOk;
}
