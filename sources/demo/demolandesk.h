#pragma once

#include "demohttpserver.h"
#include "demontlm.h"
#include "samplefleet.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>
#include <optional>

class QXmlStreamWriter;

namespace Stethoscope::Sources::Demo {

// The demo company's LANDESK / Ivanti EPM MBSDK web service over the sample fleet (devices with
// "seen_by.landesk"), as a pure request → response function that DemoHttpServer carries.
//
//   GET  /MBSDKService/MsgSDK.asmx/ListMachines?Filter=…              (HTTP-GET binding)
//   GET  /MBSDKService/MsgSDK.asmx/GetMachineData?GUID=…&ColumnDefXML=…
//   GET  /MBSDKService/MsgSDK.asmx/GetMachineVulnerabilities?GUID=…
//   GET  /MBSDKService/MsgSDK.asmx/RunQuery?queryName=…
//   POST /MBSDKService/MsgSDK.asmx   SOAP 1.1, SOAPAction
//   "http://landesk.com/MBSDKService/MBSDK/<Op>"
//
// Every request needs an NTLM-authenticated connection (see NtlmVerifier); the user is
// EXAMPLE\svc-stethoscope. ListMachines filters match a quoted value ('alice' or
// 'alice@example.com') against the owner. RunQuery knows the query "Stethoscope devices".
class DemoLandesk
{
public:
    static constexpr auto domain = "EXAMPLE";
    static constexpr auto username = "svc-stethoscope";
    static constexpr auto password = "demo-landesk-password";
    static constexpr auto queryName = "Stethoscope devices";

    explicit DemoLandesk(SampleFleet fleet);

    DemoResponse handle(const DemoRequest &request);

    void setGetBindingEnabled(bool enabled); // false: GET answers 500, SOAP still works
    void setClock(std::function<QDateTime()> now);
    // The zone the demo core server writes its naive dates in.
    static QTimeZone timeZone();

private:
    struct Call
    {
        QString operation;
        QHash<QString, QString> parameters;
    };
    std::optional<DemoResponse> authenticate(const DemoRequest &request);
    DemoResponse answer(const Call &call, bool soap) const;
    void writeMachineList(QXmlStreamWriter &xml, const QString &filter) const;
    void writeQuery(QXmlStreamWriter &xml) const;
    void writeMachineData(QXmlStreamWriter &xml, const QJsonObject &device,
                          const QString &columnDefinitions) const;
    void writeVulnerabilities(QXmlStreamWriter &xml, const QJsonObject &device) const;
    std::optional<QJsonObject> device(const QString &guid) const;

    SampleFleet m_fleet;
    std::function<QDateTime()> m_now;
    bool m_getBinding = true;
    NtlmVerifier m_ntlm;
};

} // namespace Stethoscope::Sources::Demo
