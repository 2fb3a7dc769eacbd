// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text as the search index holds it: line breaks inside Chinese runs removed (PDF text
// breaks words at line ends), whitespace folded, Kangxi radicals mapped to the ideographs
// they stand for. Queries are normalised the same way.
#include <QString>

namespace casereview {

namespace SearchText {
QString normalize(const QString &text);
// Folds one character for matching (radicals → ideographs, full-width digits/letters → ASCII).
QChar foldChar(QChar c);
// The normalised text as the character index (page_chars) takes it: a space between characters,
// whitespace dropped, so each character is a token and a term is a phrase of adjacent ones.
QString characters(const QString &normalized);
} // namespace SearchText

} // namespace casereview
