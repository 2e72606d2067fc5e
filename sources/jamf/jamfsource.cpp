#include "jamfsource.h"

#include "net/sourcefetch.h"
#include "net/whendone.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

#include <memory>

Q_LOGGING_CATEGORY(lcJamf, "stethoscope.sources.jamf", QtWarningMsg)

namespace Stethoscope::Sources::Jamf {

using Core::Error;
using Core::Result;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JamfSource)
};

// Paging stops here even if the server keeps claiming more: a broken totalCount must not
// turn a refresh into an endless loop.
constexpr int maxPages = 500;

const QStringList computerSections {
    QStringLiteral("GENERAL"),
    QStringLiteral("HARDWARE"),
    QStringLiteral("OPERATING_SYSTEM"),
    QStringLiteral("DISK_ENCRYPTION"),
    QStringLiteral("SECURITY"),
    QStringLiteral("APPLICATIONS"),
    QStringLiteral("SERVICES"),
    QStringLiteral("SOFTWARE_UPDATES"),
    QStringLiteral("EXTENSION_ATTRIBUTES"),
    QStringLiteral("USER_AND_LOCATION"),
};

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// An RSQL equality filter, quoted, with the value escaped.
QString rsqlEquals(const QString &field, const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return field + QStringLiteral("==\"") + escaped + u'"';
}

QUrl apiUrl(const QUrl &server, const QString &path,
            const QList<std::pair<QString, QString>> &query)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QStringList parts;
    for (const auto &[key, value] : query)
        parts.append(encode(key) + u'=' + encode(value));
    // Every reserved character is percent-encoded, so the filter's quotes and '=' survive.
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

} // namespace

// One refresh of one employee: two paged listings side by side, then one result.
class JamfFetch : public Net::SourceFetch
{
public:
    enum class Kind
    {
        Computers,
        MobileDevices
    };

    JamfFetch(JamfSource &source, QString email)
        : Net::SourceFetch(QStringLiteral("jamf"), source.m_clock, lcJamf(), &source)
        , m_source(source)
        , m_email(std::move(email))
    { }

    QFuture<Core::SourceResult> start()
    {
        auto started = future();
        fetchPage(Kind::Computers, 0);
        fetchPage(Kind::MobileDevices, 0);
        return started;
    }

private:
    QUrl pageUrl(Kind kind, int page) const
    {
        const QString pageSize = QString::number(m_source.m_config.pageSize);
        if (kind == Kind::Computers) {
            QList<std::pair<QString, QString>> query;
            for (const QString &section : computerSections)
                query.append({QStringLiteral("section"), section});
            query.append({QStringLiteral("page"), QString::number(page)});
            query.append({QStringLiteral("page-size"), pageSize});
            query.append({QStringLiteral("filter"),
                          rsqlEquals(QStringLiteral("userAndLocation.email"), m_email)});
            return apiUrl(m_source.m_config.server,
                          m_source.m_computersV1 ? QStringLiteral("/api/v1/computers-inventory")
                                                 : QStringLiteral("/api/v3/computers-inventory"),
                          query);
        }
        return apiUrl(
            m_source.m_config.server, QStringLiteral("/api/v2/mobile-devices/detail"),
            {{QStringLiteral("section"), QStringLiteral("GENERAL")},
             {QStringLiteral("section"), QStringLiteral("HARDWARE")},
             {QStringLiteral("section"), QStringLiteral("SECURITY")},
             {QStringLiteral("section"), QStringLiteral("NETWORK")},
             {QStringLiteral("section"), QStringLiteral("USER_AND_LOCATION")},
             {QStringLiteral("page"), QString::number(page)},
             {QStringLiteral("page-size"), pageSize},
             {QStringLiteral("filter"), rsqlEquals(m_source.m_config.mobileEmailField, m_email)}});
    }

    static QString purpose(Kind kind)
    {
        return kind == Kind::Computers ? Text::tr("the computer inventory")
                                       : Text::tr("the mobile device inventory");
    }

    void fetchPage(Kind kind, int page) { authorizedGet(kind, page, false); }

    // GET with the bearer token; a 401 gets one more try with a renewed token.
    void authorizedGet(Kind kind, int page, bool renewed)
    {
        Net::whenDone(
            m_source.m_tokens.token(renewed), &m_source.m_tokens, this,
            [this, kind, page, renewed](const Result<QByteArray> &token) {
                if (!token) {
                    fail(token.error());
                    return;
                }
                HttpRequest request;
                request.url = pageUrl(kind, page);
                request.headers
                    = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + *token}};
                request.purpose = purpose(kind);
                Net::whenDone(m_source.m_http.send(std::move(request)), &m_source.m_http, this,
                              [this, kind, page, renewed](const Result<HttpResponse> &answer) {
                                  handle(kind, page, renewed, answer);
                              });
            });
    }

    void handle(Kind kind, int page, bool renewed, const Result<HttpResponse> &answer)
    {
        if (isOver())
            return;
        if (!answer) {
            fail(answer.error());
            return;
        }
        if (answer->status == 401 && !renewed) {
            qCInfo(lcJamf) << "token refused, renewing once";
            authorizedGet(kind, page, true);
            return;
        }
        if (answer->status == 404 && kind == Kind::Computers && !m_source.m_computersV1) {
            qCInfo(lcJamf) << "no v3 computer inventory on this server, using v1";
            m_source.m_computersV1 = true;
            fetchPage(kind, 0);
            return;
        }
        if (!answer->isSuccess()) {
            fail(m_source.m_http.httpError(*answer, purpose(kind)));
            return;
        }
        auto parsed = kind == Kind::Computers
            ? parseComputersPage(answer->body, m_source.m_config.attributes)
            : parseMobileDevicesPage(answer->body);
        if (!parsed) {
            fail(parsed.error());
            return;
        }
        QList<Core::DeviceRecord> &records = kind == Kind::Computers ? m_computers : m_mobiles;
        const qsizetype before = records.size();
        records += parsed->records;
        const bool more
            = records.size() < parsed->totalCount && records.size() > before && page + 1 < maxPages;
        if (more) {
            fetchPage(kind, page + 1);
            return;
        }
        (kind == Kind::Computers ? m_computersDone : m_mobilesDone) = true;
        if (m_computersDone && m_mobilesDone)
            finish(m_computers + m_mobiles);
    }

    JamfSource &m_source;
    QString m_email;
    QList<Core::DeviceRecord> m_computers;
    QList<Core::DeviceRecord> m_mobiles;
    bool m_computersDone = false;
    bool m_mobilesDone = false;
};

JamfSource::JamfSource(Net::HttpClient &http, Net::TokenProvider &tokens, JamfConfig config,
                       const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
{ }

QFuture<Core::SourceResult> JamfSource::fetch(const QString &email)
{
    if (email.trimmed().isEmpty() || email.contains(u'"') || email.contains(u'\\')) {
        return QtFuture::makeReadyFuture(Core::SourceResult {
            id(),
            Error::config(Text::tr("No valid e-mail address is set ([identity] email); Jamf "
                                   "finds devices by their user's e-mail.")),
            m_clock.now()});
    }
    auto *fetch = new JamfFetch(*this, email.trimmed());
    return fetch->start();
}

} // namespace Stethoscope::Sources::Jamf
