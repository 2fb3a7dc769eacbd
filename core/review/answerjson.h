// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers as JSON: [{"item","verdict","deduction","note","evidence":[{"page","quote","rect":[x,y,w,h]}]}].
// Used by answer files, the CLI and the audit log.
#include "domain/reviewanswer.h"

#include <QByteArray>
#include <QJsonObject>
#include <vector>

namespace casereview {

namespace AnswerJson {
QJsonObject toJson(const Answer &answer);
// Throws ReviewError(Invalid) naming the answer (index and item) and the field.
Answer fromJson(const QJsonObject &object, int index);
std::vector<Answer> parse(const QByteArray &json);
} // namespace AnswerJson

} // namespace casereview
