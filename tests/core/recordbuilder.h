#pragma once

#include "devicerecord.h"

#include <QDateTime>

// Terse DeviceRecords for table-driven tests:
//   RecordBuilder(u"jamf", u"17").platform(Platform::Mac).serial(u"C02X").passing(u"firewall")
namespace Stethoscope::Core::Testing {

inline const QDateTime testNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

class RecordBuilder
{
public:
    RecordBuilder(QStringView source, QStringView recordId)
    {
        m_record.source = source.toString();
        m_record.recordId = recordId.toString();
        m_record.lastSync = testNow.addSecs(-3600);
    }

    RecordBuilder &platform(Platform platform) { return set(m_record.platform, platform); }
    RecordBuilder &name(QStringView name) { return set(m_record.name, name.toString()); }
    RecordBuilder &os(QStringView name, QStringView version)
    {
        m_record.osName = name.toString();
        m_record.osVersion = version.toString();
        return *this;
    }
    RecordBuilder &osVersion(QStringView version)
    {
        return set(m_record.osVersion, version.toString());
    }
    RecordBuilder &serial(QStringView serial)
    {
        return set(m_record.ids.serial, serial.toString());
    }
    RecordBuilder &udid(QStringView udid) { return set(m_record.ids.udid, udid.toString()); }
    RecordBuilder &imei(QStringView imei) { return set(m_record.ids.imei, imei.toString()); }
    RecordBuilder &googleId(QStringView id)
    {
        return set(m_record.ids.googleDeviceId, id.toString());
    }
    RecordBuilder &mac(QStringView mac)
    {
        m_record.ids.addMac(mac);
        return *this;
    }
    RecordBuilder &syncedHoursAgo(int hours)
    {
        return set(m_record.lastSync, testNow.addSecs(-3600 * hours));
    }
    RecordBuilder &neverSynced()
    {
        m_record.lastSync.reset();
        return *this;
    }
    RecordBuilder &observe(const QString &practice, Observation::State state,
                           QStringView details = {}, std::optional<int> hoursAgo = {})
    {
        Observation observation {state, details.toString(), {}};
        if (hoursAgo)
            observation.updatedAt = testNow.addSecs(-3600 * *hoursAgo);
        m_record.observations.insert(practice, observation);
        return *this;
    }
    RecordBuilder &passing(const QString &practice)
    {
        return observe(practice, Observation::State::Passing);
    }
    RecordBuilder &failing(const QString &practice)
    {
        return observe(practice, Observation::State::Failing);
    }
    RecordBuilder &software(QStringView name, QStringView bundleId, QStringView version)
    {
        if (!m_record.software)
            m_record.software.emplace();
        m_record.software->append({name.toString(), bundleId.toString(), version.toString()});
        return *this;
    }
    RecordBuilder &noSoftware()
    {
        m_record.software.emplace();
        return *this;
    }
    RecordBuilder &service(QStringView name)
    {
        if (!m_record.services)
            m_record.services.emplace();
        m_record.services->append(name.toString());
        return *this;
    }

    DeviceRecord build() const { return m_record; }
    operator DeviceRecord() const { return m_record; }

private:
    template<typename T, typename V> RecordBuilder &set(std::optional<T> &field, V value)
    {
        field = std::move(value);
        return *this;
    }

    DeviceRecord m_record;
};

} // namespace Stethoscope::Core::Testing
