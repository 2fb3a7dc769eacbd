<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Blind review: %1 of %2 submitted</source>
        <translation>Blind review: %1 of %2 submitted</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message numerus="yes">
        <source>In review (%n item(s) unanswered)</source>
        <translation>
            <numerusform>In review (%n item unanswered)</numerusform>
            <numerusform>In review (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft, all answered</source>
        <translation>Draft, all answered</translation>
    </message>
    <message numerus="yes">
        <source>Submitted (%n item(s) unanswered)</source>
        <translation>
            <numerusform>Submitted (%n item unanswered)</numerusform>
            <numerusform>Submitted (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n item(s) unanswered)</source>
        <translation>
            <numerusform>Signed (%n item unanswered)</numerusform>
            <numerusform>Signed (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %n item(s) are not answered yet and count as full marks until they are.</source>
        <translation>
            <numerusform>Provisional: %n item are not answered yet and count as full marks until they are.</numerusform>
            <numerusform>Provisional: %n items are not answered yet and count as full marks until they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rectification: nothing open</source>
        <translation>Rectification: nothing open</translation>
    </message>
    <message numerus="yes">
        <source>Rectification: %n open item(s)</source>
        <translation>
            <numerusform>Rectification: %n open item</numerusform>
            <numerusform>Rectification: %n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>To check: %1. These values were read from doubtful OCR words; compare them with the page.</source>
        <translation>To check: %1. These values were read from doubtful OCR words; compare them with the page.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Extracted values read from doubtful OCR words: compare them with the page before relying on them</source>
        <translation>Extracted values read from doubtful OCR words: compare them with the page before relying on them</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%n reviews)</source>
        <translation>
            <numerusform>%1 · %2 (%n review)</numerusform>
            <numerusform>%1 · %2 (%n reviews)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <source>%1 (unsigned)</source>
        <translation>%1 (unsigned)</translation>
    </message>
    <message>
        <source>Shown: the review by %1 (%2).</source>
        <translation>Shown: the review by %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other reviews of this case: %1.</source>
        <translation>Other reviews of this case: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The list shows a signed review first, then a submitted one, then the one changed last.</source>
        <translation>The list shows a signed review first, then a submitted one, then the one changed last.</translation>
    </message>
    <message>
        <source>The checklist opens your own review (%1); you have none of this case yet.</source>
        <translation>The checklist opens your own review (%1); you have none of this case yet.</translation>
    </message>
    <message>
        <source>The checklist opens your own review (%1, %2), not the one shown.</source>
        <translation>The checklist opens your own review (%1, %2), not the one shown.</translation>
    </message>
    <message numerus="yes">
        <source>Not final: the review was signed with %n item(s) unanswered. The dashboard and reports count a grade only once its review is signed with every item answered.</source>
        <translation>
            <numerusform>Not final: the review was signed with %n item unanswered. The dashboard and reports count a grade only once its review is signed with every item answered.</numerusform>
            <numerusform>Not final: the review was signed with %n items unanswered. The dashboard and reports count a grade only once its review is signed with every item answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: the review is not signed yet. The dashboard and reports count a grade only once its review is signed with every item answered.</source>
        <translation>Provisional: the review is not signed yet. The dashboard and reports count a grade only once its review is signed with every item answered.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>With open findings</source>
        <translation>With open findings</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Review state filter</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Show all cases again</source>
        <translation>Show all cases again</translation>
    </message>
    <message>
        <source>Search cases: number, agency, party, type…</source>
        <translation>Search cases: number, agency, party, type…</translation>
    </message>
    <message>
        <source>Case filter</source>
        <translation>Case filter</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</source>
        <translation>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</translation>
    </message>
    <message>
        <source>No case matches the chosen filter.</source>
        <translation>No case matches the chosen filter.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>Rectification colour filter</source>
        <translation>Rectification colour filter</translation>
    </message>
    <message>
        <source>Show only cases whose rectification traffic light (三色) has the chosen colour</source>
        <translation>Show only cases whose rectification traffic light (三色) has the chosen colour</translation>
    </message>
    <message>
        <source>To-check filter</source>
        <translation>To-check filter</translation>
    </message>
    <message>
        <source>Show only scanned cases with values read from doubtful OCR words, which a reviewer must compare with the page</source>
        <translation>Show only scanned cases with values read from doubtful OCR words, which a reviewer must compare with the page</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>&amp;Sign Review…</source>
        <translation>&amp;Sign Review…</translation>
    </message>
    <message>
        <source>Sign the review (%1)</source>
        <translation>Sign the review (%1)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on this item (N)</source>
        <translation>Note on this item (N)</translation>
    </message>
    <message>
        <source>Evidence anchors</source>
        <translation>Evidence anchors</translation>
    </message>
    <message>
        <source>Deduction:</source>
        <translation>Deduction:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>Choose an item.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed)</source>
        <translation>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed)</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Veto failed</source>
        <translation>Veto failed</translation>
    </message>
    <message>
        <source>[Veto] %1</source>
        <translation>[Veto] %1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Deduct %1</source>
        <translation>Deduct %1</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s)</source>
        <translation>
            <numerusform>%n anchor</numerusform>
            <numerusform>%n anchors</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Review standard</source>
        <translation>Review standard</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note</source>
        <translation>J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note</translation>
    </message>
    <message>
        <source>Change deduction</source>
        <translation>Change deduction</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>The review of this case could not be read from the store: %1</source>
        <translation>The review of this case could not be read from the store: %1</translation>
    </message>
    <message>
        <source>This review is signed and locked. Reopen it to change answers.</source>
        <translation>This review is signed and locked. Reopen it to change answers.</translation>
    </message>
    <message>
        <source>The answer was not accepted: it does not fit the standard.</source>
        <translation>The answer was not accepted: it does not fit the standard.</translation>
    </message>
    <message>
        <source>Only veto items can fail; use 2 to deduct points.</source>
        <translation>Only veto items can fail; use 2 to deduct points.</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Answer %1: %2</translation>
    </message>
    <message>
        <source>The review could not be signed.</source>
        <translation>The review could not be signed.</translation>
    </message>
    <message>
        <source>The review could not be submitted.</source>
        <translation>The review could not be submitted.</translation>
    </message>
    <message>
        <source>The review could not be reopened.</source>
        <translation>The review could not be reopened.</translation>
    </message>
    <message>
        <source>Choose a checklist item first, then link the selected text to it.</source>
        <translation>Choose a checklist item first, then link the selected text to it.</translation>
    </message>
    <message>
        <source>Link evidence to %1</source>
        <translation>Link evidence to %1</translation>
    </message>
    <message>
        <source>The finding names no item of this standard; answer the matching item by hand.</source>
        <translation>The finding names no item of this standard; answer the matching item by hand.</translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation>Accept finding %1</translation>
    </message>
    <message>
        <source>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed), then link the evidence.</source>
        <translation>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed), then link the evidence.</translation>
    </message>
</context>
<context>
    <name>ChecklistPrompts</name>
    <message>
        <source>%n item(s) are not answered yet. Sign the review anyway?</source>
        <translation>%n item(s) are not answered yet. Sign the review anyway?</translation>
    </message>
    <message>
        <source>%n item(s) are not answered yet. Submit the review anyway?</source>
        <translation>%n item(s) are not answered yet. Submit the review anyway?</translation>
    </message>
    <message>
        <source>Unanswered items count as full marks, so the score is only provisional. The review record notes how many items were left open.</source>
        <translation>Unanswered items count as full marks, so the score is only provisional. The review record notes how many items were left open.</translation>
    </message>
    <message>
        <source>Sign incomplete review</source>
        <translation>Sign incomplete review</translation>
    </message>
    <message>
        <source>Submit incomplete review</source>
        <translation>Submit incomplete review</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Reopen review</translation>
    </message>
    <message>
        <source>Why is the review reopened?</source>
        <translation>Why is the review reopened?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign Review</source>
        <translation>Sign Review</translation>
    </message>
    <message>
        <source>Sign this case&apos;s review as %1?</source>
        <translation>Sign this case&apos;s review as %1?</translation>
    </message>
    <message>
        <source>Signing locks every verdict, deduction, note and evidence link of the review, and the printed review sheet shows it as signed by %1. To change it afterwards the review must be reopened with a reason, which the audit log records.</source>
        <translation>Signing locks every verdict, deduction, note and evidence link of the review, and the printed review sheet shows it as signed by %1. To change it afterwards the review must be reopened with a reason, which the audit log records.</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Sign as %1</translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>%1 / %2 points · %3</source>
        <translation>%1 / %2 points · %3</translation>
    </message>
    <message numerus="yes">
        <source>In review (%n item(s) unanswered) · provisional %1 / %2 points</source>
        <translation>
            <numerusform>In review (%n item unanswered) · provisional %1 / %2 points</numerusform>
            <numerusform>In review (%n items unanswered) · provisional %1 / %2 points</numerusform>
        </translation>
    </message>
    <message>
        <source>· veto failed (%1)</source>
        <translation>· veto failed (%1)</translation>
    </message>
    <message>
        <source>No review standard</source>
        <translation>No review standard</translation>
    </message>
    <message>
        <source>No case is open</source>
        <translation>No case is open</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>draft (saved automatically)</source>
        <translation>draft (saved automatically)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Procedure %1 · Discretion %2 · Legality %3
Review: %4</source>
        <translation>Procedure %1 · Discretion %2 · Legality %3
Review: %4</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <source>%1 (unsigned)</source>
        <translation>%1 (unsigned)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%1: %2 (%n case(s))</source>
        <translation>
            <numerusform>%1: %2 (%n case)</numerusform>
            <numerusform>%1: %2 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade distribution (signed, complete reviews)</source>
        <translation>Grade distribution (signed, complete reviews)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Grade distribution: no signed, complete review yet</source>
        <translation>Grade distribution: no signed, complete review yet</translation>
    </message>
    <message>
        <source>Click a bar to list its cases.</source>
        <translation>Click a bar to list its cases.</translation>
    </message>
    <message>
        <source>Mean score by agency</source>
        <translation>Mean score by agency</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Mean score by agency: no signed, complete review yet</source>
        <translation>Mean score by agency: no signed, complete review yet</translation>
    </message>
    <message>
        <source>Lowest first. Click a bar to list the agency&apos;s reviewed cases.</source>
        <translation>Lowest first. Click a bar to list the agency&apos;s reviewed cases.</translation>
    </message>
    <message>
        <source>Points deducted by dimension</source>
        <translation>Points deducted by dimension</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points deducted by dimension: no deduction in a signed review yet</source>
        <translation>Points deducted by dimension: no deduction in a signed review yet</translation>
    </message>
    <message>
        <source>Click a bar to list the cases with deductions in that dimension.</source>
        <translation>Click a bar to list the cases with deductions in that dimension.</translation>
    </message>
    <message>
        <source>Points deducted by standard section</source>
        <translation>Points deducted by standard section</translation>
    </message>
    <message>
        <source>Points deducted by section: no deduction in a signed review yet</source>
        <translation>Points deducted by section: no deduction in a signed review yet</translation>
    </message>
    <message>
        <source>The eight sections with the most points deducted.</source>
        <translation>The eight sections with the most points deducted.</translation>
    </message>
    <message>
        <source>Top problems: none found yet</source>
        <translation>Top problems: none found yet</translation>
    </message>
    <message>
        <source>Top problems (Pareto)</source>
        <translation>Top problems (Pareto)</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>Most frequent problems first, with their cumulative share. Click a bar to list its cases.</source>
        <translation>Most frequent problems first, with their cumulative share. Click a bar to list its cases.</translation>
    </message>
    <message>
        <source>Rectification progress: no rectification items yet</source>
        <translation>Rectification progress: no rectification items yet</translation>
    </message>
    <message>
        <source>Rectification progress and overdue items over time</source>
        <translation>Rectification progress and overdue items over time</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>Overdue on %1</translation>
    </message>
    <message>
        <source>Weekly. Click a point to list the cases with items overdue that day.</source>
        <translation>Weekly. Click a point to list the cases with items overdue that day.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Refresh the dashboard</translation>
    </message>
    <message>
        <source>The dashboard loads when it is shown.</source>
        <translation>The dashboard loads when it is shown.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The case store could not be read for the dashboard.</source>
        <translation>The case store could not be read for the dashboard.</translation>
    </message>
    <message>
        <source>%1 cases: %2 with a signed, complete review (mean score %3), %4 in review, %5 not reviewed; %6 vetoed. %7 rectification item(s).</source>
        <translation>%1 cases: %2 with a signed, complete review (mean score %3), %4 in review, %5 not reviewed; %6 vetoed. %7 rectification item(s).</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>This file cannot be displayed: the PDF could not be read.</source>
        <translation>This file cannot be displayed: the PDF could not be read.</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Rotate &amp;Left</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Rotate &amp;Right</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Go to Page…</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Text</source>
        <translation>&amp;Copy Selected Text</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <source>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</source>
        <translation>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Go to Page</translation>
    </message>
    <message>
        <source>Page (1–%1):</source>
        <translation>Page (1–%1):</translation>
    </message>
</context>
<context>
    <name>DoubtfulWordsOverlay</name>
    <message>
        <source>Mark &amp;Doubtful OCR Words</source>
        <translation>Mark &amp;Doubtful OCR Words</translation>
    </message>
    <message>
        <source>Tint and underline the words on scanned pages that OCR read with low confidence</source>
        <translation>Tint and underline the words on scanned pages that OCR read with low confidence</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The case store is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The case store is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk holding the case store is full. Free some space and try again; nothing stored was lost.</source>
        <translation>The disk holding the case store is full. Free some space and try again; nothing stored was lost.</translation>
    </message>
    <message>
        <source>The case store cannot be written: the file or its folder is read-only.</source>
        <translation>The case store cannot be written: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>The case store is damaged or is not a case store. Restore it from a backup.</source>
        <translation>The case store is damaged or is not a case store. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The case store cannot be opened. It may be missing, not readable, or written by a newer version of this program.</source>
        <translation>The case store cannot be opened. It may be missing, not readable, or written by a newer version of this program.</translation>
    </message>
    <message>
        <source>What was asked for is no longer in the case store.</source>
        <translation>What was asked for is no longer in the case store.</translation>
    </message>
    <message>
        <source>%1 is no longer in the case store.</source>
        <translation>%1 is no longer in the case store.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>The request was refused.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program: %1</source>
        <translation>Something went wrong inside the program: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>Previous hit (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>Next hit (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Dismissed: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>Re-run diagnosis</source>
        <translation>Re-run diagnosis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Finding evidence</source>
        <translation>Finding evidence</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <source>Why does this finding not apply?</source>
        <translation>Why does this finding not apply?</translation>
    </message>
    <message>
        <source>The findings could not be read from the store.</source>
        <translation>The findings could not be read from the store.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <source>Diagnosing the case…</source>
        <translation>Diagnosing the case…</translation>
    </message>
    <message>
        <source>The diagnosis found nothing to report for this case.</source>
        <translation>The diagnosis found nothing to report for this case.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 still open.</source>
        <translation>
            <numerusform>%n finding, %1 still open.</numerusform>
            <numerusform>%n findings, %1 still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be diagnosed: its text could not be read.</source>
        <translation>The case could not be diagnosed: its text could not be read.</translation>
    </message>
    <message>
        <source>The case could not be diagnosed.</source>
        <translation>The case could not be diagnosed.</translation>
    </message>
    <message>
        <source>%1
Basis: %2</source>
        <translation>%1
Basis: %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>The decision could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) of this case still wait for OCR: the findings cover only the pages read so far.</source>
        <translation>
            <numerusform>%n scanned page of this case still waits for OCR: the findings cover only the pages read so far.</numerusform>
            <numerusform>%n scanned pages of this case still wait for OCR: the findings cover only the pages read so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1 of %2 file(s).</source>
        <translation>Imported %1 of %2 file(s).</translation>
    </message>
    <message>
        <source>The import stopped: %1 Files stored before are kept.</source>
        <translation>The import stopped: %1 Files stored before are kept.</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Reading %n file or folder…</numerusform>
            <numerusform>Reading %n files or folders…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate(s) skipped, %3 failed.</source>
        <translation>%1 imported, %2 duplicate(s) skipped, %3 failed.</translation>
    </message>
    <message>
        <source>The import was cancelled; the cases already stored are kept.</source>
        <translation>The import was cancelled; the cases already stored are kept.</translation>
    </message>
    <message>
        <source>No PDF files were found.</source>
        <translation>No PDF files were found.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %n page(s)</source>
        <translation>
            <numerusform>Case %1, %n page</numerusform>
            <numerusform>Case %1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Same content as case %1; skipped.</source>
        <translation>Same content as case %1; skipped.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelling after the files being read…</source>
        <translation>Cancelling after the files being read…</translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %n page(s): %2</source>
        <translation>
            <numerusform>Case %1, %n page: %2</numerusform>
            <numerusform>Case %1, %n pages: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation>Enter Password…</translation>
    </message>
    <message>
        <source>Import the protected files with a password</source>
        <translation>Import the protected files with a password</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF password</translation>
    </message>
    <message numerus="yes">
        <source>Password for the %n protected file(s):</source>
        <translation>
            <numerusform>Password for the %n protected file:</numerusform>
            <numerusform>Password for the %n protected files:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>an empty file</source>
        <translation>an empty file</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>a ZIP archive or an Office document</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation>a plain text file</translation>
    </message>
    <message>
        <source>data of an unknown kind</source>
        <translation>data of an unknown kind</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file could not be read completely. Copy it to this computer and try again.</source>
        <translation>The file could not be read completely. Copy it to this computer and try again.</translation>
    </message>
    <message>
        <source>The file cannot be read: there is no permission to open it.</source>
        <translation>The file cannot be read: there is no permission to open it.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>This is not a PDF: the file is %1 with a .%2 name. Import the PDF of the dossier instead.</source>
        <translation>This is not a PDF: the file is %1 with a .%2 name. Import the PDF of the dossier instead.</translation>
    </message>
    <message>
        <source>The password given does not open this PDF.</source>
        <translation>The password given does not open this PDF.</translation>
    </message>
    <message>
        <source>The PDF is damaged: the file is cut short (its end is missing) and cannot be read. Copy or download it again.</source>
        <translation>The PDF is damaged: the file is cut short (its end is missing) and cannot be read. Copy or download it again.</translation>
    </message>
    <message>
        <source>The PDF is damaged: the file is cut short and no page content could be recovered. Copy or download it again.</source>
        <translation>The PDF is damaged: the file is cut short and no page content could be recovered. Copy or download it again.</translation>
    </message>
    <message>
        <source>The PDF is damaged: its structure cannot be read.</source>
        <translation>The PDF is damaged: its structure cannot be read.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>The PDF is encrypted for a certificate (public-key security), not with a password. Open it in the program it was made for and save an unencrypted copy.</source>
        <translation>The PDF is encrypted for a certificate (public-key security), not with a password. Open it in the program it was made for and save an unencrypted copy.</translation>
    </message>
    <message>
        <source>The PDF is damaged: its encryption data is damaged, so a password will not help. Ask the sender for an intact copy.</source>
        <translation>The PDF is damaged: its encryption data is damaged, so a password will not help. Ask the sender for an intact copy.</translation>
    </message>
    <message>
        <source>The PDF has no pages: its page tree is missing (the file is damaged). Ask the sender for an intact copy.</source>
        <translation>The PDF has no pages: its page tree is missing (the file is damaged). Ask the sender for an intact copy.</translation>
    </message>
    <message>
        <source>The PDF has no readable pages: its page tree is broken (a loop, a wrong page count or entries that are not pages). Ask the sender for an intact copy.</source>
        <translation>The PDF has no readable pages: its page tree is broken (a loop, a wrong page count or entries that are not pages). Ask the sender for an intact copy.</translation>
    </message>
    <message>
        <source>The PDF has no pages: its page tree is empty.</source>
        <translation>The PDF has no pages: its page tree is empty.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the limit of %2 MB.</source>
        <translation>The file is %1 MB, more than the limit of %2 MB.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages, more than the limit of %2.</source>
        <translation>The PDF has %1 pages, more than the limit of %2.</translation>
    </message>
    <message>
        <source>Reading the file took too long: it stopped after %1 s at page %2.</source>
        <translation>Reading the file took too long: it stopped after %1 s at page %2.</translation>
    </message>
    <message>
        <source>The case was not saved: another program is writing the store. Nothing was changed; import the file again when it has finished.</source>
        <translation>The case was not saved: another program is writing the store. Nothing was changed; import the file again when it has finished.</translation>
    </message>
    <message>
        <source>The case was not saved: the disk is full. Nothing was changed; free some space and import the file again.</source>
        <translation>The case was not saved: the disk is full. Nothing was changed; free some space and import the file again.</translation>
    </message>
    <message>
        <source>The case was not saved: the store cannot be written (a read-only file or folder). Nothing was changed.</source>
        <translation>The case was not saved: the store cannot be written (a read-only file or folder). Nothing was changed.</translation>
    </message>
    <message>
        <source>The case was not saved: the store is damaged. Nothing was changed; keep the store file and work on from your latest backup.</source>
        <translation>The case was not saved: the store is damaged. Nothing was changed; keep the store file and work on from your latest backup.</translation>
    </message>
    <message>
        <source>The case could not be saved in the store. Nothing of it was kept.</source>
        <translation>The case could not be saved in the store. Nothing of it was kept.</translation>
    </message>
    <message>
        <source>Not imported: it is identical to another file of this import, which was not stored.</source>
        <translation>Not imported: it is identical to another file of this import, which was not stored.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The file is cut short (its end is missing); %n page(s) were recovered and the rest of the dossier may be missing.</source>
        <translation>
            <numerusform>The file is cut short (its end is missing); %n page was recovered and the rest of the dossier may be missing.</numerusform>
            <numerusform>The file is cut short (its end is missing); %n pages were recovered and the rest of the dossier may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n byte(s) of other data before the PDF begins.</source>
        <translation>
            <numerusform>The file has %n byte of other data before the PDF begins.</numerusform>
            <numerusform>The file has %n bytes of other data before the PDF begins.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text on any page: the dossier is probably scanned. Its pages are queued for text recognition (OCR).</source>
        <translation>No text on any page: the dossier is probably scanned. Its pages are queued for text recognition (OCR).</translation>
    </message>
    <message>
        <source>%1 of %2 pages have no usable text (scanned pages); they are queued for text recognition (OCR).</source>
        <translation>%1 of %2 pages have no usable text (scanned pages); they are queued for text recognition (OCR).</translation>
    </message>
    <message>
        <source>The PDF restricts printing or copying (owner password).</source>
        <translation>The PDF restricts printing or copying (owner password).</translation>
    </message>
    <message>
        <source>The PDF is protected by an opening password. Import it with Enter Password…, or ask the sender for an unprotected copy.</source>
        <translation>The PDF is protected by an opening password. Import it with Enter Password…, or ask the sender for an unprotected copy.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case %1 is not in the store.</source>
        <translation>Case %1 is not in the store.</translation>
    </message>
    <message>
        <source>Case %1 could not be read from the store: %2</source>
        <translation>Case %1 could not be read from the store: %2</translation>
    </message>
    <message>
        <source>Case Review Workstation</source>
        <translation>Case Review Workstation</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Import Case Files…</source>
        <translation>&amp;Import Case Files…</translation>
    </message>
    <message>
        <source>&amp;New Case Store…</source>
        <translation>&amp;New Case Store…</translation>
    </message>
    <message>
        <source>Open Case &amp;Store…</source>
        <translation>Open Case &amp;Store…</translation>
    </message>
    <message>
        <source>&amp;Back Up Case Store…</source>
        <translation>&amp;Back Up Case Store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Link Selected Text as Evidence</source>
        <translation>&amp;Link Selected Text as Evidence</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%n case in %1</numerusform>
            <numerusform>%n cases in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The case store could not be read.</source>
        <translation>The case store could not be read.</translation>
    </message>
    <message>
        <source>%1 — Case Review Workstation</source>
        <translation>%1 — Case Review Workstation</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF files (*.pdf *.PDF);;All files (*)</translation>
    </message>
    <message>
        <source>Case stores (*.%1);;All files (*)</source>
        <translation>Case stores (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>New case store</source>
        <translation>New case store</translation>
    </message>
    <message>
        <source>Open case store</source>
        <translation>Open case store</translation>
    </message>
    <message>
        <source>Back up case store</source>
        <translation>Back up case store</translation>
    </message>
    <message>
        <source>-backup.%1</source>
        <translation>-backup.%1</translation>
    </message>
    <message>
        <source>Case stores (*.%1)</source>
        <translation>Case stores (*.%1)</translation>
    </message>
    <message>
        <source>Backing up the case store…</source>
        <translation>Backing up the case store…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</source>
        <translation>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>Select text in the document first (drag over it with the mouse).</source>
        <translation>Select text in the document first (drag over it with the mouse).</translation>
    </message>
    <message>
        <source>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</source>
        <translation>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Set a deadline</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <source>Rectification Notice</source>
        <translation>Rectification Notice</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s) with problems)</source>
        <translation>
            <numerusform>%1 (%n case with problems)</numerusform>
            <numerusform>%1 (%n cases with problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
</context>
<context>
    <name>OcrController</name>
    <message>
        <source>&amp;Read Scanned Pages (OCR)</source>
        <translation>&amp;Read Scanned Pages (OCR)</translation>
    </message>
    <message>
        <source>Read the scanned pages still waiting for text recognition</source>
        <translation>Read the scanned pages still waiting for text recognition</translation>
    </message>
    <message>
        <source>No scanned page is waiting for OCR.</source>
        <translation>No scanned page is waiting for OCR.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n scanned page(s) left from the last session.</source>
        <translation>
            <numerusform>Reading the %n scanned page left from the last session.</numerusform>
            <numerusform>Reading the %n scanned pages left from the last session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read Scanned Pages</source>
        <translation>Read Scanned Pages</translation>
    </message>
    <message>
        <source>The scanned pages could not be read (%1). They stay waiting: once the Tesseract Chinese language data (tesseract-ocr-chi-sim) is installed, choose Document ▸ Read Scanned Pages.</source>
        <translation>The scanned pages could not be read (%1). They stay waiting: once the Tesseract Chinese language data (tesseract-ocr-chi-sim) is installed, choose Document ▸ Read Scanned Pages.</translation>
    </message>
    <message numerus="yes">
        <source>OCR stopped: %n scanned page(s) read; the rest are read next time.</source>
        <translation>
            <numerusform>OCR stopped: %n scanned page read; the rest are read next time.</numerusform>
            <numerusform>OCR stopped: %n scanned pages read; the rest are read next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n scanned page(s) read, mean confidence %1.</source>
        <translation>
            <numerusform>OCR finished: %n scanned page read, mean confidence %1.</numerusform>
            <numerusform>OCR finished: %n scanned pages read, mean confidence %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read and stay waiting.</source>
        <translation>
            <numerusform>%n page could not be read and stays waiting.</numerusform>
            <numerusform>%n pages could not be read and stay waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop reading scanned pages. The pages read so far are kept; the rest are read the next time (Document ▸ Read Scanned Pages, or when the program starts).</source>
        <translation>Stop reading scanned pages. The pages read so far are kept; the rest are read the next time (Document ▸ Read Scanned Pages, or when the program starts).</translation>
    </message>
    <message>
        <source>Reading scanned pages (OCR): %1 of %2</source>
        <translation>Reading scanned pages (OCR): %1 of %2</translation>
    </message>
    <message>
        <source>Stopping OCR after the pages in hand…</source>
        <translation>Stopping OCR after the pages in hand…</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dossier outline</source>
        <translation>Dossier outline</translation>
    </message>
    <message>
        <source>Whole file (no documents recognised)</source>
        <translation>Whole file (no documents recognised)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) became overdue since you last looked: %1</source>
        <translation>
            <numerusform>%n rectification item became overdue since you last looked: %1</numerusform>
            <numerusform>%n rectification items became overdue since you last looked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPageView</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ProgressWait</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was produced.</source>
        <translation>Nothing was produced.</translation>
    </message>
</context>
<context>
    <name>RectificationAttachmentList</name>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Superseded %1 by %2: %3
Not part of the current evidence; kept in the store (SHA-256 %4).</source>
        <translation>Superseded %1 by %2: %3
Not part of the current evidence; kept in the store (SHA-256 %4).</translation>
    </message>
</context>
<context>
    <name>RectificationBoard</name>
    <message>
        <source>Change Status…</source>
        <translation>Change Status…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>Re-check…</translation>
    </message>
    <message>
        <source>Open Case at Page</source>
        <translation>Open Case at Page</translation>
    </message>
    <message>
        <source>History (from the audit log):</source>
        <translation>History (from the audit log):</translation>
    </message>
    <message>
        <source>Create &amp;Rectification Items for This Case…</source>
        <translation>Create &amp;Rectification Items for This Case…</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
    <message>
        <source>The case store could not be read.</source>
        <translation>The case store could not be read.</translation>
    </message>
    <message>
        <source>Select an item to see its details and history.</source>
        <translation>Select an item to see its details and history.</translation>
    </message>
    <message>
        <source>No rectification items. Create them from a signed review with Review ▸ Create Rectification Items for This Case…</source>
        <translation>No rectification items. Create them from a signed review with Review ▸ Create Rectification Items for This Case…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;%3 · %4 · case %5, page(s) %6&lt;br&gt;Deadline: %7 · contact: %8 · %n attachment(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;%3 · %4 · case %5, page(s) %6&lt;br&gt;Deadline: %7 · contact: %8 · %n attachment</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;%3 · %4 · case %5, page(s) %6&lt;br&gt;Deadline: %7 · contact: %8 · %n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) created</source>
        <translation>
            <numerusform>%n rectification item created</numerusform>
            <numerusform>%n rectification items created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s) already had an item</source>
        <translation>
            <numerusform>; %n problem already had an item</numerusform>
            <numerusform>; %n problems already had an item</numerusform>
        </translation>
    </message>
    <message>
        <source>; the case has no signed review, so only its findings were taken</source>
        <translation>; the case has no signed review, so only its findings were taken</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Export Rectification &amp;Ledger…</source>
        <translation>Export Rectification &amp;Ledger…</translation>
    </message>
    <message>
        <source>The items the rectification board shows, as XLSX, CSV or PDF</source>
        <translation>The items the rectification board shows, as XLSX, CSV or PDF</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Edit Details…</translation>
    </message>
    <message>
        <source>Contact, kind and deadline</source>
        <translation>Contact, kind and deadline</translation>
    </message>
    <message>
        <source>Attachments (struck through: superseded):</source>
        <translation>Attachments (struck through: superseded):</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
</context>
<context>
    <name>RectificationBoardModel</name>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>To rectify</source>
        <translation>To rectify</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Re-check passed (closed)</source>
        <translation>Re-check passed (closed)</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>Re-check failed</translation>
    </message>
    <message>
        <source>Case correction</source>
        <translation>Case correction</translation>
    </message>
    <message>
        <source>Systemic fix</source>
        <translation>Systemic fix</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform>
            <numerusform>%1 (overdue %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (due today)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Legal basis: %2</source>
        <translation>%1
Legal basis: %2</translation>
    </message>
    <message>
        <source>%1: veto-level problem</source>
        <translation>%1: veto-level problem</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2 (was %3): %4</source>
        <translation>Withdrawn %1 by %2 (was %3): %4</translation>
    </message>
</context>
<context>
    <name>RectificationCorrectionActions</name>
    <message>
        <source>&amp;Withdraw Rectification Item…</source>
        <translation>&amp;Withdraw Rectification Item…</translation>
    </message>
    <message>
        <source>&amp;Supersede Attachment…</source>
        <translation>&amp;Supersede Attachment…</translation>
    </message>
    <message>
        <source>Withdraw an item made by mistake: it stays on record with the reason but leaves every count</source>
        <translation>Withdraw an item made by mistake: it stays on record with the reason but leaves every count</translation>
    </message>
    <message>
        <source>Mark a wrong attachment as superseded, optionally with the correct file; it stays stored</source>
        <translation>Mark a wrong attachment as superseded, optionally with the correct file; it stays stored</translation>
    </message>
</context>
<context>
    <name>RectificationCreateDialog</name>
    <message>
        <source>Also every open finding (not yet accepted or dismissed)</source>
        <translation>Also every open finding (not yet accepted or dismissed)</translation>
    </message>
    <message>
        <source>Create Rectification Items</source>
        <translation>Create Rectification Items</translation>
    </message>
    <message>
        <source>Items are made from the deductions of the case&apos;s signed review(s) and its accepted findings. Problems that already have an item are skipped.</source>
        <translation>Items are made from the deductions of the case&apos;s signed review(s) and its accepted findings. Problems that already have an item are skipped.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>One item per problem</source>
        <translation>One item per problem</translation>
    </message>
    <message>
        <source>Group the same problem per agency</source>
        <translation>Group the same problem per agency</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
</context>
<context>
    <name>RectificationDetailsDialog</name>
    <message>
        <source>Rectification Item %1</source>
        <translation>Rectification Item %1</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
    <message>
        <source>Person and telephone at the agency</source>
        <translation>Person and telephone at the agency</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
</context>
<context>
    <name>RectificationErrorText</name>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach a PDF or an image first.</source>
        <translation>Closing needs the agency&apos;s report or evidence: attach a PDF or an image first.</translation>
    </message>
    <message>
        <source>A re-check needs a note saying what was checked.</source>
        <translation>A re-check needs a note saying what was checked.</translation>
    </message>
    <message>
        <source>This status change is not allowed from the item&apos;s current status.</source>
        <translation>This status change is not allowed from the item&apos;s current status.</translation>
    </message>
    <message>
        <source>The item already has this status.</source>
        <translation>The item already has this status.</translation>
    </message>
    <message>
        <source>The file could not be attached: only PDF files and images (PNG, JPEG, GIF, TIFF) are accepted.
%1</source>
        <translation>The file could not be attached: only PDF files and images (PNG, JPEG, GIF, TIFF) are accepted.
%1</translation>
    </message>
    <message>
        <source>Rectification items come from signed reviews; sign the review first.</source>
        <translation>Rectification items come from signed reviews; sign the review first.</translation>
    </message>
    <message>
        <source>It is no longer in the case store.
%1</source>
        <translation>It is no longer in the case store.
%1</translation>
    </message>
    <message>
        <source>The item was withdrawn; a withdrawn item is final.
%1</source>
        <translation>The item was withdrawn; a withdrawn item is final.
%1</translation>
    </message>
    <message>
        <source>Give the reason: it goes into the audit log.</source>
        <translation>Give the reason: it goes into the audit log.</translation>
    </message>
    <message>
        <source>The attachment was already superseded.
%1</source>
        <translation>The attachment was already superseded.
%1</translation>
    </message>
</context>
<context>
    <name>RectificationFilterBar</name>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Include withdrawn</source>
        <translation>Include withdrawn</translation>
    </message>
    <message>
        <source>Also list items withdrawn as made by mistake; they count nowhere</source>
        <translation>Also list items withdrawn as made by mistake; they count nowhere</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
</context>
<context>
    <name>RectificationHistoryText</name>
    <message>
        <source>created, due %1</source>
        <translation>created, due %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>attached %1 (%n byte(s))</source>
        <translation>
            <numerusform>attached %1 (%n byte)</numerusform>
            <numerusform>attached %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>re-check passed</source>
        <translation>re-check passed</translation>
    </message>
    <message>
        <source>re-check failed</source>
        <translation>re-check failed</translation>
    </message>
    <message>
        <source>, newer case(s) %1</source>
        <translation>, newer case(s) %1</translation>
    </message>
    <message>
        <source>, problem recurred</source>
        <translation>, problem recurred</translation>
    </message>
    <message>
        <source>, not recurred</source>
        <translation>, not recurred</translation>
    </message>
    <message>
        <source>details changed: deadline %1, contact %2</source>
        <translation>details changed: deadline %1, contact %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>withdrawn (was %1): %2</source>
        <translation>withdrawn (was %1): %2</translation>
    </message>
    <message>
        <source>superseded attachment %1: %2</source>
        <translation>superseded attachment %1: %2</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (replaced)</translation>
    </message>
</context>
<context>
    <name>RectificationLedgerExport</name>
    <message>
        <source>Export Rectification Ledger</source>
        <translation>Export Rectification Ledger</translation>
    </message>
    <message>
        <source>整改台账.xlsx</source>
        <translation>rectification-ledger.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the rectification ledger…</source>
        <translation>Writing the rectification ledger…</translation>
    </message>
    <message>
        <source>The ledger could not be written to %1. Check that the folder exists and is writable.
%2</source>
        <translation>The ledger could not be written to %1. Check that the folder exists and is writable.
%2</translation>
    </message>
    <message numerus="yes">
        <source>Rectification ledger written to %1 (%n item(s))</source>
        <translation>
            <numerusform>Rectification ledger written to %1 (%n item)</numerusform>
            <numerusform>Rectification ledger written to %1 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RectificationRecheckDialog</name>
    <message>
        <source>Re-check Rectification Item %1</source>
        <translation>Re-check Rectification Item %1</translation>
    </message>
    <message>
        <source>Original problem</source>
        <translation>Original problem</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;Case %3, page(s) %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;Case %3, page(s) %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>The case is no longer in the store.</source>
        <translation>The case is no longer in the store.</translation>
    </message>
    <message>
        <source>Rectification evidence</source>
        <translation>Rectification evidence</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The agency has not sent a report or evidence yet. Attach it with “Change Status…”.</source>
        <translation>The agency has not sent a report or evidence yet. Attach it with “Change Status…”.</translation>
    </message>
    <message>
        <source>Passed — close the item</source>
        <translation>Passed — close the item</translation>
    </message>
    <message>
        <source>Failed — back to the agency</source>
        <translation>Failed — back to the agency</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>What was checked and what was found</source>
        <translation>What was checked and what was found</translation>
    </message>
    <message>
        <source>Re-check note:</source>
        <translation>Re-check note:</translation>
    </message>
    <message>
        <source>Case %1 %2 (decided %3)</source>
        <translation>Case %1 %2 (decided %3)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>No newer cases of this agency in the store.</source>
        <translation>No newer cases of this agency in the store.</translation>
    </message>
    <message>
        <source>Newer cases re-reviewed:</source>
        <translation>Newer cases re-reviewed:</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Yes — the problem recurred</source>
        <translation>Yes — the problem recurred</translation>
    </message>
    <message>
        <source>No — it did not recur</source>
        <translation>No — it did not recur</translation>
    </message>
    <message>
        <source>Recurred:</source>
        <translation>Recurred:</translation>
    </message>
    <message>
        <source>The attachment is damaged: its checksum no longer matches.</source>
        <translation>The attachment is damaged: its checksum no longer matches.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>This image cannot be shown.</translation>
    </message>
    <message>
        <source>Choose whether the rectification passed.</source>
        <translation>Choose whether the rectification passed.</translation>
    </message>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach it with “Change Status…” first.</source>
        <translation>Closing needs the agency&apos;s report or evidence: attach it with “Change Status…” first.</translation>
    </message>
    <message>
        <source>A re-check that found the problem recurred cannot pass.</source>
        <translation>A re-check that found the problem recurred cannot pass.</translation>
    </message>
    <message>
        <source>Write a re-check note.</source>
        <translation>Write a re-check note.</translation>
    </message>
    <message>
        <source>Only a reported item, or a closed one in a later follow-up check, can be re-checked.</source>
        <translation>Only a reported item, or a closed one in a later follow-up check, can be re-checked.</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <source>Case of the problem</source>
        <translation>Case of the problem</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Case %1 %2</source>
        <translation>Case %1 %2</translation>
    </message>
    <message>
        <source>%1 — pages not recorded</source>
        <translation>%1 — pages not recorded</translation>
    </message>
    <message>
        <source>%1 — page(s) %2</source>
        <translation>%1 — page(s) %2</translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation>Reading the evidence…</translation>
    </message>
    <message>
        <source>Reading the cases of this agency…</source>
        <translation>Reading the cases of this agency…</translation>
    </message>
    <message>
        <source>Reading the item&apos;s evidence and the agency&apos;s newer cases…</source>
        <translation>Reading the item&apos;s evidence and the agency&apos;s newer cases…</translation>
    </message>
    <message>
        <source>The cases could not be read.</source>
        <translation>The cases could not be read.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>The case file could not be read.</translation>
    </message>
</context>
<context>
    <name>RectificationStatusDialog</name>
    <message>
        <source>Change Rectification Status</source>
        <translation>Change Rectification Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item %1&lt;/b&gt;: %2&lt;br&gt;Current status: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Item %1&lt;/b&gt;: %2&lt;br&gt;Current status: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Not allowed from “%1”.</source>
        <translation>Not allowed from “%1”.</translation>
    </message>
    <message>
        <source>What was done or checked (needed for a re-check)</source>
        <translation>What was done or checked (needed for a re-check)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Attach Files…</translation>
    </message>
    <message>
        <source>The agency&apos;s rectification report or evidence: PDF files or images</source>
        <translation>The agency&apos;s rectification report or evidence: PDF files or images</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Attach the agency&apos;s report or evidence</source>
        <translation>Attach the agency&apos;s report or evidence</translation>
    </message>
    <message>
        <source>Reports and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Reports and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach a PDF or an image.</source>
        <translation>Closing needs the agency&apos;s report or evidence: attach a PDF or an image.</translation>
    </message>
    <message>
        <source>This is a re-check: write a re-check note.</source>
        <translation>This is a re-check: write a re-check note.</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Choose the new status.</translation>
    </message>
</context>
<context>
    <name>RectificationSupersedeDialog</name>
    <message>
        <source>Supersede Attachment of Item %1</source>
        <translation>Supersede Attachment of Item %1</translation>
    </message>
    <message>
        <source>A superseded attachment no longer counts as the agency&apos;s report or evidence. It is not deleted: it stays in the store, struck through, with your reason.</source>
        <translation>A superseded attachment no longer counts as the agency&apos;s report or evidence. It is not deleted: it stays in the store, struck through, with your reason.</translation>
    </message>
    <message>
        <source>%1 (%2, added %3 by %4)</source>
        <translation>%1 (%2, added %3 by %4)</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>Why it is superseded (required)</source>
        <translation>Why it is superseded (required)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>optional: the correct file</source>
        <translation>optional: the correct file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Replacement:</source>
        <translation>Replacement:</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>Supersede</translation>
    </message>
    <message>
        <source>The correct report or evidence</source>
        <translation>The correct report or evidence</translation>
    </message>
    <message>
        <source>PDF files and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</source>
        <translation>PDF files and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Reading the attachments…</source>
        <translation>Reading the attachments…</translation>
    </message>
    <message>
        <source>The item has no current attachment.</source>
        <translation>The item has no current attachment.</translation>
    </message>
    <message>
        <source>The attachments could not be read.</source>
        <translation>The attachments could not be read.</translation>
    </message>
</context>
<context>
    <name>RectificationWithdrawDialog</name>
    <message>
        <source>Withdraw Rectification Item %1</source>
        <translation>Withdraw Rectification Item %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdraw item %1?&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Agency: %3 · status: %4</source>
        <translation>&lt;b&gt;Withdraw item %1?&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Agency: %3 · status: %4</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>(agency not recognised)</translation>
    </message>
    <message>
        <source>Withdraw an item that was made by mistake (wrong case, the same problem twice, a finding later rejected). It stays on record with your reason but leaves the open and overdue counts, the dashboard and the ledger, and its problem can be tracked again by a new item. This cannot be undone.</source>
        <translation>Withdraw an item that was made by mistake (wrong case, the same problem twice, a finding later rejected). It stays on record with your reason but leaves the open and overdue counts, the dashboard and the ledger, and its problem can be tracked again by a new item. This cannot be undone.</translation>
    </message>
    <message>
        <source>Why the item is withdrawn (required; goes into the audit log)</source>
        <translation>Why the item is withdrawn (required; goes into the audit log)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Withdrawn by:</source>
        <translation>Withdrawn by:</translation>
    </message>
    <message>
        <source>Withdraw Item</source>
        <translation>Withdraw Item</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Review &amp;Opinion – Print Preview…</source>
        <translation>Review &amp;Opinion – Print Preview…</translation>
    </message>
    <message>
        <source>Review Opinion – Export &amp;PDF…</source>
        <translation>Review Opinion – Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Campaign Report – Print Preview…</source>
        <translation>&amp;Campaign Report – Print Preview…</translation>
    </message>
    <message>
        <source>Campaign Report – Export PDF…</source>
        <translation>Campaign Report – Export PDF…</translation>
    </message>
    <message>
        <source>Rectification &amp;Notice – Print Preview…</source>
        <translation>Rectification &amp;Notice – Print Preview…</translation>
    </message>
    <message>
        <source>Rectification Notice – Export PDF…</source>
        <translation>Rectification Notice – Export PDF…</translation>
    </message>
    <message>
        <source>Export Case &amp;List (CSV/XLSX)…</source>
        <translation>Export Case &amp;List (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Export &amp;Findings (CSV/XLSX)…</source>
        <translation>Export &amp;Findings (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV/XLSX)…</source>
        <translation>Export &amp;Scores (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Bureau Name on Reports…</source>
        <translation>&amp;Bureau Name on Reports…</translation>
    </message>
    <message>
        <source>Case %1 is not in the store.</source>
        <translation>Case %1 is not in the store.</translation>
    </message>
    <message>
        <source>The store has no cases.</source>
        <translation>The store has no cases.</translation>
    </message>
    <message>
        <source>This case has no review yet.</source>
        <translation>This case has no review yet.</translation>
    </message>
    <message>
        <source>The review&apos;s standard %1 cannot be read.</source>
        <translation>The review&apos;s standard %1 cannot be read.</translation>
    </message>
    <message>
        <source>No cases of the agency %1.</source>
        <translation>No cases of the agency %1.</translation>
    </message>
    <message>
        <source>%1 has nothing to rectify: no open rectification items, no deductions in signed reviews and no accepted findings.</source>
        <translation>%1 has nothing to rectify: no open rectification items, no deductions in signed reviews and no accepted findings.</translation>
    </message>
    <message>
        <source>Review Opinion</source>
        <translation>Review Opinion</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>Preparing the review opinion…</source>
        <translation>Preparing the review opinion…</translation>
    </message>
    <message>
        <source>Review opinion %1.pdf</source>
        <translation>Review opinion %1.pdf</translation>
    </message>
    <message>
        <source>Computing the campaign statistics…</source>
        <translation>Computing the campaign statistics…</translation>
    </message>
    <message>
        <source>Campaign report.pdf</source>
        <translation>Campaign report.pdf</translation>
    </message>
    <message>
        <source>Rectification Notice</source>
        <translation>Rectification Notice</translation>
    </message>
    <message>
        <source>No agency has problems to rectify yet: sign reviews with deductions or accept findings first.</source>
        <translation>No agency has problems to rectify yet: sign reviews with deductions or accept findings first.</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>Preparing the notice…</translation>
    </message>
    <message>
        <source>Rectification notice %1.pdf</source>
        <translation>Rectification notice %1.pdf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Export Table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Cannot write to %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Bureau Name</source>
        <translation>Bureau Name</translation>
    </message>
    <message>
        <source>Printed in the header of every report page:</source>
        <translation>Printed in the header of every report page:</translation>
    </message>
    <message>
        <source>This case has reviews by %1 and none by you; open the report from the CLI with --reviewer.</source>
        <translation>This case has reviews by %1 and none by you; open the report from the CLI with --reviewer.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) to %1</source>
        <translation>
            <numerusform>Printed %n page to %1</numerusform>
            <numerusform>Printed %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is under blind review: %1 of %2 assigned reviewers have submitted. Until all have, only your own review of it can be printed.</source>
        <translation>This case is under blind review: %1 of %2 assigned reviewers have submitted. Until all have, only your own review of it can be printed.</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Print Preview – %1</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The report could not be laid out: %1</source>
        <translation>The report could not be laid out: %1</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The report was not printed: %1</source>
        <translation>The report was not printed: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to the Case Review Workstation</source>
        <translation>Welcome to the Case Review Workstation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reviews are saved and signed under your name, and the printed review sheets show it. Please give your name and unit; you can change them later under File ▸ Settings.</source>
        <translation>Reviews are saved and signed under your name, and the printed review sheets show it. Please give your name and unit; you can change them later under File ▸ Settings.</translation>
    </message>
    <message>
        <source>e.g. 张三</source>
        <translation>e.g. 张三</translation>
    </message>
    <message>
        <source>e.g. 某市司法局行政执法监督科</source>
        <translation>e.g. 某市司法局行政执法监督科</translation>
    </message>
    <message>
        <source>e.g. 某市司法局 (printed in every report header)</source>
        <translation>e.g. 某市司法局 (printed in every report header)</translation>
    </message>
    <message>
        <source>none: the Henan defaults</source>
        <translation>none: the Henan defaults</translation>
    </message>
    <message>
        <source>Reviewer &amp;name:</source>
        <translation>Reviewer &amp;name:</translation>
    </message>
    <message>
        <source>Reviewer &amp;unit:</source>
        <translation>Reviewer &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Bureau in report headers:</source>
        <translation>&amp;Bureau in report headers:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Diagnosis &amp;parameter profile:</source>
        <translation>Diagnosis &amp;parameter profile:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The parameter profile and the language take effect when the workstation starts again.</source>
        <translation>The parameter profile and the language take effect when the workstation starts again.</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name: reviews are saved and signed under it.</source>
        <translation>Give the reviewer&apos;s name: reviews are saved and signed under it.</translation>
    </message>
    <message>
        <source>The parameter profile %1 cannot be used: %2</source>
        <translation>The parameter profile %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Diagnosis Parameter Profile</source>
        <translation>Diagnosis Parameter Profile</translation>
    </message>
    <message>
        <source>Parameter profiles (*.json)</source>
        <translation>Parameter profiles (*.json)</translation>
    </message>
</context>
<context>
    <name>ThumbnailPanel</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>TrafficLightStyle</name>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>UncertainFieldsText</name>
    <message>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>party type</source>
        <translation>party type</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>credit code</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>case type</translation>
    </message>
    <message>
        <source>filing date</source>
        <translation>filing date</translation>
    </message>
    <message>
        <source>inspection date</source>
        <translation>inspection date</translation>
    </message>
    <message>
        <source>prior notice date</source>
        <translation>prior notice date</translation>
    </message>
    <message>
        <source>hearing notice date</source>
        <translation>hearing notice date</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>decision date</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>delivery date</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>officers</translation>
    </message>
    <message>
        <source>Uncertain OCR reading, check on the page: %1</source>
        <translation>Uncertain OCR reading, check on the page: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
