// The translations as a translator hands them in: every message of every language finished,
// placeholders and product names kept, the right number of plural forms; and the binary
// speaking each language when asked with --lang.
#include "catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its plural forms
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {},
                               xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList languages()
{
    return QStringLiteral(STETHOSCOPE_LANGUAGES).split(u',');
}

QString tsPath(const QString &language)
{
    return QStringLiteral(STETHOSCOPE_SOURCE_DIR "/translations/stethoscope_%1.ts").arg(language);
}

// How many plural forms Qt's rules give each language.
qsizetype pluralForms(const QString &language)
{
    return language == u"ja" ? 1 : 2;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QString where(const Message &message)
{
    return message.context + QStringLiteral(" / \"") + message.source.left(60) + u'"';
}

} // namespace

TEST_CASE("Every translation file is listed, parses and has the messages of the code", "[i18n]")
{
    const QStringList tsFiles = QDir(QStringLiteral(STETHOSCOPE_SOURCE_DIR "/translations"))
                                    .entryList({QStringLiteral("*.ts")}, QDir::Files);
    QStringList listed;
    for (const QString &language : languages())
        listed.append(QStringLiteral("stethoscope_%1.ts").arg(language));
    listed.sort();
    CHECK(tsFiles == listed);

    const TsFile german = readTsFile(tsPath(QStringLiteral("de")));
    REQUIRE(german.error.isEmpty());
    for (const QString &language : languages()) {
        const TsFile ts = readTsFile(tsPath(language));
        INFO(language.toStdString());
        REQUIRE(ts.error.isEmpty());
        CHECK(QLocale(ts.language).language() == QLocale(language).language());
        // Every language but English (which keeps the plural forms only) carries the same
        // messages.
        if (language != u"en")
            CHECK(ts.messages.size() == german.messages.size());
    }
}

TEST_CASE("Every message is translated, with its placeholders and product names", "[i18n]")
{
    static const QStringList productNames {
        QStringLiteral("Stethoscope"), QStringLiteral("Jamf"),      QStringLiteral("LANDESK"),
        QStringLiteral("Ivanti"),      QStringLiteral("Google"),    QStringLiteral("Carbon Black"),
        QStringLiteral("FileVault"),   QStringLiteral("BitLocker"), QStringLiteral("Android"),
        QStringLiteral("macOS"),       QStringLiteral("Windows"),   QStringLiteral("ChromeOS"),
        QStringLiteral("Linux")};

    for (const QString &language : languages()) {
        const TsFile ts = readTsFile(tsPath(language));
        REQUIRE(ts.error.isEmpty());
        REQUIRE_FALSE(ts.messages.isEmpty());
        QStringList problems;
        for (const Message &message : ts.messages) {
            if (!message.type.isEmpty())
                problems.append(message.type + QStringLiteral(": ") + where(message));
            if (message.numerus && message.forms.size() != pluralForms(language)) {
                problems.append(QStringLiteral("%1 plural forms, not %2: ")
                                    .arg(message.forms.size())
                                    .arg(pluralForms(language))
                                + where(message));
            }
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty: ") + where(message));
                    continue;
                }
                if (placeholders(form) != expected) {
                    problems.append(QStringLiteral("placeholders ") + placeholders(form).join(u' ') + QStringLiteral(" instead of ")
                                    + expected.join(u' ') + QStringLiteral(": ") + where(message));
                }
                for (const QString &product : productNames) {
                    if (message.source.contains(product) && !form.contains(product))
                        problems.append(QStringLiteral("lost ") + product + QStringLiteral(": ") + where(message));
                }
            }
        }
        INFO(language.toStdString() + ":\n" + problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The report speaks the language asked for with --lang", "[i18n][cli]")
{
    const QString language = GENERATE(from_range(languages()));
    INFO(language.toStdString());
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/stethoscope/i18n/stethoscope_%1.qm").arg(language)));
    // The expected words come from the translation itself, so the test follows the translators'
    // wording; what it checks is that the report uses them.
    const auto translated = [&](const char *context, const char *source) {
        const QString text = translator.translate(context, source);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    };
    const QString firewallOff = translated("Practice", "Firewall is off");
    const QString actionRequired = translated("Presentation", "Action required");
    if (language != u"en") {
        CHECK(firewallOff != u"Firewall is off");
        CHECK(actionRequired != u"Action required");
    }

    QProcess process;
    process.start(QStringLiteral(STETHOSCOPE_BINARY),
                  {QStringLiteral("--report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                   QStringLiteral("text"), QStringLiteral("--lang"), language});
    REQUIRE(process.waitForFinished(60'000));
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO(report.toStdString() + errors.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(report.contains(firewallOff));
    CHECK(report.contains(actionRequired));
    CHECK_FALSE(errors.contains(QStringLiteral("no translation")));
}

TEST_CASE("An unknown --lang falls back to English and says so", "[i18n][cli]")
{
    QProcess process;
    process.start(QStringLiteral(STETHOSCOPE_BINARY),
                  {QStringLiteral("--report"), QStringLiteral("--demo"), QStringLiteral("--lang"),
                   QStringLiteral("tlh")});
    REQUIRE(process.waitForFinished(60'000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Firewall is off"));
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"tlh"));
}
