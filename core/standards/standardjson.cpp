// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardjson.h"

#include "standarderror.h"
#include "standardvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace casereview {

namespace {
const QString kFormat = QStringLiteral("casereview-standard");

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonValue number(double v)
{
    return std::floor(v) == v && std::abs(v) < 1e15 ? QJsonValue(qint64(v)) : QJsonValue(v);
}

// Field access that names the place of any mistake, e.g. "sections[2].items[0] (P-B01): points …".
class Reader {
public:
    Reader(const QJsonObject &o, QString where) : m_o(o), m_where(std::move(where)) {}

    QString text(const char *key, bool required = false, const char *alias = nullptr) const
    {
        QJsonValue v = m_o.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && alias)
            v = m_o.value(QLatin1String(alias));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString())
            fail(QStringLiteral("%1 must be a string").arg(QLatin1String(key)));
        return v.toString();
    }
    std::optional<double> real(const char *key, bool required = false) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(QStringLiteral("%1 must be a number").arg(QLatin1String(key)));
        return v.toDouble();
    }
    bool flag(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(QStringLiteral("%1 must be true or false").arg(QLatin1String(key)));
        return v.toBool();
    }
    QStringList list(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(QStringLiteral("%1 must be an array of strings").arg(QLatin1String(key)));
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString())
                fail(QStringLiteral("%1 must be an array of strings").arg(QLatin1String(key)));
            out << e.toString();
        }
        return out;
    }
    QJsonArray array(const char *key, bool required) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isArray())
            fail(QStringLiteral("%1 must be an array").arg(QLatin1String(key)));
        return v.toArray();
    }
    QJsonObject object(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(QStringLiteral("%1 must be an object").arg(QLatin1String(key)));
        return v.toObject();
    }
    [[noreturn]] void fail(const QString &what) const { throw StandardError(m_where + QStringLiteral(": ") + what); }
    const QString &where() const { return m_where; }

private:
    QJsonObject m_o;
    QString m_where;
};

QJsonObject objectAt(const QJsonArray &a, qsizetype i, const QString &where)
{
    if (!a.at(i).isObject())
        throw StandardError(QStringLiteral("%1[%2] must be an object").arg(where).arg(i));
    return a.at(i).toObject();
}

StandardItem readItem(const QJsonObject &o, const QString &where, const QString &sectionId)
{
    const Reader r(o, where);
    StandardItem it;
    it.id = r.text("id", true);
    const Reader named(o, QStringLiteral("%1 (%2)").arg(where, it.id));
    const QString section = named.text("section");
    if (!section.isEmpty() && section != sectionId)
        named.fail(QStringLiteral("says section '%1' but is listed in section '%2'").arg(section, sectionId));
    it.titleZh = named.text("title_zh", true);
    it.titleEn = named.text("title_en");
    it.points = named.real("points", true).value_or(0);
    const QString kind = named.text("kind", true);
    const auto k = StandardKeys::kindFrom(kind);
    if (!k)
        named.fail(QStringLiteral("kind '%1' is not one of procedure, discretion, legality, evidence, document").arg(kind));
    it.kind = *k;
    it.veto = named.flag("veto");
    it.legalBasis = named.list("legal_basis");
    it.deductionGuide = named.text("deduction_zh");
    it.checkHint = named.text("auto_check_hint");
    it.diagnosisRules = named.list("diagnosis_rules");
    return it;
}

std::vector<GradeBand> readGrades(const QJsonArray &a, const QString &where)
{
    std::vector<GradeBand> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Reader r(objectAt(a, i, where), QStringLiteral("%1[%2]").arg(where).arg(i));
        out.push_back({r.text("name", true, "grade_zh"), r.real("min_score", true).value_or(0)});
    }
    return out;
}

Dimension readDimension(const Reader &r, const char *key, Dimension fallback)
{
    const QString v = r.text(key);
    if (v.isEmpty())
        return fallback;
    const auto d = StandardKeys::dimensionFrom(v);
    if (!d)
        r.fail(QStringLiteral("%1 maps to '%2'; use procedure, discretion or legality").arg(QLatin1String(key), v));
    return *d;
}

ReviewStandard readStandard(const QJsonObject &o, const QString &where, const QJsonArray *sharedGrades)
{
    const Reader r(o, where);
    const QString format = r.text("format");
    if (!format.isEmpty() && format != kFormat)
        r.fail(QStringLiteral("format '%1' is not '%2'").arg(format, kFormat));
    if (const auto fv = r.real("format_version"); fv && *fv > StandardJson::kFormatVersion)
        r.fail(QStringLiteral("format_version %1 is newer than this program understands (%2)")
                   .arg(*fv)
                   .arg(StandardJson::kFormatVersion));
    ReviewStandard s;
    s.id = r.text("id", true);
    const Reader named(o, QStringLiteral("%1 (%2)").arg(where, s.id));
    s.version = int(named.real("version").value_or(0));
    s.nameZh = named.text("name_zh", true);
    s.nameEn = named.text("name_en");
    s.appliesTo = named.text("applies_to");
    s.note = named.text("note");
    s.totalPoints = named.real("total_points").value_or(100);
    const QString na = named.text("na_policy");
    if (!na.isEmpty()) {
        const auto p = StandardKeys::naPolicyFrom(na);
        if (!p)
            named.fail(QStringLiteral("na_policy '%1' is not full_points or rescale").arg(na));
        s.naPolicy = *p;
    }
    const Reader map(named.object("dimension_map"), named.where() + QStringLiteral(".dimension_map"));
    s.evidenceDimension = readDimension(map, "evidence", Dimension::Legality);
    s.documentDimension = readDimension(map, "document", Dimension::Procedure);
    const QJsonArray grades = named.array("grades", false);
    if (!grades.isEmpty())
        s.grades = readGrades(grades, named.where() + QStringLiteral(".grades"));
    else if (sharedGrades && !sharedGrades->isEmpty())
        s.grades = readGrades(*sharedGrades, QStringLiteral("scoring.grades"));

    const QJsonArray sections = named.array("sections", true);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString swhere = QStringLiteral("%1.sections[%2]").arg(named.where()).arg(i);
        const Reader sr(objectAt(sections, i, swhere), swhere);
        StandardSection sec;
        sec.id = sr.text("id", true);
        sec.titleZh = sr.text("title_zh", true);
        sec.titleEn = sr.text("title_en");
        const QJsonArray items = sr.array("items", true);
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString iwhere = QStringLiteral("%1.items[%2]").arg(swhere).arg(j);
            sec.items.push_back(readItem(objectAt(items, j, iwhere), iwhere, sec.id));
        }
        if (const auto declared = sr.real("points"); declared && std::abs(*declared - sec.points()) > 1e-6)
            sr.fail(QStringLiteral("section '%1' declares %2 points but its items add up to %3")
                        .arg(sec.id)
                        .arg(*declared)
                        .arg(sec.points()));
        s.sections.push_back(std::move(sec));
    }
    return s;
}
} // namespace

namespace StandardJson {
QJsonObject toJson(const ReviewStandard &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("format_version"), kFormatVersion);
    o.insert(QStringLiteral("id"), s.id);
    if (s.version > 0)
        o.insert(QStringLiteral("version"), s.version);
    o.insert(QStringLiteral("name_zh"), s.nameZh);
    putIfSet(o, "name_en", s.nameEn);
    putIfSet(o, "applies_to", s.appliesTo);
    putIfSet(o, "note", s.note);
    o.insert(QStringLiteral("total_points"), number(s.totalPoints));
    o.insert(QStringLiteral("na_policy"), StandardKeys::naPolicy(s.naPolicy));
    o.insert(QStringLiteral("dimension_map"),
             QJsonObject{{QStringLiteral("evidence"), StandardKeys::dimension(s.evidenceDimension)},
                         {QStringLiteral("document"), StandardKeys::dimension(s.documentDimension)}});
    QJsonArray grades;
    for (const GradeBand &g : s.grades)
        grades.append(QJsonObject{{QStringLiteral("name"), g.name}, {QStringLiteral("min_score"), number(g.minScore)}});
    o.insert(QStringLiteral("grades"), grades);
    QJsonArray sections;
    for (const StandardSection &sec : s.sections) {
        QJsonObject so{{QStringLiteral("id"), sec.id}, {QStringLiteral("title_zh"), sec.titleZh}};
        putIfSet(so, "title_en", sec.titleEn);
        so.insert(QStringLiteral("points"), number(sec.points()));
        QJsonArray items;
        for (const StandardItem &it : sec.items) {
            QJsonObject io{{QStringLiteral("id"), it.id}, {QStringLiteral("title_zh"), it.titleZh}};
            putIfSet(io, "title_en", it.titleEn);
            io.insert(QStringLiteral("points"), number(it.points));
            io.insert(QStringLiteral("kind"), StandardKeys::kind(it.kind));
            io.insert(QStringLiteral("veto"), it.veto);
            io.insert(QStringLiteral("legal_basis"), strings(it.legalBasis));
            putIfSet(io, "deduction_zh", it.deductionGuide);
            putIfSet(io, "auto_check_hint", it.checkHint);
            if (!it.diagnosisRules.isEmpty())
                io.insert(QStringLiteral("diagnosis_rules"), strings(it.diagnosisRules));
            items.append(io);
        }
        so.insert(QStringLiteral("items"), items);
        sections.append(so);
    }
    o.insert(QStringLiteral("sections"), sections);
    return o;
}

QByteArray toBytes(const ReviewStandard &standard)
{
    return QJsonDocument(toJson(standard)).toJson(QJsonDocument::Indented);
}

QByteArray canonicalBody(const ReviewStandard &standard)
{
    ReviewStandard s = standard;
    s.version = 0;
    return QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact);
}

ReviewStandard fromJson(const QJsonObject &object) { return readStandard(object, QStringLiteral("standard"), nullptr); }

std::vector<ReviewStandard> parse(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw StandardError(QStringLiteral("not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    std::vector<ReviewStandard> out;
    if (doc.isArray()) {
        const QJsonArray a = doc.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            out.push_back(readStandard(objectAt(a, i, QStringLiteral("standards")), QStringLiteral("standards[%1]").arg(i), nullptr));
    } else if (doc.object().contains(QStringLiteral("templates"))) {
        const Reader top(doc.object(), QStringLiteral("file"));
        const QJsonArray templates = top.array("templates", true);
        const QJsonArray grades = Reader(top.object("scoring"), QStringLiteral("scoring")).array("grades", false);
        for (qsizetype i = 0; i < templates.size(); ++i)
            out.push_back(readStandard(objectAt(templates, i, QStringLiteral("templates")),
                                       QStringLiteral("templates[%1]").arg(i), &grades));
    } else {
        out.push_back(readStandard(doc.object(), QStringLiteral("standard"), nullptr));
    }
    if (out.empty())
        throw StandardError(QStringLiteral("the file holds no standard"));
    for (const ReviewStandard &s : out)
        StandardValidator::require(s);
    return out;
}
} // namespace StandardJson

} // namespace casereview
