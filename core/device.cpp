#include "device.h"

#include <algorithm>

namespace Stethoscope::Core {

namespace {

bool keyLess(const PracticeResults::Entry &entry, QStringView key)
{
    return QStringView(entry.first) < key;
}

} // namespace

PracticeResults::PracticeResults(std::initializer_list<Entry> entries)
{
    for (const Entry &entry : entries)
        insert(entry.first, entry.second);
}

void PracticeResults::insert(const QString &key, PracticeResult result)
{
    // Verdicts usually arrive in key order, so appending is the common case.
    if (m_entries.isEmpty() || m_entries.constLast().first < key) {
        m_entries.emplaceBack(key, std::move(result));
        return;
    }
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), QStringView(key), keyLess);
    if (it != m_entries.end() && it->first == key)
        it->second = std::move(result);
    else
        m_entries.insert(it, Entry {key, std::move(result)});
}

PracticeResult PracticeResults::value(QStringView key) const
{
    const auto it = constFind(key);
    return it != constEnd() ? *it : PracticeResult {};
}

QStringList PracticeResults::keys() const
{
    QStringList keys;
    keys.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        keys.append(entry.first);
    return keys;
}

PracticeResults::iterator PracticeResults::find(QStringView key)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key, keyLess);
    return iterator(it != m_entries.end() && it->first == key ? it : m_entries.end());
}

PracticeResults::const_iterator PracticeResults::constFind(QStringView key) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), key, keyLess);
    return const_iterator(it != m_entries.cend() && it->first == key ? it : m_entries.cend());
}

Rating rateDevice(const PracticeResults &practices)
{
    bool anyOk = false;
    bool anyNudge = false;
    for (const PracticeResult &result : practices) {
        switch (result.status) {
        case PracticeStatus::Warn:
            return Rating::Critical;
        case PracticeStatus::Nudge:
            anyNudge = true;
            break;
        case PracticeStatus::Ok:
            anyOk = true;
            break;
        case PracticeStatus::Unknown:
        case PracticeStatus::NotApplicable:
            break;
        }
    }
    if (anyNudge)
        return Rating::Warning;
    return anyOk ? Rating::Ok : Rating::Unknown;
}

} // namespace Stethoscope::Core
