#include "error.h"

namespace Stethoscope::Core {

QString categoryName(Error::Category category)
{
    switch (category) {
    case Error::Category::Network:
        return QStringLiteral("network");
    case Error::Category::Tls:
        return QStringLiteral("tls");
    case Error::Category::Auth:
        return QStringLiteral("auth");
    case Error::Category::RateLimited:
        return QStringLiteral("rate-limited");
    case Error::Category::Parse:
        return QStringLiteral("parse");
    case Error::Category::Backend:
        return QStringLiteral("backend");
    case Error::Category::Config:
        return QStringLiteral("config");
    }
    return {};
}

} // namespace Stethoscope::Core
