// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a review operation was refused: bad input, something missing, or a locked review.
#include <QString>
#include <stdexcept>

class ReviewError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotFound, Locked };
    ReviewError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};
