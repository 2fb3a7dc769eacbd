// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationrecheckdialog.h"

#include "rectification/rectificationworkflow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "support/failuretext.h"
#include "viewer/documentviewer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <map>

using namespace casereview;

namespace {
enum EvidencePage { NoEvidence, PdfEvidence, ImageEvidence };
}

// What the dialog reads once, on the pool, when it opens.
struct RectificationRecheckDialog::Context {
    std::map<qint64, QString> names;                  // the item's cases: 案号, or the file name
    std::vector<RectificationAttachment> attachments;  // the current evidence
    std::vector<CaseSummary> newer;                    // newer cases of the item's agency
};

RectificationRecheckDialog::RectificationRecheckDialog(Workspace &workspace, const RectificationItem &item,
                                                       const QString &actor, QWidget *parent)
    : RectificationWriteDialog(workspace, parent), m_item(item), m_actor(actor)
{
    setWindowTitle(tr("Re-check Rectification Item %1").arg(item.id));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildOriginal());
    split->addWidget(buildEvidence());
    split->setSizes({600, 600});
    layout->addWidget(split, 1);
    layout->addWidget(buildForm());
    resize(1200, 820);
    connect(this, &RectificationWriteDialog::busyChanged, this, &RectificationRecheckDialog::updateState);
    updateState();
    load();
}

namespace {
QString pageList(const std::vector<int> &pages)
{
    QStringList out;
    for (int p : pages)
        out << QString::number(p);
    return out.join(QStringLiteral(", "));
}

QString caseLabel(qint64 id, const QString &name, const std::vector<int> &pages)
{
    const QString label = name.isEmpty() ? RectificationRecheckDialog::tr("Case %1").arg(id)
                                         : RectificationRecheckDialog::tr("Case %1 %2").arg(id).arg(name);
    return pages.empty() ? RectificationRecheckDialog::tr("%1 — pages not recorded").arg(label)
                         : RectificationRecheckDialog::tr("%1 — page(s) %2").arg(label, pageList(pages));
}
} // namespace

QWidget *RectificationRecheckDialog::buildOriginal()
{
    auto *box = new QGroupBox(tr("Original problem"));
    auto *l = new QVBoxLayout(box);
    m_originalLabel = new QLabel;
    m_originalLabel->setWordWrap(true);
    l->addWidget(m_originalLabel);
    // An item grouped per agency stands for the same problem in several cases: any of them can
    // be looked at, each at its own evidence pages.
    m_caseBox = new QComboBox;
    m_caseBox->setAccessibleName(tr("Case of the problem"));
    for (qint64 id : m_item.caseIds())
        m_caseBox->addItem(caseLabel(id, {}, m_item.pagesIn(id)), id);  // named once read
    m_caseBox->setVisible(m_caseBox->count() > 1);
    l->addWidget(m_caseBox);
    m_original = new DocumentViewer;
    l->addWidget(m_original, 1);
    connect(m_caseBox, &QComboBox::currentIndexChanged, this, &RectificationRecheckDialog::showCase);
    showCase(0);
    return box;
}

void RectificationRecheckDialog::showCase(int index)
{
    if (index < 0 || index >= m_caseBox->count())
        return;
    if (m_caseBox->currentIndex() != index) {
        m_caseBox->setCurrentIndex(index);  // comes back here through the signal
        return;
    }
    const qint64 caseId = m_caseBox->itemData(index).toLongLong();
    const std::vector<int> pages = m_item.pagesIn(caseId);
    m_originalLabel->setText(tr("<b>%1</b><br>Legal basis: %2<br>Case %3, page(s) %4")
                                 .arg(m_item.problem.toHtmlEscaped(), m_item.legalBasis.toHtmlEscaped())
                                 .arg(caseId)
                                 .arg(pages.empty() ? tr("not recorded") : pageList(pages)));
    m_shownCase = caseId;
    // The case file is read and checked (SHA-256) on the pool; the viewer renders it. A later
    // choice supersedes a load still running.
    struct Loaded {
        QByteArray pdf;
        std::vector<CaseDocument> documents;
        bool found = false;
    };
    const int generation = ++m_loadGeneration;
    m_original->clear(tr("Opening the case…"));
    onFinished(
        this, jobs().workspace().read([caseId](Database &db) {
            Loaded out;
            CaseRepository cases(db);
            if (const auto record = cases.get(caseId)) {
                out.found = true;
                out.documents = record->analysis.documents;
                out.pdf = cases.originalFile(caseId);
            }
            return out;
        }),
        [this, generation, pages](const Loaded &loaded) {
            if (generation != m_loadGeneration)
                return;
            if (!loaded.found) {
                m_original->clear(tr("The case is no longer in the store."));
                return;
            }
            m_original->setDocument(loaded.pdf, loaded.documents);
            m_original->goToPage(pages.empty() ? 0 : pages.front() - 1);
        },
        [this, generation](const Failure &f) {
            if (generation == m_loadGeneration)
                m_original->clear(tr("The case file could not be read.") + QLatin1Char(' ') + FailureText::message(f));
        });
}

QWidget *RectificationRecheckDialog::buildEvidence()
{
    auto *box = new QGroupBox(tr("Rectification evidence"));
    auto *l = new QVBoxLayout(box);
    m_attachmentBox = new QComboBox;
    l->addWidget(m_attachmentBox);
    m_evidenceStack = new QStackedWidget;
    auto *none = new QLabel(m_item.attachmentCount ? tr("Reading the evidence…")
                                                   : tr("The agency has not sent a report or evidence yet. Attach it with “Change Status…”."));
    none->setObjectName(QStringLiteral("noEvidence"));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignCenter);
    m_evidenceStack->addWidget(none);
    m_evidencePdf = new DocumentViewer;
    m_evidenceStack->addWidget(m_evidencePdf);
    auto *scroll = new QScrollArea;
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    m_evidenceStack->addWidget(scroll);
    l->addWidget(m_evidenceStack, 1);
    connect(m_attachmentBox, &QComboBox::currentIndexChanged, this, &RectificationRecheckDialog::showAttachment);
    return box;
}

QWidget *RectificationRecheckDialog::buildForm()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    auto *results = new QHBoxLayout;
    m_pass = new QRadioButton(tr("Passed — close the item"));
    m_fail = new QRadioButton(tr("Failed — back to the agency"));
    results->addWidget(m_pass);
    results->addWidget(m_fail);
    results->addStretch();
    form->addRow(tr("Result:"), results);
    m_note = new QPlainTextEdit;
    m_note->setMaximumHeight(70);
    m_note->setPlaceholderText(tr("What was checked and what was found"));
    form->addRow(tr("Re-check note:"), m_note);

    m_cases = new QListWidget;
    m_cases->setMaximumHeight(90);
    new QListWidgetItem(tr("Reading the cases of this agency…"), m_cases);
    form->addRow(tr("Newer cases re-reviewed:"), m_cases);
    m_recurred = new QComboBox;
    m_recurred->addItem(tr("Not assessed"));
    m_recurred->addItem(tr("Yes — the problem recurred"));
    m_recurred->addItem(tr("No — it did not recur"));
    form->addRow(tr("Recurred:"), m_recurred);
    m_hint = new QLabel;
    form->addRow(m_hint);
    form->addRow(errorLabel());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pass, &QRadioButton::toggled, this, &RectificationRecheckDialog::updateState);
    connect(m_fail, &QRadioButton::toggled, this, &RectificationRecheckDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RectificationRecheckDialog::updateState);
    connect(m_recurred, &QComboBox::currentIndexChanged, this, &RectificationRecheckDialog::updateState);
    return box;
}

void RectificationRecheckDialog::load()
{
    RectificationItem item = m_item;
    onFinished(
        this, jobs().workspace().read([item](Database &db) {
            Context out;
            CaseRepository cases(db);
            QDate since;
            for (qint64 id : item.caseIds()) {
                if (const auto record = cases.get(id)) {
                    out.names[id] = record->analysis.fields.caseNo ? record->analysis.fields.caseNo->value : record->fileName;
                    const auto d = record->analysis.fields.dates.find(QStringLiteral("decision"));
                    if (id == item.caseId && d != record->analysis.fields.dates.end())
                        since = d->second.value;
                }
            }
            out.attachments = RectificationService(db).attachments(item.id);
            std::erase_if(out.attachments, [](const RectificationAttachment &a) { return a.superseded.has_value(); });
            const std::vector<qint64> own = item.caseIds();
            for (const CaseSummary &c : cases.list()) {
                if (c.agency != item.agency || item.agency.isEmpty() || std::find(own.begin(), own.end(), c.id) != own.end())
                    continue;
                if (since.isValid() && c.decisionDate.isValid() && c.decisionDate <= since)
                    continue;
                out.newer.push_back(c);
            }
            return out;
        }),
        [this](const Context &context) { showContext(context); },
        [this](const Failure &f) {
            m_loaded = true;
            m_cases->clear();
            auto *row = new QListWidgetItem(tr("The cases could not be read."), m_cases);
            row->setFlags(Qt::NoItemFlags);
            errorLabel()->setText(FailureText::message(f));
            errorLabel()->show();
            updateState();
        });
}

void RectificationRecheckDialog::showContext(const Context &context)
{
    for (int i = 0; i < m_caseBox->count(); ++i) {
        const qint64 id = m_caseBox->itemData(i).toLongLong();
        if (const auto it = context.names.find(id); it != context.names.end())
            m_caseBox->setItemText(i, caseLabel(id, it->second, m_item.pagesIn(id)));
    }
    m_attachments = context.attachments;
    {
        const QSignalBlocker block(m_attachmentBox);
        for (const RectificationAttachment &a : m_attachments)
            m_attachmentBox->addItem(a.note.isEmpty() ? a.fileName : tr("%1 — %2").arg(a.fileName, a.note));
    }
    if (auto *none = m_evidenceStack->findChild<QLabel *>(QStringLiteral("noEvidence")))
        none->setText(tr("The agency has not sent a report or evidence yet. Attach it with “Change Status…”."));
    showAttachment(m_attachments.empty() ? -1 : 0);
    m_cases->clear();
    for (const CaseSummary &c : context.newer) {
        auto *row = new QListWidgetItem(tr("Case %1 %2 (decided %3)")
                                            .arg(c.id)
                                            .arg(c.caseNo.isEmpty() ? c.fileName : c.caseNo,
                                                 c.decisionDate.isValid() ? c.decisionDate.toString(Qt::ISODate) : tr("date unknown")),
                                        m_cases);
        row->setData(Qt::UserRole, c.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    if (m_cases->count() == 0) {
        auto *row = new QListWidgetItem(tr("No newer cases of this agency in the store."), m_cases);
        row->setFlags(Qt::NoItemFlags);
    }
    m_loaded = true;
    updateState();
}

int RectificationRecheckDialog::attachmentCount() const { return int(m_attachments.size()); }

void RectificationRecheckDialog::showAttachment(int index)
{
    const int generation = ++m_evidenceGeneration;
    if (index < 0 || index >= int(m_attachments.size())) {
        m_evidenceStack->setCurrentIndex(NoEvidence);
        return;
    }
    if (m_attachmentBox->currentIndex() != index) {
        const QSignalBlocker block(m_attachmentBox);
        m_attachmentBox->setCurrentIndex(index);
    }
    const RectificationAttachment a = m_attachments[size_t(index)];
    m_image->setText(tr("Reading the evidence…"));
    m_image->setPixmap({});
    m_evidenceStack->setCurrentIndex(ImageEvidence);
    onFinished(
        this, jobs().workspace().read([id = a.id](Database &db) { return RectificationService(db).attachmentData(id); }),
        [this, generation, a](const QByteArray &data) {
            if (generation == m_evidenceGeneration)
                showEvidence(a, data);
        },
        [this, generation](const Failure &f) {
            if (generation != m_evidenceGeneration)
                return;
            m_image->setText(f.kind == Failure::Kind::StoreDamaged ? tr("The attachment is damaged: its checksum no longer matches.")
                                                                   : FailureText::message(f));
            m_evidenceStack->setCurrentIndex(ImageEvidence);
        });
}

void RectificationRecheckDialog::showEvidence(const RectificationAttachment &a, const QByteArray &data)
{
    if (a.mimeType == QLatin1String("application/pdf")) {
        m_evidencePdf->setDocument(data, {});
        m_evidenceStack->setCurrentIndex(PdfEvidence);
        return;
    }
    QImage image = QImage::fromData(data);
    if (image.isNull()) {
        m_image->setText(tr("This image cannot be shown."));
    } else {
        const int width = qMin(image.width(), 560);
        m_image->setPixmap(QPixmap::fromImage(image.scaledToWidth(width, Qt::SmoothTransformation)));
    }
    m_evidenceStack->setCurrentIndex(ImageEvidence);
}

QList<qint64> RectificationRecheckDialog::candidateCases() const
{
    QList<qint64> out;
    for (int r = 0; r < m_cases->count(); ++r)
        if (m_cases->item(r)->data(Qt::UserRole).isValid())
            out << m_cases->item(r)->data(Qt::UserRole).toLongLong();
    return out;
}

void RectificationRecheckDialog::setResult(RecheckResult result) { (result == RecheckResult::Pass ? m_pass : m_fail)->setChecked(true); }
void RectificationRecheckDialog::setNote(const QString &note) { m_note->setPlainText(note); }

void RectificationRecheckDialog::linkCase(qint64 caseId, bool linked)
{
    for (int r = 0; r < m_cases->count(); ++r)
        if (m_cases->item(r)->data(Qt::UserRole).toLongLong() == caseId)
            m_cases->item(r)->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
}

void RectificationRecheckDialog::setRecurred(std::optional<bool> recurred)
{
    m_recurred->setCurrentIndex(!recurred ? 0 : *recurred ? 1 : 2);
}

void RectificationRecheckDialog::updateState()
{
    const bool chosen = m_pass->isChecked() || m_fail->isChecked();
    const RecheckResult result = m_pass->isChecked() ? RecheckResult::Pass : RecheckResult::Fail;
    const auto to = RectificationWorkflow::afterRecheck(m_item.status, result);
    QString hint;
    if (!RectificationWorkflow::afterRecheck(m_item.status, RecheckResult::Fail))
        hint = tr("Only a reported item, or a closed one in a later follow-up check, can be re-checked.");
    else if (!chosen)
        hint = tr("Choose whether the rectification passed.");
    else if (!m_loaded)
        hint = tr("Reading the item's evidence and the agency's newer cases…");
    else if (result == RecheckResult::Pass && m_item.status == RectificationStatus::Reported && m_attachments.empty())
        hint = tr("Closing needs the agency's report or evidence: attach it with “Change Status…” first.");
    else if (result == RecheckResult::Pass && m_recurred->currentIndex() == 1)
        hint = tr("A re-check that found the problem recurred cannot pass.");
    else if (m_note->toPlainText().trimmed().isEmpty())
        hint = tr("Write a re-check note.");
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && to && hint.isEmpty() && !isBusy());
}

bool RectificationRecheckDialog::canApply() const { return m_buttons->button(QDialogButtonBox::Ok)->isEnabled(); }

bool RectificationRecheckDialog::apply()
{
    if (!canApply())
        return false;
    RectificationService::RecheckRequest r;
    r.result = m_pass->isChecked() ? RecheckResult::Pass : RecheckResult::Fail;
    r.note = m_note->toPlainText().trimmed();
    for (int row = 0; row < m_cases->count(); ++row)
        if (m_cases->item(row)->checkState() == Qt::Checked)
            r.linkedCases.push_back(m_cases->item(row)->data(Qt::UserRole).toLongLong());
    if (m_recurred->currentIndex() > 0)
        r.recurred = m_recurred->currentIndex() == 1;
    r.actor = m_actor;
    return submit(jobs().write(m_item.caseIds(), [id = m_item.id, r](RectificationService &service) { return service.recheck(id, r); }));
}
