// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PDFs written byte by byte for the intake tests: shapes QPdfWriter never makes (an incremental
// update, a linearised layout, a broken page tree, a damaged encryption dictionary). Object 1 is
// the catalog; `objects[i]` is the body of object i + 1.
#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace HandPdf {
inline QByteArray offset10(qsizetype o) { return QByteArray::number(o).rightJustified(10, '0'); }

inline QByteArray startxrefOf(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref");
    return pdf.mid(sx + 9).trimmed().split('\n').first().trimmed();
}

// A whole file: header, the objects, one xref table, a trailer with `trailerExtra`, %%EOF.
inline QByteArray build(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << body.size();
        body += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = body.size();
    body += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        body += offset10(o) + " 00000 n \n";
    body += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra
        + ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

// Appends an incremental update to `base`: the given objects (number, body), an xref section for
// each, a trailer with /Prev pointing at the base's table and a %%EOF of its own.
inline QByteArray appendUpdate(const QByteArray &base, const QList<std::pair<int, QByteArray>> &objects, int size)
{
    QByteArray out = base;
    QList<qsizetype> offsets;
    for (const auto &[number, text] : objects) {
        offsets << out.size();
        out += QByteArray::number(number) + " 0 obj\n" + text + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (int i = 0; i < objects.size(); ++i)
        out += QByteArray::number(objects[i].first) + " 1\n" + offset10(offsets[i]) + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R /Prev " + startxrefOf(base)
        + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

inline QByteArray page(int parent, int contents)
{
    return "<< /Type /Page /Parent " + QByteArray::number(parent) + " 0 R /MediaBox [0 0 595 842] /Contents "
        + QByteArray::number(contents) + " 0 R /Resources << /Font << /F1 " + QByteArray::number(contents + 1)
        + " 0 R >> >> >>";
}

inline QByteArray textStream(const QByteArray &text)
{
    const QByteArray content = "BT /F1 14 Tf 40 800 Td (" + text + ") Tj ET";
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

inline QByteArray helvetica() { return "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"; }

// One page of Helvetica `text` whose /Pages object (object 2) is `pagesDict`; objects 3–5 are the
// page, its content and its font.
inline QByteArray withPages(const QByteArray &pagesDict, const QByteArray &text = "Decision No. 12, fine 5000 yuan",
                            const QByteArray &catalog = "<< /Type /Catalog /Pages 2 0 R >>")
{
    return build({catalog, pagesDict, page(2, 4), textStream(text), helvetica()});
}

// A two-page file laid out as a linearised PDF is: the linearisation dictionary first, the
// first page's xref section and trailer (with its own %%EOF) near the top, the first page's
// objects, the rest, then the main xref table and a second %%EOF; /L is the file's length and /T
// points into the main table, which holds the low object numbers, as qpdf writes them.
inline QByteArray linearised(const QByteArray &firstText, const QByteArray &secondText)
{
    // Main part: 1 page two, 2 its content. First-page part: 3 linearisation dict, 4 catalog,
    // 5 pages, 6 page one, 7 its content, 8 font, 9 hint stream (empty tables).
    const QByteArray header = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    const QByteArray hints = "<< /Length 16 /S 0 >>\nstream\n" + QByteArray(16, '\0') + "\nendstream";
    const QList<std::pair<int, QByteArray>> firstPart{
        {4, "<< /Type /Catalog /Pages 5 0 R >>"},
        {5, "<< /Type /Pages /Kids [6 0 R 1 0 R] /Count 2 >>"},
        {6, "<< /Type /Page /Parent 5 0 R /MediaBox [0 0 595 842] /Contents 7 0 R /Resources << /Font << /F1 8 0 R >> >> >>"},
        {7, textStream(firstText)},
        {8, helvetica()},
        {9, hints},
    };
    const QList<std::pair<int, QByteArray>> rest{
        {1, "<< /Type /Page /Parent 5 0 R /MediaBox [0 0 595 842] /Contents 2 0 R /Resources << /Font << /F1 8 0 R >> >> >>"},
        {2, textStream(secondText)},
    };
    // Two passes: the first measures, the second writes the true offsets and lengths (every
    // number is ten digits wide, so the passes lay out alike).
    QByteArray out;
    qsizetype fileLength = 0, mainEntries = 0, firstPageEnd = 0, hintOffset = 0, hintLength = 0, mainXref = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QList<qsizetype> offsets(10, 0);
        out = header;
        offsets[3] = out.size();
        out += "3 0 obj\n<< /Linearized 1 /L " + offset10(fileLength) + " /H [" + offset10(hintOffset) + " "
            + offset10(hintLength) + "] /O 6 /E " + offset10(firstPageEnd) + " /N 2 /T " + offset10(mainEntries)
            + " >>\nendobj\n";
        const qsizetype firstXref = out.size();
        const QByteArray sectionHead = "xref\n3 7\n";
        const QByteArray sectionTail = "trailer\n<< /Size 10 /Root 4 0 R /Prev " + offset10(mainXref)
            + " >>\nstartxref\n0\n%%EOF\n";
        qsizetype cursor = firstXref + sectionHead.size() + 7 * 20 + sectionTail.size();
        QByteArray objectsText;
        for (const auto &[n, text] : firstPart) {
            const QByteArray obj = QByteArray::number(n) + " 0 obj\n" + text + "\nendobj\n";
            offsets[n] = cursor;
            if (n == 9) {
                hintOffset = cursor;
                hintLength = obj.size();
            }
            objectsText += obj;
            cursor += obj.size();
        }
        out += sectionHead;
        for (int n = 3; n <= 9; ++n)
            out += offset10(offsets[n]) + " 00000 n \n";
        out += sectionTail + objectsText;
        firstPageEnd = out.size();
        for (const auto &[n, text] : rest) {
            offsets[n] = out.size();
            out += QByteArray::number(n) + " 0 obj\n" + text + "\nendobj\n";
        }
        mainXref = out.size();
        mainEntries = mainXref + qsizetype(qstrlen("xref\n0 3"));
        out += "xref\n0 3\n0000000000 65535 f \n" + offset10(offsets[1]) + " 00000 n \n" + offset10(offsets[2])
            + " 00000 n \ntrailer\n<< /Size 3 >>\nstartxref\n" + QByteArray::number(firstXref) + "\n%%EOF\n";
        fileLength = out.size();
    }
    return out;
}

// One page whose text layer says exactly `lines` (any Unicode, such as Kangxi radicals no
// installed font draws): a simple font whose one-byte codes a ToUnicode CMap maps to the
// characters, one code per distinct character (at most 200).
inline QByteArray unicodePage(const QStringList &lines)
{
    QList<char32_t> chars;
    QByteArray content;
    int y = 800;
    for (const QString &line : lines) {
        QByteArray hex;
        for (char32_t u : line.toUcs4()) {
            qsizetype code = chars.indexOf(u);
            if (code < 0) {
                code = chars.size();
                chars << u;
            }
            hex += QByteArray::number(0x21 + code, 16).rightJustified(2, '0');
        }
        content += "BT /F1 12 Tf 40 " + QByteArray::number(y) + " Td <" + hex + "> Tj ET\n";
        y -= 20;
    }
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
                      "endcodespacerange\n" + QByteArray::number(chars.size()) + " beginbfchar\n";
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const QString s = QString::fromUcs4(&chars[i], 1);
        QByteArray utf16;
        for (QChar c : s)
            utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        cmap += "<" + QByteArray::number(0x21 + i, 16).rightJustified(2, '0') + "> <" + utf16 + ">\n";
    }
    cmap += "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page(2, 4),
                  "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
                  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
                  "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream"});
}
// RC4, for the standard security handler's revision 2 (40-bit keys), written out so the tests
// need no encryption tool.
inline QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 0xff;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[i]) & 0xff;
        std::swap(s[i], s[j]);
        out[n] = char(data[n] ^ char(s[(s[i] + s[j]) & 0xff]));
    }
    return out;
}

inline QByteArray md5(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5); }

inline QByteArray hexString(const QByteArray &bytes) { return "<" + bytes.toHex() + ">"; }

// One page of `text` protected by the user password `userPassword` (standard security handler,
// /V 1 /R 2, RC4 40-bit): objects 1–5 as withPages(), 6 the encryption dictionary.
inline QByteArray passwordProtected(const QByteArray &userPassword, const QByteArray &text)
{
    static const QByteArray pad = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    auto padded = [&](const QByteArray &pw) { return (pw + pad).left(32); };
    const QByteArray id = md5(text);
    const qint32 p = -4;  // every permission
    const QByteArray o = rc4(md5(padded("owner")).left(5), padded(userPassword));
    QByteArray pBytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        pBytes[i] = char((p >> (8 * i)) & 0xff);
    const QByteArray key = md5(padded(userPassword) + o + pBytes + id).left(5);
    const QByteArray u = rc4(key, pad);
    const QByteArray content = "BT /F1 14 Tf 40 800 Td (" + text + ") Tj ET";
    const QByteArray objectKey = md5(key + QByteArray::fromHex("040000") + QByteArray::fromHex("0000")).left(10);
    const QByteArray sealed = rc4(objectKey, content);
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page(2, 4),
                  "<< /Length " + QByteArray::number(sealed.size()) + " >>\nstream\n" + sealed + "\nendstream",
                  helvetica(),
                  "<< /Filter /Standard /V 1 /R 2 /O " + hexString(o) + " /U " + hexString(u) + " /P "
                      + QByteArray::number(p) + " >>"},
                 "/Encrypt 6 0 R /ID [" + hexString(id) + " " + hexString(id) + "] ");
}

// One page whose trailer names object 6, `encryptDict`, as its encryption dictionary; nothing is
// encrypted with it (the tests are about files whose encryption cannot be used).
inline QByteArray withEncrypt(const QByteArray &encryptDict)
{
    return build({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page(2, 4),
                  textStream("Decision No. 12"), helvetica(), encryptDict},
                 "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ");
}
} // namespace HandPdf
