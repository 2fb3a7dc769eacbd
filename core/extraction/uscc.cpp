// SPDX-License-Identifier: GPL-3.0-or-later
// GB 32100-2015: check character = (31 - Σ value×weight mod 31) mod 31 over the code set.
#include "uscc.h"

namespace casereview {

namespace Uscc {
namespace {
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const QString &codeSet()
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return set;
}

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u'0' + (u - 0xFF10));
    if (u >= 0xFF21 && u <= 0xFF3A)
        return QChar(u'A' + (u - 0xFF21));
    if (u >= 0xFF41 && u <= 0xFF5A)
        return QChar(u'A' + (u - 0xFF41));
    if (u >= u'a' && u <= u'z')
        return QChar(u - u'a' + u'A');
    return c;
}

bool isCodeLike(QChar c)
{
    const QChar f = fold(c);
    return (f >= u'0' && f <= u'9') || (f >= u'A' && f <= u'Z');
}
} // namespace

std::optional<QChar> checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = codeSet().indexOf(fold(first17[i]));
        if (v < 0)
            return std::nullopt;
        sum += int(v) * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return codeSet().at(check);
}

QString canonical(QStringView raw)
{
    QString code;
    for (QChar c : raw)
        code.append(fold(c));
    if (code.size() != 18)
        return code;
    // The code set leaves out I, O, Z, S and V because they look like digits: in a code (typed
    // or read by OCR) they can only be 1, 0, 2 and 5.
    for (QChar &c : code) {
        switch (c.unicode()) {
        case u'O': c = u'0'; break;
        case u'I': c = u'1'; break;
        case u'Z': c = u'2'; break;
        case u'S': c = u'5'; break;
        default: break;
        }
    }
    return code;
}

bool isValid(QStringView code)
{
    if (code.size() != 18)
        return false;
    const auto check = checkCharacter(code.first(17));
    return check && *check == fold(code[17]);
}

std::vector<Match> findAll(QStringView text)
{
    std::vector<Match> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isCodeLike(text[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool letter = false;
        QString code;
        while (j < text.size() && isCodeLike(text[j])) {
            const QChar f = fold(text[j]);
            letter = letter || f.isLetter();
            code.append(f);
            ++j;
        }
        if (code.size() == 18) {
            code = canonical(code);
            const bool valid = isValid(code);
            if (valid || letter)
                out.push_back({code, valid, i, j - i});
        }
        i = j;
    }
    return out;
}
} // namespace Uscc

} // namespace casereview
