// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpanel.h"

#include "appsettings.h"
#include "checklistitemeditor.h"
#include "checklistsummary.h"
#include "review/reviewerror.h"
#include "review/reviewservice.h"
#include "scoring/scoringengine.h"
#include "standards/standarderror.h"
#include "standards/standardchoice.h"
#include "storage/standardservice.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

ChecklistPanel::ChecklistPanel(ReviewService &reviews, StandardService &standards, AppSettings &settings,
                               QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_reviews(reviews), m_standards(standards), m_settings(settings), m_undo(undo),
      m_model(new ChecklistModel(this)), m_standardBox(new QComboBox(this)),
      m_summary(new ChecklistSummary(this)), m_status(new QLabel(this)), m_tree(new QTreeView(this)),
      m_editor(new ChecklistItemEditor(this)), m_submit(new QPushButton(tr("Submit"), this)),
      m_sign(new QPushButton(tr("Sign"), this)), m_reopen(new QPushButton(tr("Reopen…"), this))
{
    m_standardBox->setAccessibleName(tr("Review standard"));
    connect(m_standardBox, &QComboBox::activated, this, [this] { load(); });
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
    connect(m_submit, &QPushButton::clicked, this, [this] { changeStatus(false); });
    connect(m_sign, &QPushButton::clicked, this, [this] { changeStatus(true); });
    connect(m_reopen, &QPushButton::clicked, this, &ChecklistPanel::reopen);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_standardBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setTabOrder(m_standardBox, m_tree);
    setTabOrder(m_tree, m_editor->deductionEdit());
    setCase(0);
}

void ChecklistPanel::setCase(qint64 caseId, const QString &caseType)
{
    m_caseId = caseId;
    m_undo.clear();
    m_standardBox->clear();
    if (caseId > 0) {
        try {
            auto list = m_standards.list();
            if (list.empty() && m_standards.ensureBuiltins() > 0)
                list = m_standards.list();
            for (const auto &s : list)
                m_standardBox->addItem(tr("%1 (version %2)").arg(s.name).arg(s.version), s.id);
            m_standardBox->setCurrentIndex(std::max(0, m_standardBox->findData(StandardChoice::forCaseType(list, caseType))));
        } catch (const std::exception &) {
            report(tr("The review standards could not be read from the store."));
        }
    }
    load();
}

void ChecklistPanel::load()
{
    m_review.reset();
    m_standard = {};
    m_status->clear();
    const bool open = m_caseId > 0 && m_standardBox->count() > 0;
    setEnabled(m_caseId > 0);
    if (!open) {
        m_model->clear();
        m_card = {};
        updateSummary();
        showItem();
        return;
    }
    std::vector<Answer> answers;
    try {
        try {
            m_review = m_reviews.pick(m_caseId, m_settings.reviewer());
        } catch (const ReviewError &e) {
            if (e.kind() != ReviewError::Kind::NotFound)
                throw;
        }
        if (m_review) {
            m_standard = m_standards.get(m_review->standardId, m_review->standardVersion);
            answers = m_reviews.answers(*m_review);
            m_standardBox->setCurrentIndex(std::max(0, m_standardBox->findData(m_review->standardId)));
        } else {
            m_standard = m_standards.get(m_standardBox->currentData().toString());
        }
    } catch (const std::exception &) {
        report(tr("The review of this case could not be read from the store."));
    }
    m_standardBox->setEnabled(!m_review);
    m_card = ScoringEngine::score(m_standard, answers);
    m_model->setReview(m_standard, answers, m_card);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(ChecklistModel::VerdictColumn);
    const auto order = m_model->itemOrder();
    if (!order.empty())
        selectItem(order.front());
    updateSummary();
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
    try {
        if (answer) {
            ReviewService::Submission sub;
            sub.caseId = m_caseId;
            sub.reviewer = m_settings.reviewer();
            sub.standardId = m_standard.id;
            sub.standardVersion = m_standard.version;
            sub.answers = {*answer};
            m_review = m_reviews.save(sub).review;
        } else {
            m_reviews.clearAnswer(m_caseId, m_settings.reviewer(), itemId);
        }
        m_status->clear();
    } catch (const ReviewError &e) {
        report(e.kind() == ReviewError::Kind::Locked ? tr("This review is signed and locked. Reopen it to change answers.")
                                                     : tr("The answer was not accepted: it does not fit the standard."));
        return;
    } catch (const StorageError &) {
        report(tr("The answer could not be saved in the store."));
        return;
    }
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
    emit reviewChanged(m_caseId);
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
    const bool signedReview = m_review && m_review->status == ReviewStatus::Signed;
    m_submit->setEnabled(m_review && m_review->status == ReviewStatus::Draft);
    m_sign->setEnabled(m_review && !signedReview);
    m_reopen->setEnabled(m_review && m_review->status != ReviewStatus::Draft);
}

// Submitting or signing with unanswered items needs an explicit yes; the store records it.
bool ChecklistPanel::confirmIncomplete(bool sign)
{
    if (m_card.complete())
        return true;
    const int open = int(m_card.unanswered.size());
    const QString text = (sign ? tr("%n item(s) are not answered yet. Sign the review anyway?", nullptr, open)
                               : tr("%n item(s) are not answered yet. Submit the review anyway?", nullptr, open)) +
                         QStringLiteral("\n\n") +
                         tr("Unanswered items count as full marks, so the score is only provisional. "
                            "The review record notes how many items were left open.");
    return QMessageBox::question(this, sign ? tr("Sign incomplete review") : tr("Submit incomplete review"), text,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void ChecklistPanel::changeStatus(bool sign)
{
    if (!confirmIncomplete(sign))
        return;
    ReviewService::Submission sub;
    sub.caseId = m_caseId;
    sub.reviewer = m_settings.reviewer();
    sub.standardId = m_standard.id;
    sub.standardVersion = m_standard.version;
    sub.submit = true;
    sub.sign = sign;
    sub.allowIncomplete = true;  // confirmIncomplete() asked
    try {
        m_review = m_reviews.save(sub).review;
        m_undo.clear();
    } catch (const std::exception &) {
        report(sign ? tr("The review could not be signed.") : tr("The review could not be submitted."));
    }
    updateSummary();
    emit reviewChanged(m_caseId);
}

void ChecklistPanel::reopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen review"), tr("Why is the review reopened?"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    try {
        m_review = m_reviews.reopen(m_caseId, m_settings.reviewer(), m_settings.reviewer(), reason);
    } catch (const std::exception &) {
        report(tr("The review could not be reopened."));
    }
    updateSummary();
    emit reviewChanged(m_caseId);
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
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched != m_tree)
        return QWidget::eventFilter(watched, event);
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

QDoubleSpinBox *ChecklistPanel::deductionEdit() const { return m_editor->deductionEdit(); }
QLineEdit *ChecklistPanel::noteEdit() const { return m_editor->noteEdit(); }
