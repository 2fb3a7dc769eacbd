// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace casereview;

FindingsPanel::FindingsPanel(Workspace &workspace, const QString &reviewer, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_service(workspace), m_reviewer(reviewer), m_model(new FindingsModel(this)),
      m_table(new QTableView(this)), m_evidence(new QListWidget(this)), m_summary(new QLabel(this)), m_detail(new QLabel(this)),
      m_accept(new QPushButton(tr("Accept"), this)), m_dismiss(new QPushButton(tr("Dismiss…"), this)),
      m_rerun(new QPushButton(tr("Re-run diagnosis"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Basis, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(FindingsModel::Basis, 140);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Item, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Status, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    m_evidence->setAccessibleName(tr("Finding evidence"));
    m_evidence->setMaximumHeight(80);
    m_evidence->setWordWrap(true);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const StoredFinding *f = current();
        const int row = m_evidence->row(item);
        if (f && row >= 0 && row < int(f->finding.evidence.size()))
            emit evidenceActivated(f->finding.evidence[size_t(row)].page, f->finding.evidence[size_t(row)].snippet);
    });
    connect(m_evidence, &QListWidget::itemClicked, m_evidence, &QListWidget::itemActivated);
    connect(m_accept, &QPushButton::clicked, this, &FindingsPanel::acceptCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Dismiss finding"), tr("Why does this finding not apply?"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            dismissCurrent(reason.trimmed());
    });
    connect(m_rerun, &QPushButton::clicked, this, &FindingsPanel::rerun);
    connect(&m_ws, &Workspace::changed, this, &FindingsPanel::onChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    setCase(0);
}

void FindingsPanel::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_model->setFindings({});
        m_ocrPending = 0;
        m_keepRow = 0;
    }
    m_caseId = caseId;
    m_diagnoseEmpty = caseId > 0;
    reload();
}

void FindingsPanel::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    if (m_caseId <= 0)
        return;
    if ((event.kind == K::Findings || event.kind == K::CaseText || event.kind == K::StoreRestored) && event.touches(m_caseId))
        reload();
}

void FindingsPanel::reload()
{
    if (m_loading) {
        m_loadAgain = true;  // the running read may predate the change: read once more after it
        return;
    }
    m_problem.clear();
    if (m_caseId <= 0) {
        show({});
        return;
    }
    m_loading = true;
    const qint64 caseId = m_caseId;
    onFinished(
        this, m_service.load(caseId),
        [this, caseId](const FindingService::CaseFindings &loaded) {
            m_loading = false;
            if (std::exchange(m_loadAgain, false) || caseId != m_caseId) {
                reload();
                return;
            }
            show(loaded);
            if (std::exchange(m_diagnoseEmpty, false) && loaded.findings.empty())
                rerun();  // a case stored before import diagnosed, or whose diagnosis failed then
        },
        [this](const Failure &f) {
            m_loading = false;
            if (std::exchange(m_loadAgain, false)) {
                reload();
                return;
            }
            failed(tr("The findings could not be read from the store."), f);
        });
}

void FindingsPanel::show(const FindingService::CaseFindings &loaded)
{
    m_ocrPending = loaded.ocrPending;
    m_model->setFindings(loaded.findings);
    showSummary();
    if (m_model->rowCount())
        m_table->selectRow(std::clamp(m_keepRow, 0, m_model->rowCount() - 1));
    showCurrent();
}

void FindingsPanel::showSummary()
{
    m_rerun->setEnabled(m_caseId > 0 && !m_running);
    if (!m_problem.isEmpty())
        m_summary->setText(m_problem);
    else if (m_caseId <= 0)
        m_summary->setText(tr("No case is open."));
    else if (m_running)
        m_summary->setText(tr("Diagnosing the case…"));
    else if (m_ocrPending > 0)
        m_summary->setText(tr("%n scanned page(s) of this case still wait for OCR: the findings cover only the pages "
                              "read so far.", nullptr, m_ocrPending));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("The diagnosis found nothing to report for this case."));
    else
        m_summary->setText(tr("%n finding(s), %1 still open.", nullptr, m_model->rowCount()).arg(m_model->openCount()));
}

void FindingsPanel::failed(const QString &what, const Failure &failure)
{
    m_problem = what + QLatin1Char(' ') + FailureText::message(failure);
    showSummary();
}

void FindingsPanel::rerun()
{
    if (m_caseId <= 0 || m_running)
        return;
    m_running = true;
    m_problem.clear();
    showSummary();
    const qint64 caseId = m_caseId;
    // The Workspace stores the findings and announces them: onChanged reads them back.
    onFinished(
        this, m_ws.diagnose({caseId}),
        [this, caseId](const std::vector<CaseDiagnosis> &results) {
            m_running = false;
            if (caseId == m_caseId && (results.empty() || !results.front().error.isEmpty()))
                m_problem = tr("The case could not be diagnosed: its text could not be read.");
            showSummary();
            if (caseId == m_caseId && m_problem.isEmpty())
                reload();
        },
        [this, caseId](const Failure &f) {
            m_running = false;
            if (caseId == m_caseId)
                failed(tr("The case could not be diagnosed."), f);
        });
}

const StoredFinding *FindingsPanel::current() const { return m_model->at(m_table->currentIndex().row()); }

void FindingsPanel::showCurrent()
{
    m_evidence->clear();
    const StoredFinding *f = current();
    m_accept->setEnabled(f && !f->decision && m_deciding == 0);
    m_dismiss->setEnabled(f && !f->decision && m_deciding == 0);
    m_detail->setText(f ? tr("%1\nBasis: %2").arg(f->finding.message, f->finding.legalBasis) : QString());
    if (!f)
        return;
    for (const Evidence &e : f->finding.evidence)
        m_evidence->addItem(tr("Page %1: %2").arg(e.page).arg(e.snippet.simplified()));
    if (!f->finding.evidence.empty() && m_table->hasFocus())
        emit evidenceActivated(f->finding.evidence.front().page, f->finding.evidence.front().snippet);
}

void FindingsPanel::acceptCurrent() { decide(FindingVerdict::Accept, {}); }

void FindingsPanel::dismissCurrent(const QString &reason) { decide(FindingVerdict::Dismiss, reason); }

void FindingsPanel::decide(FindingVerdict verdict, const QString &reason)
{
    const StoredFinding *f = current();
    if (!f || f->decision || m_deciding > 0)
        return;
    const qint64 caseId = m_caseId;
    m_keepRow = m_table->currentIndex().row();
    ++m_deciding;
    showCurrent();
    // The writer announces Findings of the case: onChanged reads the decision back.
    onFinished(
        this, m_service.decide(caseId, f->id, verdict, reason, m_reviewer),
        [this, caseId, verdict](const StoredFinding &stored) {
            --m_deciding;
            showCurrent();
            if (verdict == FindingVerdict::Accept && caseId == m_caseId)
                emit findingAccepted({stored.finding.rule, stored.finding.item, stored.finding.message, stored.finding.evidence});
        },
        [this](const Failure &failure) {
            --m_deciding;
            failed(tr("The decision could not be saved."), failure);
            showCurrent();
        });
}
