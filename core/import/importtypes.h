// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inputs and results of an import run: options, per-file outcomes, progress.
#include <QString>
#include <QStringList>
#include <QThread>
#include <vector>

struct ImportOptions {
    QString password;                  // tried on encrypted files
    int maxPages = 5000;               // beyond this a file is refused
    qint64 maxFileBytes = 1LL << 30;   // 1 GiB
    int perFileSeconds = 300;          // guard against a file that takes forever to read
    int threads = QThread::idealThreadCount();
};

enum class ImportError {
    None,
    NotFound,
    Unreadable,
    Empty,
    NotPdf,
    Encrypted,
    WrongPassword,
    Damaged,
    NoPages,
    TooLarge,
    TooManyPages,
    Timeout,
    Storage,
    Cancelled,
};

QString importErrorCode(ImportError e);  // stable ids for scripts: "encrypted", "not_pdf", …

struct ImportOutcome {
    enum class Status { Imported, Duplicate, Failed };
    QString file;  // the path as found
    Status status = Status::Failed;
    qint64 caseId = 0;  // new case, or the existing one for a duplicate
    QString sha256;
    int pages = 0;
    ImportError error = ImportError::None;
    QString message;       // specific, for people
    QStringList warnings;  // imported, but worth a look
};

struct ImportReport {
    std::vector<ImportOutcome> outcomes;  // in the order the files were given
    bool cancelled = false;
    int count(ImportOutcome::Status s) const
    {
        int n = 0;
        for (const auto &o : outcomes)
            n += o.status == s;
        return n;
    }
};

struct ImportProgress {
    int done = 0;
    int total = 0;
    int pagesRead = 0;
    QString lastFile;
};
