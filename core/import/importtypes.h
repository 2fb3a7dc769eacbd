// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inputs and results of an import run: options, per-file outcomes, progress. Every error and
// warning is carried as codes with their numbers (ImportDetail, ImportNote), so that a user
// interface words it in its own language; `message` and `warnings` are the English wording
// for the CLI and the store.
#include "filesniffer.h"

#include <QString>
#include <QStringList>
#include <QThread>
#include <vector>

namespace casereview {

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

// The finer reason behind an ImportError, where there is one.
enum class ImportDetail {
    None,
    IsFolder,             // Unreadable: a folder was given as a file
    ReadIncomplete,       // Unreadable: fewer bytes came back than the file has
    CutShort,             // Damaged: no end-of-file marker, nothing readable
    CutShortNoContent,    // Damaged: cut short, pages found but all empty
    CancelledBeforeRead,  // Cancelled
    CancelledBeforeStore,
    TwinNotStored,        // Cancelled: identical to another file of the run that was not stored
    StoreBusy,            // Storage: another program is writing the store
    StoreFull,            // Storage: the disk is full
    StoreReadOnly,        // Storage: the store cannot be written
    StoreDamaged,         // Storage: the store is damaged
    EncryptionDamaged,    // Damaged: the encryption dictionary is damaged; a password will not help
    CertificateSecurity,  // Encrypted: for a certificate (public-key security), not a password
    PageTreeMissing,      // NoPages: the file has no catalog or its catalog no page tree
    PageTreeBroken,       // NoPages: the page tree loops, has a bad /Count or kids that are no pages
    PageTreeEmpty,        // NoPages: the page tree is there and holds no page
};

// A warning on an imported file, with its numbers.
struct ImportNote {
    enum class Kind {
        CutShortRecovered,  // `count` pages recovered from a file cut short
        JunkBeforeHeader,   // `count` bytes before %PDF-
        NoText,             // no text on any page: scanned, queued for OCR
        PagesNeedOcr,       // `count` of `total` pages without a usable text layer
        OwnerRestrictions,  // printing or copying restricted by an owner password
    };
    Kind kind = Kind::NoText;
    qint64 count = 0;
    qint64 total = 0;
    bool operator==(const ImportNote &) const = default;
};

struct ImportOutcome {
    enum class Status { Imported, Duplicate, Failed };
    QString file;  // the path as found
    Status status = Status::Failed;
    qint64 caseId = 0;  // new case, or the existing one for a duplicate
    QString sha256;
    int pages = 0;
    ImportError error = ImportError::None;
    QString message;       // specific, in English (CLI)
    QStringList warnings;  // imported, but worth a look (English, as stored with the case)
    // The same as codes and numbers, for the GUI to word:
    ImportDetail detail = ImportDetail::None;
    FileSniffer::Kind fileKind = FileSniffer::Kind::Pdf;  // NotPdf: what the file really is
    qint64 amount = 0;  // TooLarge: size in MB; TooManyPages: pages; Timeout: seconds
    qint64 limit = 0;   // TooLarge: limit in MB; TooManyPages: page limit; Timeout: page reached
    std::vector<ImportNote> notes;  // one per entry of `warnings`, in the same order
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

} // namespace casereview
