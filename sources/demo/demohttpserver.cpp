#include "demohttpserver.h"

namespace Stethoscope::Sources::Demo {

// Placeholder until the server lands: it never listens.
struct DemoHttpServer::Private
{ };

DemoHttpServer::DemoHttpServer(QObject *parent)
    : QObject(parent)
    , d(new Private)
{ }

DemoHttpServer::~DemoHttpServer()
{
    delete d;
}

bool DemoHttpServer::listen()
{
    return false;
}

QUrl DemoHttpServer::url() const
{
    return {};
}

void DemoHttpServer::setHandler(Handler) { }
void DemoHttpServer::addFault(const DemoFault &) { }
void DemoHttpServer::clearFaults() { }

QList<DemoRequest> DemoHttpServer::requests() const
{
    return {};
}

int DemoHttpServer::requestCount() const
{
    return 0;
}

} // namespace Stethoscope::Sources::Demo
