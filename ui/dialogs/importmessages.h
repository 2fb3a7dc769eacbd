// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words the importer's outcome codes for people, in the UI language: why a file failed (with
// what it really is, its size or page count) and the notes on an imported one.
#include "import/importtypes.h"

#include <QCoreApplication>

class ImportMessages {
    Q_DECLARE_TR_FUNCTIONS(ImportMessages)
public:
    static QString error(const casereview::ImportOutcome &outcome);
    static QString note(const casereview::ImportNote &note);
    static QString fileKind(casereview::FileSniffer::Kind kind);  // "a PNG image", reads after "the file is"
};
