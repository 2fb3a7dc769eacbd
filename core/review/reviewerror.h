// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a review operation was refused: bad input, something missing, a locked review, or a
// submit/sign that would leave items unanswered (`items` names them).
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace casereview {

class ReviewError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotFound, Locked, Incomplete };
    ReviewError(Kind kind, const QString &message, const QStringList &items = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_items(items) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QStringList items() const { return m_items; }

private:
    Kind m_kind;
    QString m_message;
    QStringList m_items;
};

} // namespace casereview
