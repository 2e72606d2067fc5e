// The sign-in provider's answers: the discovery document and the token endpoint's answer
// (with the ID token inside it). The first byte chooses which.
#include "fuzzsupport.h"

#include "oidc/oidcanswers.h"

using namespace Stethoscope;
using namespace Stethoscope::Sources;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QUrl issuer(QStringLiteral("https://login.example.com/realms/staff"));
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    if (data[0] % 2 == 0) {
        Net::HttpResponse response;
        response.status = 200;
        response.body = body;
        const auto discovery = Oidc::readDiscovery(response, issuer, QStringLiteral("Sign-in"));
        if (discovery && discovery->tokenEndpoint.scheme() != u"https")
            Fuzz::broken("a token endpoint without https was accepted");
    } else {
        const bool signingIn = data[0] & 2;
        Oidc::TokenExpectations expected {issuer.toString(), QStringLiteral("stethoscope"),
                                          signingIn ? std::optional(QStringLiteral("n-0S6_WzA2Mj"))
                                                    : std::nullopt,
                                          now, QByteArrayLiteral("previous-refresh")};
        const auto tokens = Oidc::readTokens(body, expected);
        if (tokens && tokens->accessToken.isEmpty())
            Fuzz::broken("tokens without an access token were accepted");
        if (tokens && signingIn && tokens->email.isEmpty())
            Fuzz::broken("a sign-in without a verified e-mail was accepted");
    }
    return 0;
}
