// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 2. Trigram FTS5 finds terms of three or more characters; the normalised text it
// holds also serves the scan used for one- and two-character queries. The pages already in the
// store are indexed with the text normalisation below: a FROZEN copy of SearchText::normalize
// as it was at schema 2, so an old store is indexed the same way whatever the live function
// becomes (the repositories index new pages with the live one; a change of the index's form is
// a new step that re-indexes).
#include "schemasearch.h"

#include "database.h"

#include <QString>

namespace casereview {

namespace {
// ---- frozen at schema 2: SearchText::foldChar / normalize --------------------------------
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFFEF);
}

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    // Kangxi radicals and the CJK radical supplement fold to the ideographs they look like.
    if ((u >= 0x2F00 && u <= 0x2FD5) || (u >= 0x2E80 && u <= 0x2EF3)) {
        const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            return folded.at(0);
    }
    // Full-width digits and Latin letters; full-width punctuation stays as printed.
    if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x3000)
        return QLatin1Char(' ');
    return c;
}

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar raw : text) {
        const QChar c = foldChar(raw);
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        // A space only between two non-CJK characters (words of Latin text, numbers).
        if (pendingSpace && !out.isEmpty() && !isCjk(out.back()) && !isCjk(c))
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}
// ---- end of frozen code -------------------------------------------------------------------
} // namespace

namespace SchemaSearch {
void apply(Database &db)
{
    db.exec("CREATE VIRTUAL TABLE page_search USING fts5(body, tokenize='trigram');");
    Statement read = db.prepare("SELECT id, text FROM pages");
    Statement write = db.prepare("INSERT INTO page_search(rowid, body) VALUES (?, ?)");
    while (read.step()) {
        write.bind(1, read.int64(0)).bind(2, normalize(read.text(1))).exec();
        write.reset();
    }
}
} // namespace SchemaSearch

} // namespace casereview
