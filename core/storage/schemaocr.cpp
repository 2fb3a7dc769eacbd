// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaocr.h"

#include "database.h"
#include "ocr/textlayerquality.h"

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
        if (TextLayerQuality::needsOcr(read.text(1))) {
            mark.bind(1, read.int64(0)).exec();
            mark.reset();
        }
    }
}
} // namespace SchemaOcr
