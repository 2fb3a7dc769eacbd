<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>评查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Blind review: %1 of %2 submitted</source>
        <translation>背靠背评查：%2 人中 %1 人已提交</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未评查</translation>
    </message>
    <message numerus="yes">
        <source>In review (%n item(s) unanswered)</source>
        <translation>
            <numerusform>评查中（%n 项未评）</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft, all answered</source>
        <translation>草稿（已全部评定）</translation>
    </message>
    <message numerus="yes">
        <source>Submitted (%n item(s) unanswered)</source>
        <translation>
            <numerusform>已提交（%n 项未评）</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n item(s) unanswered)</source>
        <translation>
            <numerusform>已签字（%n 项未评）</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %n item(s) are not answered yet and count as full marks until they are.</source>
        <translation>
            <numerusform>暂计分：尚有 %n 项未评，评定前按满分暂计。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂计）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法机关</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评查状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>待处理问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rectification: nothing open</source>
        <translation>整改：无未销号事项</translation>
    </message>
    <message numerus="yes">
        <source>Rectification: %n open item(s)</source>
        <translation>
            <numerusform>整改：%n 项未销号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>To check: %1. These values were read from doubtful OCR words; compare them with the page.</source>
        <translation>待核：%1。这些内容读自识别存疑的 OCR 文字，请对照原页核对。</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核</translation>
    </message>
    <message>
        <source>Extracted values read from doubtful OCR words: compare them with the page before relying on them</source>
        <translation>识别存疑的 OCR 文字读出的内容：使用前请对照原页核对</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%n reviews)</source>
        <translation>
            <numerusform>%1 · %2（共 %n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1（未评完）</translation>
    </message>
    <message>
        <source>%1 (unsigned)</source>
        <translation>%1（待签）</translation>
    </message>
    <message>
        <source>Shown: the review by %1 (%2).</source>
        <translation>本行显示：%1 的评查（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Other reviews of this case: %1.</source>
        <translation>本案卷的其他评查：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The list shows a signed review first, then a submitted one, then the one changed last.</source>
        <translation>列表优先显示已签字的评查，其次是已提交的，再次是最近修改的。</translation>
    </message>
    <message>
        <source>The checklist opens your own review (%1); you have none of this case yet.</source>
        <translation>评查表打开的是您本人（%1）的评查；您还没有本案卷的评查。</translation>
    </message>
    <message>
        <source>The checklist opens your own review (%1, %2), not the one shown.</source>
        <translation>评查表打开的是您本人（%1，%2）的评查，不是本行显示的这一份。</translation>
    </message>
    <message numerus="yes">
        <source>Not final: the review was signed with %n item(s) unanswered. The dashboard and reports count a grade only once its review is signed with every item answered.</source>
        <translation>
            <numerusform>非最终等级：评查签字时尚有 %n 项未评。统计看板和报告只计入已签字且各项均已评定的评查等级。</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: the review is not signed yet. The dashboard and reports count a grade only once its review is signed with every item answered.</source>
        <translation>暂定等级：评查尚未签字。统计看板和报告只计入已签字且各项均已评定的评查等级。</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All cases</source>
        <translation>全部案卷</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未评查</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>评查中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>With open findings</source>
        <translation>有待处理问题</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>评查状态筛选</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show all cases again</source>
        <translation>重新显示全部案卷</translation>
    </message>
    <message>
        <source>Search cases: number, agency, party, type…</source>
        <translation>搜索案卷：案号、执法机关、当事人、类型……</translation>
    </message>
    <message>
        <source>Case filter</source>
        <translation>案卷筛选</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>案卷列表</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n 个案卷</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet.

Import PDF case files with File ▸ Import (Ctrl+O), or drop files and folders here.</source>
        <translation>还没有案卷。

请通过“文件 ▸ 导入”（Ctrl+O）导入 PDF 案卷，或将文件、文件夹拖放到这里。</translation>
    </message>
    <message>
        <source>No case matches the chosen filter.</source>
        <translation>没有符合所选筛选条件的案卷。</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”匹配的案卷。</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>整改三色：全部</translation>
    </message>
    <message>
        <source>Rectification colour filter</source>
        <translation>整改三色筛选</translation>
    </message>
    <message>
        <source>Show only cases whose rectification traffic light (三色) has the chosen colour</source>
        <translation>只显示整改三色为所选颜色的案卷</translation>
    </message>
    <message>
        <source>To-check filter</source>
        <translation>待核筛选</translation>
    </message>
    <message>
        <source>Show only scanned cases with values read from doubtful OCR words, which a reviewer must compare with the page</source>
        <translation>只显示含有 OCR 识别存疑内容、须由评查人员对照原页核对的扫描案卷</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>图表未能写入 %1。</translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>&amp;Sign Review…</source>
        <translation>签署评查表(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the review (%1)</source>
        <translation>签署评查表（%1）</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on this item (N)</source>
        <translation>本项备注（N）</translation>
    </message>
    <message>
        <source>Evidence anchors</source>
        <translation>证据位置</translation>
    </message>
    <message>
        <source>Deduction:</source>
        <translation>扣分：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择一个评查项。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed)</source>
        <translation>请先评定本项（1 符合、2 扣分、3 不适用、0 否决项不符合）</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Veto failed</source>
        <translation>否决项不符合</translation>
    </message>
    <message>
        <source>[Veto] %1</source>
        <translation>【否决】%1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>Deduct %1</source>
        <translation>扣 %1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s)</source>
        <translation>
            <numerusform>%n 处证据</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>评查结论</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Review standard</source>
        <translation>评查标准</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note</source>
        <translation>J/K：下一项/上一项 · 1 符合 · 2 扣分 · 3 不适用 · 0 否决项不符合 · N 备注</translation>
    </message>
    <message>
        <source>Change deduction</source>
        <translation>修改扣分</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>The review of this case could not be read from the store: %1</source>
        <translation>无法从案卷库读取本案卷的评查记录：%1</translation>
    </message>
    <message>
        <source>This review is signed and locked. Reopen it to change answers.</source>
        <translation>本评查已签署锁定，如需修改请先重新打开。</translation>
    </message>
    <message>
        <source>The answer was not accepted: it does not fit the standard.</source>
        <translation>该评查结论不符合评查标准的要求，未予保存。</translation>
    </message>
    <message>
        <source>Only veto items can fail; use 2 to deduct points.</source>
        <translation>只有否决项可以判为不符合；扣分请按 2。</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>评查 %1：%2</translation>
    </message>
    <message>
        <source>The review could not be signed.</source>
        <translation>评查无法签署。</translation>
    </message>
    <message>
        <source>The review could not be submitted.</source>
        <translation>评查无法提交。</translation>
    </message>
    <message>
        <source>The review could not be reopened.</source>
        <translation>评查无法重新打开。</translation>
    </message>
    <message>
        <source>Choose a checklist item first, then link the selected text to it.</source>
        <translation>请先选择评查项，再将选中的文字关联为证据。</translation>
    </message>
    <message>
        <source>Link evidence to %1</source>
        <translation>为 %1 关联证据</translation>
    </message>
    <message>
        <source>The finding names no item of this standard; answer the matching item by hand.</source>
        <translation>该问题未对应本评查标准中的评查项，请手工评查相应项目。</translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation>采纳问题 %1</translation>
    </message>
    <message>
        <source>Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed), then link the evidence.</source>
        <translation>请先评定本项（1 符合、2 扣分、3 不适用、0 否决项不符合），再关联证据。</translation>
    </message>
</context>
<context>
    <name>ChecklistPrompts</name>
    <message>
        <source>%n item(s) are not answered yet. Sign the review anyway?</source>
        <translation>还有 %n 项未评。仍要签字吗？</translation>
    </message>
    <message>
        <source>%n item(s) are not answered yet. Submit the review anyway?</source>
        <translation>还有 %n 项未评。仍要提交吗？</translation>
    </message>
    <message>
        <source>Unanswered items count as full marks, so the score is only provisional. The review record notes how many items were left open.</source>
        <translation>未评项按满分暂计，得分只是暂计分。评查记录会注明留有多少项未评。</translation>
    </message>
    <message>
        <source>Sign incomplete review</source>
        <translation>签字（评查未完成）</translation>
    </message>
    <message>
        <source>Submit incomplete review</source>
        <translation>提交（评查未完成）</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>重新打开评查</translation>
    </message>
    <message>
        <source>Why is the review reopened?</source>
        <translation>重新打开评查的原因：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign Review</source>
        <translation>签署评查表</translation>
    </message>
    <message>
        <source>Sign this case&apos;s review as %1?</source>
        <translation>以 %1 的名义签署本案卷的评查表？</translation>
    </message>
    <message>
        <source>Signing locks every verdict, deduction, note and evidence link of the review, and the printed review sheet shows it as signed by %1. To change it afterwards the review must be reopened with a reason, which the audit log records.</source>
        <translation>签署后，本评查表的各项结论、扣分、说明和证据链接即锁定，打印的评查表显示由 %1 签署。如需更改，须说明理由“重新打开”评查，审计日志将予记录。</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>以 %1 签署</translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>%1 / %2 points · %3</source>
        <translation>%1 / %2 分 · %3</translation>
    </message>
    <message numerus="yes">
        <source>In review (%n item(s) unanswered) · provisional %1 / %2 points</source>
        <translation>
            <numerusform>评查中（%n 项未评）· 暂计 %1 / %2 分</numerusform>
        </translation>
    </message>
    <message>
        <source>· veto failed (%1)</source>
        <translation>· 否决项不符合（%1）</translation>
    </message>
    <message>
        <source>No review standard</source>
        <translation>没有评查标准</translation>
    </message>
    <message>
        <source>No case is open</source>
        <translation>尚未打开案卷</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>draft (saved automatically)</source>
        <translation>草稿（自动保存）</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Procedure %1 · Discretion %2 · Legality %3
Review: %4</source>
        <translation>程序合规性 %1 · 裁量合理性 %2 · 决定合法性 %3
评查：%4</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1（未评完）</translation>
    </message>
    <message>
        <source>%1 (unsigned)</source>
        <translation>%1（待签）</translation>
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
            <numerusform>%1：%2（%n 个案卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade distribution (signed, complete reviews)</source>
        <translation>等次分布（已签字且评完的案卷）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <source>Grade distribution: no signed, complete review yet</source>
        <translation>等次分布：尚无已签字且评完的案卷</translation>
    </message>
    <message>
        <source>Click a bar to list its cases.</source>
        <translation>点击柱条可列出相应案卷。</translation>
    </message>
    <message>
        <source>Mean score by agency</source>
        <translation>各执法机关平均得分</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Mean score by agency: no signed, complete review yet</source>
        <translation>各执法机关平均得分：尚无已签字且评完的案卷</translation>
    </message>
    <message>
        <source>Lowest first. Click a bar to list the agency&apos;s reviewed cases.</source>
        <translation>得分低者在前。点击柱条可列出该机关已评案卷。</translation>
    </message>
    <message>
        <source>Points deducted by dimension</source>
        <translation>各维度扣分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Points deducted by dimension: no deduction in a signed review yet</source>
        <translation>各维度扣分：已签字评查中尚无扣分</translation>
    </message>
    <message>
        <source>Click a bar to list the cases with deductions in that dimension.</source>
        <translation>点击柱条可列出该维度有扣分的案卷。</translation>
    </message>
    <message>
        <source>Points deducted by standard section</source>
        <translation>各评查标准部分扣分</translation>
    </message>
    <message>
        <source>Points deducted by section: no deduction in a signed review yet</source>
        <translation>各部分扣分：已签字评查中尚无扣分</translation>
    </message>
    <message>
        <source>The eight sections with the most points deducted.</source>
        <translation>扣分最多的八个部分。</translation>
    </message>
    <message>
        <source>Top problems: none found yet</source>
        <translation>常见问题：尚未发现问题</translation>
    </message>
    <message>
        <source>Top problems (Pareto)</source>
        <translation>常见问题（帕累托图）</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Most frequent problems first, with their cumulative share. Click a bar to list its cases.</source>
        <translation>按出现次数排序，折线为累计占比。点击柱条可列出相应案卷。</translation>
    </message>
    <message>
        <source>Rectification progress: no rectification items yet</source>
        <translation>整改进度：尚无整改事项</translation>
    </message>
    <message>
        <source>Rectification progress and overdue items over time</source>
        <translation>整改进度与逾期趋势</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>%1 逾期</translation>
    </message>
    <message>
        <source>Weekly. Click a point to list the cases with items overdue that day.</source>
        <translation>按周统计。点击数据点可列出当日有逾期事项的案卷。</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>刷新统计看板</translation>
    </message>
    <message>
        <source>The dashboard loads when it is shown.</source>
        <translation>统计看板在显示时加载。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The case store could not be read for the dashboard.</source>
        <translation>无法读取案卷库以生成统计看板。</translation>
    </message>
    <message>
        <source>%1 cases: %2 with a signed, complete review (mean score %3), %4 in review, %5 not reviewed; %6 vetoed. %7 rectification item(s).</source>
        <translation>共 %1 个案卷：%2 个已签字且评完（平均 %3 分），%4 个评查中，%5 个未评查；%6 个触发否决项。整改事项 %7 项。</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document pages</source>
        <translation>文档页面</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>This file cannot be displayed: the PDF could not be read.</source>
        <translation>无法显示此文件：PDF 无法读取。</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>页 </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>转到页(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Text</source>
        <translation>复制选中文字(&amp;C)</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>正在打开文件…</translation>
    </message>
    <message>
        <source>No case is open.

Choose a case in the case list (double-click or Enter) to read its file here.</source>
        <translation>尚未打开案卷。

在案卷列表中选择一个案卷（双击或按回车），即可在此阅读其文件。</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / 共 %1 页</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>Page (1–%1):</source>
        <translation>页码（1–%1）：</translation>
    </message>
</context>
<context>
    <name>DoubtfulWordsOverlay</name>
    <message>
        <source>Mark &amp;Doubtful OCR Words</source>
        <translation>标出存疑识别字(&amp;D)</translation>
    </message>
    <message>
        <source>Tint and underline the words on scanned pages that OCR read with low confidence</source>
        <translation>在扫描页上以底色和虚线标出识别置信度低的字，请对照原图核对</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The case store is busy: another program is writing to it. Try again in a moment.</source>
        <translation>案卷库正忙：另一个程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk holding the case store is full. Free some space and try again; nothing stored was lost.</source>
        <translation>案卷库所在磁盘已满。请释放空间后重试；已存储的内容没有丢失。</translation>
    </message>
    <message>
        <source>The case store cannot be written: the file or its folder is read-only.</source>
        <translation>无法写入案卷库：文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The case store is damaged or is not a case store. Restore it from a backup.</source>
        <translation>案卷库已损坏或不是案卷库文件。请从备份恢复。</translation>
    </message>
    <message>
        <source>The case store cannot be opened. It may be missing, not readable, or written by a newer version of this program.</source>
        <translation>无法打开案卷库。它可能不存在、无法读取，或由本程序的更新版本写入。</translation>
    </message>
    <message>
        <source>What was asked for is no longer in the case store.</source>
        <translation>所请求的内容已不在案卷库中。</translation>
    </message>
    <message>
        <source>%1 is no longer in the case store.</source>
        <translation>%1 已不在案卷库中。</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>请求被拒绝。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Something went wrong inside the program: %1</source>
        <translation>程序内部出错：%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>上一个结果（Shift+回车）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>下一个结果（回车）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Re-run diagnosis</source>
        <translation>重新诊断</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断问题</translation>
    </message>
    <message>
        <source>Finding evidence</source>
        <translation>问题证据</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>驳回问题</translation>
    </message>
    <message>
        <source>Why does this finding not apply?</source>
        <translation>该问题不成立的理由：</translation>
    </message>
    <message>
        <source>The findings could not be read from the store.</source>
        <translation>无法从案卷库读取诊断问题。</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>尚未打开案卷。</translation>
    </message>
    <message>
        <source>Diagnosing the case…</source>
        <translation>正在诊断案卷…</translation>
    </message>
    <message>
        <source>The diagnosis found nothing to report for this case.</source>
        <translation>诊断未发现本案卷存在问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 still open.</source>
        <translation>
            <numerusform>共 %n 个问题，%1 个待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be diagnosed: its text could not be read.</source>
        <translation>无法诊断本案卷：无法读取其文字。</translation>
    </message>
    <message>
        <source>The case could not be diagnosed.</source>
        <translation>无法诊断本案卷。</translation>
    </message>
    <message>
        <source>%1
Basis: %2</source>
        <translation>%1
依据：%2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>处理结果无法保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) of this case still wait for OCR: the findings cover only the pages read so far.</source>
        <translation>
            <numerusform>本案仍有 %n 个扫描页等待文字识别：问诊结果只涵盖已识别的页面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported %1 of %2 file(s).</source>
        <translation>已处理 %1 / %2 个文件。</translation>
    </message>
    <message>
        <source>The import stopped: %1 Files stored before are kept.</source>
        <translation>导入已中止：%1 之前已存储的文件均保留。</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>导入案卷文件</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件或文件夹…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicate(s) skipped, %3 failed.</source>
        <translation>成功导入 %1 个，跳过重复 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <source>The import was cancelled; the cases already stored are kept.</source>
        <translation>导入已取消，已保存的案卷予以保留。</translation>
    </message>
    <message>
        <source>No PDF files were found.</source>
        <translation>没有找到 PDF 文件。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %n page(s)</source>
        <translation>
            <numerusform>案卷 %1，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Same content as case %1; skipped.</source>
        <translation>与案卷 %1 内容相同，已跳过。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelling after the files being read…</source>
        <translation>正在取消，当前文件读取完毕后停止…</translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %n page(s): %2</source>
        <translation>
            <numerusform>案卷 %1，%n 页：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <source>Import the protected files with a password</source>
        <translation>用密码导入受保护的文件</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 密码</translation>
    </message>
    <message numerus="yes">
        <source>Password for the %n protected file(s):</source>
        <translation>
            <numerusform>%n 个受保护文件的密码：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation>纯文本文件</translation>
    </message>
    <message>
        <source>data of an unknown kind</source>
        <translation>未知类型的数据</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file could not be read completely. Copy it to this computer and try again.</source>
        <translation>文件未能完整读取。请将其复制到本机后重试。</translation>
    </message>
    <message>
        <source>The file cannot be read: there is no permission to open it.</source>
        <translation>无法读取文件：没有打开它的权限。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件是空的（0 字节）。</translation>
    </message>
    <message>
        <source>This is not a PDF: the file is %1 with a .%2 name. Import the PDF of the dossier instead.</source>
        <translation>这不是 PDF 文件：它实际是%1，只是扩展名为 .%2。请导入案卷的 PDF 文件。</translation>
    </message>
    <message>
        <source>The password given does not open this PDF.</source>
        <translation>所给密码无法打开该 PDF。</translation>
    </message>
    <message>
        <source>The PDF is damaged: the file is cut short (its end is missing) and cannot be read. Copy or download it again.</source>
        <translation>PDF 已损坏：文件不完整（缺少结尾部分），无法读取。请重新复制或下载。</translation>
    </message>
    <message>
        <source>The PDF is damaged: the file is cut short and no page content could be recovered. Copy or download it again.</source>
        <translation>PDF 已损坏：文件不完整，未能恢复任何页面内容。请重新复制或下载。</translation>
    </message>
    <message>
        <source>The PDF is damaged: its structure cannot be read.</source>
        <translation>PDF 已损坏：文件结构无法读取。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有任何页面。</translation>
    </message>
    <message>
        <source>The PDF is encrypted for a certificate (public-key security), not with a password. Open it in the program it was made for and save an unencrypted copy.</source>
        <translation>该 PDF 是按证书加密的（公钥安全机制），不是用密码加密的。请在生成它的程序中打开，另存一份未加密的副本。</translation>
    </message>
    <message>
        <source>The PDF is damaged: its encryption data is damaged, so a password will not help. Ask the sender for an intact copy.</source>
        <translation>PDF 已损坏：其加密数据已损坏，输入密码也无济于事。请向发送方索取一份完好的副本。</translation>
    </message>
    <message>
        <source>The PDF has no pages: its page tree is missing (the file is damaged). Ask the sender for an intact copy.</source>
        <translation>该 PDF 没有页面：缺少页面树（文件已损坏）。请向发送方索取一份完好的副本。</translation>
    </message>
    <message>
        <source>The PDF has no readable pages: its page tree is broken (a loop, a wrong page count or entries that are not pages). Ask the sender for an intact copy.</source>
        <translation>该 PDF 没有可读的页面：页面树已损坏（循环引用、页数错误或条目不是页面）。请向发送方索取一份完好的副本。</translation>
    </message>
    <message>
        <source>The PDF has no pages: its page tree is empty.</source>
        <translation>该 PDF 没有页面：页面树是空的。</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the limit of %2 MB.</source>
        <translation>文件大小为 %1 MB，超过 %2 MB 的上限。</translation>
    </message>
    <message>
        <source>The PDF has %1 pages, more than the limit of %2.</source>
        <translation>该 PDF 共 %1 页，超过 %2 页的上限。</translation>
    </message>
    <message>
        <source>Reading the file took too long: it stopped after %1 s at page %2.</source>
        <translation>读取文件耗时过长：%1 秒后停在第 %2 页。</translation>
    </message>
    <message>
        <source>The case was not saved: another program is writing the store. Nothing was changed; import the file again when it has finished.</source>
        <translation>案卷未保存：另一个程序正在写入案卷库。未作任何更改；待其完成后请重新导入该文件。</translation>
    </message>
    <message>
        <source>The case was not saved: the disk is full. Nothing was changed; free some space and import the file again.</source>
        <translation>案卷未保存：磁盘已满。未作任何更改；请释放空间后重新导入该文件。</translation>
    </message>
    <message>
        <source>The case was not saved: the store cannot be written (a read-only file or folder). Nothing was changed.</source>
        <translation>案卷未保存：案卷库不可写入（文件或文件夹为只读）。未作任何更改。</translation>
    </message>
    <message>
        <source>The case was not saved: the store is damaged. Nothing was changed; keep the store file and work on from your latest backup.</source>
        <translation>案卷未保存：案卷库已损坏。未作任何更改；请保留该案卷库文件，并从最近的备份继续工作。</translation>
    </message>
    <message>
        <source>The case could not be saved in the store. Nothing of it was kept.</source>
        <translation>案卷未能保存到案卷库，未保留任何内容。</translation>
    </message>
    <message>
        <source>Not imported: it is identical to another file of this import, which was not stored.</source>
        <translation>未导入：它与本次导入中另一个未能保存的文件完全相同。</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>未导入：导入已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The file is cut short (its end is missing); %n page(s) were recovered and the rest of the dossier may be missing.</source>
        <translation>
            <numerusform>文件不完整（缺少结尾部分）；已恢复 %n 页，案卷的其余部分可能缺失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n byte(s) of other data before the PDF begins.</source>
        <translation>
            <numerusform>PDF 开头之前有 %n 字节的其他数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>No text on any page: the dossier is probably scanned. Its pages are queued for text recognition (OCR).</source>
        <translation>所有页面均无文字：该案卷可能是扫描件，页面已排队等待文字识别（OCR）。</translation>
    </message>
    <message>
        <source>%1 of %2 pages have no usable text (scanned pages); they are queued for text recognition (OCR).</source>
        <translation>%2 页中有 %1 页没有可用文字（扫描页），已排队等待文字识别（OCR）。</translation>
    </message>
    <message>
        <source>The PDF restricts printing or copying (owner password).</source>
        <translation>该 PDF 限制打印或复制（所有者密码）。</translation>
    </message>
    <message>
        <source>The PDF is protected by an opening password. Import it with Enter Password…, or ask the sender for an unprotected copy.</source>
        <translation>该 PDF 设有打开密码。请点击“输入密码…”用密码导入，或向报送单位索取未加密的文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case %1 is not in the store.</source>
        <translation>案卷库中没有案卷 %1。</translation>
    </message>
    <message>
        <source>Case %1 could not be read from the store: %2</source>
        <translation>无法从案卷库读取案卷 %1：%2</translation>
    </message>
    <message>
        <source>Case Review Workstation</source>
        <translation>案卷评查工作站</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评查表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断问题</translation>
    </message>
    <message>
        <source>&amp;Import Case Files…</source>
        <translation>导入案卷(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New Case Store…</source>
        <translation>新建案卷库(&amp;N)…</translation>
    </message>
    <message>
        <source>Open Case &amp;Store…</source>
        <translation>打开案卷库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Case Store…</source>
        <translation>备份案卷库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Link Selected Text as Evidence</source>
        <translation>将选中文字关联为证据(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>界面语言：%1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case Review Workstation&lt;/b&gt; %1&lt;br&gt;Reviews administrative enforcement case files against a review standard. Works offline.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;案卷评查工作站&lt;/b&gt; %1&lt;br&gt;按照评查标准评查行政执法案卷，可离线使用。&lt;br&gt;许可证：GPL-3.0-or-later。</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%1 中共 %n 个案卷</numerusform>
        </translation>
    </message>
    <message>
        <source>The case store could not be read.</source>
        <translation>无法读取案卷库。</translation>
    </message>
    <message>
        <source>%1 — Case Review Workstation</source>
        <translation>%1 — 案卷评查工作站</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>正在打开案卷…</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>导入案卷文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF 文件 (*.pdf *.PDF);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Case stores (*.%1);;All files (*)</source>
        <translation>案卷库 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New case store</source>
        <translation>新建案卷库</translation>
    </message>
    <message>
        <source>Open case store</source>
        <translation>打开案卷库</translation>
    </message>
    <message>
        <source>Back up case store</source>
        <translation>备份案卷库</translation>
    </message>
    <message>
        <source>-backup.%1</source>
        <translation>-备份.%1</translation>
    </message>
    <message>
        <source>Case stores (*.%1)</source>
        <translation>案卷库 (*.%1)</translation>
    </message>
    <message>
        <source>Backing up the case store…</source>
        <translation>正在备份案卷库…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists and that there is enough free space.</source>
        <translation>备份无法写入 %1。请检查文件夹是否存在、磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Select text in the document first (drag over it with the mouse).</source>
        <translation>请先在文档中选择文字（用鼠标拖选）。</translation>
    </message>
    <message>
        <source>The case store %1 cannot be opened. It may be damaged, not a case store, or written by a newer version of this program.</source>
        <translation>无法打开案卷库 %1。它可能已损坏、不是案卷库，或由更新版本的程序创建。</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Set a deadline</source>
        <translation>指定整改期限</translation>
    </message>
    <message>
        <source>Rectification Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s) with problems)</source>
        <translation>
            <numerusform>%1（%n 件案卷存在问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>执法机关：</translation>
    </message>
</context>
<context>
    <name>OcrController</name>
    <message>
        <source>&amp;Read Scanned Pages (OCR)</source>
        <translation>识别扫描页(&amp;R)（OCR）</translation>
    </message>
    <message>
        <source>Read the scanned pages still waiting for text recognition</source>
        <translation>对尚待文字识别的扫描页进行识别</translation>
    </message>
    <message>
        <source>No scanned page is waiting for OCR.</source>
        <translation>没有待识别的扫描页。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n scanned page(s) left from the last session.</source>
        <translation>
            <numerusform>正在继续识别上次未完成的 %n 个扫描页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read Scanned Pages</source>
        <translation>识别扫描页</translation>
    </message>
    <message>
        <source>The scanned pages could not be read (%1). They stay waiting: once the Tesseract Chinese language data (tesseract-ocr-chi-sim) is installed, choose Document ▸ Read Scanned Pages.</source>
        <translation>扫描页无法识别（%1）。这些页面仍保留为待识别：安装 Tesseract 中文语言数据（tesseract-ocr-chi-sim）后，请选择“文档 ▸ 识别扫描页”。</translation>
    </message>
    <message numerus="yes">
        <source>OCR stopped: %n scanned page(s) read; the rest are read next time.</source>
        <translation>
            <numerusform>文字识别已停止：已识别 %n 个扫描页，其余页面下次继续识别。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n scanned page(s) read, mean confidence %1.</source>
        <translation>
            <numerusform>文字识别完成：已识别 %n 个扫描页，平均置信度 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read and stay waiting.</source>
        <translation>
            <numerusform>%n 页无法识别，仍保留为待识别。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading scanned pages. The pages read so far are kept; the rest are read the next time (Document ▸ Read Scanned Pages, or when the program starts).</source>
        <translation>停止识别扫描页。已识别的页面会保留，其余页面下次继续识别（“文档 ▸ 识别扫描页”，或程序启动时）。</translation>
    </message>
    <message>
        <source>Reading scanned pages (OCR): %1 of %2</source>
        <translation>正在识别扫描页（OCR）：%1 / %2</translation>
    </message>
    <message>
        <source>Stopping OCR after the pages in hand…</source>
        <translation>正在停止：识别完手头的页面后停止…</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Dossier outline</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <source>Whole file (no documents recognised)</source>
        <translation>整个文件（未识别出文书）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) became overdue since you last looked: %1</source>
        <translation>
            <numerusform>自上次查看以来有 %n 项整改事项逾期：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPageView</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>ProgressWait</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was produced.</source>
        <translation>未生成任何内容。</translation>
    </message>
</context>
<context>
    <name>RectificationAttachmentList</name>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Superseded %1 by %2: %3
Not part of the current evidence; kept in the store (SHA-256 %4).</source>
        <translation>%1 由 %2 作废：%3
不再计入现有整改材料；原文件仍保存在案卷库中（SHA-256 %4）。</translation>
    </message>
</context>
<context>
    <name>RectificationBoard</name>
    <message>
        <source>Change Status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <source>Open Case at Page</source>
        <translation>打开案卷对应页</translation>
    </message>
    <message>
        <source>History (from the audit log):</source>
        <translation>历史记录（来自审计日志）：</translation>
    </message>
    <message>
        <source>Create &amp;Rectification Items for This Case…</source>
        <translation>为本案卷生成整改事项(&amp;R)…</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
    <message>
        <source>The case store could not be read.</source>
        <translation>无法读取案卷库。</translation>
    </message>
    <message>
        <source>Select an item to see its details and history.</source>
        <translation>选择一项整改事项以查看详情和历史。</translation>
    </message>
    <message>
        <source>No rectification items. Create them from a signed review with Review ▸ Create Rectification Items for This Case…</source>
        <translation>暂无整改事项。可在已签署的评查中通过“评查 ▸ 为本案卷生成整改事项…”生成。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;%3 · %4 · case %5, page(s) %6&lt;br&gt;Deadline: %7 · contact: %8 · %n attachment(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;法律依据：%2&lt;br&gt;%3 · %4 · 案卷 %5，第 %6 页&lt;br&gt;整改期限：%7 · 联系人：%8 · 附件 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开一个案卷。</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) created</source>
        <translation>
            <numerusform>已生成 %n 项整改事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s) already had an item</source>
        <translation>
            <numerusform>；%n 个问题已有整改事项</numerusform>
        </translation>
    </message>
    <message>
        <source>; the case has no signed review, so only its findings were taken</source>
        <translation>；该案卷没有已签署的评查，仅采用了诊断问题</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Export Rectification &amp;Ledger…</source>
        <translation>导出整改台账(&amp;L)…</translation>
    </message>
    <message>
        <source>The items the rectification board shows, as XLSX, CSV or PDF</source>
        <translation>将整改看板当前显示的事项导出为 XLSX、CSV 或 PDF</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>修改信息…</translation>
    </message>
    <message>
        <source>Contact, kind and deadline</source>
        <translation>联系人、类别和整改期限</translation>
    </message>
    <message>
        <source>Attachments (struck through: superseded):</source>
        <translation>附件（划线为已作废）：</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>无法读取历史记录。</translation>
    </message>
</context>
<context>
    <name>RectificationBoardModel</name>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>To rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>Re-check passed (closed)</source>
        <translation>复查通过（已销号）</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>Case correction</source>
        <translation>个案纠正</translation>
    </message>
    <message>
        <source>Systemic fix</source>
        <translation>制度整改</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1（今日到期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Legal basis: %2</source>
        <translation>%1
法律依据：%2</translation>
    </message>
    <message>
        <source>%1: veto-level problem</source>
        <translation>%1：否决项问题</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>执法机关</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2 (was %3): %4</source>
        <translation>%1 由 %2 撤销（原状态：%3）：%4</translation>
    </message>
</context>
<context>
    <name>RectificationCorrectionActions</name>
    <message>
        <source>&amp;Withdraw Rectification Item…</source>
        <translation>撤销整改事项(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Supersede Attachment…</source>
        <translation>作废附件(&amp;S)…</translation>
    </message>
    <message>
        <source>Withdraw an item made by mistake: it stays on record with the reason but leaves every count</source>
        <translation>撤销误建的整改事项：事项连同撤销原因留档备查，但不再计入任何统计</translation>
    </message>
    <message>
        <source>Mark a wrong attachment as superseded, optionally with the correct file; it stays stored</source>
        <translation>将错误附件标记为作废，可同时上传正确文件；原附件仍留存</translation>
    </message>
</context>
<context>
    <name>RectificationCreateDialog</name>
    <message>
        <source>Also every open finding (not yet accepted or dismissed)</source>
        <translation>同时纳入所有未处理的诊断问题（尚未采纳或驳回）</translation>
    </message>
    <message>
        <source>Create Rectification Items</source>
        <translation>生成整改事项</translation>
    </message>
    <message>
        <source>Items are made from the deductions of the case&apos;s signed review(s) and its accepted findings. Problems that already have an item are skipped.</source>
        <translation>整改事项由本案卷已签署评查的扣分项和已采纳的诊断问题生成；已有整改事项的问题将跳过。</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>One item per problem</source>
        <translation>每个问题一项</translation>
    </message>
    <message>
        <source>Group the same problem per agency</source>
        <translation>同一执法机关的同类问题合并为一项</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>事项：</translation>
    </message>
</context>
<context>
    <name>RectificationDetailsDialog</name>
    <message>
        <source>Rectification Item %1</source>
        <translation>整改事项 %1</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>执法机关：</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
    <message>
        <source>Person and telephone at the agency</source>
        <translation>执法机关联系人及电话</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
</context>
<context>
    <name>RectificationErrorText</name>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach a PDF or an image first.</source>
        <translation>销号需要执法机关的整改报告或佐证材料：请先附上 PDF 或图片。</translation>
    </message>
    <message>
        <source>A re-check needs a note saying what was checked.</source>
        <translation>复查需要填写复查意见，说明复查了什么。</translation>
    </message>
    <message>
        <source>This status change is not allowed from the item&apos;s current status.</source>
        <translation>当前状态下不允许进行此状态变更。</translation>
    </message>
    <message>
        <source>The item already has this status.</source>
        <translation>该事项已处于此状态。</translation>
    </message>
    <message>
        <source>The file could not be attached: only PDF files and images (PNG, JPEG, GIF, TIFF) are accepted.
%1</source>
        <translation>无法添加附件：仅接受 PDF 文件和图片（PNG、JPEG、GIF、TIFF）。
%1</translation>
    </message>
    <message>
        <source>Rectification items come from signed reviews; sign the review first.</source>
        <translation>整改事项来自已签署的评查，请先签署评查。</translation>
    </message>
    <message>
        <source>It is no longer in the case store.
%1</source>
        <translation>案卷库中已不存在。
%1</translation>
    </message>
    <message>
        <source>The item was withdrawn; a withdrawn item is final.
%1</source>
        <translation>该事项已撤销，撤销后不能再变更。
%1</translation>
    </message>
    <message>
        <source>Give the reason: it goes into the audit log.</source>
        <translation>请填写原因：原因将记入审计日志。</translation>
    </message>
    <message>
        <source>The attachment was already superseded.
%1</source>
        <translation>该附件已作废。
%1</translation>
    </message>
</context>
<context>
    <name>RectificationFilterBar</name>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>按执法机关</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Include withdrawn</source>
        <translation>含已撤销</translation>
    </message>
    <message>
        <source>Also list items withdrawn as made by mistake; they count nowhere</source>
        <translation>同时列出因误建而撤销的事项；撤销事项不计入任何统计</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部执法机关</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
</context>
<context>
    <name>RectificationHistoryText</name>
    <message>
        <source>created, due %1</source>
        <translation>生成，期限 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>attached %1 (%n byte(s))</source>
        <translation>
            <numerusform>添加附件 %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>, newer case(s) %1</source>
        <translation>，新案卷 %1</translation>
    </message>
    <message>
        <source>, problem recurred</source>
        <translation>，问题再次出现</translation>
    </message>
    <message>
        <source>, not recurred</source>
        <translation>，未再出现</translation>
    </message>
    <message>
        <source>details changed: deadline %1, contact %2</source>
        <translation>修改信息：期限 %1，联系人 %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2：%3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>withdrawn (was %1): %2</source>
        <translation>撤销（原状态：%1）：%2</translation>
    </message>
    <message>
        <source>superseded attachment %1: %2</source>
        <translation>作废附件 %1：%2</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation>（已替换）</translation>
    </message>
</context>
<context>
    <name>RectificationLedgerExport</name>
    <message>
        <source>Export Rectification Ledger</source>
        <translation>导出整改台账</translation>
    </message>
    <message>
        <source>整改台账.xlsx</source>
        <translation>整改台账.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the rectification ledger…</source>
        <translation>正在写入整改台账…</translation>
    </message>
    <message>
        <source>The ledger could not be written to %1. Check that the folder exists and is writable.
%2</source>
        <translation>无法将整改台账写入 %1。请检查文件夹是否存在且可写。
%2</translation>
    </message>
    <message numerus="yes">
        <source>Rectification ledger written to %1 (%n item(s))</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RectificationRecheckDialog</name>
    <message>
        <source>Re-check Rectification Item %1</source>
        <translation>复查整改事项 %1</translation>
    </message>
    <message>
        <source>Original problem</source>
        <translation>原问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Legal basis: %2&lt;br&gt;Case %3, page(s) %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;法律依据：%2&lt;br&gt;案卷 %3，第 %4 页</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The case is no longer in the store.</source>
        <translation>案卷库中已无此案卷。</translation>
    </message>
    <message>
        <source>Rectification evidence</source>
        <translation>整改佐证材料</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The agency has not sent a report or evidence yet. Attach it with “Change Status…”.</source>
        <translation>执法机关尚未报送整改报告或佐证材料。可通过“变更状态…”添加。</translation>
    </message>
    <message>
        <source>Passed — close the item</source>
        <translation>通过 — 销号</translation>
    </message>
    <message>
        <source>Failed — back to the agency</source>
        <translation>未通过 — 退回执法机关</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>What was checked and what was found</source>
        <translation>复查了什么、发现了什么</translation>
    </message>
    <message>
        <source>Re-check note:</source>
        <translation>复查意见：</translation>
    </message>
    <message>
        <source>Case %1 %2 (decided %3)</source>
        <translation>案卷 %1 %2（决定日期 %3）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>No newer cases of this agency in the store.</source>
        <translation>案卷库中没有该执法机关的更新案卷。</translation>
    </message>
    <message>
        <source>Newer cases re-reviewed:</source>
        <translation>回头看抽查的新案卷：</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Yes — the problem recurred</source>
        <translation>是 — 问题再次出现</translation>
    </message>
    <message>
        <source>No — it did not recur</source>
        <translation>否 — 未再出现</translation>
    </message>
    <message>
        <source>Recurred:</source>
        <translation>是否复发：</translation>
    </message>
    <message>
        <source>The attachment is damaged: its checksum no longer matches.</source>
        <translation>附件已损坏：校验值不再一致。</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Choose whether the rectification passed.</source>
        <translation>请选择整改是否通过。</translation>
    </message>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach it with “Change Status…” first.</source>
        <translation>销号需要执法机关的整改报告或佐证材料：请先通过“变更状态…”添加。</translation>
    </message>
    <message>
        <source>A re-check that found the problem recurred cannot pass.</source>
        <translation>发现问题再次出现的复查不能通过。</translation>
    </message>
    <message>
        <source>Write a re-check note.</source>
        <translation>请填写复查意见。</translation>
    </message>
    <message>
        <source>Only a reported item, or a closed one in a later follow-up check, can be re-checked.</source>
        <translation>只有已报告的事项，或回头看中的已销号事项，才能复查。</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>正在打开案卷…</translation>
    </message>
    <message>
        <source>Case of the problem</source>
        <translation>问题所在案卷</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Case %1 %2</source>
        <translation>案卷 %1 %2</translation>
    </message>
    <message>
        <source>%1 — pages not recorded</source>
        <translation>%1 — 页码未记录</translation>
    </message>
    <message>
        <source>%1 — page(s) %2</source>
        <translation>%1 — 第 %2 页</translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation>正在读取整改佐证材料…</translation>
    </message>
    <message>
        <source>Reading the cases of this agency…</source>
        <translation>正在读取该执法机关的案卷…</translation>
    </message>
    <message>
        <source>Reading the item&apos;s evidence and the agency&apos;s newer cases…</source>
        <translation>正在读取该事项的佐证材料和该执法机关的更新案卷…</translation>
    </message>
    <message>
        <source>The cases could not be read.</source>
        <translation>无法读取案卷。</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>无法读取案卷文件。</translation>
    </message>
</context>
<context>
    <name>RectificationStatusDialog</name>
    <message>
        <source>Change Rectification Status</source>
        <translation>变更整改状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item %1&lt;/b&gt;: %2&lt;br&gt;Current status: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;事项 %1&lt;/b&gt;：%2&lt;br&gt;当前状态：&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Not allowed from “%1”.</source>
        <translation>“%1”状态下不允许。</translation>
    </message>
    <message>
        <source>What was done or checked (needed for a re-check)</source>
        <translation>做了什么或复查了什么（复查时必填）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>The agency&apos;s rectification report or evidence: PDF files or images</source>
        <translation>执法机关的整改报告或佐证材料：PDF 文件或图片</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Attach the agency&apos;s report or evidence</source>
        <translation>添加执法机关的整改报告或佐证材料</translation>
    </message>
    <message>
        <source>Reports and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff);;All files (*)</source>
        <translation>报告和图片 (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Closing needs the agency&apos;s report or evidence: attach a PDF or an image.</source>
        <translation>销号需要执法机关的整改报告或佐证材料：请附上 PDF 或图片。</translation>
    </message>
    <message>
        <source>This is a re-check: write a re-check note.</source>
        <translation>这是一次复查：请填写复查意见。</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>请选择新状态。</translation>
    </message>
</context>
<context>
    <name>RectificationSupersedeDialog</name>
    <message>
        <source>Supersede Attachment of Item %1</source>
        <translation>作废整改事项 %1 的附件</translation>
    </message>
    <message>
        <source>A superseded attachment no longer counts as the agency&apos;s report or evidence. It is not deleted: it stays in the store, struck through, with your reason.</source>
        <translation>作废的附件不再作为执法机关的整改报告或证明材料，但不会被删除：它仍保存在案卷库中，以划线显示并附作废原因。</translation>
    </message>
    <message>
        <source>%1 (%2, added %3 by %4)</source>
        <translation>%1（%2，%3 由 %4 添加）</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Why it is superseded (required)</source>
        <translation>作废原因（必填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>optional: the correct file</source>
        <translation>可选：正确的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Replacement:</source>
        <translation>替换文件：</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The correct report or evidence</source>
        <translation>正确的整改报告或证明材料</translation>
    </message>
    <message>
        <source>PDF files and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</source>
        <translation>PDF 文件和图片 (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Reading the attachments…</source>
        <translation>正在读取附件…</translation>
    </message>
    <message>
        <source>The item has no current attachment.</source>
        <translation>该事项没有现行附件。</translation>
    </message>
    <message>
        <source>The attachments could not be read.</source>
        <translation>无法读取附件。</translation>
    </message>
</context>
<context>
    <name>RectificationWithdrawDialog</name>
    <message>
        <source>Withdraw Rectification Item %1</source>
        <translation>撤销整改事项 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdraw item %1?&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Agency: %3 · status: %4</source>
        <translation>&lt;b&gt;确定撤销整改事项 %1？&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;执法机关：%3 · 状态：%4</translation>
    </message>
    <message>
        <source>(agency not recognised)</source>
        <translation>（未识别执法机关）</translation>
    </message>
    <message>
        <source>Withdraw an item that was made by mistake (wrong case, the same problem twice, a finding later rejected). It stays on record with your reason but leaves the open and overdue counts, the dashboard and the ledger, and its problem can be tracked again by a new item. This cannot be undone.</source>
        <translation>撤销误建的整改事项（案卷选错、问题重复、问题线索后经认定不成立等）。事项连同撤销原因留档备查，但不再计入未销号和逾期统计、统计看板和整改台账，原问题可重新生成整改事项。撤销后不可恢复。</translation>
    </message>
    <message>
        <source>Why the item is withdrawn (required; goes into the audit log)</source>
        <translation>撤销原因（必填，记入审计日志）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Withdrawn by:</source>
        <translation>撤销人：</translation>
    </message>
    <message>
        <source>Withdraw Item</source>
        <translation>撤销事项</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Review &amp;Opinion – Print Preview…</source>
        <translation>评查表打印预览(&amp;O)…</translation>
    </message>
    <message>
        <source>Review Opinion – Export &amp;PDF…</source>
        <translation>评查表导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Campaign Report – Print Preview…</source>
        <translation>评查报告打印预览(&amp;C)…</translation>
    </message>
    <message>
        <source>Campaign Report – Export PDF…</source>
        <translation>评查报告导出 PDF…</translation>
    </message>
    <message>
        <source>Rectification &amp;Notice – Print Preview…</source>
        <translation>整改通知书打印预览(&amp;N)…</translation>
    </message>
    <message>
        <source>Rectification Notice – Export PDF…</source>
        <translation>整改通知书导出 PDF…</translation>
    </message>
    <message>
        <source>Export Case &amp;List (CSV/XLSX)…</source>
        <translation>导出案卷列表（CSV/XLSX）(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;Findings (CSV/XLSX)…</source>
        <translation>导出诊断问题（CSV/XLSX）(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV/XLSX)…</source>
        <translation>导出评查得分（CSV/XLSX）(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bureau Name on Reports…</source>
        <translation>报告署名机关(&amp;B)…</translation>
    </message>
    <message>
        <source>Case %1 is not in the store.</source>
        <translation>案卷库中没有案卷 %1。</translation>
    </message>
    <message>
        <source>The store has no cases.</source>
        <translation>案卷库中还没有案卷。</translation>
    </message>
    <message>
        <source>This case has no review yet.</source>
        <translation>本案卷尚未评查。</translation>
    </message>
    <message>
        <source>The review&apos;s standard %1 cannot be read.</source>
        <translation>无法读取该评查所用的评查标准 %1。</translation>
    </message>
    <message>
        <source>No cases of the agency %1.</source>
        <translation>没有执法机关“%1”的案卷。</translation>
    </message>
    <message>
        <source>%1 has nothing to rectify: no open rectification items, no deductions in signed reviews and no accepted findings.</source>
        <translation>%1 没有需要整改的问题：没有未办结的整改事项、已签署评查中没有扣分，也没有已采纳的诊断问题。</translation>
    </message>
    <message>
        <source>Review Opinion</source>
        <translation>评查表</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开一个案卷。</translation>
    </message>
    <message>
        <source>Preparing the review opinion…</source>
        <translation>正在生成评查表…</translation>
    </message>
    <message>
        <source>Review opinion %1.pdf</source>
        <translation>评查表-%1.pdf</translation>
    </message>
    <message>
        <source>Computing the campaign statistics…</source>
        <translation>正在统计评查结果…</translation>
    </message>
    <message>
        <source>Campaign report.pdf</source>
        <translation>评查报告.pdf</translation>
    </message>
    <message>
        <source>Rectification Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>No agency has problems to rectify yet: sign reviews with deductions or accept findings first.</source>
        <translation>目前没有需要整改的执法机关：请先签署有扣分的评查或采纳诊断问题。</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>正在生成整改通知书…</translation>
    </message>
    <message>
        <source>Rectification notice %1.pdf</source>
        <translation>整改通知书-%1.pdf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 无法写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Bureau Name</source>
        <translation>署名机关</translation>
    </message>
    <message>
        <source>Printed in the header of every report page:</source>
        <translation>打印在报告每页页眉的机关名称：</translation>
    </message>
    <message>
        <source>This case has reviews by %1 and none by you; open the report from the CLI with --reviewer.</source>
        <translation>本案卷有 %1 的评查记录，但没有您的评查；请在命令行中用 --reviewer 指定评查人生成评查表。</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) to %1</source>
        <translation>
            <numerusform>已打印 %n 页到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This case is under blind review: %1 of %2 assigned reviewers have submitted. Until all have, only your own review of it can be printed.</source>
        <translation>本案卷正在背靠背评查：已分配的 %2 名评查人员中 %1 人已提交。全部提交前，只能打印您本人的评查表。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be laid out: %1</source>
        <translation>报告无法排版：%1</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The report was not printed: %1</source>
        <translation>报告未打印：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to the Case Review Workstation</source>
        <translation>欢迎使用案卷评查工作站</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reviews are saved and signed under your name, and the printed review sheets show it. Please give your name and unit; you can change them later under File ▸ Settings.</source>
        <translation>评查结论以您的姓名保存和签署，打印的评查表也显示您的姓名。请填写姓名和单位，之后可在“文件 ▸ 设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. 张三</source>
        <translation>例如：张三</translation>
    </message>
    <message>
        <source>e.g. 某市司法局行政执法监督科</source>
        <translation>例如：某市司法局行政执法监督科</translation>
    </message>
    <message>
        <source>e.g. 某市司法局 (printed in every report header)</source>
        <translation>例如：某市司法局（印在每份报告的页眉）</translation>
    </message>
    <message>
        <source>none: the Henan defaults</source>
        <translation>不设置：使用河南默认参数</translation>
    </message>
    <message>
        <source>Reviewer &amp;name:</source>
        <translation>评查人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Reviewer &amp;unit:</source>
        <translation>评查人单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Bureau in report headers:</source>
        <translation>报告页眉的机关名称(&amp;B)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Diagnosis &amp;parameter profile:</source>
        <translation>诊断参数配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The parameter profile and the language take effect when the workstation starts again.</source>
        <translation>诊断参数配置和界面语言在下次启动工作站时生效。</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name: reviews are saved and signed under it.</source>
        <translation>请填写评查人姓名：评查结论以此姓名保存和签署。</translation>
    </message>
    <message>
        <source>The parameter profile %1 cannot be used: %2</source>
        <translation>诊断参数配置 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>Diagnosis Parameter Profile</source>
        <translation>诊断参数配置</translation>
    </message>
    <message>
        <source>Parameter profiles (*.json)</source>
        <translation>参数配置文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>ThumbnailPanel</name>
    <message>
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>TrafficLightStyle</name>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
</context>
<context>
    <name>UncertainFieldsText</name>
    <message>
        <source>case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>执法机关</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>party type</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>filing date</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>inspection date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>prior notice date</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>hearing notice date</source>
        <translation>听证告知日期</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Uncertain OCR reading, check on the page: %1</source>
        <translation>以下内容识别存疑，请对照原页核对：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
