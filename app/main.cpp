#include "appsettings.h"
#include "backends.h"
#include "demosetup.h"
#include "evaluator.h"
#include "policy.h"
#include "practicecatalog.h"
#include "statusservice.h"
#include "textreport.h"
#include "translations.h"

#include "demo/demobackends.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <memory>

using namespace Stethoscope;

namespace {

// Exit codes of the headless report, relied on by scripts.
enum ExitCode
{
    Success = 0,
    ConfigError = 2,
    AllSourcesFailed = 3
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

Core::Result<Core::Policy> loadPolicy(const QString &path)
{
    if (path.isEmpty())
        return Core::Policy::builtin();
    QFile policyFile(path);
    if (!policyFile.open(QIODevice::ReadOnly)) {
        return Core::Error::config(
            Text::tr("Cannot read the policy file %1: %2").arg(path, policyFile.errorString()));
    }
    return Core::Policy::fromJson(policyFile.readAll());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Stethoscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stethoscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STETHOSCOPE_VERSION));
    App::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows whether your devices follow your company's security practices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          Text::tr("Refresh once and print the report."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("Report format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
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
    parser.addOptions(
        {reportOption, formatOption, demoOption, configOption, policyOption, userOption});
    // parse() rather than process(): a bad option is a configuration error (exit code 2).
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << parser.errorText() << Qt::endl;
        return ConfigError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        err() << Text::tr("--format must be text or json, not \"%1\".").arg(format) << Qt::endl;
        return ConfigError;
    }
    if (!parser.isSet(reportOption)) {
        err() << Text::tr("The tray application is not built yet; use --report.") << Qt::endl;
        return ConfigError;
    }

    // The composition root: the one network access manager, clock, settings and secrets.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    const Core::SystemClock clock;

    App::AppSettings settings;
    if (parser.isSet(configOption)) {
        auto loaded = App::AppSettings::fromIniFile(parser.value(configOption));
        if (!loaded) {
            err() << loaded.error().message << Qt::endl;
            return ConfigError;
        }
        settings = std::move(loaded).value();
    }

    std::unique_ptr<Sources::Demo::DemoBackends> demo;
    std::unique_ptr<App::DemoSecrets> demoSecrets;
    const App::EnvironmentSecrets environmentSecrets;
    const App::BackendSecrets *secrets = &environmentSecrets;
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<Sources::Demo::DemoBackends>();
        if (!demo->start()) {
            err() << Text::tr("The demo backends could not start on this computer.") << Qt::endl;
            return ConfigError;
        }
        App::useDemoBackends(settings, *demo);
        demoSecrets = std::make_unique<App::DemoSecrets>(*demo);
        secrets = demoSecrets.get();
    }
    if (parser.isSet(userOption))
        settings.setOverride(App::Keys::identityEmail, parser.value(userOption));
    if (parser.isSet(policyOption))
        settings.setOverride(App::Keys::policyFile, parser.value(policyOption));

    auto policy = loadPolicy(settings.policyFile());
    if (!policy) {
        err() << policy.error().message << Qt::endl;
        return ConfigError;
    }
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    policy->extendCatalog(catalog);
    const Core::Evaluator evaluator(catalog, *policy);

    auto backends = App::Backends::create(settings, *secrets, network, clock);
    if (!backends) {
        err() << backends.error().message << Qt::endl;
        return ConfigError;
    }
    if ((*backends)->sources().isEmpty()) {
        err() << Text::tr("No backend is configured. Give a configuration with --config, or run "
                          "with --demo to see the demo company.")
              << Qt::endl;
        return ConfigError;
    }

    Core::StatusService status(evaluator, clock);
    status.setSources((*backends)->sources(), (*backends)->disabled());
    status.setUser(settings.email());
    QObject::connect(
        &status, &Core::StatusService::refreshed, &app, [&](const Core::Snapshot &snapshot) {
            QTextStream out(stdout);
            if (format == u"json")
                out << QString::fromUtf8(snapshot.toJson());
            else
                out << App::renderTextReport(snapshot, catalog, clock.now());
            out.flush();
            const auto &results = status.lastResults();
            const bool anyAnswered
                = std::any_of(results.begin(), results.end(),
                              [](const auto &result) { return result.records.hasValue(); });
            (*backends)->release();
            QCoreApplication::exit(anyAnswered ? Success : AllSourcesFailed);
        });
    status.refresh();
    return QCoreApplication::exec();
}
