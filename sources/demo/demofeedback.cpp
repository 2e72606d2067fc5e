#include "demofeedback.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Stethoscope::Sources::Demo {

namespace {

DemoResponse problem(int status, const char *message)
{
    return DemoResponse::json(status, QByteArrayLiteral("{\"error\":\"") + message + "\"}");
}

} // namespace

DemoResponse DemoFeedback::handle(const DemoRequest &request)
{
    if (request.path != u"/feedback")
        return problem(404, "no such path");
    if (request.method != "POST")
        return {405, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}}, {}};
    if (!m_requiredToken.isEmpty()
        && request.header("authorization") != QByteArrayLiteral("Bearer ") + m_requiredToken) {
        return {401,
                {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}},
                QByteArrayLiteral("{\"error\":\"invalid_token\"}")};
    }
    const QJsonDocument json = QJsonDocument::fromJson(request.body);
    const QJsonObject body = json.object();
    if (!json.isObject() || !body.value(QStringLiteral("schema")).isDouble()
        || !body.value(QStringLiteral("response")).isString()) {
        return problem(400, "expected a JSON object with schema and response");
    }
    m_accepted.append(request);
    return {204, {}, {}};
}

QList<QJsonObject> DemoFeedback::received() const
{
    QList<QJsonObject> bodies;
    for (const DemoRequest &request : m_accepted)
        bodies.append(QJsonDocument::fromJson(request.body).object());
    return bodies;
}

void DemoFeedback::setRequiredToken(QByteArray token)
{
    m_requiredToken = std::move(token);
}

} // namespace Stethoscope::Sources::Demo
