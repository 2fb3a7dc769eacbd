// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistprompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace casereview;

namespace {
// The context lupdate gives these functions' strings (and the .ts files hold them under).
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("ChecklistPrompts", text, nullptr, n); }
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

bool ChecklistPrompts::confirmSign(QWidget *parent, const QString &reviewer, const QString &unit)
{
    const QString who = unit.isEmpty() ? reviewer : tr("%1 (%2)").arg(reviewer, unit);
    QMessageBox box(QMessageBox::Question, tr("Sign Review"), tr("Sign this case's review as %1?").arg(who),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(tr("Signing locks every verdict, deduction, note and evidence link of the review, and the printed "
                              "review sheet shows it as signed by %1. To change it afterwards the review must be reopened "
                              "with a reason, which the audit log records.")
                               .arg(reviewer));
    box.button(QMessageBox::Yes)->setText(tr("Sign as %1").arg(reviewer));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString ChecklistPrompts::reopenReason(QWidget *parent)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(parent, tr("Reopen review"), tr("Why is the review reopened?"), QLineEdit::Normal, {}, &ok);
    return ok ? reason.trimmed() : QString();
}
