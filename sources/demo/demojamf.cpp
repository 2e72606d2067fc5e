#include "demojamf.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Stethoscope::Sources::Demo {

using Core::toRfc3339;

namespace {

const QString computersV3 = QStringLiteral("/api/v3/computers-inventory");
const QString computersV1 = QStringLiteral("/api/v1/computers-inventory");
const QString mobileDevices = QStringLiteral("/api/v2/mobile-devices/detail");

// Jamf Pro's error body: {"httpStatus": 401, "errors": [{"code": …, "description": …}]}.
DemoResponse jamfError(int status, const QString &code, const QString &description)
{
    const QJsonObject error {{QStringLiteral("code"), code},
                             {QStringLiteral("description"), description},
                             {QStringLiteral("id"), QStringLiteral("0")},
                             {QStringLiteral("field"), QJsonValue::Null}};
    const QJsonObject body {{QStringLiteral("httpStatus"), status},
                            {QStringLiteral("errors"), QJsonArray {error}}};
    return DemoResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoResponse unauthorized()
{
    return jamfError(401, QStringLiteral("INVALID_TOKEN"),
                     QStringLiteral("Unauthorized: the bearer token is missing, unknown or "
                                    "expired."));
}

DemoResponse jsonOk(const QJsonObject &body)
{
    return DemoResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonValue orNull(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString lastSync(const QJsonObject &seen, const QDateTime &now)
{
    return toRfc3339(now.addSecs(-qint64(seen.value(QStringLiteral("hours_ago")).toInt()) * 3600));
}

// What a backend script reports in a computer extension attribute.
QJsonObject extensionAttribute(const QString &definitionId, const QString &name,
                               const QString &value)
{
    return {{QStringLiteral("definitionId"), definitionId},
            {QStringLiteral("name"), name},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("multiValue"), false},
            {QStringLiteral("values"), QJsonArray {value}},
            {QStringLiteral("dataType"), QStringLiteral("STRING")},
            {QStringLiteral("options"), QJsonArray()},
            {QStringLiteral("inputType"), QStringLiteral("SCRIPT")}};
}

QJsonObject userAndLocation(const QString &email, const QString &name, bool mobile)
{
    return {{QStringLiteral("username"), email.section(u'@', 0, 0)},
            {mobile ? QStringLiteral("realName") : QStringLiteral("realname"), name},
            {mobile ? QStringLiteral("emailAddress") : QStringLiteral("email"), email},
            {QStringLiteral("position"), QString()}};
}

// One computers-inventory result; sections the client did not ask for are null, as Jamf does.
QJsonObject renderComputer(const QJsonObject &device, const QString &ownerName,
                           const QStringList &sections, const QDateTime &now)
{
    const QJsonObject seen = device.value(QStringLiteral("seen_by"))
                                 .toObject()
                                 .value(QStringLiteral("jamf"))
                                 .toObject();
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QJsonArray macs = device.value(QStringLiteral("macs")).toArray();
    const QString owner = device.value(QStringLiteral("owner")).toString();
    const auto wanted
        = [&sections](const char *name) { return sections.contains(QLatin1String(name)); };

    QJsonObject computer {{QStringLiteral("id"), seen.value(QStringLiteral("id"))},
                          {QStringLiteral("udid"), orNull(device, "udid")}};
    const QString synced = lastSync(seen, now);
    computer.insert(QStringLiteral("general"),
                    wanted("GENERAL") ? QJsonValue(QJsonObject {
                        {QStringLiteral("name"), orNull(device, "name")},
                        {QStringLiteral("platform"), QStringLiteral("Mac")},
                        {QStringLiteral("supervised"), true},
                        {QStringLiteral("reportDate"), synced},
                        {QStringLiteral("lastContactTime"), synced},
                    })
                                      : QJsonValue());
    computer.insert(QStringLiteral("hardware"),
                    wanted("HARDWARE") ? QJsonValue(QJsonObject {
                        {QStringLiteral("make"), orNull(device, "manufacturer")},
                        {QStringLiteral("model"), orNull(device, "model")},
                        {QStringLiteral("serialNumber"), orNull(device, "serial")},
                        {QStringLiteral("macAddress"), macs.isEmpty() ? QJsonValue() : macs[0]},
                        {QStringLiteral("altMacAddress"), macs.size() < 2 ? QJsonValue() : macs[1]},
                    })
                                       : QJsonValue());
    computer.insert(QStringLiteral("operatingSystem"),
                    wanted("OPERATING_SYSTEM") ? QJsonValue(QJsonObject {
                        {QStringLiteral("name"), orNull(device, "os")},
                        {QStringLiteral("version"), orNull(device, "os_version")},
                        {QStringLiteral("build"), orNull(device, "os_build")},
                    })
                                               : QJsonValue());

    QJsonValue encryption; // a Mac whose FileVault state the fleet leaves open reports none
    const QJsonValue encrypted = state.value(QStringLiteral("encrypted"));
    if (encrypted.isBool() || encrypted.isObject()) {
        const int percent = encrypted.isObject()
            ? encrypted.toObject().value(QStringLiteral("encrypting")).toInt()
            : (encrypted.toBool() ? 100 : 0);
        encryption = QJsonObject {
            {QStringLiteral("partitionName"), QStringLiteral("Macintosh HD (Boot Partition)")},
            {QStringLiteral("partitionFileVault2State"),
             encrypted.isObject() ? QStringLiteral("ENCRYPTING")
                                  : (encrypted.toBool() ? QStringLiteral("ENCRYPTED")
                                                        : QStringLiteral("UNENCRYPTED"))},
            {QStringLiteral("partitionFileVault2Percent"), percent}};
    }
    computer.insert(
        QStringLiteral("diskEncryption"),
        wanted("DISK_ENCRYPTION") ? QJsonValue(QJsonObject {
            {QStringLiteral("bootPartitionEncryptionDetails"), encryption},
            {QStringLiteral("individualRecoveryKeyValidityStatus"), QStringLiteral("VALID")},
            {QStringLiteral("institutionalRecoveryKeyPresent"), false},
        })
                                  : QJsonValue());

    QJsonObject security {{QStringLiteral("sipStatus"), QStringLiteral("ENABLED")},
                          {QStringLiteral("gatekeeperStatus"),
                           QStringLiteral("APP_STORE_AND_IDENTIFIED_DEVELOPERS")}};
    if (state.contains(QStringLiteral("firewall")))
        security.insert(QStringLiteral("firewallEnabled"), state.value(QStringLiteral("firewall")));
    // The fleet's remote login is SSH; Screen Sharing stays off on every demo Mac.
    if (state.contains(QStringLiteral("remote_login")))
        security.insert(QStringLiteral("remoteDesktopEnabled"), false);
    computer.insert(QStringLiteral("security"),
                    wanted("SECURITY") ? QJsonValue(security) : QJsonValue());

    QJsonArray applications;
    for (const QJsonValue value : device.value(QStringLiteral("software")).toArray()) {
        const QJsonObject app = value.toObject();
        const QString name = app.value(QStringLiteral("name")).toString();
        applications.append(
            QJsonObject {{QStringLiteral("name"), name},
                         {QStringLiteral("path"), QStringLiteral("/Applications/") + name},
                         {QStringLiteral("version"), app.value(QStringLiteral("version"))},
                         {QStringLiteral("macAppStore"), false},
                         {QStringLiteral("bundleId"), app.value(QStringLiteral("bundle_id"))}});
    }
    computer.insert(QStringLiteral("applications"),
                    wanted("APPLICATIONS") ? QJsonValue(applications) : QJsonValue());
    computer.insert(QStringLiteral("services"),
                    wanted("SERVICES") ? QJsonValue(QJsonArray()) : QJsonValue());
    computer.insert(QStringLiteral("softwareUpdates"),
                    wanted("SOFTWARE_UPDATES") ? QJsonValue(QJsonArray()) : QJsonValue());
    computer.insert(QStringLiteral("userAndLocation"),
                    wanted("USER_AND_LOCATION")
                        ? QJsonValue(userAndLocation(owner, ownerName, false))
                        : QJsonValue());

    // Jamf has no native field for these; the demo company reports them by script.
    QJsonArray attributes;
    const auto onOff = [&state](const char *key, const QString &on, const QString &off) {
        return state.value(QLatin1String(key)).toBool() ? on : off;
    };
    if (state.contains(QStringLiteral("screen_lock"))) {
        attributes.append(extensionAttribute(
            QStringLiteral("3"), QStringLiteral("Screen Lock Enabled"),
            onOff("screen_lock", QStringLiteral("true"), QStringLiteral("false"))));
    }
    if (state.contains(QStringLiteral("auto_update"))) {
        attributes.append(extensionAttribute(
            QStringLiteral("4"), QStringLiteral("Automatic Updates Enabled"),
            onOff("auto_update", QStringLiteral("Enabled"), QStringLiteral("Disabled"))));
    }
    if (state.contains(QStringLiteral("remote_login"))) {
        attributes.append(
            extensionAttribute(QStringLiteral("5"), QStringLiteral("Remote Login Enabled"),
                               onOff("remote_login", QStringLiteral("On"), QStringLiteral("Off"))));
    }
    computer.insert(QStringLiteral("extensionAttributes"),
                    wanted("EXTENSION_ATTRIBUTES") ? QJsonValue(attributes) : QJsonValue());
    return computer;
}

// One mobile-devices/detail result, in the sectioned shape of the paged endpoint.
QJsonObject renderMobileDevice(const QJsonObject &device, const QString &ownerName,
                               const QStringList &sections, const QDateTime &now)
{
    const QJsonObject seen = device.value(QStringLiteral("seen_by"))
                                 .toObject()
                                 .value(QStringLiteral("jamf"))
                                 .toObject();
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QJsonArray macs = device.value(QStringLiteral("macs")).toArray();
    const auto wanted
        = [&sections](const char *name) { return sections.contains(QLatin1String(name)); };

    QJsonObject security;
    if (state.contains(QStringLiteral("encrypted")))
        security.insert(QStringLiteral("dataProtected"),
                        state.value(QStringLiteral("encrypted")).toBool());
    if (state.contains(QStringLiteral("screen_lock"))) {
        const bool lock = state.value(QStringLiteral("screen_lock")).toBool();
        security.insert(QStringLiteral("passcodePresent"), lock);
        security.insert(QStringLiteral("passcodeCompliant"), lock);
    }
    if (state.contains(QStringLiteral("compromised")))
        security.insert(QStringLiteral("jailBreakDetected"),
                        state.value(QStringLiteral("compromised")).toBool());

    return {
        {QStringLiteral("mobileDeviceId"), seen.value(QStringLiteral("id"))},
        {QStringLiteral("deviceType"), QStringLiteral("iOS")},
        {QStringLiteral("general"),
         wanted("GENERAL") ? QJsonValue(
             QJsonObject {{QStringLiteral("udid"), orNull(device, "udid")},
                          {QStringLiteral("displayName"), orNull(device, "name")},
                          {QStringLiteral("lastInventoryUpdateDate"), lastSync(seen, now)},
                          {QStringLiteral("osVersion"), orNull(device, "os_version")},
                          {QStringLiteral("osBuild"), orNull(device, "os_build")},
                          {QStringLiteral("managed"), true},
                          {QStringLiteral("supervised"), true}})
                           : QJsonValue()},
        {QStringLiteral("hardware"),
         wanted("HARDWARE") ? QJsonValue(QJsonObject {
             {QStringLiteral("serialNumber"), orNull(device, "serial")},
             {QStringLiteral("wifiMacAddress"), macs.isEmpty() ? QJsonValue() : macs[0]},
             {QStringLiteral("model"), orNull(device, "model")}})
                            : QJsonValue()},
        {QStringLiteral("userAndLocation"),
         wanted("USER_AND_LOCATION") ? QJsonValue(
             userAndLocation(device.value(QStringLiteral("owner")).toString(), ownerName, true))
                                     : QJsonValue()},
        {QStringLiteral("security"), wanted("SECURITY") ? QJsonValue(security) : QJsonValue()},
        {QStringLiteral("network"),
         wanted("NETWORK")
             ? QJsonValue(QJsonObject {{QStringLiteral("imei"), orNull(device, "imei")}})
             : QJsonValue()},
    };
}

// The one RSQL form the demo understands: field=="value" (or field==value), on the e-mail.
std::optional<QString> emailFilter(const QString &filter, const QString &field)
{
    static const QRegularExpression form(QStringLiteral(
        R"re(^\s*([A-Za-z.]+)\s*==\s*(?:"([^"]*)"|'([^']*)'|([^"'\s;,()]+))\s*$)re"));
    const auto match = form.match(filter);
    if (!match.hasMatch() || match.captured(1) != field)
        return std::nullopt;
    for (int group : {2, 3, 4}) {
        if (match.capturedStart(group) >= 0)
            return match.captured(group);
    }
    return std::nullopt;
}

// page and page-size: non-negative integers; page-size from 1 to 2000 as on a real server.
std::optional<int> intParameter(const QUrlQuery &query, const QString &name, int fallback, int min,
                                int max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

DemoJamf::DemoJamf(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

DemoResponse DemoJamf::handle(const DemoRequest &request)
{
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    const QString &path = request.path;

    if (path == u"/api/oauth/token")
        return post ? oauthToken(request) : methodNotAllowed();
    if (path == u"/api/v1/auth/token")
        return post ? basicToken(request) : methodNotAllowed();
    if (path == u"/api/v1/auth/keep-alive" || path == u"/api/v1/auth/invalidate-token") {
        if (!post)
            return methodNotAllowed();
        const auto token = bearer(request);
        if (!token)
            return unauthorized();
        m_tokens.remove(*token);
        if (path == u"/api/v1/auth/invalidate-token")
            return {204, {}, {}};
        const auto [newToken, expires] = issueToken();
        return jsonOk(
            {{QStringLiteral("token"), newToken}, {QStringLiteral("expires"), toRfc3339(expires)}});
    }

    const bool computers = (path == computersV3 && m_v3) || path == computersV1;
    if (!computers && path != mobileDevices)
        return jamfError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such resource."));
    if (!get)
        return methodNotAllowed();
    if (!bearer(request))
        return unauthorized();
    return inventory(request, computers);
}

DemoResponse DemoJamf::oauthToken(const DemoRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const char *name) {
        // Form bodies encode spaces as '+', which QUrlQuery leaves alone.
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).replace(u'+', u' ');
    };
    if (field("grant_type") != u"client_credentials") {
        return DemoResponse::json(400, QByteArrayLiteral("{\"error\":\"unsupported_grant_type\"}"));
    }
    if (field("client_id") != QLatin1String(clientId)
        || field("client_secret") != QLatin1String(clientSecret)) {
        return DemoResponse::json(401, QByteArrayLiteral("{\"error\":\"invalid_client\"}"));
    }
    const auto [token, expires] = issueToken();
    return jsonOk({{QStringLiteral("access_token"), token},
                   {QStringLiteral("scope"), QStringLiteral("api-role:1")},
                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                   {QStringLiteral("expires_in"), m_tokenLifetime}});
}

DemoResponse DemoJamf::basicToken(const DemoRequest &request)
{
    const QByteArray header = request.header("authorization");
    const QByteArray expected = QByteArray(username).append(':').append(password).toBase64();
    if (!header.startsWith("Basic ") || header.mid(6).trimmed() != expected) {
        return jamfError(401, QStringLiteral("INVALID_CREDENTIALS"),
                         QStringLiteral("The username or password is wrong."));
    }
    const auto [token, expires] = issueToken();
    return jsonOk(
        {{QStringLiteral("token"), token}, {QStringLiteral("expires"), toRfc3339(expires)}});
}

DemoResponse DemoJamf::methodNotAllowed()
{
    return jamfError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                     QStringLiteral("This method is not allowed here."));
}

std::pair<QString, QDateTime> DemoJamf::issueToken()
{
    // Unguessable enough for a loopback demo, and distinct from every earlier token.
    const QString token
        = QStringLiteral("demo-%1-%2")
              .arg(m_nextToken++)
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QDateTime expires = m_now().addSecs(m_tokenLifetime);
    m_tokens.insert(token, expires);
    return {token, expires};
}

std::optional<QString> DemoJamf::bearer(const DemoRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || *it <= m_now())
        return std::nullopt;
    return token;
}

DemoResponse DemoJamf::inventory(const DemoRequest &request, bool computers) const
{
    const auto page = intParameter(request.query, QStringLiteral("page"), 0, 0, 1'000'000);
    const auto pageSize = intParameter(request.query, QStringLiteral("page-size"), 100, 1, 2000);
    if (!page || !pageSize) {
        return jamfError(400, QStringLiteral("INVALID_FIELD"),
                         QStringLiteral("page must be 0 or more and page-size 1 to 2000."));
    }

    // Repeated section=… parameters (commas accepted too); GENERAL when none is given.
    QStringList sections;
    for (const QString &value :
         request.query.allQueryItemValues(QStringLiteral("section"), QUrl::FullyDecoded)) {
        sections += value.split(u',', Qt::SkipEmptyParts);
    }
    if (sections.isEmpty())
        sections.append(QStringLiteral("GENERAL"));
    static const QStringList computerSections {QStringLiteral("GENERAL"),
                                               QStringLiteral("HARDWARE"),
                                               QStringLiteral("OPERATING_SYSTEM"),
                                               QStringLiteral("DISK_ENCRYPTION"),
                                               QStringLiteral("SECURITY"),
                                               QStringLiteral("APPLICATIONS"),
                                               QStringLiteral("SERVICES"),
                                               QStringLiteral("SOFTWARE_UPDATES"),
                                               QStringLiteral("EXTENSION_ATTRIBUTES"),
                                               QStringLiteral("USER_AND_LOCATION")};
    static const QStringList mobileSections {QStringLiteral("GENERAL"), QStringLiteral("HARDWARE"),
                                             QStringLiteral("USER_AND_LOCATION"),
                                             QStringLiteral("SECURITY"), QStringLiteral("NETWORK")};
    for (const QString &name : std::as_const(sections)) {
        if (!(computers ? computerSections : mobileSections).contains(name)) {
            return jamfError(400, QStringLiteral("INVALID_FIELD"),
                             QStringLiteral("Unknown section %1.").arg(name));
        }
    }

    // Computers filter on userAndLocation.email, mobile devices on emailAddress.
    std::optional<QString> email;
    const QString filter
        = request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    if (!filter.trimmed().isEmpty()) {
        email = emailFilter(filter,
                            computers ? QStringLiteral("userAndLocation.email")
                                      : QStringLiteral("emailAddress"));
        if (!email) {
            return jamfError(400, QStringLiteral("INVALID_RSQL_FILTER_FIELD"),
                             QStringLiteral("The demo understands only an e-mail filter."));
        }
    }

    const QDateTime now = m_now();
    const Core::Platform platform = computers ? Core::Platform::Mac : Core::Platform::iOS;
    QList<QJsonObject> matches;
    for (const QJsonObject &device : m_fleet.devicesSeenBy(QStringLiteral("jamf"))) {
        const QString owner = device.value(QStringLiteral("owner")).toString();
        if (Core::platformFromName(device.value(QStringLiteral("platform")).toString()) != platform
            || (email && owner.compare(*email, Qt::CaseInsensitive) != 0))
            continue;
        matches.append(device);
    }

    QJsonArray results;
    const qint64 first = qint64(*page) * *pageSize;
    for (qint64 i = first; i < matches.size() && i < first + *pageSize; ++i) {
        const QJsonObject &device = matches.at(i);
        const QString ownerName
            = m_fleet.employeeName(device.value(QStringLiteral("owner")).toString());
        results.append(computers ? renderComputer(device, ownerName, sections, now)
                                 : renderMobileDevice(device, ownerName, sections, now));
    }
    return jsonOk(
        {{QStringLiteral("totalCount"), matches.size()}, {QStringLiteral("results"), results}});
}

void DemoJamf::setTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

void DemoJamf::expireAllTokens()
{
    m_tokens.clear();
}

void DemoJamf::setComputersV3Available(bool available)
{
    m_v3 = available;
}

void DemoJamf::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

} // namespace Stethoscope::Sources::Demo
