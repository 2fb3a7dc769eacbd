// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one file into everything a case needs (bytes, hash, page texts, analysis), or says
// precisely why it cannot. Pure with respect to the store; safe to run on worker threads.
#include "importtypes.h"
#include "storage/caserepository.h"

#include <QDeadlineTimer>
#include <atomic>
#include <optional>

namespace casereview {

struct ReadDossier {
    ImportOutcome outcome;     // status Failed with error/message, or Imported (not yet stored)
    std::optional<NewCase> data;
};

namespace DossierReader {
// Reads the bytes and hashes them; fills outcome on failure.
std::optional<QByteArray> readBytes(const QString &path, const ImportOptions &options, ImportOutcome &outcome);
QString sha256Hex(const QByteArray &bytes);
// Parses PDF bytes: text of every page, structure and metadata.
ReadDossier parse(const QString &path, const QByteArray &bytes, const QString &sha256, const ImportOptions &options,
                  const std::atomic<bool> *cancel = nullptr);
} // namespace DossierReader

} // namespace casereview
