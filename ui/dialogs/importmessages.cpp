// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmessages.h"

#include <QFileInfo>

using namespace casereview;

QString ImportMessages::fileKind(FileSniffer::Kind kind)
{
    using K = FileSniffer::Kind;
    switch (kind) {
    case K::Empty: return tr("an empty file");
    case K::Pdf: return tr("a PDF file");
    case K::Png: return tr("a PNG image");
    case K::Jpeg: return tr("a JPEG image");
    case K::Tiff: return tr("a TIFF image");
    case K::Gif: return tr("a GIF image");
    case K::Zip: return tr("a ZIP archive or an Office document");
    case K::Html: return tr("a web page (HTML)");
    case K::Text: return tr("a plain text file");
    case K::Unknown: return tr("data of an unknown kind");
    }
    return {};
}

QString ImportMessages::error(const ImportOutcome &o)
{
    switch (o.error) {
    case ImportError::None: return {};
    case ImportError::NotFound: return tr("The file or folder does not exist.");
    case ImportError::Unreadable:
        if (o.detail == ImportDetail::IsFolder)
            return tr("This is a folder, not a file.");
        if (o.detail == ImportDetail::ReadIncomplete)
            return tr("The file could not be read completely. Copy it to this computer and try again.");
        return tr("The file cannot be read: there is no permission to open it.");
    case ImportError::Empty: return tr("The file is empty (0 bytes).");
    case ImportError::NotPdf:
        return tr("This is not a PDF: the file is %1 with a .%2 name. Import the PDF of the dossier instead.")
            .arg(fileKind(o.fileKind), QFileInfo(o.file).suffix());
    case ImportError::Encrypted:
        if (o.detail == ImportDetail::CertificateSecurity)
            return tr("The PDF is encrypted for a certificate (public-key security), not with a password. Open it in "
                      "the program it was made for and save an unencrypted copy.");
        return tr("The PDF is protected by an opening password. Import it with Enter Password…, or ask the sender "
                  "for an unprotected copy.");
    case ImportError::WrongPassword: return tr("The password given does not open this PDF.");
    case ImportError::Damaged:
        if (o.detail == ImportDetail::CutShort)
            return tr("The PDF is damaged: the file is cut short (its end is missing) and cannot be read. "
                      "Copy or download it again.");
        if (o.detail == ImportDetail::CutShortNoContent)
            return tr("The PDF is damaged: the file is cut short and no page content could be recovered. "
                      "Copy or download it again.");
        if (o.detail == ImportDetail::EncryptionDamaged)
            return tr("The PDF is damaged: its encryption data is damaged, so a password will not help. Ask the "
                      "sender for an intact copy.");
        return tr("The PDF is damaged: its structure cannot be read.");
    case ImportError::NoPages:
        if (o.detail == ImportDetail::PageTreeMissing)
            return tr("The PDF has no pages: its page tree is missing (the file is damaged). Ask the sender for an intact copy.");
        if (o.detail == ImportDetail::PageTreeBroken)
            return tr("The PDF has no readable pages: its page tree is broken (a loop, a wrong page count or entries "
                      "that are not pages). Ask the sender for an intact copy.");
        if (o.detail == ImportDetail::PageTreeEmpty)
            return tr("The PDF has no pages: its page tree is empty.");
        return tr("The PDF has no pages.");
    case ImportError::TooLarge:
        return tr("The file is %1 MB, more than the limit of %2 MB.").arg(o.amount).arg(o.limit);
    case ImportError::TooManyPages:
        return tr("The PDF has %1 pages, more than the limit of %2.").arg(o.amount).arg(o.limit);
    case ImportError::Timeout:
        return tr("Reading the file took too long: it stopped after %1 s at page %2.").arg(o.amount).arg(o.limit);
    case ImportError::Storage:
        if (o.detail == ImportDetail::StoreBusy)
            return tr("The case was not saved: another program is writing the store. Nothing was changed; import the file again when it has finished.");
        if (o.detail == ImportDetail::StoreFull)
            return tr("The case was not saved: the disk is full. Nothing was changed; free some space and import the file again.");
        if (o.detail == ImportDetail::StoreReadOnly)
            return tr("The case was not saved: the store cannot be written (a read-only file or folder). Nothing was changed.");
        if (o.detail == ImportDetail::StoreDamaged)
            return tr("The case was not saved: the store is damaged. Nothing was changed; keep the store file and work on from your latest backup.");
        return tr("The case could not be saved in the store. Nothing of it was kept.");
    case ImportError::Cancelled:
        if (o.detail == ImportDetail::TwinNotStored)
            return tr("Not imported: it is identical to another file of this import, which was not stored.");
        return tr("Not imported: the import was cancelled.");
    }
    return {};
}

QString ImportMessages::note(const ImportNote &n)
{
    using K = ImportNote::Kind;
    switch (n.kind) {
    case K::CutShortRecovered:
        return tr("The file is cut short (its end is missing); %n page(s) were recovered and the rest of the dossier "
                  "may be missing.", nullptr, int(n.count));
    case K::JunkBeforeHeader: return tr("The file has %n byte(s) of other data before the PDF begins.", nullptr, int(n.count));
    case K::NoText: return tr("No text on any page: the dossier is probably scanned. Its pages are queued for text recognition (OCR).");
    case K::PagesNeedOcr:
        return tr("%1 of %2 pages have no usable text (scanned pages); they are queued for text recognition (OCR).")
            .arg(n.count).arg(n.total);
    case K::OwnerRestrictions: return tr("The PDF restricts printing or copying (owner password).");
    }
    return {};
}
