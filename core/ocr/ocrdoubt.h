// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which extracted values rest on OCR words read with low confidence: such a value is shown
// to the reviewer as uncertain instead of being trusted.
#include "domain/dossierfields.h"
#include "domain/ocrpage.h"

#include <QString>
#include <functional>
#include <set>
#include <vector>

namespace casereview {

namespace OcrDoubt {
// The OCR words of a page (empty for a page with a native text layer).
using WordsOf = std::function<std::vector<OcrWord>(int page)>;

// True when `text`, found on an OCR page with these words, was read from a word below
// OcrPage::kLowConfidence, or from a line the clean-up had to repair.
bool restsOnDoubt(const QString &text, const std::vector<OcrWord> &words);

// Keys as `show --json` names them: case_no, agency, party_name, party_type, party_uscc,
// fine_amount_yuan, case_type, dates.<key>, officers.<index>.
std::set<QString> uncertainFields(const DossierFields &fields, const WordsOf &wordsOf);
} // namespace OcrDoubt

} // namespace casereview
