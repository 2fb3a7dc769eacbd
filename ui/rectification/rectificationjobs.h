// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the rectification board and its dialogs reach the store: every read on the Workspace's
// read pool, every write on its writer thread, each with a RectificationService built on the
// connection the job gets, so the GUI thread never runs SQL or reads an attachment file. A write
// announces ChangeEvent::Kind::Rectification with the cases it touched; the board refreshes from
// that. A refusal of the service (RectificationError) travels as a RectificationRefusal, a
// WorkspaceFailure that keeps the refusal's kind, so the dialog can say it in the user's words.
#include "rectification/rectificationerror.h"
#include "rectification/rectificationservice.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <functional>
#include <optional>

class RectificationRefusal : public casereview::WorkspaceFailure {
public:
    explicit RectificationRefusal(const casereview::RectificationError &error)
        : casereview::WorkspaceFailure(casereview::Failure::refused(error.message())), m_error(error) {}
    const casereview::RectificationError &error() const { return m_error; }
    void raise() const override { throw *this; }
    RectificationRefusal *clone() const override { return new RectificationRefusal(*this); }

private:
    casereview::RectificationError m_error;
};

class RectificationJobs {
public:
    explicit RectificationJobs(casereview::Workspace &workspace) : m_ws(workspace) {}
    casereview::Workspace &workspace() const { return m_ws; }

    // fn(RectificationService &) on a pooled read-only connection.
    template <class Fn>
    auto read(Fn fn) const
    {
        return m_ws.read([fn = std::move(fn)](casereview::Database &db) {
            casereview::RectificationService service(db);
            try {
                return fn(service);
            } catch (const casereview::RectificationError &e) {
                throw RectificationRefusal(e);
            }
        });
    }
    // fn(RectificationService &) on the writer; announces a Rectification change of `caseIds`.
    template <class Fn>
    auto write(std::vector<qint64> caseIds, Fn fn) const
    {
        return m_ws.write({casereview::ChangeEvent::Kind::Rectification, std::move(caseIds)}, [fn = std::move(fn)](casereview::Database &db) {
            casereview::RectificationService service(db);
            try {
                return fn(service);
            } catch (const casereview::RectificationError &e) {
                throw RectificationRefusal(e);
            }
        });
    }

    // onFinished() whose failure comes in the user's words: a refusal as RectificationErrorText
    // says its kind, any other failure as FailureText says it.
    template <class T, class OnValue>
    static void whenDone(QObject *context, QFuture<T> future, OnValue onValue, std::function<void(const QString &)> onError)
    {
        onFinished(context, future, std::move(onValue),
                   [future, onError = std::move(onError)](const casereview::Failure &failure) { onError(words(refusalOf(future), failure)); });
    }
    // The refusal a finished future carried, if it was one.
    template <class T>
    static std::optional<casereview::RectificationError> refusalOf(QFuture<T> future)
    {
        try {
            future.waitForFinished();
        } catch (const RectificationRefusal &r) {
            return r.error();
        } catch (...) {
        }
        return std::nullopt;
    }
    static QString words(const std::optional<casereview::RectificationError> &refusal, const casereview::Failure &failure);

private:
    casereview::Workspace &m_ws;
};
