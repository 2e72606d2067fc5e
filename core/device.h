#pragma once

#include "devicerecord.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>

namespace Stethoscope::Core {

// Another source's different verdict on a practice whose merged verdict came from elsewhere:
// a backend's last report against this device's live reading ("Jamf last reported FileVault
// off 3 days ago; this Mac reports it on now").
struct PracticeDisagreement
{
    PracticeStatus status = PracticeStatus::Unknown; // ok, nudge or warn: never unknown
    QString source;
    std::optional<QDateTime> lastUpdated;
    QString details;

    friend bool operator==(const PracticeDisagreement &, const PracticeDisagreement &) = default;
};

// The verdict on one practice, with its provenance.
struct PracticeResult
{
    PracticeStatus status = PracticeStatus::Unknown;
    QString source; // which backend said so
    std::optional<QDateTime> lastUpdated; // when that backend measured it
    QString details; // why this verdict, for the employee
    // Set by the merge: the freshest other source whose known verdict differs.
    std::optional<PracticeDisagreement> disagreement;

    friend bool operator==(const PracticeResult &, const PracticeResult &) = default;
};

// The verdicts on a record's or device's practices, by practice key. A small sorted array
// rather than a QMap: a refresh holds one of these per record and per device, and one
// allocation each keeps merging 100 000 records fast.
class PracticeResults
{
public:
    using Entry = std::pair<QString, PracticeResult>;

    template<typename Iterator> class IteratorBase
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using difference_type = qsizetype;
        using value_type = PracticeResult;
        using reference = decltype((std::declval<Iterator>()->second));
        using pointer = std::remove_reference_t<reference> *;

        IteratorBase() = default;
        explicit IteratorBase(Iterator it)
            : m_it(it)
        { }
        const QString &key() const { return m_it->first; }
        reference value() const { return m_it->second; }
        reference operator*() const { return m_it->second; }
        pointer operator->() const { return &m_it->second; }
        IteratorBase &operator++()
        {
            ++m_it;
            return *this;
        }
        IteratorBase operator++(int)
        {
            auto copy = *this;
            ++m_it;
            return copy;
        }
        friend bool operator==(const IteratorBase &, const IteratorBase &) = default;

    private:
        Iterator m_it {};
    };
    using iterator = IteratorBase<QList<Entry>::iterator>;
    using const_iterator = IteratorBase<QList<Entry>::const_iterator>;

    PracticeResults() = default;
    PracticeResults(std::initializer_list<Entry> entries);

    // Replaces an existing verdict on the same practice.
    void insert(const QString &key, PracticeResult result);
    void reserve(qsizetype size) { m_entries.reserve(size); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(QStringView key) const { return constFind(key) != constEnd(); }
    // The verdict on `key`, or an unknown one without details.
    PracticeResult value(QStringView key) const;
    QStringList keys() const;

    iterator find(QStringView key);
    const_iterator find(QStringView key) const { return constFind(key); }
    const_iterator constFind(QStringView key) const;

    iterator begin() { return iterator(m_entries.begin()); }
    iterator end() { return iterator(m_entries.end()); }
    const_iterator begin() const { return const_iterator(m_entries.cbegin()); }
    const_iterator end() const { return const_iterator(m_entries.cend()); }
    const_iterator constBegin() const { return begin(); }
    const_iterator constEnd() const { return end(); }

    friend bool operator==(const PracticeResults &, const PracticeResults &) = default;

private:
    QList<Entry> m_entries; // sorted by key
};

// One record with its verdicts, before merging.
struct EvaluatedRecord
{
    DeviceRecord record;
    PracticeResults practices;
};

// One physical device: every record that describes it, merged.
struct Device
{
    QString id; // stable across refreshes while the device keeps its strongest identifier
    std::optional<QString> name;
    std::optional<QString> model;
    std::optional<QString> manufacturer;
    std::optional<Platform> platform;
    std::optional<QString> osName;
    std::optional<QString> osVersion;
    std::optional<QString> osBuild;
    DeviceIdentifiers ids;
    QStringList sources; // sorted
    std::optional<QDateTime> lastSync;
    bool stale = false;
    // The live record of the computer running the app joined the backends' records by its
    // host name alone: it shares no serial, UDID or hardware MAC with them.
    bool joinedByName = false;
    Rating rating = Rating::Unknown;
    PracticeResults practices;

    friend bool operator==(const Device &, const Device &) = default;
};

// critical (any warn) > warning (any nudge) > ok (any ok) > unknown (nothing known).
Rating rateDevice(const PracticeResults &practices);

} // namespace Stethoscope::Core
