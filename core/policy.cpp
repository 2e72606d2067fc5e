#include "policy.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Stethoscope::Core {

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Policy)
};

const QStringList builtinKeys {
    PracticeKey::encryption,  PracticeKey::firewall,       PracticeKey::autoupdate,
    PracticeKey::uptodate,    PracticeKey::screenlock,     PracticeKey::jailed,
    PracticeKey::remotelogin, PracticeKey::unknownsources, PracticeKey::adbstatus};

std::optional<Version> readVersion(JsonReader &reader, const QJsonObject &object,
                                   const QString &path, const QString &key)
{
    const auto text = reader.string(object, path, key);
    if (!text)
        return std::nullopt;
    auto version = Version::parse(*text);
    if (!version || version->toString() != text->trimmed())
        reader.fail(JsonReader::join(path, key),
                    Text::tr("is \"%1\", which is not a version number like 15.6 or 10.0.26100")
                        .arg(*text));
    return version;
}

std::optional<RequirementLevel> readLevel(JsonReader &reader, const QJsonObject &object,
                                          const QString &path, const QString &key)
{
    const auto text = reader.string(object, path, key);
    if (!text)
        return std::nullopt;
    const auto level = levelFromName(*text);
    if (!level)
        reader.fail(JsonReader::join(path, key),
                    Text::tr("is \"%1\"; use required, suggested or off").arg(*text));
    return level;
}

std::optional<Platform> readPlatform(JsonReader &reader, const QString &path, const QString &name)
{
    const auto platform = platformFromName(name);
    if (!platform)
        reader.fail(path,
                    Text::tr("is not a platform (use Mac, Windows, Linux, iOS, Android or "
                             "ChromeOS)"));
    return platform;
}

void readLevels(JsonReader &reader, const QJsonObject &levels, Policy &policy)
{
    const QString path = QStringLiteral("practices");
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        if (!builtinKeys.contains(it.key())) {
            reader.fail(JsonReader::join(path, it.key()),
                        Text::tr("is not a practice (expected one of: %1; software practices take "
                                 "their level in \"software\")")
                            .arg(builtinKeys.join(QStringLiteral(", "))));
            return;
        }
        if (const auto level = readLevel(reader, levels, path, it.key()))
            policy.levels.insert(it.key(), *level);
    }
}

void readOsVersions(JsonReader &reader, const QJsonObject &versions, Policy &policy)
{
    const QString path = QStringLiteral("os_versions");
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        const QString platformPath = JsonReader::join(path, it.key());
        const auto platform = readPlatform(reader, platformPath, it.key());
        const auto bracketObject = reader.object(versions, path, it.key());
        if (!platform || !bracketObject)
            continue;
        reader.allowOnly(*bracketObject, platformPath,
                         {QStringLiteral("required"), QStringLiteral("recommended")});
        OsBracket bracket;
        bracket.required
            = readVersion(reader, *bracketObject, platformPath, QStringLiteral("required"));
        bracket.recommended
            = readVersion(reader, *bracketObject, platformPath, QStringLiteral("recommended"));
        if (bracket.required && bracket.recommended && *bracket.recommended < *bracket.required) {
            reader.fail(platformPath,
                        Text::tr("recommends %1, which is older than the required %2")
                            .arg(bracket.recommended->toString(), bracket.required->toString()));
        }
        policy.osVersions.insert(*platform, bracket);
    }
}

void readSoftware(JsonReader &reader, const QJsonArray &list, Policy &policy)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::join(QStringLiteral("software"), i);
        if (!list[i].isObject()) {
            reader.fail(path, Text::tr("must be an object"));
            return;
        }
        const QJsonObject entry = list[i].toObject();
        reader.allowOnly(entry, path,
                         {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("level"),
                          QStringLiteral("platforms"), QStringLiteral("app_names"),
                          QStringLiteral("bundle_ids"), QStringLiteral("services"),
                          QStringLiteral("minimum_version"), QStringLiteral("why"),
                          QStringLiteral("help_url")});

        SoftwareRequirement software;
        software.key = reader.string(entry, path, QStringLiteral("key")).value_or(QString());
        software.name = reader.string(entry, path, QStringLiteral("name")).value_or(QString());
        if (reader.failed())
            return;
        const QString keyPath = JsonReader::join(path, QStringLiteral("key"));
        if (!keyPattern.match(software.key).hasMatch()) {
            reader.fail(keyPath, Text::tr("must be a short lower-case name like \"carbonblack\""));
            return;
        }
        if (builtinKeys.contains(software.key) || policy.softwareFor(software.key)) {
            reader.fail(keyPath,
                        Text::tr("is \"%1\", which is already a practice").arg(software.key));
            return;
        }
        if (software.name.trimmed().isEmpty()) {
            reader.fail(JsonReader::join(path, QStringLiteral("name")),
                        Text::tr("is missing; give the name people know the software by"));
            return;
        }
        software.level = readLevel(reader, entry, path, QStringLiteral("level"))
                             .value_or(RequirementLevel::Suggested);
        const QString platformsPath = JsonReader::join(path, QStringLiteral("platforms"));
        const QStringList platforms
            = reader.strings(entry, path, QStringLiteral("platforms")).value_or(QStringList());
        for (qsizetype p = 0; p < platforms.size(); ++p) {
            if (const auto platform
                = readPlatform(reader, JsonReader::join(platformsPath, p), platforms[p]))
                software.platforms.append(*platform);
        }
        software.appNames
            = reader.strings(entry, path, QStringLiteral("app_names")).value_or(QStringList());
        software.bundleIds
            = reader.strings(entry, path, QStringLiteral("bundle_ids")).value_or(QStringList());
        software.services
            = reader.strings(entry, path, QStringLiteral("services")).value_or(QStringList());
        software.minimumVersion
            = readVersion(reader, entry, path, QStringLiteral("minimum_version"));
        software.why = reader.string(entry, path, QStringLiteral("why")).value_or(QString());
        if (const auto url = reader.string(entry, path, QStringLiteral("help_url"))) {
            software.helpUrl = QUrl(*url, QUrl::StrictMode);
            const QString scheme = software.helpUrl.scheme();
            if (!software.helpUrl.isValid()
                || (scheme != u"https" && scheme != u"http" && scheme != u"mailto")) {
                reader.fail(JsonReader::join(path, QStringLiteral("help_url")),
                            Text::tr("must be an https:, http: or mailto: address"));
            }
        }
        if (!reader.failed() && software.appNames.isEmpty() && software.bundleIds.isEmpty()
            && software.services.isEmpty()) {
            reader.fail(path,
                        Text::tr("needs at least one of app_names, bundle_ids or services, so "
                                 "that the software can be found on a device"));
        }
        if (reader.failed())
            return;
        policy.software.append(software);
    }
}

} // namespace

RequirementLevel Policy::levelFor(const Practice &practice) const
{
    if (const auto *software = softwareFor(practice.key))
        return software->level;
    return levels.value(practice.key, practice.defaultLevel);
}

const SoftwareRequirement *Policy::softwareFor(QStringView key) const
{
    for (const auto &entry : software) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

void Policy::extendCatalog(PracticeCatalog &catalog) const
{
    for (const auto &entry : software) {
        Practice practice;
        practice.key = entry.key;
        practice.name = entry.name;
        practice.titlePassing = Text::tr("%1 is installed").arg(entry.name);
        practice.titleFailing = Text::tr("%1 is missing").arg(entry.name);
        practice.why = !entry.why.isEmpty()
            ? entry.why
            : Text::tr("Your organization relies on %1 to detect and stop attacks on this "
                       "device.")
                  .arg(entry.name);
        practice.defaultLevel = entry.level;
        for (const Platform platform : allPlatforms) {
            if (!entry.platforms.isEmpty() && !entry.platforms.contains(platform)) {
                practice.notApplicableOn.append(platform);
                continue;
            }
            practice.directions.insert(
                platform,
                Direction {
                    entry.helpUrl.isEmpty()
                        ? Text::tr("Install %1 from your company's software portal, or ask IT "
                                   "to install it for you.")
                              .arg(entry.name)
                        : Text::tr("Install %1 from your company's software portal.")
                              .arg(entry.name),
                    entry.helpUrl});
        }
        catalog.add(practice);
    }
}

Result<Policy> Policy::fromJson(QByteArrayView json)
{
    const QString document = Text::tr("The policy file");
    auto root = JsonReader::parseObject(json, document, Error::Category::Config);
    if (!root)
        return root.error();

    JsonReader reader(document);
    reader.allowOnly(*root, {},
                     {QStringLiteral("schema"), QStringLiteral("practices"),
                      QStringLiteral("os_versions"), QStringLiteral("software"),
                      QStringLiteral("stale_after_days"), QStringLiteral("$comment")});
    const auto schema = reader.integer(*root, {}, QStringLiteral("schema"), 1, 1'000'000);
    if (!reader.failed() && schema.value_or(0) != 1) {
        reader.fail(
            QStringLiteral("schema"),
            schema ? Text::tr("is %1, but this version of Stethoscope reads schema 1").arg(*schema)
                   : Text::tr("is missing; this version of Stethoscope reads schema 1"));
    }

    Policy policy;
    if (const auto days = reader.integer(*root, {}, QStringLiteral("stale_after_days"), 1, 3650))
        policy.staleAfterDays = int(*days);
    if (const auto levels = reader.object(*root, {}, QStringLiteral("practices")))
        readLevels(reader, *levels, policy);
    if (const auto versions = reader.object(*root, {}, QStringLiteral("os_versions")))
        readOsVersions(reader, *versions, policy);
    if (const auto software = reader.array(*root, {}, QStringLiteral("software")))
        readSoftware(reader, *software, policy);

    if (reader.failed())
        return reader.error(Error::Category::Config);
    return policy;
}

Policy Policy::builtin()
{
    QFile file(QStringLiteral(":/stethoscope/policy/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in policy is missing from the program's resources");
    auto policy = fromJson(file.readAll());
    if (!policy)
        qFatal("The built-in policy is invalid: %s", qPrintable(policy.error().message));
    return std::move(policy).value();
}

} // namespace Stethoscope::Core
