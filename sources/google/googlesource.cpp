#include "googlesource.h"

namespace Stethoscope::Sources::Google {

// Placeholder until the Google source lands: every fetch is an error, never a fake success.
GoogleSource::GoogleSource(Net::HttpClient &http, Net::TokenProvider &tokens, GoogleConfig config,
                           const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
{ }

QFuture<Core::SourceResult> GoogleSource::fetch(const QString &)
{
    return QtFuture::makeReadyFuture(Core::SourceResult {
        id(), Core::Error {Core::Error::Category::Backend, QStringLiteral("Not available."), {}},
        m_clock.now()});
}

} // namespace Stethoscope::Sources::Google
