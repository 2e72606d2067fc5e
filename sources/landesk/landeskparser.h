#pragma once

#include "devicerecord.h"
#include "error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace Stethoscope::Sources::Landesk {

// The inventory columns asked of GetMachineData, as LANDESK column definitions
// ("Computer"."System"."Manufacturer"). Sites that extend their inventory schema rename them;
// the defaults are the names of a stock install. Matching the answer is lenient about quotes,
// spaces and case, since servers echo the definitions back in slightly different spellings.
struct ColumnNames
{
    QString deviceName;
    QString osName;
    QString osVersion; // "10.0"
    QString osBuild; // "26100" or "26100.2314"
    QString osUpdateRevision; // "2314" (UBR), when the build column lacks it
    QString serial;
    QString model;
    QString manufacturer;
    QString macAddress;
    QString lastInventory; // naive local time of the core server
    QString bitlockerStatus; // one value per drive, system drive first
    QString bitlockerPercent;
    QString firewallProfile; // one value per profile/adapter, paired by order with…
    QString firewallEnabled; // …these

    static ColumnNames defaults();
    QList<QString> all() const;
};

// Vulnerability ids that stand for settings rather than missing patches.
struct VulnerabilityIds
{
    QString screenLock = QStringLiteral("ST000202");
    QString autoUpdate = QStringLiteral("ST000003v2");
};

struct ParseOptions
{
    ColumnNames columns = ColumnNames::defaults();
    VulnerabilityIds vulnerabilities;
    QTimeZone timeZone = QTimeZone::utc(); // of the naive dates the core server writes
};

// One machine of ListMachines or of a RunQuery row.
struct Machine
{
    QString guid;
    std::optional<QString> name;
    std::optional<QString> mac;
    std::optional<QString> osName;
};

// One row of GetMachineVulnerabilities.
struct Vulnerability
{
    QString id;
    QString title;
    QString severity; // "Critical", "High" … (numeric codes are translated)
    QString type; // "Vulnerability", "Spyware", "Custom Definition" …
    std::optional<bool> detected; // missing: listed for the machine, so taken as detected
};

using ColumnValues = QList<std::pair<QString, QString>>; // column definition → value, in order

// Pure parsers: bytes of one MBSDK answer → values. Both the HTTP-GET binding (the result
// element at the root) and SOAP 1.1 (an Envelope around the …Response) are read; a SOAP fault
// is a Backend error with the fault's text. An element that appears once or many times is a
// list either way. Never crash or hang on any input (they are fuzzed).
Core::Result<QList<Machine>> parseMachineList(QByteArrayView xml);
// A RunQuery DataSet; only rows with a cell equal to `email` or `username` (any column, case
// insensitive, "DOMAIN\username" too) are the employee's.
Core::Result<QList<Machine>> parseQueryMachines(QByteArrayView xml, const QString &email,
                                                const QString &username);
Core::Result<ColumnValues> parseMachineData(QByteArrayView xml);
Core::Result<QList<Vulnerability>> parseVulnerabilities(QByteArrayView xml);

// The ColumnDefXML parameter of GetMachineData for `columns`.
QString columnDefinitionXml(const ColumnNames &columns);

// Everything LANDESK says about one machine → a record (source "landesk", Windows).
Core::DeviceRecord buildRecord(const Machine &machine, const ColumnValues &data,
                               const std::optional<QList<Vulnerability>> &vulnerabilities,
                               const ParseOptions &options);

// A naive "2024-11-05 09:12:33", "2024-11-05T09:12:33.12" or "11/5/2024 9:12:33 AM" in
// `zone` (an explicit Z or offset wins); none for anything else.
std::optional<QDateTime> parseNaiveTime(const QString &text, const QTimeZone &zone);

} // namespace Stethoscope::Sources::Landesk
