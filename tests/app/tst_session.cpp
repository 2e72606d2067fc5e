#include "catch.h"

#include "browser.h"
#include "employeesession.h"

#include "demo/demobackends.h"
#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "oidc/oidcclient.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Stethoscope;
using Core::Result;

namespace {

template<typename T> T ready(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE(future.isFinished());
    REQUIRE(future.resultCount() == 1);
    return future.result();
}

// Stands in for the browser: opens the sign-in page and goes where the provider redirects.
struct Browser
{
    QNetworkAccessManager network;

    void open(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const QUrl next = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (next.isValid())
                network.get(QNetworkRequest(next));
        });
    }
};

// Every log line of the app, at every level, for the test's duration.
struct LogCapture
{
    static inline QStringList lines;
    QtMessageHandler previous;

    LogCapture()
    {
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("stethoscope.*=true"));
        previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                lines.append(QString::fromLatin1(context.category) + u' ' + message);
            });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
};

struct SessionFixture
{
    Core::SystemClock clock;
    QNetworkAccessManager network;
    Sources::Demo::DemoBackends demo;
    Testing::MemorySecretStore keychain;
    std::unique_ptr<Sources::Net::HttpClient> http;
    std::unique_ptr<Sources::Oidc::OidcClient> oidc;
    Browser browser;

    SessionFixture()
    {
        REQUIRE(demo.start());
        http = std::make_unique<Sources::Net::HttpClient>(
            network, Sources::Net::BackendLimits {QStringLiteral("The sign-in provider"), 2, 1});
        Sources::Oidc::OidcConfig config;
        config.issuer = demo.oidcIssuer();
        config.clientId = demo.oidcClientId();
        oidc = std::make_unique<Sources::Oidc::OidcClient>(*http, clock, config);
    }

    std::unique_ptr<App::EmployeeSession> session()
    {
        return std::make_unique<App::EmployeeSession>(*oidc, keychain, clock);
    }

    Sources::Oidc::OidcClient::BrowserOpener opener()
    {
        return [this](const QUrl &url) {
            browser.open(url);
            return true;
        };
    }
};

const QString refreshKey = QString::fromLatin1(App::EmployeeSession::refreshTokenKey);

// Registered with QDesktopServices for http: receives what the app hands to "the browser".
class UrlHandler : public QObject
{
    Q_OBJECT

public:
    explicit UrlHandler(Browser &browser)
        : m_browser(browser)
    { }
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url)
    {
        opened.append(url);
        m_browser.open(url);
    }

private:
    Browser &m_browser;
};

} // namespace

TEST_CASE("Signing in names the employee and keeps only the refresh token in the keychain",
          "[session]")
{
    SessionFixture f;
    auto session = f.session();
    const Result<QString> email = ready(session->signIn(f.opener()));
    REQUIRE(email.hasValue());
    CHECK(*email == u"alice@example.com");
    CHECK(session->isSignedIn());
    REQUIRE(f.keychain.peek(refreshKey).has_value());

    const Result<QByteArray> access = ready(session->employeeToken(false));
    REQUIRE(access.hasValue());
    CHECK(f.demo.oidc().isAccessTokenValid(*access));
    // Nothing but the refresh token went to the keychain.
    f.keychain.remove(refreshKey);
    CHECK(f.keychain.isEmpty());
}

TEST_CASE("The sign-in goes through QDesktopServices to the browser", "[session]")
{
    SessionFixture f;
    UrlHandler handler(f.browser);
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &handler, "open");
    auto session = f.session();
    const Result<QString> email = ready(session->signIn(&App::openInDesktopBrowser));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    REQUIRE(email.hasValue());
    CHECK(*email == u"alice@example.com");
    REQUIRE(handler.opened.size() == 1);
    const QUrlQuery query(handler.opened.front());
    CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == u"S256");
    CHECK(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
              .startsWith(u"http://127.0.0.1:"));
}

TEST_CASE("A stored sign-in comes back silently; nothing stored means signed out", "[session]")
{
    SessionFixture f;
    REQUIRE(ready(f.session()->signIn(f.opener())).hasValue());

    auto later = f.session(); // as after a restart
    const Result<QString> restored = ready(later->restore());
    REQUIRE(restored.hasValue());
    CHECK(*restored == u"alice@example.com");

    Testing::MemorySecretStore empty;
    App::EmployeeSession fresh(*f.oidc, empty, f.clock);
    const Result<QString> none = ready(fresh.restore());
    REQUIRE(none.hasValue()); // not an error
    CHECK(none->isEmpty());
    const Result<QByteArray> token = ready(fresh.employeeToken(false));
    REQUIRE_FALSE(token.hasValue());
    CHECK(token.error().message.contains(u"not signed in"));
}

TEST_CASE("Signing out clears the keychain and the provider forgets the session", "[session]")
{
    SessionFixture f;
    auto session = f.session();
    REQUIRE(ready(session->signIn(f.opener())).hasValue());
    const QByteArray refreshToken = *f.keychain.peek(refreshKey);

    const Result<bool> out = ready(session->signOut());
    REQUIRE(out.hasValue());
    CHECK_FALSE(session->isSignedIn());
    CHECK_FALSE(f.keychain.peek(refreshKey).has_value());
    // Revoked: the old refresh token no longer works.
    CHECK_FALSE(ready(f.oidc->refresh(refreshToken)).hasValue());
}

TEST_CASE("Renewals asked for at once spend the refresh token only once", "[session]")
{
    SessionFixture f;
    auto session = f.session();
    REQUIRE(ready(session->signIn(f.opener())).hasValue());
    auto first = session->employeeToken(true);
    auto second = session->employeeToken(true);
    const auto a = ready(first);
    const auto b = ready(second);
    REQUIRE(a.hasValue());
    REQUIRE(b.hasValue());
    CHECK(*a == *b);
    CHECK(session->isSignedIn());
}

TEST_CASE("No token, code or secret reaches the log, even at debug level", "[session][security]")
{
    LogCapture log;
    SessionFixture f;
    auto session = f.session();
    REQUIRE(ready(session->signIn(f.opener())).hasValue());
    const QByteArray refreshToken = *f.keychain.peek(refreshKey);
    const Result<QByteArray> renewed = ready(session->employeeToken(true));
    REQUIRE(renewed.hasValue());
    const QByteArray latestRefresh = *f.keychain.peek(refreshKey);

    const QString all = log.lines.join(u'\n');
    CHECK_FALSE(log.lines.isEmpty()); // the capture works: requests are logged at debug level
    for (const QByteArray &secret : {refreshToken, latestRefresh, *renewed}) {
        CAPTURE(secret.left(6));
        CHECK_FALSE(all.contains(QString::fromUtf8(secret)));
    }
}

#include "tst_session.moc"
