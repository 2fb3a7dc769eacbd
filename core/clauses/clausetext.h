// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text a clause reader works on: the same length as the page text it came from, so every
// offset a reader returns is an offset into the original (evidence snippets and boxes stay
// exact), but with the forms that vary between producers made one: full-width digits, Latin
// letters and ASCII punctuation, Kangxi radicals and CJK compatibility ideographs (NFKC, where
// it maps one character to one). Also the sentence and clause boundaries the readers split on.
#include <QString>
#include <QStringView>
#include <vector>

namespace casereview {

namespace ClauseText {
// Same length as `text`; see above. ASCII , ; : ( ) become ，；：（）.
QString normalised(QStringView text);

struct Span {
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};
// Sentences, ended by 。！？ or by a numbered section heading ("四、", "（二）") that begins a
// new part of a document, so a heading is never read as part of the next sentence.
std::vector<Span> sentences(QStringView text);
// The sentence holding offset `at` (an empty span when none does).
Span sentenceOf(const std::vector<Span> &sentences, qsizetype at);
// Clauses of a sentence: split at ，；：.
std::vector<Span> clauses(QStringView text, Span sentence);
// Whether `text` holds, within `window` characters before `pos`, a word that negates what
// follows (未, 不, 没有, 无, 不得, 不予) — but not 不服 ("如不服本决定"), which introduces a grant.
bool negatedBefore(QStringView text, qsizetype pos, int window);
} // namespace ClauseText

} // namespace casereview
