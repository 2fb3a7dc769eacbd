// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a rectification operation was refused. The kind lets the UI pick its own wording; the
// message is an English sentence for the CLI. Nothing is written when one is thrown.
#include <QString>
#include <stdexcept>

namespace casereview {

class RectificationError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,          // bad input (empty note, unknown case, recurred with a pass …)
        NotFound,         // no such item, review or case
        NotSigned,        // the review is not signed yet
        Unchanged,        // the item already has that status
        Illegal,          // the status machine does not allow the step
        NeedsAttachment,  // closing without the agency's report or evidence
        NeedsNote,        // a re-check without its note
        BadAttachment,    // not a PDF or image, empty, too large or unreadable
        Withdrawn,        // the item was withdrawn (撤销): final, nothing more is recorded on it
        NeedsReason,      // withdrawing an item or superseding an attachment without a reason
        Superseded,       // the attachment was already superseded
    };
    RectificationError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace casereview
