// Token readers: an ID token's claims, an RS256 JWT checked against a key, base64url, and the
// Google service-account key file with the token endpoint's answer to it.
#include "fuzzsupport.h"

#include "google/jwt.h"
#include "google/serviceaccount.h"
#include "oidc/idtoken.h"

#include <QFile>

using namespace Stethoscope;
using namespace Stethoscope::Sources;

namespace {

QByteArray publicKey;
Google::ServiceAccountKey serviceAccount;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::setUp();
    QFile demoKey(QStringLiteral(STETHOSCOPE_DEMO_KEY));
    if (!demoKey.open(QIODevice::ReadOnly))
        Fuzz::broken("the demo key cannot be read");
    serviceAccount.privateKeyPem = demoKey.readAll();
    serviceAccount.clientEmail = QStringLiteral("stethoscope@example.iam.gserviceaccount.com");
    serviceAccount.tokenUri = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    publicKey = Google::Jwt::publicKeyPem(serviceAccount.privateKeyPem);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    switch (data[0] % 5) {
    case 0: {
        const Oidc::IdTokenExpectations expected {
            QStringLiteral("https://login.example.com/realms/staff"), QStringLiteral("stethoscope"),
            QStringLiteral("n-0S6_WzA2Mj"), now};
        const auto email = Oidc::checkIdToken(text, expected);
        if (email && email->isEmpty())
            Fuzz::broken("an ID token without an e-mail was accepted");
        break;
    }
    case 1:
        (void)Google::Jwt::verifyRs256(text, publicKey);
        break;
    case 2: {
        const QByteArray decoded = Google::Jwt::fromBase64Url(text);
        if (!decoded.isEmpty()
            && Google::Jwt::fromBase64Url(Google::Jwt::base64Url(decoded)) != decoded)
            Fuzz::broken("base64url does not round-trip");
        break;
    }
    case 3: {
        const auto key = Google::ServiceAccountKey::fromJson(text);
        if (key && key->privateKeyPem.isEmpty())
            Fuzz::broken("a key file without a private key was accepted");
        break;
    }
    default: {
        // The token endpoint's answer, successful or a refusal with Google's reasons.
        Net::HttpResponse answer;
        answer.status = data[0] & 8 ? 400 : 200;
        answer.body = text;
        const auto token = Google::readTokenAnswer(answer, serviceAccount,
                                                   QStringLiteral("admin@example.com"), now);
        if (token && token->token.isEmpty())
            Fuzz::broken("an empty access token was accepted");
        break;
    }
    }
    return 0;
}
