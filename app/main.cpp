#include "evaluator.h"
#include "policy.h"
#include "practicecatalog.h"
#include "snapshotbuilder.h"
#include "textreport.h"
#include "translations.h"

#include "demo/samplefleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Stethoscope;

namespace {

// Exit codes of the headless report, relied on by scripts.
enum ExitCode
{
    Success = 0,
    ConfigError = 2,
    AllSourcesFailed = 3
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

Core::Result<Core::Policy> loadPolicy(const QString &path, bool demo)
{
    const QString file = !path.isEmpty() ? path
        : demo                           ? QStringLiteral(":/stethoscope/demo/policy.json")
                                         : QString();
    if (file.isEmpty())
        return Core::Policy::builtin();
    QFile policyFile(file);
    if (!policyFile.open(QIODevice::ReadOnly)) {
        return Core::Error::config(QCoreApplication::translate("main",
                                                               "Cannot read the policy "
                                                               "file %1: %2")
                                       .arg(file, policyFile.errorString()));
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
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shows whether your devices follow your company's security practices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "Refresh once and print the report."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("main", "Report format: text or json."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Use the built-in demo company instead of your "
                                    "organization's backends."));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        QCoreApplication::translate("main", "Grade devices against this policy file (JSON)."),
        QStringLiteral("file"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "The employee whose devices to show (e-mail)."),
        QStringLiteral("email"));
    parser.addOptions({reportOption, formatOption, demoOption, policyOption, userOption});
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
        err() << QCoreApplication::translate("main", "--format must be text or json, not \"%1\".")
                     .arg(format)
              << Qt::endl;
        return ConfigError;
    }
    const bool demo = parser.isSet(demoOption);
    if (!demo) {
        err() << QCoreApplication::translate(
            "main", "No backend is configured. Run with --demo to see the demo company.")
              << Qt::endl;
        return ConfigError;
    }

    auto policy = loadPolicy(parser.value(policyOption), demo);
    if (!policy) {
        err() << policy.error().message << Qt::endl;
        return ConfigError;
    }
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    policy->extendCatalog(catalog);
    const Core::Evaluator evaluator(catalog, *policy);

    const QString user
        = parser.isSet(userOption) ? parser.value(userOption) : QStringLiteral("alice@example.com");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto results = Sources::SampleFleet::builtin().resultsFor(user, now);
    const Core::Snapshot snapshot = Core::buildSnapshot(results, evaluator, {user, now, {}});

    QTextStream out(stdout);
    if (format == u"json")
        out << QString::fromUtf8(snapshot.toJson());
    else
        out << App::renderTextReport(snapshot, catalog, now);
    out.flush();

    const bool anyAnswered = std::any_of(results.begin(), results.end(), [](const auto &result) {
        return result.records.hasValue();
    });
    return anyAnswered ? Success : AllSourcesFailed;
}
