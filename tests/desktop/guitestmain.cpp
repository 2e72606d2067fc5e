// The test main of the widget and model tests: a QApplication on the offscreen platform
// (unless QT_QPA_PLATFORM says otherwise), a pinned locale and time zone, the English plural
// forms, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#include "translations.h"

using namespace Stethoscope;

#include <QApplication>
#include <QLocale>

#include <cstdlib>
#include <ctime>

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    // English carries the plural forms ("1 device", "2 devices").
    App::installTranslations(app, QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
