// Google Admin SDK Directory answers: mobile devices and ChromeOS devices.
#include "fuzzsupport.h"

#include "google/googleparser.h"

#include <QDateTime>

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json = Fuzz::bytes(data, size);
    const QString email = QStringLiteral("alice@example.com");
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const auto mobile = Sources::Google::parseMobilePage(json, email, now);
    if (mobile && mobile->dropped < 0)
        Fuzz::broken("negative dropped count");
    const auto chrome = Sources::Google::parseChromeOsPage(json, email, now);
    if (chrome && chrome->dropped < 0)
        Fuzz::broken("negative dropped count");
    return 0;
}
