// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include <QJsonArray>

using namespace casereview;

namespace {
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonObject withEvidence(const QJsonValue &value, const Evidence &ev)
{
    return {{"value", value}, {"page", ev.page}, {"snippet", ev.snippet}};
}

QJsonValue text(const std::optional<TextField> &f)
{
    return f ? QJsonValue(withEvidence(f->value, f->evidence)) : QJsonValue();
}
} // namespace

namespace CaseJson {
QJsonObject summary(const CaseSummary &s)
{
    QJsonArray uncertain;  // fields resting on doubtful OCR words, as `show --json` names them
    for (const QString &key : s.uncertainFields)
        uncertain.append(key);
    QJsonObject o{{"case_id", s.id},
                  {"file", s.fileName},
                  {"case_no", orNull(s.caseNo)},
                  {"agency", orNull(s.agency)},
                  {"party_name", orNull(s.partyName)},
                  {"party_uscc", orNull(s.partyUscc)},
                  {"case_type", orNull(s.caseType)},
                  {"fine_amount_yuan", s.fineAmountYuan ? QJsonValue(*s.fineAmountYuan) : QJsonValue()},
                  {"decision_date", s.decisionDate.isValid() ? QJsonValue(s.decisionDate.toString(Qt::ISODate)) : QJsonValue()},
                  {"pages", s.pages},
                  {"parties", s.partyCount},
                  {"uncertain_fields", uncertain}};
    // Under blind review in a campaign: its progress only ("review" is null or the visible one).
    if (s.blindAssigned > 0)
        o.insert(QStringLiteral("blind"), QJsonObject{{"assigned", s.blindAssigned}, {"submitted", s.blindSubmitted}});
    return o;
}

QJsonValue review(const CaseSummary &s)
{
    if (!s.review)
        return QJsonValue();
    const CaseReviewSummary &r = *s.review;
    const GradeStanding standing = r.standing();
    QJsonArray others;
    for (const ReviewBrief &o : s.otherReviews)
        others.append(QJsonObject{{"reviewer", o.reviewer}, {"status", ReviewStatusKeys::key(o.status)}});
    return QJsonObject{{"review_id", r.reviewId},
                       {"reviewer", r.reviewer},
                       {"status", ReviewStatusKeys::key(r.status)},
                       {"total", r.total},
                       {"max_total", r.maxTotal},
                       {"unanswered", r.unanswered},
                       {"grade_standing", gradeStandingKey(standing)},
                       {"grade", standing == GradeStanding::Final ? QJsonValue(r.grade) : QJsonValue()},
                       {"provisional_grade", standing == GradeStanding::Provisional ? QJsonValue(r.grade) : QJsonValue()},
                       {"other_reviews", others}};
}

QJsonObject detail(const CaseRecord &r)
{
    const DossierFields &f = r.analysis.fields;
    QJsonArray documents;
    for (const CaseDocument &d : r.analysis.documents)
        documents.append(QJsonObject{{"type", documentTypeKey(d.type)},
                                     {"title", d.title},
                                     {"first_page", d.firstPage},
                                     {"last_page", d.lastPage}});
    QJsonObject fields;
    fields["case_no"] = text(f.caseNo);
    fields["agency"] = text(f.agency);
    fields["party_name"] = text(f.partyName);
    fields["party_type"] = f.partyType ? QJsonValue(withEvidence(partyTypeKey(f.partyType->value), f.partyType->evidence))
                                       : QJsonValue();
    if (f.partyUscc) {
        QJsonObject u = withEvidence(f.partyUscc->value, f.partyUscc->evidence);
        u["valid"] = f.partyUscc->valid;
        fields["party_uscc"] = u;
    } else {
        fields["party_uscc"] = QJsonValue();
    }
    fields["fine_amount_yuan"] = f.fineAmount ? QJsonValue(withEvidence(f.fineAmount->yuan, f.fineAmount->evidence))
                                              : QJsonValue();
    fields["case_type"] = text(f.caseType);
    QJsonObject dates;
    for (const char *key : kDateKeys) {
        const auto it = f.dates.find(QString::fromLatin1(key));
        dates[QLatin1String(key)] = it == f.dates.end()
            ? QJsonValue()
            : QJsonValue(withEvidence(it->second.value.toString(Qt::ISODate), it->second.evidence));
    }
    fields["dates"] = dates;
    QJsonArray officers;
    for (const Officer &o : f.officers)
        officers.append(QJsonObject{{"name", o.name}, {"cert_no", orNull(o.certNo)}, {"page", o.page}});
    fields["officers"] = officers;
    QJsonArray parties;
    for (const PartyRecord &p : f.parties)
        parties.append(QJsonObject{
            {"name", p.name.value},
            {"type", p.type ? QJsonValue(partyTypeKey(p.type->value)) : QJsonValue()},
            {"uscc", p.uscc ? QJsonValue(p.uscc->value) : QJsonValue()},
            {"uscc_valid", p.uscc ? QJsonValue(p.uscc->valid) : QJsonValue()},
            {"fine_amount_yuan", p.fine ? QJsonValue(p.fine->yuan) : QJsonValue()},
            {"penalty", p.penalty ? QJsonValue(p.penalty->value) : QJsonValue()},
            {"page", p.name.evidence.page},
            {"snippet", p.name.evidence.snippet}});
    fields["parties"] = parties;

    return {{"case_id", r.id},
            {"file", r.fileName},
            {"source_path", r.sourcePath},
            {"sha256", r.sha256},
            {"pages", r.pages},
            {"imported_at", r.importedAt.toString(Qt::ISODate)},
            {"warnings", QJsonArray::fromStringList(r.warnings)},
            {"documents", documents},
            {"fields", fields}};
}
} // namespace CaseJson
