// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

using namespace casereview;

const QList<Command> &commands()
{
    static const QList<Command> list{
        {QStringLiteral("import"),
         QStringLiteral("import PATH... [--password PW] [--jobs N] [--no-ocr] [--params FILE.json] [--json]"),
         {{QStringLiteral("password"), true},
          {QStringLiteral("jobs"), true},
          {QStringLiteral("progress"), false},
          {QStringLiteral("no-progress"), false},
          {QStringLiteral("no-ocr"), false},
          {QStringLiteral("params"), true}},
         runImport},
        {QStringLiteral("cases"), QStringLiteral("cases [--json]"), {}, runCases},
        {QStringLiteral("show"), QStringLiteral("show CASE_ID [--json]"), {}, runShow},
        {QStringLiteral("search"), QStringLiteral("search QUERY [--limit N] [--json]"), {{QStringLiteral("limit"), true}}, runSearch},
        {QStringLiteral("backup"), QStringLiteral("backup OUT"), {}, runBackup},
        {QStringLiteral("diagnose"),
         QStringLiteral("diagnose [CASE_ID... | --all] [--params FILE.json] [--json] [--csv OUT.csv]"),
         {{QStringLiteral("all"), false}, {QStringLiteral("params"), true}, {QStringLiteral("csv"), true}},
         runDiagnose},
        {QStringLiteral("ocr"),
         QStringLiteral("ocr [CASE_ID... | --all] [--jobs N] [--params FILE.json] [--json]"),
         {{QStringLiteral("all"), false},
          {QStringLiteral("jobs"), true},
          {QStringLiteral("no-progress"), false},
          {QStringLiteral("params"), true}},
         runOcr},
        {QStringLiteral("demo"),
         QStringLiteral("demo OUT_DIR [--count N]   (writes fictitious sample dossiers)"),
         {{QStringLiteral("count"), true}},
         runDemo},
        {QStringLiteral("standards"),
         QStringLiteral("standards list [--all] [--json] | standards import FILE.json [--by NAME] | standards export ID [--version N] "
                        "--out FILE.json"),
         {{QStringLiteral("all"), false}, {QStringLiteral("by"), true}, {QStringLiteral("version"), true}, {QStringLiteral("out"), true}},
         runStandards},
        {QStringLiteral("review"),
         QStringLiteral("review CASE_ID (--standard ID [--version N] | --campaign CAMPAIGN) --reviewer NAME --answers FILE.json "
                        "[--submit|--sign [--allow-incomplete]] [--json]\n"
                        "      (--submit/--sign with items still unanswered is refused and nothing, not even the answers, is written;\n"
                        "       run without them to keep a draft, or add --allow-incomplete: the audit log records how many were open;\n"
                        "       --campaign: only a reviewer the campaign assigned the case, under the campaign's standard)"),
         {{QStringLiteral("standard"), true},
          {QStringLiteral("campaign"), true},
          {QStringLiteral("version"), true},
          {QStringLiteral("reviewer"), true},
          {QStringLiteral("answers"), true},
          {QStringLiteral("submit"), false},
          {QStringLiteral("sign"), false},
          {QStringLiteral("allow-incomplete"), false}},
         runReview},
        {QStringLiteral("reopen"),
         QStringLiteral("reopen CASE_ID --reviewer NAME --by NAME --reason TEXT [--json]"),
         {{QStringLiteral("reviewer"), true}, {QStringLiteral("by"), true}, {QStringLiteral("reason"), true}},
         runReopen},
        {QStringLiteral("score"),
         QStringLiteral("score CASE_ID [--reviewer NAME] [--campaign CAMPAIGN] [--by NAME] [--rescore-version N] [--json]\n"
                        "      (a file under blind review in a campaign shows a review only to its reviewer, --by NAME,\n"
                        "       until every assigned reviewer has submitted)"),
         {{QStringLiteral("reviewer"), true},
          {QStringLiteral("campaign"), true},
          {QStringLiteral("by"), true},
          {QStringLiteral("rescore-version"), true}},
         runScore},
        {QStringLiteral("audit"), QStringLiteral("audit verify [--json]"), {}, runAudit},
        {QStringLiteral("rectify"),
         QStringLiteral("rectify create --from-review REVIEW_ID|--case CASE_ID [--all-findings] [--deadline YYYY-MM-DD] [--group "
                        "problem|agency] [--by NAME] [--json]"
                        " | rectify list [--agency NAME] [--status S] [--overdue] [--case CASE_ID] [--include-withdrawn] [--json]"
                        " | rectify show ID [--json]"
                        " | rectify update ID --status S [--note TEXT] [--attach FILE]... [--contact TEXT] [--deadline YYYY-MM-DD] [--kind "
                        "case|systemic] [--by NAME] [--json]"
                        " | rectify update ID --supersede-attachment ATT_ID --reason TEXT --by NAME [--attach FILE] [--json]"
                        " | rectify recheck ID --result pass|fail --note TEXT [--link CASE_ID]... [--recurred yes|no] [--by NAME] [--json]"
                        " | rectify withdraw ID --reason TEXT --by NAME [--json]"
                        " | rectify export --format csv|xlsx|pdf --out FILE [--agency NAME] [--status S] [--overdue] [--include-withdrawn] "
                        "[--bureau NAME]"),
         {{QStringLiteral("from-review"), true},
          {QStringLiteral("case"), true},
          {QStringLiteral("all-findings"), false},
          {QStringLiteral("deadline"), true},
          {QStringLiteral("group"), true},
          {QStringLiteral("by"), true},
          {QStringLiteral("agency"), true},
          {QStringLiteral("status"), true},
          {QStringLiteral("overdue"), false},
          {QStringLiteral("note"), true},
          {QStringLiteral("attach"), true},
          {QStringLiteral("result"), true},
          {QStringLiteral("link"), true},
          {QStringLiteral("recurred"), true},
          {QStringLiteral("format"), true},
          {QStringLiteral("out"), true},
          {QStringLiteral("bureau"), true},
          {QStringLiteral("contact"), true},
          {QStringLiteral("kind"), true},
          {QStringLiteral("reason"), true},
          {QStringLiteral("supersede-attachment"), true},
          {QStringLiteral("include-withdrawn"), false}},
         runRectify},
        {QStringLiteral("report"),
         QStringLiteral("report CASE_ID --out FILE.pdf [--reviewer NAME] [--by NAME] [--bureau NAME]"),
         {{QStringLiteral("out"), true},
          {QStringLiteral("reviewer"), true},
          {QStringLiteral("bureau"), true},
          {QStringLiteral("by"), true}},
         runReport},
        {QStringLiteral("report-batch"),
         QStringLiteral("report-batch [CASE_ID... | --all] --out FILE.pdf [--bureau NAME] [--deadline YYYY-MM-DD]"),
         {{QStringLiteral("all"), false},
          {QStringLiteral("out"), true},
          {QStringLiteral("bureau"), true},
          {QStringLiteral("deadline"), true},
          {QStringLiteral("by"), true}},
         runReportBatch},
        {QStringLiteral("notice"),
         QStringLiteral("notice --agency NAME --out FILE.pdf [--deadline YYYY-MM-DD] [--bureau NAME]"),
         {{QStringLiteral("agency"), true},
          {QStringLiteral("out"), true},
          {QStringLiteral("deadline"), true},
          {QStringLiteral("bureau"), true},
          {QStringLiteral("by"), true}},
         runNotice},
        {QStringLiteral("export"),
         QStringLiteral("export --format csv|xlsx --what cases|findings|scores --out FILE"),
         {{QStringLiteral("format"), true}, {QStringLiteral("what"), true}, {QStringLiteral("out"), true}},
         runExport},
        {QStringLiteral("campaign"),
         QStringLiteral("campaign create --name NAME --standard ID [--version N] [--basis TEXT] [--scope TEXT] [--organiser NAME] [--phase "
                        "PHASE:FROM:TO]... [--json]"
                        " | campaign population CAMPAIGN --cases all|ID,ID... | --catalogue FILE.csv [--json]"
                        " | campaign draw CAMPAIGN --seed TEXT --ratio R | --count N [--strata COL[,COL]] [--min N] [--must-include "
                        "FLAG]... [--exclude FLAG]... [--witness NAME]... [--json]"
                        " | campaign verify-draw CAMPAIGN [--draw ID] [--json]"
                        " | campaign draw-record CAMPAIGN [--draw ID] --out FILE.pdf [--json]"
                        " | campaign show CAMPAIGN [--draw ID] [--population-out FILE] [--json]"
                        " | campaign reviewers add|list CAMPAIGN [--name NAME --unit UNIT [--conflict UNIT]... [--specialty TEXT]] [--json]"
                        " | campaign assign CAMPAIGN --per-case N --seed TEXT [--json]"
                        " | campaign agreement CAMPAIGN [--min-shared N] [--json]"
                        " | campaign status CAMPAIGN [--json]"
                        " | campaign disputes CAMPAIGN CASE_ID [--json]"
                        " | campaign reconcile CAMPAIGN CASE_ID --by NAME --answers FILE.json [--json]"
                        " | campaign sign CAMPAIGN CASE_ID --reviewer NAME [--json]"
                        " | campaign report CAMPAIGN --out FILE.pdf [--bureau NAME] [--deadline YYYY-MM-DD] [--json]"),
         {{QStringLiteral("name"), true},
          {QStringLiteral("standard"), true},
          {QStringLiteral("version"), true},
          {QStringLiteral("basis"), true},
          {QStringLiteral("scope"), true},
          {QStringLiteral("organiser"), true},
          {QStringLiteral("phase"), true},
          {QStringLiteral("cases"), true},
          {QStringLiteral("catalogue"), true},
          {QStringLiteral("seed"), true},
          {QStringLiteral("ratio"), true},
          {QStringLiteral("count"), true},
          {QStringLiteral("strata"), true},
          {QStringLiteral("min"), true},
          {QStringLiteral("must-include"), true},
          {QStringLiteral("exclude"), true},
          {QStringLiteral("witness"), true},
          {QStringLiteral("draw"), true},
          {QStringLiteral("population-out"), true},
          {QStringLiteral("unit"), true},
          {QStringLiteral("conflict"), true},
          {QStringLiteral("specialty"), true},
          {QStringLiteral("per-case"), true},
          {QStringLiteral("min-shared"), true},
          {QStringLiteral("answers"), true},
          {QStringLiteral("reviewer"), true},
          {QStringLiteral("by"), true},
          {QStringLiteral("out"), true},
          {QStringLiteral("bureau"), true},
          {QStringLiteral("deadline"), true}},
         runCampaign},
    };
    return list;
}
