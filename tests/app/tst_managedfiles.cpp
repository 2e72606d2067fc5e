// IT configures Stethoscope through several files that each list the settings again: the
// README's table, the Group Policy template, the sample configuration profile and the Jamf Pro
// schema. This test reads them all and compares them with the one schema in appsettings.cpp, so
// that a key added in code but forgotten in one of them fails here, not at a customer's.
#include "catch.h"

#include "appsettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Stethoscope::App;

namespace {

const QString sourceDir = QStringLiteral(STETHOSCOPE_SOURCE_DIR);

QByteArray readFile(const QString &relative)
{
    QFile file(sourceDir + u'/' + relative);
    INFO("reading " << relative.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// "jamf/url" for every key, and for those IT may enforce.
QSet<QString> schemaKeys(bool enforceableOnly)
{
    QSet<QString> keys;
    for (const SettingKey *key : Keys::all()) {
        if (!enforceableOnly || key->managedAllowed)
            keys.insert(QString::fromLatin1(key->name));
    }
    return keys;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// The README's configuration table: rows like "| `[jamf] url` | …" or
// "| `[landesk] a`, `b` | …" (several keys of one section in one row).
QSet<QString> readmeKeys()
{
    QSet<QString> keys;
    static const QRegularExpression row(
        QStringLiteral("^\\| `\\[([a-z_]+)\\] ([a-z_]+)`((?:, `[a-z_]+`)*) \\|"));
    static const QRegularExpression more(QStringLiteral("`([a-z_]+)`"));
    for (const QByteArray &line : readFile(QStringLiteral("README.md")).split('\n')) {
        const auto match = row.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            continue;
        const QString section = match.captured(1);
        keys.insert(section + u'/' + match.captured(2));
        auto others = more.globalMatch(match.captured(3));
        while (others.hasNext())
            keys.insert(section + u'/' + others.next().captured(1));
    }
    return keys;
}

// The ADMX: every element with a valueName, under the key SOFTWARE\Policies\Stethoscope\<section>
// (its own key attribute, or its policy's).
QSet<QString> admxKeys()
{
    QSet<QString> keys;
    QXmlStreamReader xml(readFile(QStringLiteral("packaging/windows/admx/Stethoscope.admx")));
    QStringList keyStack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            const QString key = attributes.hasAttribute(QStringLiteral("key"))
                ? attributes.value(QStringLiteral("key")).toString()
                : keyStack.value(keyStack.size() - 1);
            keyStack.append(key);
            if (attributes.hasAttribute(QStringLiteral("valueName"))) {
                const QString prefix = QStringLiteral("SOFTWARE\\Policies\\Stethoscope\\");
                INFO("ADMX key " << key.toStdString());
                CHECK(key.startsWith(prefix, Qt::CaseInsensitive));
                keys.insert(key.mid(prefix.size()) + u'/'
                            + attributes.value(QStringLiteral("valueName")).toString());
            }
        } else if (xml.isEndElement()) {
            keyStack.removeLast();
        }
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    return keys;
}

// The keys of the first <dict> after <key>mcx_preference_settings</key>: "jamf.url".
QSet<QString> mobileconfigKeys()
{
    QSet<QString> keys;
    QXmlStreamReader xml(readFile(QStringLiteral("packaging/macos/Stethoscope.mobileconfig")));
    bool next = false;
    int depth = -1; // of the settings dict, once inside it
    int level = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++level;
            if (xml.name() == u"key") {
                const bool inSettings = depth >= 0 && level == depth + 1;
                QString text = xml.readElementText();
                --level; // readElementText consumed the end element
                next = text == u"mcx_preference_settings";
                if (inSettings)
                    keys.insert(text.replace(u'.', u'/'));
            } else if (xml.name() == u"dict" && next && depth < 0) {
                depth = level;
                next = false;
            }
        } else if (xml.isEndElement()) {
            if (level == depth && xml.name() == u"dict")
                depth = -2; // done: only the first such dict
            --level;
        }
    }
    CHECK_FALSE(xml.hasError());
    return keys;
}

QSet<QString> jamfSchemaKeys()
{
    QJsonParseError error;
    const QJsonDocument schema = QJsonDocument::fromJson(
        readFile(QStringLiteral("packaging/macos/jamf-schema.json")), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(schema.isObject());
    QSet<QString> keys;
    const QJsonObject properties = schema.object().value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        keys.insert(QString(it.key()).replace(u'.', u'/'));
    return keys;
}

} // namespace

TEST_CASE("The README lists every setting", "[managedfiles]")
{
    CHECK(sorted(readmeKeys()) == sorted(schemaKeys(false)));
}

TEST_CASE("The Group Policy template covers every enforceable setting", "[managedfiles]")
{
    const QStringList expected = sorted(schemaKeys(true));
    REQUIRE_FALSE(expected.contains(QStringLiteral("identity/email"))); // per employee
    CHECK(sorted(admxKeys()) == expected);
}

TEST_CASE("The configuration profile and the Jamf Pro schema cover every enforceable setting",
          "[managedfiles]")
{
    const QStringList expected = sorted(schemaKeys(true));
    CHECK(sorted(mobileconfigKeys()) == expected);
    CHECK(sorted(jamfSchemaKeys()) == expected);
}

TEST_CASE("Every XML, plist and profile that IT deploys parses", "[managedfiles]")
{
    int checked = 0;
    QDirIterator files(sourceDir + QStringLiteral("/packaging"),
                       {QStringLiteral("*.xml"), QStringLiteral("*.plist"),
                        QStringLiteral("*.plist.in"), QStringLiteral("*.mobileconfig"),
                        QStringLiteral("*.admx"), QStringLiteral("*.adml"), QStringLiteral("*.wxs"),
                        QStringLiteral("*.wxs.in")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd())
            xml.readNext();
        INFO(path.toStdString() << ": " << xml.errorString().toStdString());
        CHECK_FALSE(xml.hasError());
        ++checked;
    }
    // The ADMX, its ADML, the two WiX sources, CPack's product template and patch, the
    // Info.plist, the LaunchAgent, the profile, the distribution file: a vanishing file fails
    // here too.
    CHECK(checked >= 10);
}
