#include "demolandesk.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Stethoscope::Sources::Demo {

namespace {

const QString service = QStringLiteral("/MBSDKService/MsgSDK.asmx");
const QString mbsdkNamespace = QStringLiteral("http://landesk.com/MBSDKService/MBSDK/");
const QString soapNamespace = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QStringList operations {QStringLiteral("ListMachines"), QStringLiteral("GetMachineData"),
                              QStringLiteral("GetMachineVulnerabilities"),
                              QStringLiteral("RunQuery")};

// What each operation's result is called in the GET binding (the SOAP one wraps <OpResult>).
QString resultName(const QString &operation)
{
    if (operation == u"ListMachines")
        return QStringLiteral("DeviceList");
    if (operation == u"GetMachineData")
        return QStringLiteral("MachineData");
    if (operation == u"GetMachineVulnerabilities")
        return QStringLiteral("VulnerabilityList");
    return QStringLiteral("DataSet");
}

DemoResponse xmlResponse(int status, QByteArray body)
{
    return {status,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")}},
            std::move(body)};
}

DemoResponse soapFault(const QString &message)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(soapNamespace, QStringLiteral("soap"));
    xml.writeStartElement(soapNamespace, QStringLiteral("Envelope"));
    xml.writeStartElement(soapNamespace, QStringLiteral("Body"));
    xml.writeStartElement(soapNamespace, QStringLiteral("Fault"));
    xml.writeTextElement(QStringLiteral("faultcode"), QStringLiteral("soap:Server"));
    xml.writeTextElement(QStringLiteral("faultstring"),
                         QStringLiteral("Server was unable to process request. ---> ") + message);
    xml.writeEndDocument();
    return xmlResponse(500, body);
}

// IIS's answer to a GET when the service's HTTP-GET protocol is switched off in web.config.
DemoResponse unrecognisedFormat(const QString &operation)
{
    return {500,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")}},
            QStringLiteral("<html><head><title>Request format is unrecognized for URL unexpectedly "
                           "ending in '/%1'.</title></head><body><h2>Server Error in "
                           "'/MBSDKService' Application.</h2><p>Request format is unrecognized "
                           "for URL unexpectedly ending in '/%1'.</p></body></html>")
                .arg(operation)
                .toUtf8()};
}

DemoResponse unauthorized(QByteArray challenge = {})
{
    DemoResponse response {401, {}, QByteArrayLiteral("401 - Unauthorized: Access is denied.")};
    if (challenge.isEmpty()) {
        response.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Negotiate")});
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("NTLM")});
    } else {
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), challenge});
    }
    return response;
}

QString ownerName(const QJsonObject &device)
{
    return device.value(QStringLiteral("owner")).toString().section(u'@', 0, 0);
}

QJsonObject landeskBlock(const QJsonObject &device)
{
    return device.value(QStringLiteral("landesk")).toObject();
}

QString guidOf(const QJsonObject &device)
{
    return device.value(QStringLiteral("seen_by"))
        .toObject()
        .value(QStringLiteral("landesk"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

// LANDESK shows NIC addresses as twelve hex digits.
QString nicAddress(const QJsonObject &device)
{
    QString mac = device.value(QStringLiteral("macs")).toArray().at(0).toString().toUpper();
    mac.remove(u':').remove(u'-');
    return mac;
}

QString columnKey(const QString &definition)
{
    QString result;
    for (const QChar c : definition) {
        if (c.isLetterOrNumber() || c == u'.')
            result += c.toLower();
    }
    return result;
}

} // namespace

DemoLandesk::DemoLandesk(SampleFleet fleet)
    : m_fleet(std::move(fleet))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_ntlm(QLatin1String(domain), QLatin1String(username), QLatin1String(password))
{ }

void DemoLandesk::setGetBindingEnabled(bool enabled)
{
    m_getBinding = enabled;
}

void DemoLandesk::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QTimeZone DemoLandesk::timeZone()
{
    const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
    return chicago.isValid() ? chicago : QTimeZone(-6 * 3600);
}

std::optional<DemoResponse> DemoLandesk::authenticate(const DemoRequest &request)
{
    if (m_ntlm.isAuthenticated(request.connectionId))
        return std::nullopt;
    const QByteArray header = request.header("authorization");
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    if (space < 0 || (scheme != "ntlm" && scheme != "negotiate"))
        return unauthorized();
    const QByteArray token = QByteArray::fromBase64(header.mid(space + 1).trimmed());
    const auto answer = m_ntlm.handle(request.connectionId, token);
    switch (answer.outcome) {
    case NtlmVerifier::Outcome::Challenge:
        return unauthorized(header.left(space) + ' ' + answer.challenge.toBase64());
    case NtlmVerifier::Outcome::Authenticated:
        return std::nullopt;
    case NtlmVerifier::Outcome::Rejected:
        break;
    }
    return unauthorized();
}

DemoResponse DemoLandesk::handle(const DemoRequest &request)
{
    if (!request.path.startsWith(service, Qt::CaseInsensitive))
        return {404, {}, QByteArrayLiteral("Not found")};
    if (auto refused = authenticate(request))
        return *refused;

    Call call;
    if (request.method == "GET") {
        call.operation = request.path.mid(service.size() + 1);
        if (!operations.contains(call.operation))
            return unrecognisedFormat(call.operation);
        if (!m_getBinding)
            return unrecognisedFormat(call.operation);
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            call.parameters.insert(key, value);
        return answer(call, false);
    }
    if (request.method != "POST" || request.path.size() != service.size())
        return {405, {}, QByteArrayLiteral("Method not allowed")};

    QXmlStreamReader xml(request.body);
    bool inBody = false;
    while (!xml.atEnd() && call.operation.isEmpty()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (inBody)
            call.operation = xml.name().toString();
        inBody = inBody || xml.name() == u"Body";
    }
    while (!call.operation.isEmpty() && xml.readNextStartElement())
        call.parameters.insert(xml.name().toString(), xml.readElementText());
    if (xml.hasError() || !operations.contains(call.operation))
        return soapFault(QStringLiteral("The request is not a known MBSDK SOAP call."));
    const QByteArray action = request.header("soapaction");
    if (action != '"' + (mbsdkNamespace + call.operation).toUtf8() + '"') {
        return soapFault(QStringLiteral("Server did not recognize the value of HTTP Header "
                                        "SOAPAction: %1.")
                             .arg(QString::fromUtf8(action)));
    }
    return answer(call, true);
}

DemoResponse DemoLandesk::answer(const Call &call, bool soap) const
{
    const QString guid = call.parameters.value(QStringLiteral("GUID"));
    std::optional<QJsonObject> machine;
    if (call.operation == u"GetMachineData" || call.operation == u"GetMachineVulnerabilities") {
        machine = device(guid);
        if (!machine)
            return soapFault(QStringLiteral("No device with GUID %1.").arg(guid));
    }
    if (call.operation == u"RunQuery"
        && call.parameters.value(QStringLiteral("queryName")) != QLatin1String(queryName)) {
        return soapFault(QStringLiteral("The query \"%1\" does not exist.")
                             .arg(call.parameters.value(QStringLiteral("queryName"))));
    }

    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    if (soap) {
        xml.writeNamespace(soapNamespace, QStringLiteral("soap"));
        xml.writeStartElement(soapNamespace, QStringLiteral("Envelope"));
        xml.writeStartElement(soapNamespace, QStringLiteral("Body"));
        xml.writeStartElement(call.operation + QStringLiteral("Response"));
        xml.writeDefaultNamespace(mbsdkNamespace);
        xml.writeStartElement(call.operation + QStringLiteral("Result"));
    } else {
        xml.writeStartElement(resultName(call.operation));
        xml.writeDefaultNamespace(mbsdkNamespace);
    }
    if (call.operation == u"ListMachines")
        writeMachineList(xml, call.parameters.value(QStringLiteral("Filter")));
    else if (call.operation == u"RunQuery")
        writeQuery(xml);
    else if (call.operation == u"GetMachineData")
        writeMachineData(xml, *machine, call.parameters.value(QStringLiteral("ColumnDefXML")));
    else
        writeVulnerabilities(xml, *machine);
    xml.writeEndDocument();
    return xmlResponse(200, body);
}

std::optional<QJsonObject> DemoLandesk::device(const QString &guid) const
{
    for (const QJsonObject &device : m_fleet.devicesSeenBy(QStringLiteral("landesk"))) {
        if (guidOf(device).compare(guid, Qt::CaseInsensitive) == 0)
            return device;
    }
    return std::nullopt;
}

void DemoLandesk::writeMachineList(QXmlStreamWriter &xml, const QString &filter) const
{
    // The demo understands the value of a filter, not its column: 'alice' or 'alice@…'.
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    const QString wanted = quoted.match(filter).captured(1).section(u'\\', -1);
    xml.writeStartElement(QStringLiteral("Devices"));
    for (const QJsonObject &device : m_fleet.devicesSeenBy(QStringLiteral("landesk"))) {
        const QString owner = device.value(QStringLiteral("owner")).toString();
        if (!filter.trimmed().isEmpty() && wanted.compare(owner, Qt::CaseInsensitive) != 0
            && wanted.compare(ownerName(device), Qt::CaseInsensitive) != 0) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("DeviceInfo"));
        xml.writeTextElement(QStringLiteral("GUID"), guidOf(device));
        xml.writeTextElement(QStringLiteral("DeviceName"),
                             device.value(QStringLiteral("name")).toString());
        xml.writeTextElement(QStringLiteral("DomainName"), QLatin1String(domain));
        xml.writeTextElement(QStringLiteral("MACAddress"), nicAddress(device));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void DemoLandesk::writeQuery(QXmlStreamWriter &xml) const
{
    // A DataSet as .NET serialises one: column names with XmlConvert escapes, rows as <Table>.
    xml.writeStartElement(QStringLiteral("NewDataSet"));
    xml.writeDefaultNamespace(QString());
    for (const QJsonObject &device : m_fleet.devicesSeenBy(QStringLiteral("landesk"))) {
        xml.writeStartElement(QStringLiteral("Table"));
        xml.writeTextElement(QStringLiteral("GUID"), guidOf(device));
        xml.writeTextElement(QStringLiteral("Device_x0020_Name"),
                             device.value(QStringLiteral("name")).toString());
        xml.writeTextElement(QStringLiteral("Primary_x0020_Owner"),
                             QLatin1String(domain) + u'\\' + ownerName(device));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void DemoLandesk::writeMachineData(QXmlStreamWriter &xml, const QJsonObject &device,
                                   const QString &columnDefinitions) const
{
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    const QJsonObject extra = landeskBlock(device);
    const QStringList version = device.value(QStringLiteral("os_version")).toString().split(u'.');
    const int hoursAgo = device.value(QStringLiteral("seen_by"))
                             .toObject()
                             .value(QStringLiteral("landesk"))
                             .toObject()
                             .value(QStringLiteral("hours_ago"))
                             .toInt();
    const QDateTime inventory = m_now().addSecs(-qint64(hoursAgo) * 3600).toTimeZone(timeZone());

    QList<std::pair<QString, QString>> values {
        {QStringLiteral("\"Computer\".\"Device Name\""),
         device.value(QStringLiteral("name")).toString()},
        {QStringLiteral("\"Computer\".\"OS\".\"Name\""),
         device.value(QStringLiteral("os")).toString()},
        {QStringLiteral("\"Computer\".\"OS\".\"Version\""), version.mid(0, 2).join(u'.')},
        {QStringLiteral("\"Computer\".\"OS\".\"Build Number\""), version.value(2)},
        {QStringLiteral("\"Computer\".\"OS\".\"Update Build Revision\""), version.value(3)},
        {QStringLiteral("\"Computer\".\"BIOS\".\"Serial Number\""),
         device.value(QStringLiteral("serial")).toString()},
        {QStringLiteral("\"Computer\".\"System\".\"Model\""),
         device.value(QStringLiteral("model")).toString()},
        {QStringLiteral("\"Computer\".\"System\".\"Manufacturer\""),
         device.value(QStringLiteral("manufacturer")).toString()},
        {QStringLiteral("\"Computer\".\"Network\".\"NIC Address\""), nicAddress(device)},
        {QStringLiteral("\"Computer\".\"Last Updated by Inventory Server\""),
         inventory.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
    };
    const QJsonValue encrypted = state.value(QStringLiteral("encrypted"));
    if (encrypted.isBool() || encrypted.isObject()) {
        const int percent = encrypted.isObject()
            ? encrypted.toObject().value(QStringLiteral("encrypting")).toInt()
            : extra.value(QStringLiteral("bitlocker_percent")).toInt(encrypted.toBool() ? 100 : 0);
        values.append(
            {QStringLiteral(
                 "\"Computer\".\"Security\".\"BitLocker\".\"Drive\".\"Protection Status\""),
             encrypted.toBool() ? QStringLiteral("Protection On")
                                : QStringLiteral("Protection Off")});
        values.append(
            {QStringLiteral(
                 "\"Computer\".\"Security\".\"BitLocker\".\"Drive\".\"Percentage Encrypted\""),
             QString::number(percent)});
    }
    const QJsonValue firewall = state.value(QStringLiteral("firewall"));
    if (firewall.isBool()) {
        const QJsonArray profiles = extra.value(QStringLiteral("firewall_profiles")).toArray();
        for (const QJsonValue profile : profiles) {
            values.append(
                {QStringLiteral(
                     "\"Computer\".\"Network\".\"Windows Firewall\".\"Profile\".\"Name\""),
                 profile.toString()});
            values.append(
                {QStringLiteral(
                     "\"Computer\".\"Network\".\"Windows Firewall\".\"Profile\".\"Enabled\""),
                 firewall.toBool() ? QStringLiteral("On") : QStringLiteral("Off")});
        }
    }

    // Only the columns asked for, as the real service does.
    QSet<QString> wanted;
    QXmlStreamReader definitions(columnDefinitions);
    while (!definitions.atEnd()) {
        if (definitions.readNext() == QXmlStreamReader::StartElement
            && definitions.name() == u"Column") {
            wanted.insert(columnKey(definitions.readElementText()));
        }
    }
    xml.writeStartElement(QStringLiteral("Data"));
    for (const auto &[column, value] : std::as_const(values)) {
        if (value.isEmpty() || !wanted.contains(columnKey(column)))
            continue;
        xml.writeStartElement(QStringLiteral("MachineDataItem"));
        xml.writeTextElement(QStringLiteral("Key"), column);
        xml.writeTextElement(QStringLiteral("Value"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void DemoLandesk::writeVulnerabilities(QXmlStreamWriter &xml, const QJsonObject &device) const
{
    const QJsonObject state = device.value(QStringLiteral("state")).toObject();
    xml.writeStartElement(QStringLiteral("Vulnerabilities"));
    const auto row = [&xml](const QString &id, const QString &title, const QString &severity,
                            const QString &type, bool detected) {
        xml.writeStartElement(QStringLiteral("Vulnerability"));
        xml.writeTextElement(QStringLiteral("Vul_ID"), id);
        xml.writeTextElement(QStringLiteral("Title"), title);
        xml.writeTextElement(QStringLiteral("Severity"), severity);
        xml.writeTextElement(QStringLiteral("Type"), type);
        xml.writeTextElement(QStringLiteral("Detected"),
                             detected ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeEndElement();
    };
    // The settings definitions are scanned on every machine; detected means "not set".
    if (state.value(QStringLiteral("screen_lock")).isBool()) {
        row(QStringLiteral("ST000202"),
            QStringLiteral("Screen saver password protection is not enabled"),
            QStringLiteral("Medium"), QStringLiteral("Security Threat"),
            !state.value(QStringLiteral("screen_lock")).toBool());
    }
    if (state.value(QStringLiteral("auto_update")).isBool()) {
        row(QStringLiteral("ST000003v2"), QStringLiteral("Automatic Updates are not enabled"),
            QStringLiteral("Medium"), QStringLiteral("Security Threat"),
            !state.value(QStringLiteral("auto_update")).toBool());
    }
    for (const QJsonValue entry :
         landeskBlock(device).value(QStringLiteral("vulnerabilities")).toArray()) {
        const QJsonObject v = entry.toObject();
        row(v.value(QStringLiteral("id")).toString(), v.value(QStringLiteral("title")).toString(),
            v.value(QStringLiteral("severity")).toString(),
            v.value(QStringLiteral("type")).toString(),
            v.value(QStringLiteral("detected")).toBool(true));
    }
    xml.writeEndElement();
}

} // namespace Stethoscope::Sources::Demo
