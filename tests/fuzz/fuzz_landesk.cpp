// LANDESK / Ivanti EPM MBSDK answers (SOAP XML): the machine list, a query, the machine data
// and the vulnerabilities, and the device record built from them.
#include "fuzzsupport.h"

#include "landesk/landeskparser.h"

using namespace Stethoscope;
using namespace Stethoscope::Sources::Landesk;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml = Fuzz::bytes(data, size);
    const auto machines = parseMachineList(xml);
    (void)parseQueryMachines(xml, QStringLiteral("alice@example.com"), QStringLiteral("alice"));
    const auto values = parseMachineData(xml);
    const auto vulnerabilities = parseVulnerabilities(xml);

    Machine machine;
    if (machines && !machines->isEmpty())
        machine = machines->first();
    else
        machine.guid = QStringLiteral("{00000000-0000-0000-0000-000000000001}");
    ParseOptions options;
    options.timeZone = QTimeZone(3600);
    const std::optional<QList<Vulnerability>> found
        = vulnerabilities ? std::optional(*vulnerabilities) : std::nullopt;
    (void)buildRecord(machine, values ? *values : ColumnValues {}, found, options);
    return 0;
}
