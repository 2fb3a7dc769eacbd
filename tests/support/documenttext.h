// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// All the text of a report document for the builder tests: title, subtitle, then every block
// in order (key–value pairs and table cells tab-separated, one line each).
#include "report/reportdocument.h"

#include <QStringList>

namespace DocumentText {
inline QString of(const casereview::ReportDocument &doc)
{
    using namespace casereview;
    QStringList out{doc.title, doc.subtitle};
    for (const ReportBlock &b : doc.blocks) {
        if (const auto *p = std::get_if<ParagraphBlock>(&b))
            out << p->text;
        else if (const auto *h = std::get_if<HeadingBlock>(&b))
            out << h->text;
        else if (const auto *kv = std::get_if<KeyValueBlock>(&b))
            for (const auto &[k, v] : kv->pairs)
                out << k + u'\t' + v;
        else if (const auto *t = std::get_if<TableBlock>(&b))
            for (const TableRow &r : t->rows)
                out << r.cells.join(u'\t');
        else if (const auto *s = std::get_if<SignatureBlock>(&b))
            out << s->roles.join(u'\t');
    }
    return out.join(u'\n');
}
} // namespace DocumentText
