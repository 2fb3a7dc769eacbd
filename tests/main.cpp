// SPDX-License-Identifier: GPL-3.0-or-later
// doctest runner with a QApplication (QPdfWriter fixtures need QtGui; UI tests need widgets).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    // Headless by default: CI and doctest's test discovery at build time have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    doctest::Context ctx(argc, argv);
    return ctx.run();
}
