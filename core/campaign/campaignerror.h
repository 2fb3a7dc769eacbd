// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a campaign operation (评查活动: population, draw, assignment, agreement) was refused. The
// kind lets a front end pick its own wording; the message is an English sentence naming the
// row, stratum, rule or reviewer at fault. Nothing is written when one is thrown.
#include <QString>
#include <stdexcept>

namespace casereview {

class CampaignError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,          // a bad argument (ratio above 1, empty seed, unknown stratum column …)
        NotFound,         // no such campaign, draw, standard or case
        BadCatalogue,     // the catalogue file: encoding, missing columns, bad or duplicate rows
        EmptyStratum,     // a stratum with no files left to draw from
        NoReviewer,       // recusal left fewer reviewers than a file needs
        Conflict,         // the step would replace recorded work (population after a draw …)
    };
    CampaignError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace casereview
