// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstandard.h"

namespace casereview {

double StandardSection::points() const
{
    double sum = 0;
    for (const StandardItem &i : items)
        sum += i.points;
    return sum;
}

std::vector<GradeBand> ReviewStandard::defaultGrades()
{
    return {{QStringLiteral("优秀"), 90}, {QStringLiteral("合格"), 60}, {QStringLiteral("不合格"), 0}};
}

Dimension ReviewStandard::dimensionOf(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Procedure: return Dimension::Procedure;
    case ItemKind::Discretion: return Dimension::Discretion;
    case ItemKind::Legality: return Dimension::Legality;
    case ItemKind::Evidence: return evidenceDimension;
    case ItemKind::Document: return documentDimension;
    }
    return Dimension::Procedure;
}

const StandardItem *ReviewStandard::findItem(const QString &itemId) const
{
    for (const StandardSection &s : sections)
        for (const StandardItem &i : s.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

int ReviewStandard::itemCount() const
{
    int n = 0;
    for (const StandardSection &s : sections)
        n += int(s.items.size());
    return n;
}

double ReviewStandard::itemPoints() const
{
    double sum = 0;
    for (const StandardSection &s : sections)
        sum += s.points();
    return sum;
}

bool ReviewStandard::sameContent(const ReviewStandard &other) const
{
    ReviewStandard a = *this;
    a.version = other.version;
    return a == other;
}

namespace StandardKeys {
namespace {
template <typename E, size_t N>
std::optional<E> lookup(const std::pair<E, const char *> (&table)[N], const QString &key)
{
    for (const auto &[value, name] : table)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}
template <typename E, size_t N> QString name(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, n] : table)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

const std::pair<ItemKind, const char *> kKinds[] = {{ItemKind::Procedure, "procedure"},
                                                    {ItemKind::Discretion, "discretion"},
                                                    {ItemKind::Legality, "legality"},
                                                    {ItemKind::Evidence, "evidence"},
                                                    {ItemKind::Document, "document"}};
const std::pair<Dimension, const char *> kDimensions[] = {
    {Dimension::Procedure, "procedure"}, {Dimension::Discretion, "discretion"}, {Dimension::Legality, "legality"}};
const std::pair<NaPolicy, const char *> kNaPolicies[] = {{NaPolicy::FullPoints, "full_points"},
                                                         {NaPolicy::Rescale, "rescale"}};
} // namespace

QString kind(ItemKind k) { return name(kKinds, k); }
std::optional<ItemKind> kindFrom(const QString &key) { return lookup(kKinds, key); }
QString dimension(Dimension d) { return name(kDimensions, d); }
std::optional<Dimension> dimensionFrom(const QString &key) { return lookup(kDimensions, key); }
QString naPolicy(NaPolicy p) { return name(kNaPolicies, p); }
std::optional<NaPolicy> naPolicyFrom(const QString &key) { return lookup(kNaPolicies, key); }
} // namespace StandardKeys

} // namespace casereview
