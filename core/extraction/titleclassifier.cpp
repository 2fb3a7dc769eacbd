// SPDX-License-Identifier: GPL-3.0-or-later
// Title rules are matched against the end of short heading lines, after an agency's name and
// before a trailing note or document number.
#include "titleclassifier.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace TitleClassifier {
namespace {

struct TitleRule {
    const char16_t *pattern;
    DocumentType type;
};

// Checked in order against the end of a compact heading line.
const TitleRule kRules[] = {
    // A combined notice of the statement and hearing rights: 行政处罚事先（听证）告知书, 陈述申辩及听证权利告知书.
    {u"(?:(?:事先|陈述|申辩).{0,8}听证.{0,4}告知(?:书|单))", DocumentType::PriorNotice},
    {u"(?:听证(?:权利)?告知书|听证告知通知书)", DocumentType::HearingNotice},
    {u"(?:放弃.{0,12}(?:声明|声明书|承诺书)|陈述(?:、|和|与)?申辩(?:笔录|记录|书|意见书?|复核意见书?)|听证笔录|听证报告)",
     DocumentType::StatementRecord},
    {u"(?:延长.{0,8}期限.{0,6}(?:审批表|批准书|审批书|呈批表)|延期.{0,6}(?:审批表|批准书|审批书|呈批表))", DocumentType::ExtensionApproval},
    {u"(?:结案(?:报告|审批表|报告表|登记表|呈批表))", DocumentType::ClosingReport},
    {u"(?:立案.{0,8}(?:审批表|登记表|报告表|呈批表|审批书|决定书))", DocumentType::FilingApproval},
    {u"(?:处罚决定书)", DocumentType::Decision},
    {u"(?:处罚(?:事先|前|意见)?告知书|事先告知书|陈述申辩告知书)", DocumentType::PriorNotice},
    {u"(?:送达回证|送达回执|送达地址确认书|送达凭证)", DocumentType::DeliveryReceipt},
    {u"(?:缴款(?:凭证|书|收据|单)|罚没(?:款|收入)?(?:收据|票据|凭证)|罚款收据)", DocumentType::PaymentReceipt},
    {u"(?:法制审核(?:意见书|意见表|审批表|表|记录|意见))", DocumentType::LegalReview},
    {u"(?:集体讨论(?:记录|笔录|纪要|决定记录))", DocumentType::CollectiveDiscussion},
    {u"(?:调查终结报告|调查报告|案件处理意见书|案件审查报告)", DocumentType::InvestigationReport},
    {u"(?:现场(?:检查|勘验|勘察)?笔录|(?:勘验|勘察|检查)笔录)", DocumentType::InspectionRecord},
    {u"(?:询问笔录|调查笔录|询问调查笔录|询问[（(]调查[）)]笔录)", DocumentType::InquiryRecord},
    {u"(?:证据(?:材料)?(?:目录|清单|登记表|材料)|证据|(?:现场)?照片|照片(?:证据|说明)|(?:现场)?照片(?:及说明|粘贴单|页))",
     DocumentType::EvidenceList},
    {u"(?:案卷|卷宗|封面|卷内(?:文件)?目录|目录|备考表)", DocumentType::Other},
};

// Any other form or notice ("责令改正通知书", "先行登记保存证据清单", a bare "告知书"): its own
// document, typed by its text.
const QRegularExpression &genericTitle()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\x{4E00}-\\x{9FFF}（）()【】〔〕]{2,20}(?:通知书|决定书|意见书|审批表|登记表|报告书?|笔录|清单|委托书|声明书?|回执|证明书?"
        "|告知书|告知单|告知函|通知单|通知函|登记单|审批单|呈批表|记录|纪要)$|^(?:告知|通知|决定)(?:书|单)$"));
    return re;
}

// Where a document number printed after the title on the heading line starts its year bracket.
const QRegularExpression &trailingDocNo()
{
    static const QRegularExpression re(QStringLiteral("[〔\\[【（(]\\d{4}[〕\\]】）)]第?\\d+号$"));
    return re;
}

struct CompiledRule {
    QRegularExpression re;
    DocumentType type;
};

const std::vector<CompiledRule> &rules()
{
    static const std::vector<CompiledRule> compiled = [] {
        std::vector<CompiledRule> out;
        for (const TitleRule &r : kRules)
            out.push_back(
                {QRegularExpression(QStringLiteral("^(.{0,30}?)(") + QString::fromUtf16(r.pattern) + QStringLiteral(")$")), r.type});
        return out;
    }();
    return compiled;
}

// "（收据联）", "(封面)", "【存根】" after a title; a title printed in brackets, 【行政处罚决定书】,
// also after the agency's name.
QString withoutTrailingNote(const QString &s)
{
    static const QRegularExpression note(QStringLiteral("[（(〈《【〔\\[][^（）()〈〉《》【】〔〕\\[\\]]{1,8}[）)〉】〕\\]]$"));
    static const QRegularExpression wrapped(
        QStringLiteral("^([^【】〔〕\\[\\]《》]{0,30}?)[【〔\\[]([^【】〔〕\\[\\]《》]{3,30}[书表单录证函])[】〕\\]]$"));
    if (const auto w = wrapped.match(s); w.hasMatch())
        return w.captured(1) + w.captured(2);
    QString t = s;
    t.remove(note);
    return t;
}
} // namespace

QString compact(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (QChar c : line)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// A form title, also after the issuing agency's name on the same line.
bool isGeneric(const QString &compactLine)
{
    static const QRegularExpression agency(
        QStringLiteral("^[\\x{4E00}-\\x{9FFF}（）()]{2,30}?(?:局|委员会|委|政府|厅|办公室|大队|支队|中心|管理处|执法队|所)(?=.{3})"));
    if (genericTitle().match(compactLine).hasMatch())
        return true;
    const auto a = agency.match(compactLine);
    return a.hasMatch() && genericTitle().match(QStringView(compactLine).mid(a.capturedEnd(0))).hasMatch();
}

std::optional<Title> classify(const QString &compactLine)
{
    static const QRegularExpression bodyPunct(QStringLiteral("[：:，,。；;、《》“”]"));
    QString core = withoutTrailingNote(compactLine);
    if (const auto m = trailingDocNo().match(core); m.hasMatch()) {
        bool found = false;
        for (qsizetype cut = m.capturedStart(0); cut > 0 && !found && m.capturedStart(0) - cut <= 20; --cut) {
            const QString head = core.left(cut);
            for (const CompiledRule &r : rules())
                if (r.re.match(head).hasMatch()) {
                    core = head;
                    found = true;
                    break;
                }
        }
    }
    if (core.isEmpty() || core.size() > 40)
        return std::nullopt;
    for (const CompiledRule &r : rules()) {
        const auto m = r.re.match(core);
        if (!m.hasMatch())
            continue;
        const QString prefix = m.captured(1);
        if (prefix.contains(bodyPunct) || prefix.contains(QRegularExpression(QStringLiteral("\\d"))))
            return std::nullopt;
        static const QRegularExpression agencyThenQualifier(
            QStringLiteral("^.{2,30}(?:局|委员会|委|政府|厅|办公室|大队|支队|中心|管理处|执法队|所).{0,8}$"));
        if (prefix.size() > 8 && !agencyThenQualifier.match(prefix).hasMatch())
            return std::nullopt;
        // Full title, with a document-kind qualifier that precedes the keyword ("行政处罚", "重大执法决定").
        QString title = compactLine.mid(prefix.size());
        static const QRegularExpression agencyEnd(
            QStringLiteral("^(.*(?:局|委员会|委|政府|厅|办公室|大队|支队|中心|管理处|执法队|所))(.+)$"));
        const auto a = agencyEnd.match(compactLine);
        if (!prefix.isEmpty() && a.hasMatch() && a.captured(2).size() >= m.captured(2).size())
            title = a.captured(2);
        else if (!prefix.isEmpty())
            title = compactLine;
        if (title.contains(u'、') && r.type != DocumentType::StatementRecord && !title.contains(u"陈述、申辩"))
            return std::nullopt;
        return Title{r.type, title};
    }
    return std::nullopt;
}

QString withoutSpecks(QString s)
{
    static const QString openers = QStringLiteral("（(〔[【《");
    static const QString closers = QStringLiteral("）)〕]】》");
    while (!s.isEmpty() && !s.front().isLetterOrNumber() && !openers.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && !s.back().isLetterOrNumber() && !closers.contains(s.back()))
        s.chop(1);
    // A closing bracket whose opener was not read: 现场照片证据)
    if (!s.isEmpty() && closers.contains(s.back()) && !std::any_of(s.begin(), s.end(), [&](QChar c) { return openers.contains(c); }))
        s.chop(1);
    return s;
}

// Standard form titles. OCR misreads single characters of a heading (行政处昼告知书,
// 结索审批表, 行政处罚告知刷), drops one or reads one as two; a short heading line that ends in
// one of these but for one character is taken for it, unless it ends in a kind of form of its
// own (行政处罚通知书).
std::optional<Title> misread(const QString &compactLine)
{
    static const char16_t *const kTitles[] = {
        u"行政处罚决定书", u"行政处罚告知书",   u"行政处罚事先告知书", u"听证告知书",     u"延长办案期限审批表",
        u"立案审批表",     u"结案审批表",       u"结案报告",           u"送达回证",       u"现场检查笔录",
        u"询问笔录",       u"案件调查终结报告", u"调查终结报告",       u"法制审核意见书", u"集体讨论记录",
        u"证据清单",       u"行政处罚案卷",     u"卷内文件目录",       u"罚没款收据",     u"罚款收据",
        u"缴款书",         u"罚没款缴款凭证",   u"缴款凭证",           u"现场照片",
    };
    if (compactLine.size() > 30)
        return std::nullopt;
    // A line whose own ending is a kind of form (通知书, 审批表 …) names that form.
    const bool ownKind = genericTitle().match(compactLine).hasMatch();
    for (const char16_t *t : kTitles) {
        const QString title = QString::fromUtf16(t);
        // A character lost altogether (卷内文件目): the whole line is the title but for it.
        if (title.size() >= 5 && compactLine.size() == title.size() - 1) {
            qsizetype k = 0;
            while (k < compactLine.size() && compactLine[k] == title[k])
                ++k;
            if (QStringView(compactLine).mid(k) == QStringView(title).mid(k + 1))
                if (auto c = classify(title))
                    return c;
        }
        // A character read as two (调查终结]机告): the whole line is the title but for it.
        if (title.size() >= 5 && compactLine.size() == title.size() + 1) {
            qsizetype k = 0;
            while (k < title.size() && compactLine[k] == title[k])
                ++k;
            if (k < title.size() && QStringView(compactLine).mid(k + 2) == QStringView(title).mid(k + 1))
                if (auto c = classify(title))
                    return c;
        }
        if (title.size() < 4 || compactLine.size() < title.size())
            continue;
        const qsizetype start = compactLine.size() - title.size();
        int diff = 0;
        qsizetype at = -1;
        for (qsizetype i = 0; i < title.size() && diff < 2; ++i)
            if (compactLine[start + i] != title[i])
                ++diff, at = i;
        if (diff != 1 || (ownKind && at >= title.size() - 3))
            continue;
        if (auto c = classify(compactLine.left(start) + title))
            return c;
    }
    return std::nullopt;
}

} // namespace TitleClassifier

} // namespace casereview
