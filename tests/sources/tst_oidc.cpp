#include "catch.h"

#include "await.h"

#include "demo/demohttpserver.h"
#include "demo/demooidc.h"
#include "google/jwt.h"
#include "net/httpclient.h"
#include "oidc/idtoken.h"
#include "oidc/oidcclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Stethoscope;
using namespace Stethoscope::Sources;
using Core::Error;
using Oidc::OidcClient;
using Oidc::OidcTokens;
using Stethoscope::Testing::await;
using Stethoscope::Testing::spinUntil;

namespace {

const QString alice = QStringLiteral("alice@example.com");

class FakeClock final : public Core::Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now {QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
};

struct Page
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QUrl location;
};

// GET without following redirects, as a browser's network layer sees it.
void fetch(QNetworkAccessManager &network, const QUrl &url, std::function<void(Page)> done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
        reply->deleteLater();
        done({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              QUrl::fromEncoded(reply->rawHeader("Location"))});
    });
}

Page get(QNetworkAccessManager &network, const QUrl &url)
{
    auto page = std::make_shared<std::optional<Page>>();
    fetch(network, url, [page](Page answer) { *page = std::move(answer); });
    REQUIRE(spinUntil([&page] { return page->has_value(); }, 10'000));
    return **page;
}

QUrl withQueryItem(QUrl url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, value);
    url.setQuery(query);
    return url;
}

// Stands in for the system browser: opens the authorize URL, reads the provider's 302 and,
// when `follow`, goes to the loopback address it names — as a browser would.
struct Browser
{
    QNetworkAccessManager network;
    bool follow = true;
    QUrl authorizeUrl;
    QUrl callbackUrl; // where the provider sent the browser
    Page callbackPage;

    OidcClient::BrowserOpener opener()
    {
        return [this](const QUrl &url) {
            authorizeUrl = url;
            fetch(network, url, [this](Page authorize) {
                callbackUrl = authorize.location;
                if (follow && callbackUrl.isValid())
                    fetch(network, callbackUrl, [this](Page page) { callbackPage = page; });
            });
            return true;
        };
    }
};

struct OidcFixture
{
    FakeClock clock;
    Demo::DemoHttpServer server;
    Demo::DemoOidc provider;
    QNetworkAccessManager network;
    std::unique_ptr<Net::HttpClient> http;
    Browser browser;

    OidcFixture()
    {
        REQUIRE(server.listen());
        provider.setIssuer(server.url());
        provider.setClock([this] { return clock.now(); });
        server.setHandler(
            [this](const Demo::DemoRequest &request) { return provider.handle(request); });
        http = std::make_unique<Net::HttpClient>(
            network, Net::BackendLimits {QStringLiteral("the sign-in provider"), 4, 1, 5'000});
    }

    Oidc::OidcConfig config(int browserTimeoutSeconds = 20) const
    {
        Oidc::OidcConfig config;
        config.issuer = server.url();
        config.clientId = QLatin1String(Demo::DemoOidc::clientId);
        config.browserTimeoutSeconds = browserTimeoutSeconds;
        return config;
    }

    std::unique_ptr<OidcClient> client(Oidc::OidcConfig settings)
    {
        return std::make_unique<OidcClient>(*http, clock, std::move(settings));
    }
};

template<typename T> T ready(QFuture<T> future)
{
    auto result = await(std::move(future));
    REQUIRE(result.has_value());
    return *result;
}

} // namespace

TEST_CASE("Signing in through the browser gives the person's tokens", "[oidc]")
{
    // Whatever the client logs, no token, code or verifier may appear in it.
    static QStringList logged;
    logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("stethoscope.sources.oidc.debug=true"));
    const auto previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { logged.append(text); });

    OidcFixture fixture;
    auto client = fixture.client(fixture.config());
    const auto result = ready(client->signIn(fixture.browser.opener()));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    REQUIRE(result);
    CHECK(result->email == alice);
    CHECK(fixture.provider.isAccessTokenValid(result->accessToken));
    CHECK_FALSE(result->refreshToken.isEmpty());
    CHECK(result->accessExpiresAt == fixture.clock.now().addSecs(3600));
    // The sign-in can finish before the browser has read the page the receiver sent it.
    REQUIRE(spinUntil([&] { return fixture.browser.callbackPage.status != 0; }, 10'000));
    CHECK(fixture.browser.callbackPage.status == 200);
    CHECK(fixture.browser.callbackPage.body.contains("You are signed in"));

    // What went to the browser: PKCE S256, a state and a nonce, the loopback redirect.
    const QUrlQuery query(fixture.browser.authorizeUrl);
    CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == QLatin1String("S256"));
    CHECK(query.queryItemValue(QStringLiteral("code_challenge")).size() == 43);
    CHECK(query.queryItemValue(QStringLiteral("state")).size() >= 32);
    CHECK(query.queryItemValue(QStringLiteral("nonce")).size() >= 32);
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    CHECK(redirect.host() == QLatin1String("127.0.0.1"));
    CHECK(redirect.path() == QLatin1String("/callback"));

    const QString code
        = QUrlQuery(fixture.browser.callbackUrl).queryItemValue(QStringLiteral("code"));
    for (const QString &line : std::as_const(logged)) {
        CHECK_FALSE(line.contains(code));
        CHECK_FALSE(line.contains(QString::fromLatin1(result->accessToken)));
        CHECK_FALSE(line.contains(QString::fromLatin1(result->refreshToken)));
    }

    // The listener is gone once the sign-in is done.
    CHECK(get(fixture.browser.network, fixture.browser.callbackUrl).status == 0);
}

TEST_CASE("Stray requests to the loopback listener are refused and the sign-in goes on", "[oidc]")
{
    OidcFixture fixture;
    fixture.browser.follow = false;
    auto client = fixture.client(fixture.config());
    auto future = client->signIn(fixture.browser.opener());
    REQUIRE(spinUntil([&] { return fixture.browser.callbackUrl.isValid(); }, 10'000));
    const QUrl callback = fixture.browser.callbackUrl;

    SECTION("a foreign state")
    {
        const Page forged
            = get(fixture.browser.network,
                  withQueryItem(callback, QStringLiteral("state"), QStringLiteral("forged")));
        CHECK(forged.status == 400);
        CHECK(forged.body.contains("does not belong to the sign-in in progress"));
    }
    SECTION("another path")
    {
        QUrl favicon = callback;
        favicon.setPath(QStringLiteral("/favicon.ico"));
        favicon.setQuery(QString());
        CHECK(get(fixture.browser.network, favicon).status == 404);
    }
    SECTION("bytes that are not HTTP")
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        REQUIRE(spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write(QByteArray("\x16\x03\x01\x02\x00\xff\xfe garbage\r\n\r\n", 20));
        REQUIRE(spinUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
        CHECK(socket.readAll().startsWith("HTTP/1.1 400"));
    }

    CHECK_FALSE(future.isFinished());
    const Page real = get(fixture.browser.network, callback);
    CHECK(real.status == 200);
    const auto result = ready(future);
    REQUIRE(result);
    CHECK(result->email == alice);
}

TEST_CASE("The provider's refusal in the browser is reported in words", "[oidc]")
{
    OidcFixture fixture;
    fixture.provider.setRefuseSignIn(true);
    auto client = fixture.client(fixture.config());
    const auto result = ready(client->signIn(fixture.browser.opener()));
    REQUIRE_FALSE(result);
    CHECK(result.error().category == Error::Category::Auth);
    CHECK(result.error().message.contains(QLatin1String("cancelled or refused in the browser")));
    REQUIRE(spinUntil([&] { return fixture.browser.callbackPage.status != 0; }, 10'000));
    CHECK(fixture.browser.callbackPage.body.contains("did not complete"));
}

TEST_CASE("A sign-in nobody completes in the browser times out", "[oidc]")
{
    OidcFixture fixture;
    auto client = fixture.client(fixture.config(1));
    QUrl authorize;
    const auto result = ready(client->signIn([&authorize](const QUrl &url) {
        authorize = url;
        return true; // the person never comes back
    }));
    REQUIRE_FALSE(result);
    CHECK(result.error().message
          == QLatin1String("The sign-in was not completed in the browser within 1 second(s)."));
    const QUrl redirect(
        QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    CHECK(get(fixture.browser.network, redirect).status == 0); // nobody listens any more
}

TEST_CASE("No browser, no sign-in", "[oidc]")
{
    OidcFixture fixture;
    auto client = fixture.client(fixture.config());
    const auto result = ready(client->signIn([](const QUrl &) { return false; }));
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QLatin1String("could not open a web browser")));
}

TEST_CASE("An ID token for an unverified e-mail address is refused", "[oidc]")
{
    OidcFixture fixture;
    fixture.provider.setSignedInEmail(alice, false);
    auto client = fixture.client(fixture.config());
    const auto result = ready(client->signIn(fixture.browser.opener()));
    REQUIRE_FALSE(result);
    CHECK(result.error().category == Error::Category::Auth);
    CHECK(result.error().message.contains(QLatin1String("alice@example.com is not verified")));
}

TEST_CASE("A computer clock far off the provider's is named as the cause", "[oidc]")
{
    OidcFixture fixture;
    // The provider's clock is two hours behind ours; its one-hour ID token looks expired.
    fixture.provider.setClock([&fixture] { return fixture.clock.now().addSecs(-2 * 3600); });
    auto client = fixture.client(fixture.config());
    const auto result = ready(client->signIn(fixture.browser.opener()));
    REQUIRE_FALSE(result);
    CHECK(
        result.error().message.startsWith(QLatin1String("Your computer's clock seems to be off")));
}

TEST_CASE("Discovery problems say what to check", "[oidc]")
{
    OidcFixture fixture;
    Oidc::OidcConfig config = fixture.config();

    SECTION("unreachable provider")
    {
        QTcpServer closed; // a port that was free a moment ago and has nobody listening now
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        QUrl issuer = fixture.server.url();
        issuer.setPort(closed.serverPort());
        closed.close();
        config.issuer = issuer;
        const auto result = ready(fixture.client(config)->signIn(fixture.browser.opener()));
        REQUIRE_FALSE(result);
        CHECK(result.error().category == Error::Category::Network);
        CHECK(result.error().message.contains(QLatin1String("could not be reached")));
    }
    SECTION("the provider names another issuer")
    {
        QUrl other = fixture.server.url();
        other.setPath(QStringLiteral("/realms/other"));
        fixture.provider.setIssuer(other);
        const auto result = ready(fixture.client(config)->signIn(fixture.browser.opener()));
        REQUIRE_FALSE(result);
        CHECK(result.error().category == Error::Category::Config);
        CHECK(result.error().message.contains(QLatin1String("calls itself")));
    }
    CHECK(fixture.browser.authorizeUrl.isEmpty()); // no browser was opened
}

TEST_CASE("The provider checks the PKCE verifier", "[oidc]")
{
    OidcFixture fixture;
    const QByteArray verifier(64, 'v');
    const QByteArray challenge
        = Google::Jwt::base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    const QString redirectUri = QStringLiteral("http://127.0.0.1:9/callback");

    const auto authorize = [&] {
        QUrl url = fixture.server.url();
        url.setPath(QStringLiteral("/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QLatin1String(Demo::DemoOidc::clientId));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(query);
        const Page page = get(fixture.browser.network, url);
        REQUIRE(page.status == 302);
        return QUrlQuery(page.location).queryItemValue(QStringLiteral("code"));
    };
    const auto exchange = [&](const QString &code, const QByteArray &codeVerifier) {
        QUrl url = fixture.server.url();
        url.setPath(QStringLiteral("/token"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        form.addQueryItem(QStringLiteral("client_id"), QLatin1String(Demo::DemoOidc::clientId));
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
        const auto answer
            = ready(fixture.http->send({QByteArrayLiteral("POST"),
                                        url,
                                        {{QByteArrayLiteral("Content-Type"),
                                          QByteArrayLiteral("application/x-www-form-urlencoded")}},
                                        form.toString(QUrl::FullyEncoded).toLatin1(),
                                        QStringLiteral("the token")}));
        REQUIRE(answer);
        return *answer;
    };

    const Net::HttpResponse tampered = exchange(authorize(), QByteArray(64, 'w'));
    CHECK(tampered.status == 400);
    CHECK(QJsonDocument::fromJson(tampered.body)[QStringLiteral("error")].toString()
          == QLatin1String("invalid_grant"));
    CHECK(exchange(authorize(), verifier).status == 200);
}

TEST_CASE("An expired access token is renewed with the refresh token, which rotates", "[oidc]")
{
    OidcFixture fixture;
    fixture.provider.setAccessTokenLifetime(60);
    auto client = fixture.client(fixture.config());
    const auto signedIn = ready(client->signIn(fixture.browser.opener()));
    REQUIRE(signedIn);

    fixture.clock.advance(120);
    CHECK_FALSE(fixture.provider.isAccessTokenValid(signedIn->accessToken));
    const auto renewed = ready(client->refresh(signedIn->refreshToken));
    REQUIRE(renewed);
    CHECK(fixture.provider.isAccessTokenValid(renewed->accessToken));
    CHECK(renewed->accessExpiresAt == fixture.clock.now().addSecs(60));
    CHECK(renewed->email == alice);
    CHECK(renewed->refreshToken != signedIn->refreshToken);

    // The old refresh token was replaced; using it again ends the sign-in.
    const auto reused = ready(client->refresh(signedIn->refreshToken));
    REQUIRE_FALSE(reused);
    CHECK(reused.error().category == Error::Category::Auth);
    CHECK(reused.error().message == QLatin1String("Your sign-in has expired; sign in again."));
    CHECK(ready(client->refresh(renewed->refreshToken)));
}

TEST_CASE("A refresh token the provider let expire ends the sign-in", "[oidc]")
{
    OidcFixture fixture;
    fixture.provider.setRefreshTokenLifetime(24 * 3600);
    auto client = fixture.client(fixture.config());
    const auto signedIn = ready(client->signIn(fixture.browser.opener()));
    REQUIRE(signedIn);

    fixture.clock.advance(2 * 24 * 3600);
    const auto result = ready(client->refresh(signedIn->refreshToken));
    REQUIRE_FALSE(result);
    CHECK(result.error().category == Error::Category::Auth);
    CHECK(result.error().message == QLatin1String("Your sign-in has expired; sign in again."));
}

TEST_CASE("Signing out revokes the refresh token", "[oidc]")
{
    OidcFixture fixture;
    auto client = fixture.client(fixture.config());
    const auto signedIn = ready(client->signIn(fixture.browser.opener()));
    REQUIRE(signedIn);

    const auto revoked = ready(client->revoke(signedIn->refreshToken));
    REQUIRE(revoked);
    CHECK(*revoked);
    const auto after = ready(client->refresh(signedIn->refreshToken));
    REQUIRE_FALSE(after);
    CHECK(after.error().message == QLatin1String("Your sign-in has expired; sign in again."));
}

TEST_CASE("A provider without revocation is not an error on sign-out", "[oidc]")
{
    OidcFixture fixture;
    fixture.server.setHandler([&fixture](const Demo::DemoRequest &request) {
        Demo::DemoResponse response = fixture.provider.handle(request);
        if (request.path.startsWith(QLatin1String("/.well-known/"))) {
            QJsonObject discovery = QJsonDocument::fromJson(response.body).object();
            discovery.remove(QStringLiteral("revocation_endpoint"));
            response.body = QJsonDocument(discovery).toJson();
        }
        return response;
    });
    auto client = fixture.client(fixture.config());
    const auto revoked = ready(client->revoke(QByteArrayLiteral("whatever")));
    REQUIRE(revoked);
    CHECK_FALSE(*revoked);
    for (const auto &request : fixture.server.requests())
        CHECK(request.path != QLatin1String("/revoke"));
}

TEST_CASE("An unknown client ID is named", "[oidc]")
{
    OidcFixture fixture;
    Oidc::OidcConfig config = fixture.config();
    config.clientId = QStringLiteral("not-registered");
    const auto result = ready(fixture.client(config)->refresh(QByteArrayLiteral("token")));
    REQUIRE_FALSE(result);
    CHECK(result.error().category == Error::Category::Config);
    CHECK(result.error().message.contains(QLatin1String("does not know Stethoscope's client ID "
                                                        "not-registered")));
}

TEST_CASE("ID token claims", "[oidc]")
{
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QString issuer = QStringLiteral("https://login.example.com");
    QJsonObject claims {{QStringLiteral("iss"), issuer},
                        {QStringLiteral("aud"), QStringLiteral("desktop")},
                        {QStringLiteral("exp"), now.toSecsSinceEpoch() + 600},
                        {QStringLiteral("nonce"), QStringLiteral("n")},
                        {QStringLiteral("email"), alice}};
    const auto check = [&](const QJsonObject &body) {
        const QByteArray token
            = "e30." + Google::Jwt::base64Url(QJsonDocument(body).toJson()) + ".c2ln";
        return Oidc::checkIdToken(token,
                                  {issuer, QStringLiteral("desktop"), QStringLiteral("n"), now});
    };

    CHECK(*check(claims) == alice); // email_verified absent is accepted
    SECTION("audience as a list")
    {
        claims.insert(QStringLiteral("aud"),
                      QJsonArray {QStringLiteral("other"), QStringLiteral("desktop")});
        CHECK(check(claims));
    }
    SECTION("refusals")
    {
        const auto [key, value, words] = GENERATE(table<const char *, QJsonValue, const char *>(
            {{"aud", QJsonValue(QStringLiteral("other")), "another application"},
             {"iss", QJsonValue(QStringLiteral("https://evil.example")), "instead of"},
             {"nonce", QJsonValue(QStringLiteral("m")), "does not belong to this sign-in"},
             {"email", QJsonValue(QString()), "did not share your e-mail address"},
             {"exp", QJsonValue(1'000'000'000), "clock seems to be off"}}));
        claims.insert(QLatin1String(key), value);
        const auto result = check(claims);
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QLatin1String(words)));
    }
    SECTION("a token of four parts is unreadable")
    {
        CHECK_FALSE(Oidc::checkIdToken("a.b.c.d", {issuer, QStringLiteral("desktop"), {}, now}));
    }
}
