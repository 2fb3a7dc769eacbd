// SPDX-License-Identifier: GPL-3.0-or-later
// doctest runner with a QApplication (QPdfWriter fixtures need QtGui; UI tests need widgets).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>

namespace {
// CTest runs one test case per process through --test-case=NAME. If NAME matches nothing
// (a renamed test, or a name CMake split at a ';'), doctest would report success having
// run nothing; this listener makes that a failure.
int g_selected = -1;

struct SelectionListener : doctest::IReporter {
    explicit SelectionListener(const doctest::ContextOptions &) {}
    void report_query(const doctest::QueryData &) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats &stats) override { g_selected = int(stats.numTestCasesPassingFilters); }
    void test_case_start(const doctest::TestCaseData &) override {}
    void test_case_reenter(const doctest::TestCaseData &) override {}
    void test_case_end(const doctest::CurrentTestCaseStats &) override {}
    void test_case_exception(const doctest::TestCaseException &) override {}
    void subcase_start(const doctest::SubcaseSignature &) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData &) override {}
    void log_message(const doctest::MessageData &) override {}
    void test_case_skipped(const doctest::TestCaseData &) override {}
};
REGISTER_LISTENER("selection", 1, SelectionListener);
} // namespace

int main(int argc, char **argv)
{
    // Headless by default: CI and doctest's test discovery at build time have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    doctest::Context ctx(argc, argv);
    const int rc = ctx.run();
    bool filtered = false;
    for (int i = 1; i < argc; ++i)
        filtered |= QByteArray(argv[i]).startsWith("--test-case=");
    if (rc == 0 && filtered && g_selected == 0) {
        fprintf(stderr, "no test case matched the --test-case filter\n");
        return 3;
    }
    return rc;
}
