// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistprompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

using namespace casereview;

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("ChecklistPanel", text, nullptr, n); }
} // namespace

bool ChecklistPrompts::confirmIncomplete(QWidget *parent, const ScoreCard &card, bool sign)
{
    if (card.complete())
        return true;
    const int open = int(card.unanswered.size());
    const QString text = (sign ? tr("%n item(s) are not answered yet. Sign the review anyway?", open)
                               : tr("%n item(s) are not answered yet. Submit the review anyway?", open)) +
                         QStringLiteral("\n\n") +
                         tr("Unanswered items count as full marks, so the score is only provisional. "
                            "The review record notes how many items were left open.");
    return QMessageBox::question(parent, sign ? tr("Sign incomplete review") : tr("Submit incomplete review"), text,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QString ChecklistPrompts::reopenReason(QWidget *parent)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(parent, tr("Reopen review"), tr("Why is the review reopened?"), QLineEdit::Normal, {}, &ok);
    return ok ? reason.trimmed() : QString();
}
