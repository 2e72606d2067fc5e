#include "landesksource.h"

namespace Stethoscope::Sources::Landesk {

LandeskConfig LandeskConfig::withDefaults()
{
    return {};
}

// Placeholder until the LANDESK source lands: every fetch is an error, never a fake success.
LandeskSource::LandeskSource(Net::HttpClient &http, LandeskConfig config, const Core::Clock &clock,
                             Net::TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_tokens(tokens)
{ }

QFuture<Core::SourceResult> LandeskSource::fetch(const QString &)
{
    return QtFuture::makeReadyFuture(Core::SourceResult {
        id(), Core::Error {Core::Error::Category::Backend, QStringLiteral("Not available."), {}},
        m_clock.now()});
}

} // namespace Stethoscope::Sources::Landesk
