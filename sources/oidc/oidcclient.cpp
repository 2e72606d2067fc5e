#include "oidcclient.h"

namespace Stethoscope::Sources::Oidc {

namespace {

template<typename T> QFuture<Core::Result<T>> notAvailable()
{
    return QtFuture::makeReadyFuture(Core::Result<T>(Core::Error {
        Core::Error::Category::Auth, QStringLiteral("Sign-in is not available yet."), {}}));
}

} // namespace

// Placeholder until sign-in lands: every call is an error, never a fake success.
OidcClient::OidcClient(Net::HttpClient &http, const Core::Clock &clock, OidcConfig config,
                       QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock)
    , m_config(std::move(config))
{ }

OidcClient::~OidcClient() = default;

QFuture<Core::Result<OidcTokens>> OidcClient::signIn(BrowserOpener)
{
    return notAvailable<OidcTokens>();
}

QFuture<Core::Result<OidcTokens>> OidcClient::refresh(const QByteArray &)
{
    return notAvailable<OidcTokens>();
}

QFuture<Core::Result<bool>> OidcClient::revoke(const QByteArray &)
{
    return notAvailable<bool>();
}

} // namespace Stethoscope::Sources::Oidc
