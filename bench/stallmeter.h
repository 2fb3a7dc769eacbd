// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Measures how long the GUI thread's event loop goes without turning: a 1 ms precise timer in
// the GUI thread beats, and every gap between two beats is recorded under the phase that was
// running when the loop came back. Nested loops (modal dialogs, the print preview's exec) turn
// it too, so only work that holds the thread shows as a gap. Each gap is split, from the
// kernel's account of the thread (/proc/thread-self/schedstat, Linux), into time the GUI thread
// ran (its own work), time it waited for a core (the machine busy) and the rest (asleep or
// blocked: a synchronous wait). Used by bench_ui_stall.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <vector>

class StallMeter : public QObject {
public:
    static constexpr qint64 kGoalMs = 50;

    explicit StallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    // The label the following gaps are recorded under (a phase's start ends the previous one).
    void setPhase(const QString &phase);
    // A phase that was not run, with why; printed in its place.
    void skipPhase(const QString &phase, const QString &why);
    // Per phase the worst gap, the gaps over the goal and the time it took; overall the worst five.
    void print() const;

private:
    struct Gap {
        qint64 ms;
        double ranMs; // the GUI thread on a core
        double queuedMs; // runnable, waiting for a core
        int phase;
        qint64 at; // ms since start, when the loop came back
    };
    struct Phase {
        QString name;
        QString skipped;
        qint64 started = 0;
        qint64 ended = 0;
        Gap worst{0, 0, 0, 0, 0};
        int overGoal = 0;
        qint64 beats = 0;
    };
    void beat();
    static QString split(const Gap &g);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    int m_sched = -1; // /proc/thread-self/schedstat of the GUI thread
    double m_ranNs = 0, m_queuedNs = 0;
    bool readSched(double *ran, double *queued) const;
    std::vector<Phase> m_phases;
    std::vector<Gap> m_gaps; // every gap of 16 ms or more
};
