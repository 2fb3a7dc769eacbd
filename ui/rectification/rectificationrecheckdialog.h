// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 复查 / 回头看: the original case at the problem's page on the left (any of the item's cases
// when it groups several), the agency's report or
// evidence on the right (a PDF in a second viewer, an image scaled to fit), and the re-check
// itself below: pass or fail, a note, newer cases of the same agency looked at and whether the
// problem recurred in them. Applied through the service. Everything it shows is read on the
// Workspace's pool (the case names, the evidence, the newer cases, the PDFs), the re-check
// written on its writer.
#include "domain/rectificationitem.h"
#include "rectificationwritedialog.h"

class DocumentViewer;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

class RectificationRecheckDialog : public RectificationWriteDialog {
    Q_OBJECT
public:
    RectificationRecheckDialog(casereview::Workspace &workspace, const casereview::RectificationItem &item, const QString &actor,
                               QWidget *parent = nullptr);

    DocumentViewer *originalViewer() const { return m_original; }
    // The item's cases with their evidence pages, first case first; hidden with only one.
    QComboBox *caseChooser() const { return m_caseBox; }
    void showCase(int index);  // an index of caseChooser()
    qint64 shownCase() const { return m_shownCase; }
    // The case names, the current evidence and the newer cases have been read.
    bool isLoaded() const { return m_loaded; }
    DocumentViewer *evidenceViewer() const { return m_evidencePdf; }
    QLabel *evidenceImage() const { return m_image; }
    int attachmentCount() const;
    void showAttachment(int index);
    // Newer cases of the item's agency offered for linking (id order).
    QList<qint64> candidateCases() const;
    void setResult(casereview::RecheckResult result);
    void setNote(const QString &note);
    void linkCase(qint64 caseId, bool linked = true);
    void setRecurred(std::optional<bool> recurred);
    bool canApply() const;
    bool apply() override;

private:
    struct Context;
    QWidget *buildOriginal();
    QWidget *buildEvidence();
    QWidget *buildForm();
    void load();
    void showContext(const Context &context);
    void showEvidence(const casereview::RectificationAttachment &attachment, const QByteArray &data);
    void updateState();

    casereview::RectificationItem m_item;
    QString m_actor;
    qint64 m_shownCase = 0;
    int m_loadGeneration = 0;
    int m_evidenceGeneration = 0;
    bool m_loaded = false;
    QComboBox *m_caseBox = nullptr;
    QLabel *m_originalLabel = nullptr;
    std::vector<casereview::RectificationAttachment> m_attachments;
    DocumentViewer *m_original = nullptr;
    DocumentViewer *m_evidencePdf = nullptr;
    QLabel *m_image = nullptr;
    QStackedWidget *m_evidenceStack = nullptr;
    QComboBox *m_attachmentBox = nullptr;
    QRadioButton *m_pass = nullptr;
    QRadioButton *m_fail = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_cases = nullptr;
    QComboBox *m_recurred = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
