// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpanel.h"

#include "appsettings.h"
#include "checklistactions.h"
#include "checklistitemeditor.h"
#include "checklistprompts.h"
#include "checklistsummary.h"
#include "scoring/scoringengine.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace casereview;

ChecklistPanel::ChecklistPanel(Workspace &workspace, AppSettings &settings, QUndoStack &undo, QWidget *parent)
    : QWidget(parent),
      m_service(workspace),
      m_settings(settings),
      m_undo(undo),
      m_model(new ChecklistModel(this)),
      m_standardBox(new QComboBox(this)),
      m_summary(new ChecklistSummary(this)),
      m_status(new QLabel(this)),
      m_tree(new QTreeView(this)),
      m_editor(new ChecklistItemEditor(this)),
      m_actions(new ChecklistActions(this))
{
    m_standardBox->setAccessibleName(tr("Review standard"));
    connect(m_standardBox, &QComboBox::activated, this, [this] { load(m_standardBox->currentData().toString()); });
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b02020"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Checklist items"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(36);
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, c == ChecklistModel::Title ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->installEventFilter(this);
    m_tree->setToolTip(tr("J/K: next/previous item · 1 compliant · 2 deduct · 3 not applicable · 0 veto failed · N note"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showItem(); });

    connect(m_editor, &ChecklistItemEditor::deductionEdited, this, [this](double v) {
        if (currentItem().isEmpty())
            return;
        Answer a = currentAnswer();
        a.verdict = Verdict::Deduct;
        a.deduction = v;
        setAnswer(a, tr("Change deduction"), MergeId::AnswerDeduction);
    });
    connect(m_editor, &ChecklistItemEditor::noteEdited, this, [this](const QString &text) {
        Answer a = currentAnswer();
        a.note = text;
        setAnswer(a, tr("Edit note"), MergeId::AnswerNote);
    });
    connect(m_editor, &ChecklistItemEditor::anchorActivated, this, [this](int row) {
        const Answer a = currentAnswer();
        if (row >= 0 && row < int(a.evidence.size()))
            emit evidenceActivated(a.evidence[size_t(row)].page, a.evidence[size_t(row)].rect.value_or(QRectF()));
    });
    connect(m_editor, &ChecklistItemEditor::finished, m_tree, [this] { m_tree->setFocus(); });
    connect(m_actions, &ChecklistActions::submitRequested, this, [this] { changeStatus(false); });
    connect(m_actions, &ChecklistActions::signRequested, this, [this] { changeStatus(true); });
    connect(m_actions, &ChecklistActions::reopenRequested, this, &ChecklistPanel::reopen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_standardBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    layout->addWidget(m_actions);
    setTabOrder(m_standardBox, m_tree);
    setTabOrder(m_tree, m_editor->deductionEdit());
    setCase(0);
}

void ChecklistPanel::setCase(qint64 caseId, const QString &caseType)
{
    m_caseId = caseId;
    m_caseType = caseType;
    m_undo.clear();
    load();
}

void ChecklistPanel::load(const QString &standardId)
{
    const quint64 serial = ++m_serial;
    m_status->clear();
    setEnabled(m_caseId > 0);
    if (m_caseId <= 0) {
        m_loading = false;
        showSheet({});
        return;
    }
    m_loading = true;
    const qint64 caseId = m_caseId;
    onFinished(this, m_service.open(caseId, m_settings.reviewer(), m_caseType, standardId),
               [this, serial](const ChecklistService::Sheet &sheet) {
                   if (serial != m_serial)
                       return;
                   m_loading = false;
                   showSheet(sheet);
                   emit loaded(sheet.caseId);
               },
               [this, serial, caseId](const Failure &f) {
                   if (serial != m_serial)
                       return;
                   m_loading = false;
                   ChecklistService::Sheet none;
                   none.caseId = caseId;
                   showSheet(none);
                   report(tr("The review of this case could not be read from the store: %1").arg(FailureText::message(f)));
                   emit loaded(caseId);
               });
}

void ChecklistPanel::showSheet(const ChecklistService::Sheet &sheet)
{
    m_review = sheet.review;
    m_standard = sheet.standard;
    m_standardBox->clear();
    for (const auto &st : sheet.standards)
        m_standardBox->addItem(tr("%1 (version %2)").arg(st.name).arg(st.version), st.id);
    m_standardBox->setCurrentIndex(std::max(0, m_standardBox->findData(m_standard.id)));
    m_standardBox->setEnabled(!m_review);
    if (m_standard.id.isEmpty()) {
        m_model->clear();
        m_card = {};
        updateSummary();
        showItem();
        return;
    }
    m_card = ScoringEngine::score(m_standard, sheet.answers);
    m_model->setReview(m_standard, sheet.answers, m_card);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(ChecklistModel::VerdictColumn);
    const auto order = m_model->itemOrder();
    if (!order.empty())
        selectItem(order.front());
    updateSummary();
}

void ChecklistPanel::track(QFuture<Review> write, const QString &failureText)
{
    ++m_writes;
    const quint64 serial = m_serial;
    onFinished(this, std::move(write),
               [this, serial](const Review &review) {
                   --m_writes;
                   if (serial != m_serial)
                       return;  // another case (or standard) is shown now
                   m_review = review;
                   updateSummary();
               },
               [this, serial, failureText](const Failure &f) {
                   --m_writes;
                   if (serial == m_serial)
                       failed(f, failureText);
               });
}

void ChecklistPanel::failed(const Failure &f, const QString &text)
{
    // Show what is stored, then say why the change is not in it.
    load(m_review ? QString() : m_standard.id);
    const bool locked = m_review && m_review->status == ReviewStatus::Signed;
    QString why = text;
    if (f.kind == Failure::Kind::Refused && locked)
        why = tr("This review is signed and locked. Reopen it to change answers.");
    else if (f.kind != Failure::Kind::Refused)
        why += QLatin1Char(' ') + FailureText::message(f);
    report(why);
}

QString ChecklistPanel::currentItem() const
{
    const StandardItem *item = m_model->itemAt(m_tree->currentIndex());
    return item ? item->id : QString();
}

void ChecklistPanel::selectItem(const QString &itemId)
{
    const QModelIndex index = m_model->indexOf(itemId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

Answer ChecklistPanel::currentAnswer() const
{
    const QString id = currentItem();
    if (const Answer *a = m_model->answerFor(id))
        return *a;
    Answer a;
    a.itemId = id;
    return a;
}

void ChecklistPanel::setAnswer(const Answer &answer, const QString &text, MergeId merge)
{
    if (answer.itemId.isEmpty())
        return;
    const Answer *existing = m_model->answerFor(answer.itemId);
    if (existing && *existing == answer)
        return;
    // Undoing the first answer of an item makes it unanswered again, not compliant.
    const std::optional<Answer> before = existing ? std::optional(*existing) : std::nullopt;
    const QString id = answer.itemId;
    m_undo.push(new ChangeValue<std::optional<Answer>>(
        text, [this, id](const std::optional<Answer> &a) { apply(id, a); }, before, answer, merge, id));
}

void ChecklistPanel::apply(const QString &itemId, const std::optional<Answer> &answer)
{
    if (m_caseId <= 0 || m_standard.id.isEmpty())
        return;
    const QString refused = tr("The answer was not accepted: it does not fit the standard.");
    // The rules ReviewService applies, checked here first: a value on its way (a deduction being
    // typed, 0 for now) is neither written nor shown as an answer.
    if (answer && !ScoringEngine::answerProblems(m_standard, {*answer}).isEmpty()) {
        report(refused);
        return;
    }
    m_status->clear();
    if (answer) {
        track(m_service.answer(m_caseId, m_settings.reviewer(), m_standard, *answer), refused);
    } else {
        ++m_writes;
        const quint64 serial = m_serial;
        onFinished(this, m_service.clear(m_caseId, m_settings.reviewer(), itemId), [this](bool) { --m_writes; },
                   [this, serial, refused](const Failure &f) {
                       --m_writes;
                       if (serial == m_serial)
                           failed(f, refused);
                   });
    }
    // Shown at once; the write follows in order on the Workspace's writer.
    std::vector<Answer> all;
    for (const QString &id : m_model->itemOrder())
        if (const Answer *a = id == itemId ? (answer ? &*answer : nullptr) : m_model->answerFor(id))
            all.push_back(*a);
    m_card = ScoringEngine::score(m_standard, all);
    m_model->updateAnswer(itemId, answer, m_card);
    m_standardBox->setEnabled(false);
    selectItem(itemId);
    showItem();
    updateSummary();
}

void ChecklistPanel::setVerdict(Verdict v)
{
    const StandardItem *item = m_model->itemAt(m_tree->currentIndex());
    if (!item)
        return;
    if (v == Verdict::Fail && !item->veto) {
        report(tr("Only veto items can fail; use 2 to deduct points."));
        return;
    }
    Answer a = currentAnswer();
    a.verdict = v;
    if (v == Verdict::Deduct && a.deduction <= 0)
        a.deduction = std::min(1.0, item->points);
    if (v != Verdict::Deduct)
        a.deduction = 0;
    setAnswer(a, tr("Answer %1: %2").arg(item->id, ChecklistModel::verdictText(v)));
    if (v == Verdict::Deduct) {
        m_editor->deductionEdit()->setFocus();
        m_editor->deductionEdit()->selectAll();
    }
}

void ChecklistPanel::moveItem(int step)
{
    const auto order = m_model->itemOrder();
    if (order.empty())
        return;
    const auto it = std::find(order.begin(), order.end(), currentItem());
    int pos = it == order.end() ? (step > 0 ? -1 : int(order.size())) : int(it - order.begin());
    pos = std::clamp(pos + step, 0, int(order.size()) - 1);
    selectItem(order[size_t(pos)]);
}

void ChecklistPanel::showItem()
{
    const Answer a = currentAnswer();
    m_editor->showItem(m_model->itemAt(m_tree->currentIndex()), m_model->answerFor(currentItem()));
    if (!a.evidence.empty() && m_tree->hasFocus())
        emit evidenceActivated(a.evidence.front().page, a.evidence.front().rect.value_or(QRectF()));
}

void ChecklistPanel::updateSummary()
{
    m_summary->setScore(m_standard.id.isEmpty() ? ScoreCard{} : m_card, m_review, m_caseId > 0);
    // Without a review yet, an answer being written creates the draft: the status writes queue behind it.
    m_actions->setState(m_review, !m_review && m_writes > 0);
}

void ChecklistPanel::changeStatus(bool sign)
{
    if (!ChecklistPrompts::confirmIncomplete(this, m_card, sign))
        return;
    if (sign && !ChecklistPrompts::confirmSign(this, m_settings.reviewer(), m_settings.reviewerUnit()))
        return;
    ReviewService::Submission sub;
    sub.caseId = m_caseId;
    sub.reviewer = m_settings.reviewer();
    sub.standardId = m_standard.id;
    sub.standardVersion = m_standard.version;
    sub.submit = true;
    sub.sign = sign;
    sub.allowIncomplete = true;  // confirmIncomplete() asked
    m_undo.clear();              // a submitted review's answers are not taken back by Undo
    m_actions->holdStatus();
    track(m_service.submit(sub), sign ? tr("The review could not be signed.") : tr("The review could not be submitted."));
}

void ChecklistPanel::reopen()
{
    const QString reason = ChecklistPrompts::reopenReason(this);
    if (reason.isEmpty())
        return;
    m_actions->holdReopen();
    track(m_service.reopen(m_caseId, m_settings.reviewer(), m_settings.reviewer(), reason), tr("The review could not be reopened."));
}

void ChecklistPanel::addEvidence(const EvidenceAnchor &anchor)
{
    if (currentItem().isEmpty()) {
        report(tr("Choose a checklist item first, then link the selected text to it."));
        return;
    }
    if (!m_model->answerFor(currentItem())) {
        report(tr("Answer the item first (1 compliant, 2 deduct, 3 n/a, 0 veto failed), then link the evidence."));
        return;
    }
    Answer a = currentAnswer();
    a.evidence.push_back(anchor);
    setAnswer(a, tr("Link evidence to %1").arg(a.itemId));
}

void ChecklistPanel::acceptFinding(const AcceptedFinding &finding)
{
    const StandardItem *item = m_standard.findItem(finding.item);
    if (!item) {
        report(tr("The finding names no item of this standard; answer the matching item by hand."));
        return;
    }
    selectItem(item->id);
    Answer a = currentAnswer();
    a.verdict = item->veto ? Verdict::Fail : Verdict::Deduct;
    a.deduction = item->veto ? 0 : (a.verdict == Verdict::Deduct && a.deduction > 0 ? a.deduction : std::min(1.0, item->points));
    if (a.note.isEmpty())
        a.note = finding.message;
    for (const Evidence &e : finding.evidence)
        if (e.page > 0)
            a.evidence.push_back({e.page, std::nullopt, e.snippet});
    setAnswer(a, tr("Accept finding %1").arg(finding.rule));
}

void ChecklistPanel::report(const QString &message) { m_status->setText(message); }

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || watched != m_tree)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_J: moveItem(1); return true;
    case Qt::Key_K: moveItem(-1); return true;
    case Qt::Key_1: setVerdict(Verdict::Pass); return true;
    case Qt::Key_2: setVerdict(Verdict::Deduct); return true;
    case Qt::Key_3: setVerdict(Verdict::NotApplicable); return true;
    case Qt::Key_0: setVerdict(Verdict::Fail); return true;
    case Qt::Key_N:
        m_editor->noteEdit()->setFocus();
        return true;
    default: return false;
    }
}

QPushButton *ChecklistPanel::submitButton() const { return m_actions->submitButton(); }
QAction *ChecklistPanel::signAction() const { return m_actions->signAction(); }
QDoubleSpinBox *ChecklistPanel::deductionEdit() const { return m_editor->deductionEdit(); }
QLineEdit *ChecklistPanel::noteEdit() const { return m_editor->noteEdit(); }
