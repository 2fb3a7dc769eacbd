// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Prepares a dossier's page texts for splitting and reading, without changing what they say:
// - look-alike brackets folded to the one each reader knows (﹝2024﹞, 〖2024〗, 〘2024〙,
//   ［2024］ → 〔2024〕), one character for one, so offsets stay;
// - running headers and footers blanked: a line printed at the top or bottom of most pages (an
//   archive's "某局行政处罚案卷", a file name, a page stamp whose only change is its number) is
//   no heading of a document and no part of its text. A line that names a document kind
//   (送达回证 on every receipt page) is never blanked: repeated documents are real documents.
// Blanked lines keep their length (spaces), so page and line positions do not move.
#include <QString>
#include <vector>

namespace casereview {

namespace PageCleaner {
QString foldBrackets(QString text);
// The lines (trimmed, digits masked) that run over most pages; exposed for tests.
std::vector<QString> runningLines(const std::vector<QString> &pageTexts);
std::vector<QString> clean(const std::vector<QString> &pageTexts);
} // namespace PageCleaner

} // namespace casereview
