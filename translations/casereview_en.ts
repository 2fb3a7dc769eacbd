<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="14"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="16"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="17"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="18"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="19"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="51"/>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistmodel.cpp" line="55"/>
        <source>In review (%n item(s) unanswered)</source>
        <translation>
            <numerusform>In review (%n item unanswered)</numerusform>
            <numerusform>In review (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="55"/>
        <source>Draft, all answered</source>
        <translation>Draft, all answered</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistmodel.cpp" line="57"/>
        <source>Submitted (%n item(s) unanswered)</source>
        <translation>
            <numerusform>Submitted (%n item unanswered)</numerusform>
            <numerusform>Submitted (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="57"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistmodel.cpp" line="59"/>
        <source>Signed (%n item(s) unanswered)</source>
        <translation>
            <numerusform>Signed (%n item unanswered)</numerusform>
            <numerusform>Signed (%n items unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="59"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistmodel.cpp" line="89"/>
        <source>Provisional: %n item(s) are not answered yet and count as full marks until they are.</source>
        <translation>
            <numerusform>Provisional: %n item are not answered yet and count as full marks until they are.</numerusform>
            <numerusform>Provisional: %n items are not answered yet and count as full marks until they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistmodel.cpp" line="92"/>
        <source>Reviewer: %1 (%n review(s) of this case)</source>
        <translation>
            <numerusform>Reviewer: %1 (%n review of this case)</numerusform>
            <numerusform>Reviewer: %1 (%n reviews of this case)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="121"/>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="139"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="140"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="141"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="142"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="143"/>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="144"/>
        <source>Fine (yuan)</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="145"/>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="146"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="147"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="148"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="149"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="150"/>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="151"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="30"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="30"/>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="31"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="31"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="32"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="33"/>
        <source>With open findings</source>
        <translation>With open findings</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="35"/>
        <source>Review state filter</source>
        <translation>Review state filter</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="42"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="43"/>
        <source>Show all cases again</source>
        <translation>Show all cases again</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="46"/>
        <source>Search cases: number, agency, party, type…</source>
        <translation>Search cases: number, agency, party, type…</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="48"/>
        <source>Case filter</source>
        <translation>Case filter</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="64"/>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/caselist/caselistpanel.cpp" line="107"/>
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="157"/>
        <source>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</source>
        <translation>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="160"/>
        <source>No case matches the chosen filter.</source>
        <translation>No case matches the chosen filter.</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="161"/>
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="19"/>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="28"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="29"/>
        <source>Note on this item (N)</source>
        <translation>Note on this item (N)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="32"/>
        <source>Evidence anchors</source>
        <translation>Evidence anchors</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="40"/>
        <source>Deduction:</source>
        <translation>Deduction:</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="41"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="42"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="51"/>
        <source>Choose an item.</source>
        <translation>Choose an item.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistitemeditor.cpp" line="60"/>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="88"/>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="89"/>
        <source>Deduct</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="90"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="91"/>
        <source>Veto failed</source>
        <translation>Veto failed</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="161"/>
        <source>[Veto] %1</source>
        <translation>[Veto] %1</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="165"/>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="166"/>
        <source>Deduct %1</source>
        <translation>Deduct %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checklist/checklistmodel.cpp" line="175"/>
        <source>%n anchor(s)</source>
        <translation>
            <numerusform>%n anchor</numerusform>
            <numerusform>%n anchors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="177"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="190"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="191"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="192"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="193"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistmodel.cpp" line="194"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="32"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="33"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="33"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="35"/>
        <source>Review standard</source>
        <translation>Review standard</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="40"/>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="50"/>
        <source>J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note</source>
        <translation>J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="59"/>
        <source>Change deduction</source>
        <translation>Change deduction</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="64"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="105"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="117"/>
        <source>The review standards could not be read from the store.</source>
        <translation>The review standards could not be read from the store.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="153"/>
        <source>The review of this case could not be read from the store.</source>
        <translation>The review of this case could not be read from the store.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="219"/>
        <source>This review is signed and locked. Reopen it to change answers.</source>
        <translation>This review is signed and locked. Reopen it to change answers.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="220"/>
        <source>The answer was not accepted: it does not fit the standard.</source>
        <translation>The answer was not accepted: it does not fit the standard.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="223"/>
        <source>The answer could not be saved in the store.</source>
        <translation>The answer could not be saved in the store.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="245"/>
        <source>Only veto items can fail; use 2 to deduct points.</source>
        <translation>Only veto items can fail; use 2 to deduct points.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="254"/>
        <source>Answer %1: %2</source>
        <translation>Answer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checklist/checklistpanel.cpp" line="295"/>
        <source>%n item(s) are not answered yet. Sign the review anyway?</source>
        <translation>
            <numerusform>%n item are not answered yet. Sign the review anyway?</numerusform>
            <numerusform>%n items are not answered yet. Sign the review anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checklist/checklistpanel.cpp" line="296"/>
        <source>%n item(s) are not answered yet. Submit the review anyway?</source>
        <translation>
            <numerusform>%n item are not answered yet. Submit the review anyway?</numerusform>
            <numerusform>%n items are not answered yet. Submit the review anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="298"/>
        <source>Unanswered items count as full marks, so the score is only provisional. The review record notes how many items were left open.</source>
        <translation>Unanswered items count as full marks, so the score is only provisional. The review record notes how many items were left open.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="300"/>
        <source>Sign incomplete review</source>
        <translation>Sign incomplete review</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="300"/>
        <source>Submit incomplete review</source>
        <translation>Submit incomplete review</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="319"/>
        <source>The review could not be signed.</source>
        <translation>The review could not be signed.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="319"/>
        <source>The review could not be submitted.</source>
        <translation>The review could not be submitted.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="328"/>
        <source>Reopen review</source>
        <translation>Reopen review</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="328"/>
        <source>Why is the review reopened?</source>
        <translation>Why is the review reopened?</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="335"/>
        <source>The review could not be reopened.</source>
        <translation>The review could not be reopened.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="344"/>
        <source>Choose a checklist item first, then link the selected text to it.</source>
        <translation>Choose a checklist item first, then link the selected text to it.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="349"/>
        <source>Link evidence to %1</source>
        <translation>Link evidence to %1</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="356"/>
        <source>The finding names no item of this standard; answer the matching item by hand.</source>
        <translation>The finding names no item of this standard; answer the matching item by hand.</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistpanel.cpp" line="368"/>
        <source>Accept finding %1</source>
        <translation>Accept finding %1</translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="31"/>
        <source>%1 / %2 points · %3</source>
        <translation>%1 / %2 points · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checklist/checklistsummary.cpp" line="33"/>
        <source>In review (%n item(s) unanswered) · provisional %1 / %2 points</source>
        <translation>
            <numerusform>In review (%n item unanswered) · provisional %1 / %2 points</numerusform>
            <numerusform>In review (%n items unanswered) · provisional %1 / %2 points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="36"/>
        <source>· veto failed (%1)</source>
        <translation>· veto failed (%1)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="43"/>
        <source>No review standard</source>
        <translation>No review standard</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="43"/>
        <source>No case is open</source>
        <translation>No case is open</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="57"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="58"/>
        <source>draft (saved automatically)</source>
        <translation>draft (saved automatically)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="59"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="60"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../ui/checklist/checklistsummary.cpp" line="61"/>
        <source>Procedure %1 · Discretion %2 · Legality %3
Review: %4</source>
        <translation>Procedure %1 · Discretion %2 · Legality %3
Review: %4</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="23"/>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="259"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="33"/>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="37"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="51"/>
        <source>This file cannot be displayed: the PDF could not be read.</source>
        <translation>This file cannot be displayed: the PDF could not be read.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="101"/>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="125"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="126"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="127"/>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="129"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="130"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="131"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="132"/>
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="134"/>
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="136"/>
        <source>Rotate &amp;Left</source>
        <translation>Rotate &amp;Left</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="137"/>
        <source>Rotate &amp;Right</source>
        <translation>Rotate &amp;Right</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="139"/>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Go to Page…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="140"/>
        <source>&amp;Copy Selected Text</source>
        <translation>&amp;Copy Selected Text</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="151"/>
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="163"/>
        <source>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</source>
        <translation>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="184"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="268"/>
        <source>Go to Page</source>
        <translation>Go to Page</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="268"/>
        <source>Page (1–%1):</source>
        <translation>Page (1–%1):</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="15"/>
        <location filename="../ui/viewer/findbar.cpp" line="16"/>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="19"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="20"/>
        <source>Previous hit (Shift+Enter)</source>
        <translation>Previous hit (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="21"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="22"/>
        <source>Next hit (Enter)</source>
        <translation>Next hit (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="25"/>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="26"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="67"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="71"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="73"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="35"/>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="36"/>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="37"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="68"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="69"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="69"/>
        <source>Dismissed: %1</source>
        <translation>Dismissed: %1</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="80"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="81"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="82"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="83"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingsmodel.cpp" line="84"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="24"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="25"/>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="25"/>
        <source>Re-run diagnosis</source>
        <translation>Re-run diagnosis</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="32"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="45"/>
        <source>Finding evidence</source>
        <translation>Finding evidence</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="58"/>
        <source>Dismiss finding</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="58"/>
        <source>Why does this finding not apply?</source>
        <translation>Why does this finding not apply?</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="96"/>
        <source>The findings could not be read from the store.</source>
        <translation>The findings could not be read from the store.</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="100"/>
        <source>No case is open.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="102"/>
        <source>Diagnosing the case…</source>
        <translation>Diagnosing the case…</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="104"/>
        <source>The diagnosis found nothing to report for this case.</source>
        <translation>The diagnosis found nothing to report for this case.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings/findingspanel.cpp" line="106"/>
        <source>%n finding(s), %1 still open.</source>
        <translation>
            <numerusform>%n finding, %1 still open.</numerusform>
            <numerusform>%n findings, %1 still open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="128"/>
        <source>The case could not be diagnosed: its text could not be read.</source>
        <translation>The case could not be diagnosed: its text could not be read.</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="136"/>
        <source>The findings could not be saved in the store.</source>
        <translation>The findings could not be saved in the store.</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="157"/>
        <source>%1
Basis: %2</source>
        <translation>%1
Basis: %2</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="161"/>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/findings/findingspanel.cpp" line="175"/>
        <location filename="../ui/findings/findingspanel.cpp" line="193"/>
        <source>The decision could not be saved.</source>
        <translation>The decision could not be saved.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="27"/>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="32"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="37"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Reading %n file or folder…</numerusform>
            <numerusform>Reading %n files or folders…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="94"/>
        <source>Imported %1 of %2 file(s), %3 page(s) read.</source>
        <translation>Imported %1 of %2 file(s), %3 page(s) read.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="109"/>
        <source>The case store could not be opened for the import. Nothing was imported.</source>
        <translation>The case store could not be opened for the import. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="112"/>
        <source>%1 imported, %2 duplicate(s) skipped, %3 failed.</source>
        <translation>%1 imported, %2 duplicate(s) skipped, %3 failed.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="117"/>
        <source>The import was cancelled; the cases already stored are kept.</source>
        <translation>The import was cancelled; the cases already stored are kept.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="122"/>
        <source>No PDF files were found.</source>
        <translation>No PDF files were found.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="137"/>
        <source>Case %1, %n page(s)</source>
        <translation>
            <numerusform>Case %1, %n page</numerusform>
            <numerusform>Case %1, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="138"/>
        <source>Case %1, with %n note(s)</source>
        <translation>
            <numerusform>Case %1, with %n note</numerusform>
            <numerusform>Case %1, with %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="143"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="144"/>
        <source>Same content as case %1; skipped.</source>
        <translation>Same content as case %1; skipped.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="148"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="160"/>
        <source>The file or folder does not exist.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161"/>
        <source>The file cannot be read (no permission, or it is a folder).</source>
        <translation>The file cannot be read (no permission, or it is a folder).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="162"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163"/>
        <source>This is not a PDF file.</source>
        <translation>This is not a PDF file.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="164"/>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165"/>
        <source>The password does not open this PDF.</source>
        <translation>The password does not open this PDF.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="166"/>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="168"/>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="169"/>
        <source>The PDF has too many pages.</source>
        <translation>The PDF has too many pages.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="170"/>
        <source>Reading the file took too long.</source>
        <translation>Reading the file took too long.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="171"/>
        <source>The case could not be saved in the store.</source>
        <translation>The case could not be saved in the store.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="172"/>
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="181"/>
        <source>Cancelling after the files being read…</source>
        <translation>Cancelling after the files being read…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Case Review Workstation</source>
        <translation>Case Review Workstation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Import Case Files…</source>
        <translation>&amp;Import Case Files…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;New Case Store…</source>
        <translation>&amp;New Case Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Open Case &amp;Store…</source>
        <translation>Open Case &amp;Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Back Up Case Store…</source>
        <translation>&amp;Back Up Case Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Link Selected Text as Evidence</source>
        <translation>&amp;Link Selected Text as Evidence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%n case in %1</numerusform>
            <numerusform>%n cases in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>The case store could not be read.</source>
        <translation>The case store could not be read.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Case %1 could not be read from the store. The store may be damaged; restore it from a backup.</source>
        <translation>Case %1 could not be read from the store. The store may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>%1 — Case Review Workstation</source>
        <translation>%1 — Case Review Workstation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF files (*.pdf *.PDF);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Case stores (*.%1);;All files (*)</source>
        <translation>Case stores (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>New case store</source>
        <translation>New case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Open case store</source>
        <translation>Open case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Back up case store</source>
        <translation>Back up case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>-backup.%1</source>
        <translation>-backup.%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Case stores (*.%1)</source>
        <translation>Case stores (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Backing up the case store…</source>
        <translation>Backing up the case store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</source>
        <translation>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Select text in the document first (drag over it with the mouse).</source>
        <translation>Select text in the document first (drag over it with the mouse).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</source>
        <translation>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="18"/>
        <source>Dossier outline</source>
        <translation>Dossier outline</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="30"/>
        <source>Whole file (no documents recognised)</source>
        <translation>Whole file (no documents recognised)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="44"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailPanel</name>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="18"/>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="56"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
</TS>
