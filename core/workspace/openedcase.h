// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the viewer needs to show one stored case, read in one go off the GUI thread: the
// record with its analysis, the original PDF's bytes, and for pages read by OCR their words,
// the doubtful ones among them (the fields resting on those are in the record).
#include "domain/caserecord.h"
#include "domain/ocrpage.h"

#include <QByteArray>
#include <QRectF>

#include <map>
#include <vector>

namespace casereview {

struct OpenedCase {
    CaseRecord record;
    QByteArray pdf;
    std::map<int, std::vector<OcrWord>> ocrWords;  // 0-based page → words read by OCR
    std::map<int, std::vector<QRectF>> doubtful;   // 0-based page → low-confidence words
};

} // namespace casereview
