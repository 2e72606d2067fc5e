#pragma once

#include "demohttpserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Stethoscope::Sources::Demo {

// The demo company's feedback webhook, as a pure request → response function (DemoHttpServer
// carries it):
//   POST /feedback   a JSON object with a numeric "schema" and a string "response" → 204 and
//                    recorded; anything else → 400
// With a required token set, a request without "Authorization: Bearer <token>" gets 401.
class DemoFeedback
{
public:
    DemoResponse handle(const DemoRequest &request);

    // The bodies accepted so far, parsed, in order.
    QList<QJsonObject> received() const;
    // The requests accepted so far, with their exact bytes and headers.
    const QList<DemoRequest> &receivedRequests() const { return m_accepted; }

    // Test controls.
    void setRequiredToken(QByteArray token); // empty: no Authorization needed (the default)

private:
    QList<DemoRequest> m_accepted;
    QByteArray m_requiredToken;
};

} // namespace Stethoscope::Sources::Demo
