// SPDX-License-Identifier: GPL-3.0-or-later
// The consensus sheet's rules (see consensussheet.h).
#include "consensussheet.h"

#include "scoring/scoringengine.h"

#include <QSet>
#include <cmath>
#include <limits>
#include <map>

namespace casereview {

namespace {
bool same(const Answer &a, const Answer &b) { return a.verdict == b.verdict && std::abs(a.deduction - b.deduction) < 1e-9; }

QString answerText(const Answer &a)
{
    if (a.verdict == Verdict::Deduct)
        return QStringLiteral("deduct %1").arg(QString::number(a.deduction, 'g', 6));
    return VerdictKeys::key(a.verdict);
}

// The answer every reviewer gave the item alike (their evidence together), or nullopt.
std::optional<Answer> common(const FileReviews &file, const QString &itemId)
{
    std::optional<Answer> out;
    for (const ReviewerScore &r : file.reviews) {
        const auto it = r.answers.find(itemId);
        if (it == r.answers.end() || (out && !same(*out, it->second)))
            return std::nullopt;
        if (!out) {
            out = Answer{itemId, it->second.verdict, it->second.deduction, {}, {}};
        }
        for (const EvidenceAnchor &e : it->second.evidence)
            if (std::find(out->evidence.begin(), out->evidence.end(), e) == out->evidence.end())
                out->evidence.push_back(e);
    }
    return out;
}
} // namespace

namespace ConsensusSheet {
QStringList disputedItems(const FileReviews &file, const ReviewStandard &standard)
{
    const AgreementReport report = CampaignAgreement::compute({file}, standard, std::numeric_limits<int>::max());
    QSet<QString> ids;
    for (const QString &id : report.files.front().disputedItems)
        ids.insert(id);
    // CampaignAgreement compares the answers given; an item only some reviewers answered is
    // disputed too: there is no common answer to take.
    for (const StandardSection &s : standard.sections)
        for (const StandardItem &i : s.items) {
            qsizetype answered = 0;
            for (const ReviewerScore &r : file.reviews)
                answered += r.answers.count(i.id);
            if (answered > 0 && answered < qsizetype(file.reviews.size()))
                ids.insert(i.id);
        }
    QStringList out;
    for (const QString &id : CampaignAgreement::ordered(ids, standard))
        if (standard.findItem(id))
            out << id;
    return out;
}

QString sideBySide(const FileReviews &file, const QString &itemId)
{
    QStringList parts;
    for (const ReviewerScore &r : file.reviews) {
        const auto it = r.answers.find(itemId);
        parts << r.reviewer + QLatin1Char(' ') + (it == r.answers.end() ? QStringLiteral("—") : answerText(it->second));
    }
    return parts.join(QStringLiteral(", "));
}

ConsensusDraft make(const FileReviews &file, const ReviewStandard &standard, const std::vector<ConsensusDecision> &decisions)
{
    using Kind = ConsensusProblem::Kind;
    ConsensusDraft d;
    d.disputed = disputedItems(file, standard);
    const QSet<QString> disputed(d.disputed.begin(), d.disputed.end());
    auto problem = [&](Kind kind, const QString &item, const QString &message) { d.problems.push_back({kind, item, message}); };
    std::map<QString, const ConsensusDecision *> decided;
    for (const ConsensusDecision &dec : decisions) {
        const QString id = dec.answer.itemId;
        if (!standard.findItem(id)) {
            problem(Kind::UnknownItem, id,
                    QStringLiteral("item '%1' is not in standard %2 version %3").arg(id, standard.id).arg(standard.version));
            continue;
        }
        if (decided.count(id)) {
            problem(Kind::Duplicate, id, QStringLiteral("item %1 is decided more than once").arg(id));
            continue;
        }
        decided[id] = &dec;
        for (const QString &m : ScoringEngine::answerProblems(standard, {dec.answer}))
            problem(Kind::InvalidAnswer, id, m);
        if (disputed.contains(id)) {
            if (dec.reason.trimmed().isEmpty())
                problem(Kind::MissingReason, id,
                        QStringLiteral("item %1 is disputed (%2): its decision needs a \"reason\"").arg(id, sideBySide(file, id)));
        } else if (const auto agreed = common(file, id); agreed && !same(*agreed, dec.answer)) {
            problem(Kind::ChangesAgreed, id,
                    QStringLiteral("item %1 is not disputed: every reviewer answered %2, and the consensus keeps that (leave the item "
                                   "out or give the same answer)")
                        .arg(id, answerText(*agreed)));
        }
    }
    for (const QString &id : d.disputed)
        if (!decided.count(id))
            problem(Kind::MissingDecision, id,
                    QStringLiteral("item %1 is disputed (%2) and needs a decision with a reason").arg(id, sideBySide(file, id)));
    if (!d.ok())
        return d;
    for (const StandardSection &s : standard.sections)
        for (const StandardItem &i : s.items) {
            if (const auto it = decided.find(i.id); it != decided.end())
                d.items.push_back({it->second->answer, disputed.contains(i.id), it->second->reason.trimmed()});
            else if (const auto agreed = common(file, i.id))
                d.items.push_back({*agreed, false, {}});
        }
    return d;
}

std::vector<Answer> answers(const std::vector<ConsensusItem> &items)
{
    std::vector<Answer> out;
    out.reserve(items.size());
    for (const ConsensusItem &i : items)
        out.push_back(i.answer);
    return out;
}
} // namespace ConsensusSheet

} // namespace casereview
