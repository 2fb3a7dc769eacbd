// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimporter.h"

#include "blockingqueue.h"
#include "dossierreader.h"
#include "filecollector.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>
#include <set>

namespace casereview {

namespace {
// Hashes already stored or claimed by an earlier file of this run.
class HashClaims {
public:
    explicit HashClaims(const std::vector<QString> &stored) : m_stored(stored.begin(), stored.end()) {}
    // True when `sha` is new; false when stored already or claimed by another file.
    bool claim(const QString &sha)
    {
        std::lock_guard lock(m_mutex);
        if (m_stored.count(sha))
            return false;
        return m_claimed.insert(sha).second;
    }

private:
    std::mutex m_mutex;
    std::set<QString> m_stored;
    std::set<QString> m_claimed;
};
} // namespace

QString importErrorCode(ImportError e)
{
    switch (e) {
    case ImportError::None: return {};
    case ImportError::NotFound: return QStringLiteral("not_found");
    case ImportError::Unreadable: return QStringLiteral("unreadable");
    case ImportError::Empty: return QStringLiteral("empty");
    case ImportError::NotPdf: return QStringLiteral("not_pdf");
    case ImportError::Encrypted: return QStringLiteral("encrypted");
    case ImportError::WrongPassword: return QStringLiteral("wrong_password");
    case ImportError::Damaged: return QStringLiteral("damaged");
    case ImportError::NoPages: return QStringLiteral("no_pages");
    case ImportError::TooLarge: return QStringLiteral("too_large");
    case ImportError::TooManyPages: return QStringLiteral("too_many_pages");
    case ImportError::Timeout: return QStringLiteral("timeout");
    case ImportError::Storage: return QStringLiteral("storage");
    case ImportError::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

ImportReport CaseImporter::run(const QStringList &paths, const ImportOptions &options, const ProgressFn &progress,
                               const std::atomic<bool> *cancel)
{
    const CollectedFiles collected = FileCollector::collect(paths);
    ImportReport report;
    const QStringList &files = collected.files;
    report.outcomes.resize(size_t(files.size()));

    CaseRepository repo(m_db);
    HashClaims claims(repo.allSha256());
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    BlockingQueue<std::pair<size_t, ReadDossier>> queue(8);
    const int workers = std::max(1, std::min<int>(options.threads, int(files.size())));
    QThreadPool pool;
    pool.setMaxThreadCount(workers);

    auto worker = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= files.size())
                return;
            ReadDossier r;
            r.outcome.file = files[i];
            if (stop.load() || (cancel && cancel->load())) {
                r.outcome.error = ImportError::Cancelled;
                r.outcome.message = QStringLiteral("cancelled before it was read");
                r.outcome.detail = ImportDetail::CancelledBeforeRead;
            } else if (auto bytes = DossierReader::readBytes(files[i], options, r.outcome)) {
                if (claims.claim(r.outcome.sha256))
                    r = DossierReader::parse(files[i], *bytes, r.outcome.sha256, options, cancel);
                else
                    r.outcome.status = ImportOutcome::Status::Duplicate;
            }
            queue.push({size_t(i), std::move(r)});
        }
    };
    for (int w = 0; w < workers; ++w)
        (void)QtConcurrent::run(&pool, worker);

    ImportProgress state;
    state.total = int(files.size());
    std::vector<size_t> duplicates;
    for (int received = 0; received < files.size(); ++received) {
        auto [index, read] = queue.pop();
        ImportOutcome &o = report.outcomes[index];
        o = std::move(read.outcome);
        if (o.status == ImportOutcome::Status::Imported && read.data) {
            if (cancel && cancel->load()) {
                o.status = ImportOutcome::Status::Failed;
                o.error = ImportError::Cancelled;
                o.message = QStringLiteral("cancelled before it was stored");
                o.detail = ImportDetail::CancelledBeforeStore;
            } else {
                try {
                    o.caseId = repo.add(*read.data);
                    state.pagesRead += o.pages;
                } catch (const StorageError &e) {
                    o.status = ImportOutcome::Status::Failed;
                    o.error = ImportError::Storage;
                    // What to do comes before SQLite's words: "the store is being written by
                    // another program; nothing was changed; try again …".
                    using C = StorageError::Cause;
                    switch (e.cause()) {
                    case C::Busy: o.detail = ImportDetail::StoreBusy; break;
                    case C::DiskFull: o.detail = ImportDetail::StoreFull; break;
                    case C::ReadOnly: o.detail = ImportDetail::StoreReadOnly; break;
                    case C::Damaged:
                    case C::NotAStore: o.detail = ImportDetail::StoreDamaged; break;
                    default: break;
                    }
                    const QString advice = e.advice();
                    o.message = advice.isEmpty() ? QStringLiteral("could not be stored: %1").arg(e.message())
                                                 : QStringLiteral("could not be stored: %1 (%2)").arg(advice, e.message());
                }
            }
        } else if (o.status == ImportOutcome::Status::Duplicate) {
            duplicates.push_back(index);  // the original may still be on its way
        }
        if (cancel && cancel->load())
            stop = true;
        state.done = received + 1;
        state.lastFile = o.file;
        if (progress)
            progress(state);
    }
    pool.waitForDone();

    for (size_t index : duplicates) {
        ImportOutcome &o = report.outcomes[index];
        if (auto id = repo.findBySha256(o.sha256)) {
            o.caseId = *id;
            o.message = QStringLiteral("same content (SHA-256) as case %1; skipped").arg(*id);
        } else {
            // The first copy failed to import (e.g. cancelled): nothing to be a duplicate of.
            o.status = ImportOutcome::Status::Failed;
            o.error = ImportError::Cancelled;
            o.message = QStringLiteral("identical to another file of this import that was not stored");
            o.detail = ImportDetail::TwinNotStored;
        }
    }
    for (const QString &missing : collected.missing) {
        ImportOutcome o;
        o.file = missing;
        o.error = ImportError::NotFound;
        o.message = QStringLiteral("no such file or folder");
        report.outcomes.push_back(o);
    }
    report.cancelled = cancel && cancel->load();
    return report;
}

} // namespace casereview
