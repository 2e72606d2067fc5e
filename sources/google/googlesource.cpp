#include "googlesource.h"

#include "googleparser.h"

#include "net/sourcefetch.h"
#include "net/whendone.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QSet>

Q_LOGGING_CATEGORY(lcGoogle, "stethoscope.sources.google", QtWarningMsg)

namespace Stethoscope::Sources::Google {

using Core::Error;
using Core::Result;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GoogleSource)
};

// Paging stops here even if Google keeps sending a nextPageToken: a server that hands out
// tokens forever must not turn a refresh into an endless loop.
constexpr int maxPages = 200;

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

// One refresh of one employee: the mobile and the ChromeOS listings side by side, then one
// result.
class GoogleFetch : public Net::SourceFetch
{
public:
    enum class Kind
    {
        Mobile,
        ChromeOs
    };

    GoogleFetch(GoogleSource &source, QString email)
        : Net::SourceFetch(QStringLiteral("google"), source.m_clock, lcGoogle(), &source)
        , m_source(source)
        , m_email(std::move(email))
    { }

    QFuture<Core::SourceResult> start()
    {
        auto started = future();
        authorizedGet(Kind::Mobile, QString(), false);
        authorizedGet(Kind::ChromeOs, QString(), false);
        return started;
    }

private:
    struct Listing
    {
        QList<Core::DeviceRecord> records;
        QSet<QString> tokensSeen;
        int pages = 0;
        bool done = false;
    };

    QUrl pageUrl(Kind kind, const QString &pageToken) const
    {
        const GoogleConfig &config = m_source.m_config;
        QUrl url = config.apiUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        url.setPath(base + QStringLiteral("/admin/directory/v1/customer/") + config.customer
                    + (kind == Kind::Mobile ? QStringLiteral("/devices/mobile")
                                            : QStringLiteral("/devices/chromeos")));
        const QString search
            = (kind == Kind::Mobile ? QStringLiteral("email:") : QStringLiteral("recent_user:"))
            + m_email;
        QStringList query {QStringLiteral("query=") + encode(search),
                           QStringLiteral("projection=FULL"),
                           QStringLiteral("maxResults=") + QString::number(config.pageSize)};
        if (!pageToken.isEmpty())
            query.append(QStringLiteral("pageToken=") + encode(pageToken));
        url.setQuery(query.join(u'&'), QUrl::StrictMode);
        return url;
    }

    static QString purpose(Kind kind)
    {
        return kind == Kind::Mobile ? Text::tr("the mobile device list")
                                    : Text::tr("the Chromebook list");
    }

    Listing &listing(Kind kind) { return kind == Kind::Mobile ? m_mobile : m_chromeOs; }

    // GET with the bearer token; a 401 gets one more try with a renewed token.
    void authorizedGet(Kind kind, const QString &pageToken, bool renewed)
    {
        Net::whenDone(
            m_source.m_tokens.token(renewed), &m_source.m_tokens, this,
            [this, kind, pageToken, renewed](const Result<QByteArray> &token) {
                if (!token) {
                    fail(token.error());
                    return;
                }
                HttpRequest request;
                request.url = pageUrl(kind, pageToken);
                request.headers
                    = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + *token}};
                request.purpose = purpose(kind);
                Net::whenDone(m_source.m_http.send(std::move(request)), &m_source.m_http, this,
                              [this, kind, pageToken, renewed](const Result<HttpResponse> &answer) {
                                  handle(kind, pageToken, renewed, answer);
                              });
            });
    }

    void handle(Kind kind, const QString &pageToken, bool renewed,
                const Result<HttpResponse> &answer)
    {
        if (isOver())
            return;
        if (!answer) {
            fail(answer.error());
            return;
        }
        if (answer->status == 401 && !renewed) {
            qCInfo(lcGoogle) << "token refused, renewing once";
            authorizedGet(kind, pageToken, true);
            return;
        }
        if (!answer->isSuccess()) {
            fail(m_source.m_http.httpError(*answer, purpose(kind)));
            return;
        }
        const QDateTime now = m_source.m_clock.now();
        auto page = kind == Kind::Mobile ? parseMobilePage(answer->body, m_email, now)
                                         : parseChromeOsPage(answer->body, m_email, now);
        if (!page) {
            fail(page.error());
            return;
        }
        if (page->dropped > 0)
            qCDebug(lcGoogle) << "search matched" << page->dropped << "devices of other people";
        Listing &list = listing(kind);
        list.records += page->records;
        ++list.pages;
        const QString next = page->nextPageToken;
        if (!next.isEmpty() && !list.tokensSeen.contains(next) && list.pages < maxPages) {
            list.tokensSeen.insert(next);
            authorizedGet(kind, next, false);
            return;
        }
        if (!next.isEmpty())
            qCWarning(lcGoogle) << "stopped following a repeating or endless nextPageToken";
        list.done = true;
        if (m_mobile.done && m_chromeOs.done)
            finish(m_mobile.records + m_chromeOs.records);
    }

    GoogleSource &m_source;
    QString m_email;
    Listing m_mobile;
    Listing m_chromeOs;
};

GoogleSource::GoogleSource(Net::HttpClient &http, Net::TokenProvider &tokens, GoogleConfig config,
                           const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
{ }

QFuture<Core::SourceResult> GoogleSource::fetch(const QString &email)
{
    const QString address = email.trimmed();
    // Google's search syntax has no quoting: spaces or quotes would change the query.
    const bool usable = address.contains(u'@')
        && std::none_of(address.begin(), address.end(),
                        [](QChar c) { return c.isSpace() || c == u'"' || c == u'\''; });
    if (!usable) {
        return QtFuture::makeReadyFuture(Core::SourceResult {
            id(),
            Error::config(Text::tr("No valid e-mail address is set ([identity] email); Google "
                                   "finds devices by their user's e-mail.")),
            m_clock.now()});
    }
    auto *fetch = new GoogleFetch(*this, address);
    return fetch->start();
}

} // namespace Stethoscope::Sources::Google
