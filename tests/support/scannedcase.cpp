// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannedcase.h"

#include "ocr/ocrrunner.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"

#include <QCryptographicHash>

using namespace casereview;

namespace ScannedCase {
qint64 add(Database &db, int n, float dateConfidence)
{
    NewCase c;
    c.fileName = QStringLiteral("scan%1.pdf").arg(n);
    c.sourcePath = c.fileName;
    c.original = QByteArray("%PDF-1.4 scanned case ") + QByteArray::number(n);
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("立案审批表\n立案日期：2024年3月1日"), QString()};
    c.pagesNeedingOcr = {2};
    const qint64 id = CaseRepository(db).add(c);
    OcrRepository repo(db);
    const auto pending = repo.pending({id});
    OcrPage page;
    page.text = QStringLiteral("行政处罚决定书\n本局决定罚款人民币5000元。\n二〇二四年九月十日");
    page.words = {{QStringLiteral("行政处罚决定书"), QRectF(36, 40, 120, 14), 95.0f, 0},
                  {QStringLiteral("本局决定罚款人民币5000元。"), QRectF(36, 70, 150, 14), 92.0f, 1},
                  {QStringLiteral("二〇二四年九月十日"), QRectF(300, 700, 90, 14), dateConfidence, 2}};
    page.meanConfidence = (95 + 92 + dateConfidence) / 3;
    repo.save(pending.at(0).pageId, page);
    OcrRunner(db).reclean(id);
    return id;
}
} // namespace ScannedCase
