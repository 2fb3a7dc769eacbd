// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Types a document by what it does, not only by its title line: a 行政处罚事先（听证）告知书 tells
// the party of an intended penalty and of both statement and hearing rights, so it plays the
// roles PriorNotice and HearingNotice; a form titled 权利告知书 or 违法行为告知单 is a prior notice
// when its text gives the intended penalty and the rights with a period. Pure: title and text in,
// roles out, so the splitter, the extraction and the diagnosis all read one typing.
#include "domain/documenttype.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace casereview {

namespace DocumentTyper {
struct Role {
    DocumentType type = DocumentType::Other;
    double confidence = 0;  // 0..1; the title alone naming the type gives at least 0.9
    QString reason;         // what decided it, for a finding's "which reader" and for debugging
    bool operator==(const Role &) const = default;
};

// Every role the document plays, strongest first; empty when neither title nor text says.
// `title` is the heading as printed (may be empty), `text` the document's pages joined. When the
// title names a kind, the text only adds the other notice to a notice (a 事先告知书 that offers
// the hearing too); without one, every role the text plays is given, at most 0.85.
std::vector<Role> roles(QStringView title, QStringView text);
// The strongest role, or Other.
DocumentType primary(QStringView title, QStringView text);
// A decision-kind document that decides not to penalise (不予行政处罚决定书): its title says so,
// or its text decides 不予处罚 and names the remedy. Typed Decision by roles().
bool decidesNoPenalty(QStringView title, QStringView text);
} // namespace DocumentTyper

} // namespace casereview
