#include "jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <limits>
#include <memory>

namespace Stethoscope::Sources::Google::Jwt {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GoogleServiceAccount)
};

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct DigestFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Digest = std::unique_ptr<EVP_MD_CTX, DigestFree>;

// OpenSSL queues its errors per thread; Qt's TLS backend reads the same queue, so a failure
// here must not linger and be blamed on the next TLS handshake.
struct ClearErrorsOnExit
{
    ~ClearErrorsOnExit() { ERR_clear_error(); }
};

Bio memoryBio(QByteArrayView data)
{
    if (data.size() > std::numeric_limits<int>::max())
        return nullptr;
    // Read-only view of the caller's buffer: the key is not copied by us.
    return Bio(BIO_new_mem_buf(data.data(), int(data.size())));
}

// No passphrase callback: key files from the Cloud console are not encrypted, and a prompt
// on the terminal of a tray application would hang it.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

Key readPrivateKey(QByteArrayView pem)
{
    Bio bio = memoryBio(pem);
    if (!bio)
        return nullptr;
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return nullptr;
    return key;
}

Key readPublicKey(QByteArrayView pem)
{
    Bio bio = memoryBio(pem);
    if (!bio)
        return nullptr;
    Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return nullptr;
    return key;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectFrom(QByteArrayView part)
{
    const QByteArray json = fromBase64Url(part);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray base64Url(QByteArrayView data)
{
    return QByteArray(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(QByteArray(text.data(), text.size()),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

bool isRsaPrivateKey(QByteArrayView pem)
{
    const ClearErrorsOnExit clearErrors;
    return readPrivateKey(pem) != nullptr;
}

QByteArray publicKeyPem(QByteArrayView privatePem)
{
    const ClearErrorsOnExit clearErrors;
    const Key key = readPrivateKey(privatePem);
    Bio out(BIO_new(BIO_s_mem()));
    if (!key || !out || PEM_write_bio_PUBKEY(out.get(), key.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

Core::Result<QByteArray> signRs256(QJsonObject header, const QJsonObject &claims,
                                   QByteArrayView privatePem)
{
    const ClearErrorsOnExit clearErrors;
    const auto failed = [] {
        // Never the key or the token in the text: only what went wrong.
        return Core::Error::config(
            Text::tr("The Google service-account key could not sign the sign-in request; the "
                     "key file's \"private_key\" is not a usable RSA key."));
    };
    const Key key = readPrivateKey(privatePem);
    if (!key)
        return failed();
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray input = base64Url(compact(header)) + '.' + base64Url(compact(claims));

    Digest context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
            != 1)
        return failed();
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()))
        != 1)
        return failed();
    signature.resize(qsizetype(length));
    return input + '.' + base64Url(signature);
}

std::optional<Verified> verifyRs256(QByteArrayView jwt, QByteArrayView publicPem)
{
    const ClearErrorsOnExit clearErrors;
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> result;
        qsizetype start = 0;
        for (qsizetype dot = jwt.indexOf('.'); dot >= 0; dot = jwt.indexOf('.', start)) {
            result.append(jwt.sliced(start, dot - start));
            start = dot + 1;
        }
        result.append(jwt.sliced(start));
        return result;
    }();
    if (parts.size() != 3)
        return std::nullopt;
    const auto header = objectFrom(parts[0]);
    const auto claims = objectFrom(parts[1]);
    const QByteArray signature = fromBase64Url(parts[2]);
    // The algorithm is fixed, never taken from the token ("alg": "none" attacks).
    if (!header || !claims || signature.isEmpty()
        || header->value(QStringLiteral("alg")).toString() != u"RS256")
        return std::nullopt;

    const Key key = readPublicKey(publicPem);
    Digest context(EVP_MD_CTX_new());
    if (!key || !context
        || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return std::nullopt;
    const qsizetype signedLength = parts[0].size() + 1 + parts[1].size();
    const int ok = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(jwt.data()),
        size_t(signedLength));
    if (ok != 1)
        return std::nullopt;
    return Verified {*header, *claims};
}

} // namespace Stethoscope::Sources::Google::Jwt
