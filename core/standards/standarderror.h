// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Thrown when a standard cannot be read or is not valid; the message names the offending part.
#include <QString>
#include <stdexcept>

namespace casereview {

class StandardError : public std::runtime_error {
public:
    explicit StandardError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace casereview
