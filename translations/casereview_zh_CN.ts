<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="14" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="15" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="16" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="17" />
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="18" />
        <source>&amp;Review</source>
        <translation>评查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="19" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="60" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="61" />
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="62" />
        <source>Agency</source>
        <translation>执法机关</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="63" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="64" />
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="65" />
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="66" />
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="67" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistmodel.cpp" line="68" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="29" />
        <source>Search cases: number, agency, party, type…</source>
        <translation>搜索案卷：案号、执法机关、当事人、类型……</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="31" />
        <source>Case filter</source>
        <translation>案卷筛选</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="47" />
        <source>Case list</source>
        <translation>案卷列表</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="107" />
        <source>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</source>
        <translation>还没有案卷。

请通过“文件 ▸ 导入”（Ctrl+O）导入 PDF 案卷，或将文件、文件夹拖放到这里。</translation>
    </message>
    <message>
        <location filename="../ui/caselist/caselistpanel.cpp" line="110" />
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”匹配的案卷。</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="23" />
        <source>Document pages</source>
        <translation>文档页面</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentview.cpp" line="259" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="33" />
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="37" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="51" />
        <source>This file cannot be displayed: the PDF could not be read.</source>
        <translation>无法显示此文件：PDF 无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="90" />
        <source>Page </source>
        <translation>页 </translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="114" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="115" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="116" />
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="118" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="119" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="120" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="121" />
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="123" />
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="125" />
        <source>Rotate &amp;Left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="126" />
        <source>Rotate &amp;Right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="128" />
        <source>&amp;Go to Page…</source>
        <translation>转到页(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="129" />
        <source>&amp;Copy Selected Text</source>
        <translation>复制选中文字(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="139" />
        <source>Opening the file…</source>
        <translation>正在打开文件…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="151" />
        <source>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</source>
        <translation>尚未打开案卷。

在案卷列表中选择一个案卷（双击或按回车），即可在此阅读其文件。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="172" />
        <source> of %1</source>
        <translation> / 共 %1 页</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="244" />
        <source>Go to Page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location filename="../ui/viewer/documentviewer.cpp" line="244" />
        <source>Page (1–%1):</source>
        <translation>页码（1–%1）：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="15" />
        <location filename="../ui/viewer/findbar.cpp" line="16" />
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="19" />
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="20" />
        <source>Previous hit (Shift+Enter)</source>
        <translation>上一个结果（Shift+回车）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="21" />
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="22" />
        <source>Next hit (Enter)</source>
        <translation>下一个结果（回车）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="25" />
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="26" />
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="67" />
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="71" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../ui/viewer/findbar.cpp" line="73" />
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="27" />
        <source>Import case files</source>
        <translation>导入案卷文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="32" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="34" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="37" />
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="62" />
        <source>Reading %n file(s) or folder(s)…</source>
        <translation><numerusform>正在读取 %n 个文件或文件夹…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="94" />
        <source>Imported %1 of %2 file(s), %3 page(s) read.</source>
        <translation>已处理 %1 / %2 个文件，已读取 %3 页。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="109" />
        <source>The case store could not be opened for the import. Nothing was imported.</source>
        <translation>无法打开案卷库进行导入，未导入任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="112" />
        <source>%1 imported, %2 duplicate(s) skipped, %3 failed.</source>
        <translation>成功导入 %1 个，跳过重复 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="117" />
        <source>The import was cancelled; the cases already stored are kept.</source>
        <translation>导入已取消，已保存的案卷予以保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="122" />
        <source>No PDF files were found.</source>
        <translation>没有找到 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="137" />
        <source>Case %1, %n page(s)</source>
        <translation><numerusform>案卷 %1，共 %n 页</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="138" />
        <source>Case %1, with %n note(s)</source>
        <translation><numerusform>案卷 %1，有 %n 条提示</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="143" />
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="144" />
        <source>Same content as case %1; skipped.</source>
        <translation>与案卷 %1 内容相同，已跳过。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="148" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="160" />
        <source>The file or folder does not exist.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161" />
        <source>The file cannot be read (no permission, or it is a folder).</source>
        <translation>无法读取该文件（没有权限，或它是一个文件夹）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="162" />
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163" />
        <source>This is not a PDF file.</source>
        <translation>这不是 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="164" />
        <source>The PDF is protected by a password.</source>
        <translation>该 PDF 设有打开密码。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165" />
        <source>The password does not open this PDF.</source>
        <translation>密码不正确，无法打开该 PDF。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="166" />
        <source>The PDF is damaged and cannot be read.</source>
        <translation>该 PDF 已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167" />
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="168" />
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="169" />
        <source>The PDF has too many pages.</source>
        <translation>该 PDF 页数过多。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="170" />
        <source>Reading the file took too long.</source>
        <translation>读取文件超时。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="171" />
        <source>The case could not be saved in the store.</source>
        <translation>案卷无法保存到案卷库。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="172" />
        <source>Not imported: the import was cancelled.</source>
        <translation>未导入：导入已取消。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="181" />
        <source>Cancelling after the files being read…</source>
        <translation>正在取消，当前文件读取完毕后停止…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47" />
        <source>Case Review Workstation</source>
        <translation>案卷评查工作站</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50" />
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51" />
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52" />
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89" />
        <source>&amp;Import Case Files…</source>
        <translation>导入案卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92" />
        <source>&amp;New Case Store…</source>
        <translation>新建案卷库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94" />
        <source>Open Case &amp;Store…</source>
        <translation>打开案卷库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96" />
        <source>&amp;Back Up Case Store…</source>
        <translation>备份案卷库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114" />
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122" />
        <source>Language: %1</source>
        <translation>界面语言：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130" />
        <source>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;案卷评查工作站&lt;/b&gt; %1&lt;br&gt;按照评查标准评查行政执法案卷，可离线使用。&lt;br&gt;许可证：GPL-3.0-or-later。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="145" />
        <source>%n case(s) in %1</source>
        <translation><numerusform>%1 中共 %n 个案卷</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149" />
        <source>The case store could not be read.</source>
        <translation>无法读取案卷库。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169" />
        <source>Case %1 could not be read from the store. The store may be damaged; restore it from a backup.</source>
        <translation>无法从案卷库读取案卷 %1。案卷库可能已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175" />
        <source>%1 — Case Review Workstation</source>
        <translation>%1 — 案卷评查工作站</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179" />
        <source>Opening the case…</source>
        <translation>正在打开案卷…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197" />
        <source>Import case files</source>
        <translation>导入案卷文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198" />
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF 文件 (*.pdf *.PDF);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218" />
        <source>Case stores (*.%1);;All files (*)</source>
        <translation>案卷库 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219" />
        <source>New case store</source>
        <translation>新建案卷库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220" />
        <source>Open case store</source>
        <translation>打开案卷库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231" />
        <source>Back up case store</source>
        <translation>备份案卷库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232" />
        <source>-backup.%1</source>
        <translation>-备份.%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233" />
        <source>Case stores (*.%1)</source>
        <translation>案卷库 (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236" />
        <source>Backing up the case store…</source>
        <translation>正在备份案卷库…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241" />
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</source>
        <translation>备份无法写入 %1。请检查文件夹是否存在、磁盘空间是否充足。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277" />
        <source>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</source>
        <translation>无法打开案卷库 %1。它可能已损坏、不是案卷库，或由更新版本的程序创建。</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14" />
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="14" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="18" />
        <source>Dossier outline</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="30" />
        <source>Whole file (no documents recognised)</source>
        <translation>整个文件（未识别出文书）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/outlinepanel.cpp" line="44" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>ThumbnailPanel</name>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="18" />
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <location filename="../ui/viewer/thumbnailpanel.cpp" line="56" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
</TS>
