// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstructure.h"

#include <QRegularExpression>
#include <QString>
#include <set>

namespace casereview {

namespace {
bool isDelimiter(char c) { return QByteArrayView(" \r\n\t\f\0<>[]/()%", 14).contains(c); }

// The value after `/key` in a dictionary's text: a reference "N G R", a name, a number, a string or
// a bracketed array, as text; empty when the key is absent.
QByteArray valueOf(const QByteArray &dict, const char *key)
{
    static const QRegularExpression ref(QStringLiteral("^\\s*(\\d+\\s+\\d+\\s+R|/[^\\s/<>\\[\\]()]*|-?\\d+(\\.\\d+)?|\\([^)]*\\)|<[0-9A-Fa-f\\s]*>|\\[[^\\]]*\\])"));
    const QByteArray k = QByteArray("/") + key;
    for (qsizetype i = dict.indexOf(k); i >= 0; i = dict.indexOf(k, i + 1)) {
        const qsizetype end = i + k.size();
        if (end < dict.size() && !isDelimiter(dict[end]))
            continue;  // /Pages when looking for /Page
        const auto m = ref.match(QString::fromLatin1(dict.mid(end, 400)));
        return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray("?");
    }
    return {};
}

int refNumber(const QByteArray &value)
{
    static const QRegularExpression ref(QStringLiteral("^(\\d+)\\s+\\d+\\s+R$"));
    const auto m = ref.match(QString::fromLatin1(value));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

qsizetype hexLength(const QByteArray &s)
{
    if (s.startsWith('<'))
        return QByteArray::fromHex(s.mid(1, s.size() - 2)).size();
    return s.startsWith('(') ? -2 : -1;  // a literal string: its length is not measured here
}
} // namespace

QByteArray PdfStructure::trailerValue(const char *key) const
{
    const qsizetype t = m_bytes.lastIndexOf("trailer");
    return t < 0 ? QByteArray() : valueOf(m_bytes.mid(t, 4096), key);
}

QByteArray PdfStructure::object(int number) const
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    for (qsizetype i = m_bytes.lastIndexOf(head); i >= 0; i = m_bytes.lastIndexOf(head, i - 1)) {
        if (i > 0 && !isDelimiter(m_bytes[i - 1]))
            continue;
        const qsizetype end = m_bytes.indexOf("endobj", i);
        return m_bytes.mid(i + head.size(), end < 0 ? 4096 : end - i - head.size()).trimmed();
    }
    return {};
}

QByteArray PdfStructure::resolve(const QByteArray &value) const
{
    const int n = refNumber(value);
    return n < 0 ? value : object(n);
}

PdfStructure::Security PdfStructure::security() const
{
    const QByteArray ref = trailerValue("Encrypt");
    if (ref.isEmpty())
        return Security::None;
    const QByteArray dict = resolve(ref);
    if (!dict.startsWith("<<"))
        return Security::Damaged;
    const QByteArray filter = valueOf(dict, "Filter");
    if (filter.startsWith('/') && filter != "/Standard")
        return Security::Certificate;  // Adobe.PubSec and other handlers: not a password
    if (filter != "/Standard")
        return Security::Damaged;
    bool vOk = false, rOk = false;
    const int v = valueOf(dict, "V").toInt(&vOk);
    const int r = valueOf(dict, "R").toInt(&rOk);
    if (!vOk || !rOk || v < 1 || v > 5 || r < 2 || r > 6)
        return Security::Damaged;
    const qsizetype want = r <= 4 ? 32 : 48;
    for (const char *key : {"O", "U"}) {
        const qsizetype n = hexLength(valueOf(dict, key));
        if (n == -1 || (n >= 0 && n < want))
            return Security::Damaged;
    }
    return Security::Password;
}

PdfStructure::PageTree PdfStructure::pageTree() const
{
    const QByteArray root = trailerValue("Root");
    if (m_bytes.lastIndexOf("trailer") >= 0 && root.isEmpty())
        return PageTree::Missing;
    const QByteArray catalog = resolve(root);
    if (catalog.isEmpty())
        return root.isEmpty() ? PageTree::Unknown : PageTree::Missing;
    const QByteArray pagesRef = valueOf(catalog, "Pages");
    if (pagesRef.isEmpty())
        return PageTree::Missing;
    // Walk the tree: a node met twice is a loop; a kid that is neither Pages nor Page, a /Count
    // that is negative or larger than the file could hold, is a broken tree.
    std::set<int> seen;
    std::vector<int> todo{refNumber(pagesRef)};
    int leaves = 0;
    while (!todo.empty()) {
        const int n = todo.back();
        todo.pop_back();
        if (n < 0 || !seen.insert(n).second)
            return PageTree::Broken;
        const QByteArray node = object(n);
        const QByteArray type = valueOf(node, "Type");
        if (type == "/Page") {
            ++leaves;
            continue;
        }
        if (type != "/Pages" && !(n == refNumber(pagesRef) && valueOf(node, "Kids").size()))
            return node.isEmpty() ? PageTree::Unknown : PageTree::Broken;
        bool ok = false;
        const qint64 count = valueOf(node, "Count").toLongLong(&ok);
        if (!ok || count < 0 || count > m_bytes.size() / 20)
            return PageTree::Broken;
        const QByteArray kids = valueOf(node, "Kids");
        static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
        for (auto it = kid.globalMatch(QString::fromLatin1(kids)); it.hasNext();)
            todo.push_back(it.next().captured(1).toInt());
    }
    return leaves == 0 ? PageTree::Empty : PageTree::Broken;
}

} // namespace casereview
