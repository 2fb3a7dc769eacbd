// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 11. page_chars indexes the normalised page text (page_search.body) with every
// character its own token: unicode61 with letters, numbers, punctuation, symbols and marks all
// token characters, fed the body with a space after each character, so a term of any length is
// a phrase of adjacent characters. It is contentless (the text is in page_search already) and
// keeps no per-page token counts (columnsize=0): bm25 then ranks by how often and how rarely
// the terms occur without reading a size row per matching page, 3 to 8 times faster on terms
// that match tens of thousands of pages; PageSearch weighs page length among the best. The
// pages already stored are indexed here with a FROZEN copy of the spacing as it was at schema
// 11 (SearchText::characters at the time), so an old store upgrades the same way whatever the
// live function becomes.
#include "schemapagechars.h"

#include "database.h"

#include <QString>

namespace casereview {

namespace {
// ---- frozen at schema 11: SearchText::characters ------------------------------------------
QString characters(const QString &body)
{
    QString out;
    out.reserve(body.size() * 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i].isSpace())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += body[i];
        if (body[i].isHighSurrogate() && i + 1 < body.size())
            out += body[++i];
    }
    return out;
}
// ---- end of frozen code -------------------------------------------------------------------
} // namespace

namespace SchemaPageChars {
void apply(Database &db)
{
    db.exec(R"sql(
CREATE VIRTUAL TABLE page_chars USING fts5(body, content='', columnsize=0,
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* P* S* M* Co'");
)sql");
    Statement read = db.prepare("SELECT rowid, body FROM page_search");
    Statement write = db.prepare("INSERT INTO page_chars(rowid, body) VALUES (?, ?)");
    while (read.step()) {
        write.bind(1, read.int64(0)).bind(2, characters(read.text(1))).exec();
        write.reset();
    }
}
} // namespace SchemaPageChars

} // namespace casereview
