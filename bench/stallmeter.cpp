// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::beat);
}

void StallMeter::start()
{
    m_sched = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC); // opened in the GUI thread: its own
    readSched(&m_ranNs, &m_queuedNs);
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

bool StallMeter::readSched(double *ran, double *queued) const
{
    char buf[128];
    const ssize_t n = m_sched < 0 ? -1 : ::pread(m_sched, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return false;
    buf[n] = 0;
    char *end = nullptr;
    *ran = std::strtod(buf, &end);
    *queued = std::strtod(end, nullptr);
    return true;
}

void StallMeter::stop()
{
    beat();
    m_timer.stop();
    if (!m_phases.empty())
        m_phases.back().ended = m_clock.elapsed();
    if (m_sched >= 0)
        ::close(m_sched);
    m_sched = -1;
}

void StallMeter::setPhase(const QString &phase)
{
    beat(); // what ran up to here belongs to the phase before
    const qint64 now = m_clock.elapsed();
    if (!m_phases.empty())
        m_phases.back().ended = now;
    Phase p;
    p.name = phase;
    p.started = p.ended = now;
    m_phases.push_back(p);
}

void StallMeter::skipPhase(const QString &phase, const QString &why)
{
    setPhase(phase);
    m_phases.back().skipped = why;
}

void StallMeter::beat()
{
    if (!m_clock.isValid() || m_phases.empty())
        return;
    const qint64 now = m_clock.elapsed();
    double ran = m_ranNs, queued = m_queuedNs;
    readSched(&ran, &queued);
    const Gap g{now - m_last, (ran - m_ranNs) / 1e6, (queued - m_queuedNs) / 1e6, int(m_phases.size()) - 1, now};
    m_last = now;
    m_ranNs = ran;
    m_queuedNs = queued;
    Phase &p = m_phases.back();
    ++p.beats;
    if (g.ms > p.worst.ms)
        p.worst = g;
    if (g.ms > kGoalMs)
        ++p.overGoal;
    if (g.ms >= 16)
        m_gaps.push_back(g);
}

QString StallMeter::split(const Gap &g)
{
    if (g.ms < 16)
        return {};
    const double rest = std::max(0.0, double(g.ms) - g.ranMs - g.queuedMs);
    return QStringLiteral("ran %1, waited for a core %2, asleep/blocked %3 ms")
        .arg(g.ranMs, 0, 'f', 0)
        .arg(g.queuedMs, 0, 'f', 0)
        .arg(rest, 0, 'f', 0);
}

void StallMeter::print() const
{
    std::printf("\n%-42s %8s %10s %8s   %s\n", "phase", "time (s)", "worst gap", "> 50 ms", "worst gap was");
    for (const Phase &p : m_phases) {
        if (!p.skipped.isEmpty()) {
            std::printf("%-42s skipped: %s\n", qPrintable(p.name), qPrintable(p.skipped));
            continue;
        }
        std::printf("%-42s %8.1f %7lld ms %8d   %s\n", qPrintable(p.name), (p.ended - p.started) / 1000.0,
                    static_cast<long long>(p.worst.ms), p.overGoal, qPrintable(split(p.worst)));
    }
    std::vector<Gap> worst = m_gaps;
    std::sort(worst.begin(), worst.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    std::printf("\nworst five gaps (heartbeat clock started at CLOCK_MONOTONIC %.3f s, as perf record -k CLOCK_MONOTONIC stamps):\n",
                m_clock.msecsSinceReference() / 1000.0);
    for (size_t i = 0; i < std::min<size_t>(5, worst.size()); ++i)
        std::printf("  %5lld ms at %7.2f s in %s (%s)\n", static_cast<long long>(worst[i].ms), worst[i].at / 1000.0,
                    qPrintable(m_phases[size_t(worst[i].phase)].name), qPrintable(split(worst[i])));
    int over = 0, own = 0;
    for (const Gap &g : m_gaps) {
        over += g.ms > kGoalMs;
        own += g.ranMs > kGoalMs;
    }
    std::printf("\ngoal: no stall over %lld ms — %s: %d gap(s) over it, worst %lld ms; in %d of them the GUI thread itself "
                "ran over %lld ms\n",
                static_cast<long long>(kGoalMs), over == 0 ? "met" : "NOT met", over,
                static_cast<long long>(worst.empty() ? 0 : worst.front().ms), own, static_cast<long long>(kGoalMs));
}
