#include "landesksource.h"

#include "landeskxml.h"

#include "net/sourcefetch.h"
#include "net/whendone.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QXmlStreamWriter>

#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcLandesk, "stethoscope.sources.landesk", QtWarningMsg)

namespace Stethoscope::Sources::Landesk {

using Core::Error;
using Core::Result;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LandeskSource)
};

const QString mbsdkNamespace = QStringLiteral("http://landesk.com/MBSDKService/MBSDK/");
const QString soapNamespace = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");

using Parameters = QList<std::pair<QString, QString>>;

QUrl getUrl(const QUrl &service, const QString &operation, const Parameters &parameters)
{
    QUrl url = service;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + operation);
    QStringList parts;
    for (const auto &[key, value] : parameters) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

QByteArray soapBody(const QString &operation, const Parameters &parameters)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(soapNamespace, QStringLiteral("soap"));
    xml.writeStartElement(soapNamespace, QStringLiteral("Envelope"));
    xml.writeStartElement(soapNamespace, QStringLiteral("Body"));
    xml.writeStartElement(operation);
    xml.writeDefaultNamespace(mbsdkNamespace);
    for (const auto &[key, value] : parameters)
        xml.writeTextElement(key, value);
    xml.writeEndDocument();
    return body;
}

// What IIS answers to the GET binding of an ASMX service that has it switched off: a 500
// "Request format is unrecognized…" page or a SOAP fault.
bool looksLikeGetBindingOff(const HttpResponse &response, bool getWorked)
{
    if (response.status != 500)
        return false;
    const QByteArray body = response.body.toLower();
    return body.contains("request format is unrecognized")
        || body.contains("unknown request format") || (!getWorked && body.contains(":fault"));
}

} // namespace

// One refresh of one employee: the machine list, then data and vulnerabilities per machine.
class LandeskFetch : public Net::SourceFetch
{
public:
    using Done = std::function<void(const QByteArray &)>;

    LandeskFetch(LandeskSource &source, QString email)
        : Net::SourceFetch(QStringLiteral("landesk"), source.m_clock, lcLandesk(), &source)
        , m_source(source)
        , m_email(std::move(email))
    { }

    QFuture<Core::SourceResult> start()
    {
        auto started = future();
        const LandeskConfig &config = m_source.m_config;
        const QString username = m_email.section(u'@', 0, 0);
        if (!config.queryName.isEmpty()) {
            call(QStringLiteral("RunQuery"), {{QStringLiteral("queryName"), config.queryName}},
                 Text::tr("the saved query %1").arg(config.queryName),
                 [this, username](const QByteArray &body) {
                     listed(parseQueryMachines(body, m_email, username));
                 });
            return started;
        }
        // Quotes are doubled, as in the SQL the filter becomes.
        const auto quoted = [](QString text) { return text.replace(u'\'', QStringLiteral("''")); };
        QString filter = config.filterTemplate;
        filter.replace(QStringLiteral("{email}"), quoted(m_email))
            .replace(QStringLiteral("{username}"), quoted(username));
        call(QStringLiteral("ListMachines"), {{QStringLiteral("Filter"), filter}},
             Text::tr("the machine list"),
             [this](const QByteArray &body) { listed(parseMachineList(body)); });
        return started;
    }

private:
    struct Pending
    {
        Machine machine;
        std::optional<ColumnValues> data;
        std::optional<QList<Vulnerability>> vulnerabilities;
    };

    void listed(Result<QList<Machine>> machines)
    {
        if (!machines) {
            fail(machines.error());
            return;
        }
        if (machines->isEmpty()) {
            finish(QList<Core::DeviceRecord>());
            return;
        }
        const QString columns = columnDefinitionXml(m_source.m_config.columns);
        for (const Machine &machine : std::as_const(*machines)) {
            auto pending = std::make_shared<Pending>(Pending {machine, {}, {}});
            m_pending.append(pending);
            const Parameters guid {{QStringLiteral("GUID"), machine.guid}};
            const QString name = machine.name.value_or(machine.guid);
            call(QStringLiteral("GetMachineData"),
                 guid + Parameters {{QStringLiteral("ColumnDefXML"), columns}},
                 Text::tr("the inventory of %1").arg(name),
                 [this, pending](const QByteArray &body) {
                     auto data = parseMachineData(body);
                     if (!data)
                         return fail(data.error());
                     pending->data = std::move(data).value();
                     completeOne();
                 });
            call(QStringLiteral("GetMachineVulnerabilities"), guid,
                 Text::tr("the vulnerabilities of %1").arg(name),
                 [this, pending](const QByteArray &body) {
                     auto list = parseVulnerabilities(body);
                     if (!list)
                         return fail(list.error());
                     pending->vulnerabilities = std::move(list).value();
                     completeOne();
                 });
        }
    }

    void completeOne()
    {
        QList<Core::DeviceRecord> records;
        ParseOptions options {m_source.m_config.columns, m_source.m_config.vulnerabilities,
                              m_source.m_config.timeZone};
        for (const auto &pending : std::as_const(m_pending)) {
            if (!pending->data || !pending->vulnerabilities)
                return; // still waiting
            records.append(
                buildRecord(pending->machine, *pending->data, pending->vulnerabilities, options));
        }
        finish(records);
    }

    // One MBSDK operation in the binding the server speaks; `done` gets a successful body.
    void call(const QString &operation, const Parameters &parameters, const QString &purpose,
              const Done &done, bool renewed = false)
    {
        if (isOver())
            return;
        if (!m_source.m_tokens) {
            send(operation, parameters, purpose, done, {}, renewed);
            return;
        }
        Net::whenDone(m_source.m_tokens->token(renewed), m_source.m_tokens, this,
                      [=, this](const Result<QByteArray> &token) {
                          if (!token)
                              return fail(token.error());
                          send(operation, parameters, purpose, done, *token, renewed);
                      });
    }

    void send(const QString &operation, const Parameters &parameters, const QString &purpose,
              const Done &done, const QByteArray &bearer, bool renewed)
    {
        const bool soap = m_source.m_soap;
        HttpRequest request;
        request.purpose = purpose;
        if (soap) {
            request.method = QByteArrayLiteral("POST");
            request.url = m_source.m_config.url;
            request.body = soapBody(operation, parameters);
            request.headers = {
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")},
                {QByteArrayLiteral("SOAPAction"),
                 '"' + (mbsdkNamespace + operation).toUtf8() + '"'}};
        } else {
            request.url = getUrl(m_source.m_config.url, operation, parameters);
        }
        if (!bearer.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + bearer});
        Net::whenDone(m_source.m_http.send(std::move(request)), &m_source.m_http, this,
                      [=, this](const Result<HttpResponse> &answer) {
                          if (isOver())
                              return;
                          if (!answer)
                              return fail(answer.error());
                          if (answer->status == 401 && m_source.m_tokens && !renewed)
                              return call(operation, parameters, purpose, done, true);
                          if (!soap && looksLikeGetBindingOff(*answer, m_source.m_getWorked)) {
                              qCInfo(lcLandesk) << "the HTTP-GET binding is off, using SOAP";
                              m_source.m_soap = true;
                              return send(operation, parameters, purpose, done, bearer, renewed);
                          }
                          if (!answer->isSuccess()) {
                              // A SOAP fault says in words what went wrong; prefer it to the
                              // status.
                              const auto fault = Xml::read(answer->body);
                              if (answer->status == 500 && !fault
                                  && fault.error().category == Error::Category::Backend)
                                  return fail(fault.error());
                              return fail(m_source.m_http.httpError(*answer, purpose));
                          }
                          if (!soap)
                              m_source.m_getWorked = true;
                          done(answer->body);
                      });
    }

    LandeskSource &m_source;
    QString m_email;
    QList<std::shared_ptr<Pending>> m_pending;
};

LandeskConfig LandeskConfig::withDefaults()
{
    return {};
}

LandeskSource::LandeskSource(Net::HttpClient &http, LandeskConfig config, const Core::Clock &clock,
                             Net::TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_tokens(tokens)
{ }

QFuture<Core::SourceResult> LandeskSource::fetch(const QString &email)
{
    if (email.trimmed().isEmpty() || !email.contains(u'@')) {
        return QtFuture::makeReadyFuture(Core::SourceResult {
            id(),
            Error::config(Text::tr("No valid e-mail address is set ([identity] email); LANDESK "
                                   "finds machines by their owner.")),
            m_clock.now()});
    }
    if (auto problem = Net::HttpClient::checkUrl(m_config.url, m_http.limits().displayName))
        return QtFuture::makeReadyFuture(Core::SourceResult {id(), *problem, m_clock.now()});
    auto *fetch = new LandeskFetch(*this, email.trimmed());
    return fetch->start();
}

} // namespace Stethoscope::Sources::Landesk
