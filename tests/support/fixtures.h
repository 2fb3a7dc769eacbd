// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test fixtures made on the fly: PDFs with Chinese text (QPdfWriter + WenQuanYi), broken
// and disguised files, and temporary stores. Nothing here reads ../shared.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <vector>

namespace Fixtures {
// One string per page; lines are drawn top-down, so page text extraction gives them back.
QByteArray pdf(const QStringList &pages);
// A realistic small penalty dossier (立案审批表 … 决定书 … 结案报告) with the given case number.
QStringList dossierPages(const QString &caseNo, const QString &party = QStringLiteral("郑州市某某商贸有限公司"));
// Writes `count` dossier PDFs (case numbers 郑市监罚〔2024〕first号 onwards) into `folder`, made if
// missing, and returns their paths.
QStringList writeDossiers(const QString &folder, int count, int first = 100);
// Spins the event loop (where queued signals such as the Workspace's changes arrive) until
// `done` holds or `ms` pass; returns whether it held.
bool spinUntil(const std::function<bool()> &done, int ms = 20000);
// Pages holding only a 200 dpi picture of the given lines, like a scanner makes: no text layer.
QByteArray scannedPdf(const std::vector<QStringList> &pages);
QByteArray zeroPagePdf();
QByteArray hugePagePdf(const QString &text);  // one 20000 × 20000 pt page
// A one-page PDF written by hand (QPdfWriter cannot set /Rotate or huge pages): `content` is the
// page's content stream, with Helvetica as /F1.
QByteArray onePagePdf(const QByteArray &mediaBox, int rotate, const QByteArray &content);
// The text of every page of the PDF at `path`, spaces and line breaks removed; `pages` gets the count.
QString pdfText(const QString &path, int *pages);
QByteArray pngBytes();
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
} // namespace Fixtures
