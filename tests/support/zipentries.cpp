// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipentries.h"

#include <QtEndian>
#include <zlib.h>

namespace {
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }
quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }

// A zip member is a raw deflate stream (no zlib header), hence the negative window bits.
QByteArray inflateRaw(const QByteArray &raw, quint32 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    z.avail_in = uInt(raw.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != size)
        return {};
    return out;
}
} // namespace

namespace ZipEntries {
QMap<QString, QByteArray> read(const QByteArray &zip)
{
    QMap<QString, QByteArray> out;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return out;
    const int count = u16(zip, eocd + 10);
    qsizetype at = u32(zip, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50)
            return {};
        const quint16 method = u16(zip, at + 10);
        const quint32 csize = u32(zip, at + 20), usize = u32(zip, at + 24);
        const quint16 nlen = u16(zip, at + 28), xlen = u16(zip, at + 30), clen = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nlen));
        at += 46 + nlen + xlen + clen;
        if (qsizetype(local) + 30 > zip.size())
            return {};
        const qsizetype dataAt = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        const QByteArray raw = zip.mid(dataAt, csize);
        if (method == 0) {
            out.insert(name, raw);
            continue;
        }
        const QByteArray data = usize == 0 ? QByteArray() : inflateRaw(raw, usize);
        if (method == 8 && (usize == 0 || !data.isEmpty())) {
            out.insert(name, data);
            continue;
        }
        return {};
    }
    return out;
}
} // namespace ZipEntries
