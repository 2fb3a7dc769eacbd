// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 4. Pages stored before OCR existed are marked 'pending' when they have no usable
// text layer, judged by a FROZEN copy of TextLayerQuality::needsOcr as it was at schema 4, so an
// old store upgrades the same way whatever the live judgement (used at import) becomes.
#include "schemaocr.h"

#include "database.h"

#include <QString>

namespace casereview {

namespace {
// ---- frozen at schema 4: TextLayerQuality::readableShare / needsOcr ----------------------
bool readable(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x4E00 && u <= 0x9FFF)  // common ideographs
        return true;
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))  // CJK and full-width punctuation
        return true;
    return QStringLiteral(".,:;()[]-/%+*#@'\"“”‘’、《》〔〕【】…—").contains(c);
}

bool needsOcr(const QString &pageText)
{
    int visible = 0, good = 0;
    for (QChar c : pageText) {
        if (c.isSpace())
            continue;
        ++visible;
        good += readable(c);
    }
    // A real page of a dossier carries more than a stamp or a page number.
    return visible < 12 || double(good) / visible < 0.6;
}
// ---- end of frozen code -------------------------------------------------------------------
} // namespace

namespace SchemaOcr {
void apply(Database &db)
{
    // source: 'native' text layer, 'pending' (no usable text layer, OCR not done yet), 'ocr'.
    db.exec(R"sql(
ALTER TABLE pages ADD COLUMN source TEXT NOT NULL DEFAULT 'native'
    CHECK (source IN ('native', 'pending', 'ocr'));
ALTER TABLE pages ADD COLUMN native_text TEXT;
ALTER TABLE pages ADD COLUMN ocr_confidence REAL;
CREATE TABLE ocr_words (
    page_id    INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    confidence REAL NOT NULL,
    line       INTEGER NOT NULL,
    PRIMARY KEY (page_id, seq)
);
CREATE INDEX pages_pending ON pages(case_id) WHERE source = 'pending';
)sql");
    // Pages imported before OCR existed: mark those without a usable text layer.
    Statement read = db.prepare("SELECT id, text FROM pages");
    Statement mark = db.prepare("UPDATE pages SET source = 'pending' WHERE id = ?");
    while (read.step()) {
        if (needsOcr(read.text(1))) {
            mark.bind(1, read.int64(0)).exec();
            mark.reset();
        }
    }
}
} // namespace SchemaOcr

} // namespace casereview
