// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one undo command: swaps a value through a setter both ways (à la Tiled's ChangeValue).
// Consecutive commands with the same merge id and key collapse into one (typing a note).
#include <QUndoCommand>
#include <functional>

enum class MergeId { None = -1, AnswerNote = 1, AnswerDeduction = 2 };

template<typename Value>
class ChangeValue : public QUndoCommand {
public:
    using Setter = std::function<void(const Value &)>;

    ChangeValue(const QString &text, Setter setter, Value before, Value after, MergeId merge = MergeId::None,
                QString key = {})
        : QUndoCommand(text), m_setter(std::move(setter)), m_before(std::move(before)), m_after(std::move(after)),
          m_merge(merge), m_key(std::move(key))
    {
    }

    void redo() override { m_setter(m_after); }
    void undo() override { m_setter(m_before); }
    int id() const override { return int(m_merge); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || o->m_key != m_key || m_merge == MergeId::None)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    Setter m_setter;
    Value m_before;
    Value m_after;
    MergeId m_merge;
    QString m_key;
};
