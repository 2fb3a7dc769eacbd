// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why an objection (异议) was refused, filed or decided. The kind lets a front end word it in
// its own language; the message is an English sentence naming the campaign, the case, the
// item, the window's end or who decided it when. Nothing is written when one is thrown.
#include <QString>
#include <stdexcept>

namespace casereview {

class ObjectionError : public std::runtime_error {
public:
    enum class Kind {
        Invalid, // missing agency, grounds, reason or name; a verdict or deduction the item does not take
        NotFinal, // the file's consensus sheet is not final (or there is none)
        UnknownItem, // the item is not in the campaign's standard
        WindowClosed, // the objection window has closed (the message names its end)
        AlreadyOpen, // the item has an open objection already
        NotAllowed, // the decider reviewed the file (is one of its assigned reviewers)
        AlreadyDecided, // the objection was decided already (the message names by whom and when)
        NotFound, // no such objection in the campaign
    };
    ObjectionError(Kind kind, const QString &message) : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) { }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace casereview
