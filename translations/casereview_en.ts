<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="14" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="15" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="16" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="17" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="18" />
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="19" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="60" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="61" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="62" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="63" />
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="64" />
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="65" />
        <source>Fine (yuan)</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="66" />
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="67" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="68" />
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="29" />
        <source>Search cases: number, agency, party, type…</source>
        <translation>Search cases: number, agency, party, type…</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="31" />
        <source>Case filter</source>
        <translation>Case filter</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="47" />
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="107" />
        <source>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</source>
        <translation>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="110" />
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="23" />
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="259" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="33" />
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="37" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="51" />
        <source>This file cannot be displayed: the PDF could not be read.</source>
        <translation>This file cannot be displayed: the PDF could not be read.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="90" />
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="114" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="115" />
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="116" />
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="118" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="119" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="120" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="121" />
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="123" />
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="125" />
        <source>Rotate &amp;Left</source>
        <translation>Rotate &amp;Left</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="126" />
        <source>Rotate &amp;Right</source>
        <translation>Rotate &amp;Right</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="128" />
        <source>&amp;Go to Page…</source>
        <translation>&amp;Go to Page…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="129" />
        <source>&amp;Copy Selected Text</source>
        <translation>&amp;Copy Selected Text</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="139" />
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="151" />
        <source>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</source>
        <translation>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="172" />
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="244" />
        <source>Go to Page</source>
        <translation>Go to Page</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="244" />
        <source>Page (1–%1):</source>
        <translation>Page (1–%1):</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="15" />
        <location filename="../ui/viewer/findbar.cpp" line="16" />
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="19" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="20" />
        <source>Previous hit (Shift+Enter)</source>
        <translation>Previous hit (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="21" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="22" />
        <source>Next hit (Enter)</source>
        <translation>Next hit (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="25" />
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="26" />
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="67" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="71" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="73" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="27" />
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="32" />
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="37" />
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="62" />
        <source>Reading %n file(s) or folder(s)…</source>
        <translation><numerusform>Reading %n file or folder…</numerusform><numerusform>Reading %n files or folders…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="94" />
        <source>Imported %1 of %2 file(s), %3 page(s) read.</source>
        <translation>Imported %1 of %2 file(s), %3 page(s) read.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="109" />
        <source>The case store could not be opened for the import. Nothing was imported.</source>
        <translation>The case store could not be opened for the import. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="112" />
        <source>%1 imported, %2 duplicate(s) skipped, %3 failed.</source>
        <translation>%1 imported, %2 duplicate(s) skipped, %3 failed.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="117" />
        <source>The import was cancelled; the cases already stored are kept.</source>
        <translation>The import was cancelled; the cases already stored are kept.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="122" />
        <source>No PDF files were found.</source>
        <translation>No PDF files were found.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="137" />
        <source>Case %1, %n page(s)</source>
        <translation><numerusform>Case %1, %n page</numerusform><numerusform>Case %1, %n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="138" />
        <source>Case %1, with %n note(s)</source>
        <translation><numerusform>Case %1, with %n note</numerusform><numerusform>Case %1, with %n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="143" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="144" />
        <source>Same content as case %1; skipped.</source>
        <translation>Same content as case %1; skipped.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="148" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="160" />
        <source>The file or folder does not exist.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161" />
        <source>The file cannot be read (no permission, or it is a folder).</source>
        <translation>The file cannot be read (no permission, or it is a folder).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="162" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163" />
        <source>This is not a PDF file.</source>
        <translation>This is not a PDF file.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="164" />
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165" />
        <source>The password does not open this PDF.</source>
        <translation>The password does not open this PDF.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="166" />
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167" />
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="168" />
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="169" />
        <source>The PDF has too many pages.</source>
        <translation>The PDF has too many pages.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="170" />
        <source>Reading the file took too long.</source>
        <translation>Reading the file took too long.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="171" />
        <source>The case could not be saved in the store.</source>
        <translation>The case could not be saved in the store.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="172" />
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="181" />
        <source>Cancelling after the files being read…</source>
        <translation>Cancelling after the files being read…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47" />
        <source>Case Review Workstation</source>
        <translation>Case Review Workstation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52" />
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89" />
        <source>&amp;Import Case Files…</source>
        <translation>&amp;Import Case Files…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92" />
        <source>&amp;New Case Store…</source>
        <translation>&amp;New Case Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94" />
        <source>Open Case &amp;Store…</source>
        <translation>Open Case &amp;Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96" />
        <source>&amp;Back Up Case Store…</source>
        <translation>&amp;Back Up Case Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122" />
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="145" />
        <source>%n case(s) in %1</source>
        <translation><numerusform>%n case in %1</numerusform><numerusform>%n cases in %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>The case store could not be read.</source>
        <translation>The case store could not be read.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169" />
        <source>Case %1 could not be read from the store. The store may be damaged; restore it from a backup.</source>
        <translation>Case %1 could not be read from the store. The store may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175" />
        <source>%1 — Case Review Workstation</source>
        <translation>%1 — Case Review Workstation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179" />
        <source>Opening the case…</source>
        <translation>Opening the case…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197" />
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198" />
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF files (*.pdf *.PDF);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218" />
        <source>Case stores (*.%1);;All files (*)</source>
        <translation>Case stores (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219" />
        <source>New case store</source>
        <translation>New case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220" />
        <source>Open case store</source>
        <translation>Open case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231" />
        <source>Back up case store</source>
        <translation>Back up case store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232" />
        <source>-backup.%1</source>
        <translation>-backup.%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233" />
        <source>Case stores (*.%1)</source>
        <translation>Case stores (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236" />
        <source>Backing up the case store…</source>
        <translation>Backing up the case store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241" />
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</source>
        <translation>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277" />
        <source>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</source>
        <translation>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="18" />
        <source>Dossier outline</source>
        <translation>Dossier outline</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="30" />
        <source>Whole file (no documents recognised)</source>
        <translation>Whole file (no documents recognised)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="44" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailPanel</name>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="18" />
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="56" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
</TS>
