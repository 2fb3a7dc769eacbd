// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a use case failed, typed, so that each front end says it in its own language and words
// without parsing a message: the GUI translates by kind, the CLI prints its English sentence and
// maps the kind to an exit code. `subject` names what failed (a file, a case id); `detail` is for
// logs and bug reports only (it may hold what SQLite said) and is never shown as the message.
#include <QException>
#include <QString>

namespace casereview {

class StorageError;

struct Failure {
    enum class Kind {
        StoreBusy,         // another program holds the store's write lock beyond the wait
        StoreFull,         // the disk is full
        StoreReadOnly,     // the store file or its folder cannot be written
        StoreDamaged,      // the store file is damaged or not a case store
        StoreUnavailable,  // the store cannot be opened at all (missing folder, permissions, newer version)
        NotFound,          // the case (or other record) asked for is not in the store
        Refused,           // the request breaks a rule of the domain (message says which)
        Cancelled,         // the user stopped it
        Internal,          // anything else: a bug; detail has what is known
    };

    Kind kind = Kind::Internal;
    QString subject;
    QString message;  // English, one sentence, for the CLI and logs; the GUI words it by kind
    QString detail;

    static Failure fromStorage(const StorageError &error, const QString &subject = {});
    static Failure refused(const QString &message, const QString &subject = {});
    static Failure notFound(const QString &subject);
    static const char *kindName(Kind kind);  // stable key for --json and logs, e.g. "store_busy"
};

// The exception a use case's QFuture carries when it fails (QFuture transports QException
// subclasses to whoever waits on it). Front ends never catch it themselves: FutureCallback (GUI)
// and Workspace::wait (CLI) turn it back into a Failure.
class WorkspaceFailure : public QException {
public:
    explicit WorkspaceFailure(Failure failure) : m_failure(std::move(failure)) {}
    const Failure &failure() const { return m_failure; }
    void raise() const override { throw *this; }
    WorkspaceFailure *clone() const override { return new WorkspaceFailure(*this); }
    const char *what() const noexcept override { return "workspace failure"; }

private:
    Failure m_failure;
};

} // namespace casereview
