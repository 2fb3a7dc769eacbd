// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "workspace/diagnosisservice.h"
#include "domain/findingreview.h"
#include "storage/database.h"
#include "storage/findingrepository.h"
#include "storage/ocrrepository.h"
#include "storage/storageerror.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

FindingsPanel::FindingsPanel(Database &db, const DiagnosisService &diagnosis, const QString &reviewer, QWidget *parent)
    : QWidget(parent), m_db(db), m_diagnosis(diagnosis), m_reviewer(reviewer), m_model(new FindingsModel(this)), m_table(new QTableView(this)),
      m_evidence(new QListWidget(this)), m_summary(new QLabel(this)), m_detail(new QLabel(this)), m_accept(new QPushButton(tr("Accept"), this)),
      m_dismiss(new QPushButton(tr("Dismiss…"), this)), m_rerun(new QPushButton(tr("Re-run diagnosis"), this))
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
    m_caseId = caseId;
    reload();
    if (caseId > 0 && m_model->rowCount() == 0)
        rerun();
}

void FindingsPanel::reload()
{
    std::vector<StoredFinding> list;
    int waiting = 0;  // scanned pages not read by OCR yet: the diagnosis cannot see them
    try {
        FindingRepository repo(m_db);
        if (m_caseId > 0 && repo.available())
            list = repo.list(m_caseId);
        if (m_caseId > 0)
            waiting = OcrRepository(m_db).pendingCount(m_caseId);
    } catch (const StorageError &) {
        m_summary->setText(tr("The findings could not be read from the store."));
    }
    m_model->setFindings(std::move(list));
    if (m_caseId <= 0)
        m_summary->setText(tr("No case is open."));
    else if (m_running)
        m_summary->setText(tr("Diagnosing the case…"));
    else if (waiting > 0)
        m_summary->setText(tr("%n scanned page(s) of this case still wait for OCR: the findings cover only the pages "
                              "read so far.", nullptr, waiting));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("The diagnosis found nothing to report for this case."));
    else
        m_summary->setText(tr("%n finding(s), %1 still open.", nullptr, m_model->rowCount()).arg(m_model->openCount()));
    m_rerun->setEnabled(m_caseId > 0 && !m_running);
    if (m_model->rowCount())
        m_table->selectRow(0);
    showCurrent();
}

void FindingsPanel::rerun()
{
    if (m_caseId <= 0 || m_running)
        return;
    m_running = true;
    reload();
    const qint64 caseId = m_caseId;
    const QString store = m_db.path();
    auto *watcher = new QFutureWatcher<CaseDiagnosis>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, caseId] {
        watcher->deleteLater();
        m_running = false;
        const CaseDiagnosis result = watcher->result();
        if (!result.error.isEmpty()) {
            reload();
            m_summary->setText(tr("The case could not be diagnosed: its text could not be read."));
            return;
        }
        if (caseId == m_caseId)
            reload();
        emit findingsChanged(caseId);
    });
    const DiagnosisService diagnosis = m_diagnosis;
    watcher->setFuture(QtConcurrent::run([store, caseId, diagnosis] {
        try {
            Database db(store);
            const auto results = diagnosis.diagnose(db, {caseId});
            return results.empty() ? CaseDiagnosis{caseId, {}, QStringLiteral("none")} : results.front();
        } catch (const StorageError &e) {
            return CaseDiagnosis{caseId, {}, e.message()};
        }
    }));
}

const StoredFinding *FindingsPanel::current() const { return m_model->at(m_table->currentIndex().row()); }

void FindingsPanel::showCurrent()
{
    m_evidence->clear();
    const StoredFinding *f = current();
    m_accept->setEnabled(f && !f->decision);
    m_dismiss->setEnabled(f && !f->decision);
    m_detail->setText(f ? tr("%1\nBasis: %2").arg(f->finding.message, f->finding.legalBasis) : QString());
    if (!f)
        return;
    for (const Evidence &e : f->finding.evidence)
        m_evidence->addItem(tr("Page %1: %2").arg(e.page).arg(e.snippet.simplified()));
    if (!f->finding.evidence.empty() && m_table->hasFocus())
        emit evidenceActivated(f->finding.evidence.front().page, f->finding.evidence.front().snippet);
}

void FindingsPanel::acceptCurrent()
{
    const StoredFinding *f = current();
    if (!f)
        return;
    const Finding finding = f->finding;
    try {
        FindingRepository(m_db).decide(f->id, FindingVerdict::Accept, {}, m_reviewer);
    } catch (const StorageError &) {
        m_summary->setText(tr("The decision could not be saved."));
        return;
    }
    const int row = m_table->currentIndex().row();
    reload();
    m_table->selectRow(row);
    emit findingAccepted({finding.rule, finding.item, finding.message, finding.evidence});
    emit findingsChanged(m_caseId);
}

void FindingsPanel::dismissCurrent(const QString &reason)
{
    const StoredFinding *f = current();
    if (!f)
        return;
    try {
        FindingRepository(m_db).decide(f->id, FindingVerdict::Dismiss, reason, m_reviewer);
    } catch (const StorageError &) {
        m_summary->setText(tr("The decision could not be saved."));
        return;
    }
    const int row = m_table->currentIndex().row();
    reload();
    m_table->selectRow(row);
    emit findingsChanged(m_caseId);
}
