// SPDX-License-Identifier: GPL-3.0-or-later
// Cases without OCR pages have nothing uncertain. Scanned cases of an older store are worked
// out here, from the stored fields and OCR words, so the case list is complete at once: the
// same pure function that runs after OCR, and only the cases with OCR pages pay for it. The
// rows are read with this step's own SQL, never through a repository that expects a later schema.
#include "schemauncertainfields.h"

#include "database.h"
#include "fieldrows.h"
#include "ocr/ocrdoubt.h"

namespace SchemaUncertainFields {
void apply(Database &db)
{
    db.exec("ALTER TABLE cases ADD COLUMN uncertain_fields TEXT NOT NULL DEFAULT ''");
    Statement scanned = db.prepare("SELECT DISTINCT case_id FROM pages WHERE source = 'ocr' ORDER BY case_id");
    Statement fields = db.prepare("SELECT key, value, valid, page, snippet FROM fields WHERE case_id = ?");
    Statement officers = db.prepare("SELECT name, cert_no, page FROM officers WHERE case_id = ? ORDER BY seq");
    Statement words = db.prepare(
        "SELECT w.text, w.x, w.y, w.w, w.h, w.confidence, w.line FROM ocr_words w JOIN pages p ON p.id = w.page_id "
        "WHERE p.case_id = ? AND p.page_no = ? ORDER BY w.seq");
    Statement write = db.prepare("UPDATE cases SET uncertain_fields = ? WHERE id = ?");
    while (scanned.step()) {
        const qint64 caseId = scanned.int64(0);
        DossierFields f;
        fields.bind(1, caseId);
        while (fields.step()) {
            std::optional<bool> valid;
            if (!fields.isNull(2))
                valid = fields.int64(2) != 0;
            FieldRows::read(f, fields.text(0), fields.text(1), valid, {int(fields.int64(3)), fields.text(4)});
        }
        fields.reset();
        officers.bind(1, caseId);
        while (officers.step())
            f.officers.push_back({officers.text(0), officers.text(1), int(officers.int64(2))});
        officers.reset();
        const std::set<QString> keys = OcrDoubt::uncertainFields(f, [&](int page) {
            std::vector<OcrWord> out;
            words.bind(1, caseId).bind(2, page);
            while (words.step())
                out.push_back({words.text(0), QRectF(words.real(1), words.real(2), words.real(3), words.real(4)),
                               float(words.real(5)), int(words.int64(6))});
            words.reset();
            return out;
        });
        if (!keys.empty())
            write.bind(1, FieldRows::joinKeys(keys)).bind(2, caseId).exec();
        write.reset();
    }
}
} // namespace SchemaUncertainFields
