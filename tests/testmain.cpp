// The test main: a QCoreApplication (translations, resources, event loop for the few tests
// that need one), a pinned locale and time zone, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>
#include <ctime>

int main(int argc, char *argv[])
{
    // Pinned so that dates, numbers and "3 h ago" read the same on every machine.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
