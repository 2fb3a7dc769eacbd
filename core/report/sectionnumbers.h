// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers a report's top-level sections in order (一、二、三…), so an omitted section leaves no
// gap; shared by the campaign report's own sections and the campaign-conduct sections.
#include "reportdocument.h"

namespace casereview {

class SectionNumbers {
public:
    HeadingBlock next(const QString &title)
    {
        static const QString numerals = QStringLiteral("一二三四五六七八九十");
        const QString n = m_count < numerals.size() ? QString(numerals[m_count]) : QString::number(m_count + 1);
        ++m_count;
        return HeadingBlock{1, n + QStringLiteral("、") + title};
    }

private:
    int m_count = 0;
};

} // namespace casereview
