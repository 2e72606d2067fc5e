#include "appsettings.h"
#include "commands.h"
#include "demosetup.h"
#include "keychainstore.h"
#include "translations.h"

#include "benchmarkmarks.h"
#include "desktopapp.h"

#include "demo/demobackends.h"
#include "local/localprobes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <memory>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <cstdio>
#include <shobjidl.h>
#include <windows.h>
#endif

using namespace Stethoscope;
using App::ExitCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The command-line actions run without a display; only the tray app needs a GUI application.
bool isHeadless(int argc, char *argv[])
{
    static const QByteArrayList headless {
        "--report", "--diagnostics", "--sign-in", "--sign-out", "--set-secret", "--help",
        "-h",       "--help-all",    "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        for (const QByteArray &option : headless) {
            if (argument == option || argument.startsWith(option + '='))
                return true;
        }
    }
    return false;
}

#if defined(Q_OS_WIN) && !defined(STETHOSCOPE_CONSOLE_TWIN)
// stethoscope.exe is a Windows GUI program, so no console window flashes up at login. Run
// directly with a command-line action (its console twin stethoscope.com is the one a prompt
// finds first), it writes into the console it was started from; output redirected to a file or
// pipe keeps going there.
void attachToParentConsole()
{
    const auto redirected
        = [](DWORD handle) { return GetFileType(GetStdHandle(handle)) != FILE_TYPE_UNKNOWN; };
    const bool out = redirected(STD_OUTPUT_HANDLE);
    const bool error = redirected(STD_ERROR_HANDLE);
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!out)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!error)
        freopen_s(&stream, "CONOUT$", "w", stderr);
}
#endif

// The demo's what-ifs, for trying the app and for the end-to-end test: every demo backend
// slow, or unreachable.
void applyDemoScenario(Sources::Demo::DemoBackends &demo, int latencyMs, bool offline)
{
    for (Sources::Demo::DemoHttpServer *server :
         {&demo.jamfServer(), &demo.googleServer(), &demo.landeskServer()}) {
        if (latencyMs > 0)
            server->addFault(
                {.kind = Sources::Demo::DemoFault::Kind::Latency, .milliseconds = latencyMs});
        if (offline)
            server->addFault({.kind = Sources::Demo::DemoFault::Kind::Status, .status = 503});
    }
}

} // namespace

#if defined(STETHOSCOPE_CONSOLE_TWIN)
// stethoscope.com without a command-line action: the tray app is stethoscope.exe next to it,
// started on its own so that the prompt returns at once.
int handOverToTrayApp(int argc, char *argv[])
{
    const QCoreApplication twin(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/stethoscope.exe");
    if (!QProcess::startDetached(program, arguments)) {
        QTextStream(stderr) << "Stethoscope could not start " << QDir::toNativeSeparators(program)
                            << Qt::endl;
        return 1;
    }
    return 0;
}
#endif

int main(int argc, char *argv[])
{
#if defined(STETHOSCOPE_CONSOLE_TWIN)
    if (!isHeadless(argc, argv))
        return handOverToTrayApp(argc, argv);
#endif
    std::unique_ptr<QCoreApplication> application;
    Desktop::BenchmarkMarks *marks = nullptr; // owned by the application
    if (isHeadless(argc, argv)) {
#if defined(Q_OS_WIN) && !defined(STETHOSCOPE_CONSOLE_TWIN)
        attachToParentConsole();
#endif
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
#if defined(Q_OS_WIN)
        // The identity Windows ties notifications to: the AppUserModelID the installer's
        // Start-menu shortcut carries (packaging/windows/stethoscope-setup.wxs).
        SetCurrentProcessExplicitAppUserModelID(L"Stethoscope.Desktop");
#endif
        application = std::make_unique<QApplication>(argc, argv);
        QApplication::setQuitOnLastWindowClosed(false);
        // The installed desktop entry: window managers and notification servers match by it.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.stethoscope.Stethoscope"));
        marks = Desktop::BenchmarkMarks::createIfRequested(application.get());
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Stethoscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stethoscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STETHOSCOPE_VERSION));
    // --lang also sets the locale that dates, times and lists follow.
    const std::optional<QLocale> language = App::languageFromArguments(app.arguments());
    const QString loadedLanguage = App::installTranslations(app, language.value_or(QLocale()));
    const bool languageFound
        = language && QLocale(loadedLanguage).language() == language->language();
    if (languageFound)
        QLocale::setDefault(*language);
    else if (language)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows whether your devices follow your company's security practices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          Text::tr("Refresh once and print the report."));
    const QCommandLineOption diagnosticsOption(
        QStringLiteral("diagnostics"),
        Text::tr("Print versions, the effective settings and where each came from, the keychain's "
                 "state and whether each backend can be reached (for a helpdesk ticket)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("Report format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        Text::tr("Sign in in the browser and print the signed-in e-mail address."));
    const QCommandLineOption signOutOption(QStringLiteral("sign-out"),
                                           Text::tr("Sign out and forget the stored sign-in."));
    const QCommandLineOption setSecretOption(
        QStringLiteral("set-secret"),
        Text::tr("Read a backend secret (jamf, google or landesk) from standard input into the "
                 "keychain."),
        QStringLiteral("name"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Text::tr("Use the built-in demo company instead of your organization's backends."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          Text::tr("Read the settings from this INI file."),
                                          QStringLiteral("file"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), Text::tr("Grade devices against this policy file (JSON)."),
        QStringLiteral("file"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        Text::tr("The employee whose devices to show (e-mail)."),
                                        QStringLiteral("email"));
    const QCommandLineOption demoLatencyOption(
        QStringLiteral("demo-latency"),
        Text::tr("With --demo: every demo backend answers this many milliseconds late."),
        QStringLiteral("ms"));
    const QCommandLineOption demoOfflineOption(
        QStringLiteral("demo-offline"),
        Text::tr("With --demo: every demo backend is unreachable."));
    const QCommandLineOption alertsOption(
        QStringLiteral("alerts"),
        Text::tr("Open the alerts inbox (of the running Stethoscope, or at start)."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        Text::tr("Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the "
                 "system's."),
        QStringLiteral("language"));
    parser.addOptions({reportOption, formatOption, signInOption, signOutOption, setSecretOption,
                       demoOption, demoLatencyOption, demoOfflineOption, configOption, policyOption,
                       userOption, alertsOption, diagnosticsOption, languageOption});
    // parse() rather than process(): a bad option is a configuration error (exit code 2).
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << parser.errorText() << Qt::endl;
        return ExitCode::ConfigError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitCode::Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (language && !languageFound) {
        err() << Text::tr("There is no translation for \"%1\"; showing English.")
                     .arg(parser.value(languageOption))
              << Qt::endl;
    }

    const int actions = int(parser.isSet(reportOption)) + int(parser.isSet(signInOption))
        + int(parser.isSet(signOutOption)) + int(parser.isSet(setSecretOption))
        + int(parser.isSet(diagnosticsOption));
    if (actions > 1) {
        err() << Text::tr("Give only one of --report, --diagnostics, --sign-in, --sign-out and "
                          "--set-secret.")
              << Qt::endl;
        return ExitCode::ConfigError;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        err() << Text::tr("--format must be text or json, not \"%1\".").arg(format) << Qt::endl;
        return ExitCode::ConfigError;
    }

    // The composition root: the one network access manager, clock, settings and keychain.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    const Core::SystemClock clock;

    App::AppSettings settings;
    if (parser.isSet(configOption)) {
        auto loaded = App::AppSettings::fromIniFile(parser.value(configOption));
        if (!loaded) {
            err() << loaded.error().message << Qt::endl;
            return ExitCode::ConfigError;
        }
        settings = std::move(loaded).value();
    }
    // IT's settings win over the user's (the command line applies to this run only).
    settings.loadPlatformManaged();
    for (const QString &problem : settings.managedProblems())
        err() << Text::tr("Managed settings (%1): %2").arg(settings.managedOrigin(), problem)
              << Qt::endl;

    const bool demoMode = parser.isSet(demoOption);
    std::unique_ptr<Sources::Demo::DemoBackends> demo;
    std::unique_ptr<App::DemoSecrets> demoSecrets;
    if (demoMode) {
        // This computer joins the demo company only when [local] enabled is set on
        // explicitly (see demosetup.cpp); then the demo's Jamf or LANDESK knows it too, as of
        // its last inventory, so that its live record has a backend record to merge with.
        Sources::SampleFleet fleet = Sources::SampleFleet::builtin();
        const auto local = settings.flag(App::Keys::localEnabled);
        if (settings.isSet(App::Keys::localEnabled) && local && *local) {
            const QString owner = parser.isSet(userOption) ? parser.value(userOption)
                : settings.email().isEmpty()               ? QStringLiteral("alice@example.com")
                                                           : settings.email();
            fleet.addThisComputer(Sources::Local::probeIdentity(), owner);
        }
        demo = std::make_unique<Sources::Demo::DemoBackends>(std::move(fleet));
        if (!demo->start()) {
            err() << Text::tr("The demo backends could not start on this computer.") << Qt::endl;
            return ExitCode::ConfigError;
        }
        bool latencyOk = true;
        const int latency = parser.isSet(demoLatencyOption)
            ? parser.value(demoLatencyOption).toInt(&latencyOk)
            : 0;
        if (!latencyOk || latency < 0) {
            err() << Text::tr("--demo-latency takes milliseconds, not \"%1\".")
                         .arg(parser.value(demoLatencyOption))
                  << Qt::endl;
            return ExitCode::ConfigError;
        }
        applyDemoScenario(*demo, latency, parser.isSet(demoOfflineOption));
        App::useDemoBackends(settings, *demo);
        if (parser.isSet(signInOption) || parser.isSet(signOutOption))
            settings.setOverride(App::Keys::authMode, QStringLiteral("oidc"));
        demoSecrets = std::make_unique<App::DemoSecrets>(*demo);
    }
    if (parser.isSet(userOption))
        settings.setOverride(App::Keys::identityEmail, parser.value(userOption));
    if (parser.isSet(policyOption))
        settings.setOverride(App::Keys::policyFile, parser.value(policyOption));

    // The demo keeps its secrets apart from the real ones.
    App::KeychainStore keychain(demoMode ? QStringLiteral("Stethoscope Demo")
                                         : QStringLiteral("Stethoscope"));
    const App::CommandContext context {settings, network, clock, keychain, demoSecrets.get()};

    if (actions == 0) {
        // The tray application.
        Desktop::DesktopApp desktop(context,
                                    {demoMode ? QStringLiteral("demo") : QStringLiteral("main"),
                                     demoMode ? QStringLiteral("demo-") : QString(),
                                     parser.isSet(alertsOption), marks});
        if (const auto exitCode = desktop.start())
            return *exitCode;
        return QCoreApplication::exec();
    }

    App::Command command(context);
    // Started from inside the event loop, so that a command that ends at once still exits.
    QTimer::singleShot(0, &command, [&] {
        if (parser.isSet(reportOption))
            command.report(format);
        else if (parser.isSet(diagnosticsOption))
            command.diagnostics();
        else if (parser.isSet(signInOption))
            command.signIn();
        else if (parser.isSet(signOutOption))
            command.signOut();
        else
            command.setSecret(parser.value(setSecretOption));
    });
    return QCoreApplication::exec();
}
