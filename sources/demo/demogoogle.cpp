#include "demogoogle.h"

#include "jsonreader.h"

#include "google/jwt.h"
#include "google/serviceaccount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Stethoscope::Sources::Demo {

using Core::toRfc3339;

namespace {

const QString directory = QStringLiteral("/admin/directory/v1/customer/");

QByteArray demoKeyPem()
{
    QFile file(QStringLiteral(":/stethoscope/demo/google-demo-key.pem"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo Google key is missing from the program's resources");
    return file.readAll();
}

DemoResponse jsonAnswer(int status, const QJsonObject &body)
{
    return DemoResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// The OAuth token endpoint's error body.
DemoResponse oauthError(int status, const char *error, const char *description)
{
    return jsonAnswer(status,
                      {{QStringLiteral("error"), QLatin1String(error)},
                       {QStringLiteral("error_description"), QLatin1String(description)}});
}

// The Directory API's error body.
DemoResponse apiError(int status, const QString &reason, const QString &message)
{
    const QJsonObject detail {{QStringLiteral("message"), message},
                              {QStringLiteral("domain"), QStringLiteral("global")},
                              {QStringLiteral("reason"), reason}};
    return jsonAnswer(status,
                      {{QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("code"), status},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("errors"), QJsonArray {detail}}}}});
}

QString msSinceEpoch(const QDateTime &time)
{
    return QString::number(time.toMSecsSinceEpoch());
}

// Google's search is loose: "email:alice" finds every address starting with "alice", and
// similar names come along too. The demo imitates that crudely: a prefix match, or local parts
// that agree on their first four letters (so alice@ also finds alicia@). Clients must filter.
bool fuzzyMatch(const QString &search, const QString &address)
{
    const QString wanted = search.toLower();
    const QString candidate = address.toLower();
    if (wanted.isEmpty() || candidate.startsWith(wanted))
        return !wanted.isEmpty();
    const QString a = wanted.section(u'@', 0, 0);
    const QString b = candidate.section(u'@', 0, 0);
    return a.size() >= 4 && b.size() >= 4 && a.first(4) == b.first(4);
}

} // namespace

DemoGoogle::DemoGoogle(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_publicKeyPem(Google::Jwt::publicKeyPem(demoKeyPem()))
{ }

DemoResponse DemoGoogle::handle(const DemoRequest &request)
{
    if (request.path == u"/token") {
        if (request.method != "POST")
            return oauthError(405, "invalid_request", "Use POST.");
        return token(request);
    }
    if (request.path.startsWith(directory) && request.method == "GET") {
        if (!authorized(request)) {
            return apiError(401, QStringLiteral("authError"),
                            QStringLiteral("Request had invalid authentication credentials. "
                                           "Expected OAuth 2 access token."));
        }
        if (request.path.endsWith(u"/devices/mobile"))
            return devices(request, true);
        if (request.path.endsWith(u"/devices/chromeos"))
            return devices(request, false);
    }
    return apiError(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
}

DemoResponse DemoGoogle::token(const DemoRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type"))
        != u"urn:ietf:params:oauth:grant-type:jwt-bearer")
        return oauthError(400, "unsupported_grant_type", "Invalid grant_type: ");
    const QByteArray assertion
        = form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
    const auto verified = Google::Jwt::verifyRs256(assertion, m_publicKeyPem);
    if (!verified)
        return oauthError(400, "invalid_grant", "Invalid JWT Signature.");

    const QJsonObject &claims = verified->claims;
    const QString audience = QStringLiteral("http://") + QString::fromLatin1(request.header("host"))
        + QStringLiteral("/token");
    if (claims.value(QStringLiteral("aud")).toString() != audience)
        return oauthError(400, "invalid_grant", "Invalid JWT: Failed audience check.");
    if (claims.value(QStringLiteral("iss")).toString() != QLatin1String(clientEmail))
        return oauthError(401, "invalid_client", "The OAuth client was not found.");
    const qint64 now = m_now().toSecsSinceEpoch();
    const qint64 issued = claims.value(QStringLiteral("iat")).toInteger(-1);
    const qint64 expires = claims.value(QStringLiteral("exp")).toInteger(-1);
    // Google allows an hour of validity and a few minutes of clock skew.
    if (issued < 0 || expires <= issued || expires - issued > 3600 || issued > now + 300
        || expires < now - 300) {
        return oauthError(400, "invalid_grant",
                          "Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                          "reasonable timeframe. Check your iat and exp values in the JWT claim.");
    }
    const QStringList scopes
        = claims.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    bool scopesGranted = true;
    for (const QString &needed : Google::deviceReadScopes())
        scopesGranted = scopesGranted && scopes.contains(needed);
    if (claims.value(QStringLiteral("sub")).toString() != QLatin1String(adminSubject)
        || !scopesGranted) {
        return oauthError(401, "unauthorized_client",
                          "Client is unauthorized to retrieve access tokens using this method, or "
                          "client not authorized for any of the scopes requested.");
    }
    const QByteArray accessToken
        = QByteArrayLiteral("ya29.demo-") + QByteArray::number(m_nextToken++);
    m_tokens.insert(accessToken, m_now().addSecs(3599));
    return jsonAnswer(200,
                      {{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                       {QStringLiteral("expires_in"), 3599},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

bool DemoGoogle::authorized(const DemoRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const auto found = m_tokens.constFind(header.mid(7));
    return found != m_tokens.constEnd() && m_now() < *found;
}

void DemoGoogle::expireAllTokens()
{
    m_tokens.clear();
}

DemoResponse DemoGoogle::devices(const DemoRequest &request, bool mobile) const
{
    const QString query = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    const QString prefix = mobile ? QStringLiteral("email:") : QStringLiteral("recent_user:");
    const QString search = query.startsWith(prefix) ? query.mid(prefix.size()) : QString();

    bool ok = true;
    const QString maxText = request.query.queryItemValue(QStringLiteral("maxResults"));
    const int asked = maxText.isEmpty() ? 100 : maxText.toInt(&ok);
    if (!ok || asked < 1)
        return apiError(400, QStringLiteral("invalid"),
                        QStringLiteral("Invalid Input: maxResults"));
    const int pageSize = std::min(asked, m_maxPage);
    // The page token is opaque to clients; here it encodes the offset.
    const QString pageToken = request.query.queryItemValue(QStringLiteral("pageToken"));
    qsizetype offset = 0;
    if (!pageToken.isEmpty()) {
        const QByteArray decoded = Google::Jwt::fromBase64Url(pageToken.toLatin1());
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : -1;
        if (!ok || offset < 0)
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("Invalid pageToken"));
    }

    QList<QJsonObject> matches;
    for (const QJsonObject &device : m_fleet.devicesSeenBy(QStringLiteral("google"))) {
        const bool chromebook = device.value(QStringLiteral("platform")).toString() == u"ChromeOS";
        if (chromebook == mobile)
            continue;
        if (search.isEmpty()
            || fuzzyMatch(search, device.value(QStringLiteral("owner")).toString()))
            matches.append(device);
    }
    QJsonArray page;
    for (qsizetype i = offset; i < matches.size() && i < offset + pageSize; ++i)
        page.append(mobile ? renderMobile(matches[i]) : renderChromeOs(matches[i]));

    QJsonObject body {{QStringLiteral("kind"),
                       mobile ? QStringLiteral("admin#directory#mobiledevices")
                              : QStringLiteral("admin#directory#chromeosdevices")}};
    if (!page.isEmpty())
        body.insert(mobile ? QStringLiteral("mobiledevices") : QStringLiteral("chromeosdevices"),
                    page);
    if (offset + pageSize < matches.size()) {
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(
                        Google::Jwt::base64Url("offset:" + QByteArray::number(offset + pageSize))));
    }
    return jsonAnswer(200, body);
}

QJsonObject DemoGoogle::renderMobile(const QJsonObject &device) const
{
    const QJsonObject seen = device.value(QStringLiteral("seen_by"))
                                 .toObject()
                                 .value(QStringLiteral("google"))
                                 .toObject();
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QDateTime now = m_now();
    const bool android = device.value(QStringLiteral("platform")).toString() == u"Android";
    const QString version = device.value(QStringLiteral("os_version")).toString();
    const QString id = seen.value(QStringLiteral("id")).toString();
    const QJsonArray macs = device.value(QStringLiteral("macs")).toArray();
    // Google groups IMEI digits: "35 678910 456321 8".
    QString imei = device.value(QStringLiteral("imei")).toString();
    if (imei.size() == 15)
        imei = imei.first(2) + u' ' + imei.sliced(2, 6) + u' ' + imei.sliced(8, 6) + u' '
            + imei.sliced(14);
    // An empty string is how Google says "not reported".
    const auto word = [&state](const char *key, const char *yes, const char *no) {
        const QJsonValue value = state.value(QLatin1String(key));
        return value.isBool() ? QString::fromLatin1(value.toBool() ? yes : no) : QString();
    };

    QJsonObject rendered {
        {QStringLiteral("kind"), QStringLiteral("admin#directory#mobiledevice")},
        {QStringLiteral("resourceId"), id},
        {QStringLiteral("deviceId"), id},
        {QStringLiteral("name"), QJsonArray {device.value(QStringLiteral("name"))}},
        {QStringLiteral("email"), QJsonArray {device.value(QStringLiteral("owner"))}},
        {QStringLiteral("model"), device.value(QStringLiteral("model"))},
        {QStringLiteral("manufacturer"), device.value(QStringLiteral("manufacturer"))},
        {QStringLiteral("os"),
         (android ? QStringLiteral("Android ") : QStringLiteral("iOS ")) + version},
        {QStringLiteral("type"), android ? QStringLiteral("ANDROID") : QStringLiteral("IOS_SYNC")},
        {QStringLiteral("status"), QStringLiteral("APPROVED")},
        {QStringLiteral("lastSync"),
         toRfc3339(now.addSecs(-qint64(seen.value(QStringLiteral("hours_ago")).toInt()) * 3600))},
        {QStringLiteral("serialNumber"), device.value(QStringLiteral("serial")).toString()},
        {QStringLiteral("imei"), imei},
        {QStringLiteral("meid"), QString()},
        {QStringLiteral("wifiMacAddress"), macs.isEmpty() ? QString() : macs[0].toString()},
        {QStringLiteral("deviceCompromisedStatus"),
         word("compromised", "Compromise detected", "No compromise detected")},
        {QStringLiteral("encryptionStatus"), word("encrypted", "Encrypted", "Unencrypted")},
        {QStringLiteral("devicePasswordStatus"), word("screen_lock", "On", "Off")},
    };
    if (android) {
        const int patchAge = device.value(QStringLiteral("security_patch_days_ago")).toInt(20);
        rendered.insert(QStringLiteral("releaseVersion"), version);
        rendered.insert(QStringLiteral("brand"), device.value(QStringLiteral("manufacturer")));
        rendered.insert(QStringLiteral("securityPatchLevel"), msSinceEpoch(now.addDays(-patchAge)));
        rendered.insert(QStringLiteral("unknownSourcesStatus"),
                        state.value(QStringLiteral("unknown_sources")).toBool());
        rendered.insert(QStringLiteral("adbStatus"),
                        state.value(QStringLiteral("usb_debugging")).toBool());
        rendered.insert(QStringLiteral("developerOptionsStatus"),
                        state.value(QStringLiteral("usb_debugging")).toBool());
    }
    return rendered;
}

QJsonObject DemoGoogle::renderChromeOs(const QJsonObject &device) const
{
    const QJsonObject seen = device.value(QStringLiteral("seen_by"))
                                 .toObject()
                                 .value(QStringLiteral("google"))
                                 .toObject();
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QDateTime now = m_now();
    const QString owner = device.value(QStringLiteral("owner")).toString();
    const QJsonArray macs = device.value(QStringLiteral("macs")).toArray();
    const QJsonValue compromised = state.value(QStringLiteral("compromised"));
    return {
        {QStringLiteral("kind"), QStringLiteral("admin#directory#chromeosdevice")},
        {QStringLiteral("deviceId"), seen.value(QStringLiteral("id"))},
        {QStringLiteral("serialNumber"), device.value(QStringLiteral("serial"))},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("lastSync"),
         toRfc3339(now.addSecs(-qint64(seen.value(QStringLiteral("hours_ago")).toInt()) * 3600))},
        {QStringLiteral("annotatedUser"), owner},
        {QStringLiteral("annotatedAssetId"), device.value(QStringLiteral("name"))},
        {QStringLiteral("model"), device.value(QStringLiteral("model"))},
        {QStringLiteral("osVersion"), device.value(QStringLiteral("os_version"))},
        // Google writes this MAC without separators, in lower case.
        {QStringLiteral("macAddress"),
         macs.isEmpty() ? QString() : macs[0].toString().remove(u':').toLower()},
        {QStringLiteral("bootMode"),
         compromised.isBool()
             ? (compromised.toBool() ? QStringLiteral("Dev") : QStringLiteral("Verified"))
             : QString()},
        {QStringLiteral("recentUsers"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("USER_TYPE_MANAGED")},
                                  {QStringLiteral("email"), owner}}}},
        {QStringLiteral("autoUpdateExpiration"),
         msSinceEpoch(QDateTime(now.date().addYears(3), QTime(0, 0), Qt::UTC))},
    };
}

QByteArray DemoGoogle::serviceAccountJson(const QUrl &tokenUri)
{
    // The demo key protects nothing real: it is committed with the source so that the demo
    // and the tests can sign in to the demo Google, and no real Google account trusts it.
    const QJsonObject key {
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("example-project")},
        {QStringLiteral("private_key_id"), QStringLiteral("0d3m0k3y1d")},
        {QStringLiteral("private_key"), QString::fromLatin1(demoKeyPem())},
        {QStringLiteral("client_email"), QLatin1String(clientEmail)},
        {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
        {QStringLiteral("token_uri"), tokenUri.toString(QUrl::FullyEncoded)},
    };
    return QJsonDocument(key).toJson(QJsonDocument::Indented);
}

void DemoGoogle::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void DemoGoogle::setPageSize(int maxResults)
{
    m_maxPage = std::max(1, maxResults);
}

} // namespace Stethoscope::Sources::Demo
