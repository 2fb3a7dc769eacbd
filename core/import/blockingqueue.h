// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hands results from worker threads to the one thread that writes them to the store.
// Bounded, so that fast readers cannot pile up memory ahead of the writer.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace casereview {

template <typename T> class BlockingQueue {
public:
    explicit BlockingQueue(std::size_t capacity) : m_capacity(capacity) {}

    void push(T value)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(value));
        m_notEmpty.notify_one();
    }

    T pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty(); });
        T value = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return value;
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<T> m_items;
};

} // namespace casereview
