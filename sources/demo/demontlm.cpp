#include "demontlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <optional>

namespace Stethoscope::Sources::Demo {

namespace {

constexpr quint32 negotiateUnicode = 0x00000001;
constexpr quint32 requestTarget = 0x00000004;
constexpr quint32 negotiateNtlm = 0x00000200;
constexpr quint32 targetTypeDomain = 0x00010000;
constexpr quint32 extendedSessionSecurity = 0x00080000;
constexpr quint32 negotiateTargetInfo = 0x00800000;

const QByteArray signature("NTLMSSP\0", 8);

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QString fromUtf16le(QByteArrayView bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t(quint8(bytes[i]) | (quint8(bytes[i + 1]) << 8))));
    return text;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// An NTLM security buffer: length, allocated length and offset of a field in the payload.
void putBuffer(QByteArray &out, qsizetype length, qsizetype offset)
{
    put16(out, quint16(length));
    put16(out, quint16(length));
    put32(out, quint32(offset));
}

quint32 read32(QByteArrayView message, qsizetype at)
{
    return qFromLittleEndian<quint32>(message.data() + at);
}

// The field a security buffer at `at` points to; none if it points outside the message.
std::optional<QByteArrayView> field(QByteArrayView message, qsizetype at)
{
    if (message.size() < at + 8)
        return std::nullopt;
    const quint16 length = qFromLittleEndian<quint16>(message.data() + at);
    const quint32 offset = read32(message, at + 4);
    if (qint64(offset) + length > message.size())
        return std::nullopt;
    return message.sliced(offset, length);
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Md5);
}

} // namespace

NtlmVerifier::NtlmVerifier(QString domain, QString user, QString password)
    : m_domain(std::move(domain))
    , m_user(std::move(user))
    , m_password(std::move(password))
{ }

QByteArray NtlmVerifier::ntlmv2Hash(const QString &user, const QString &domain,
                                    const QString &password)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return hmacMd5(ntHash, utf16le(user.toUpper() + domain));
}

NtlmVerifier::Answer NtlmVerifier::handle(quint64 connectionId, QByteArrayView message)
{
    if (message.size() < 12 || !message.startsWith(signature))
        return {};
    const quint32 type = read32(message, 8);
    if (type == 1) {
        // A new handshake on this connection starts over.
        m_authenticated.remove(connectionId);
        QByteArray serverChallenge;
        put32(serverChallenge, QRandomGenerator::system()->generate());
        put32(serverChallenge, QRandomGenerator::system()->generate());
        m_challenges.insert(connectionId, serverChallenge);
        return {Outcome::Challenge, challengeMessage(serverChallenge), {}};
    }
    if (type == 3)
        return verify(connectionId, message);
    return {};
}

QByteArray NtlmVerifier::challengeMessage(const QByteArray &serverChallenge) const
{
    const QByteArray targetName = utf16le(m_domain);
    // Target information: NetBIOS domain and computer names and the server's time, which
    // NTLMv2 clients copy into their blob.
    QByteArray info;
    const auto pair = [&info](quint16 id, const QByteArray &value) {
        put16(info, id);
        put16(info, quint16(value.size()));
        info.append(value);
    };
    pair(2, targetName);
    pair(1, utf16le(QStringLiteral("EPM-CORE")));
    QByteArray timestamp;
    // FILETIME: 100 ns ticks since 1601.
    put32(timestamp, 0);
    put32(timestamp, 0);
    const quint64 ticks
        = (quint64(QDateTime::currentMSecsSinceEpoch()) + 11644473600000ULL) * 10000ULL;
    qToLittleEndian(ticks, timestamp.data());
    pair(7, timestamp);
    pair(0, {});

    constexpr qsizetype header = 48;
    QByteArray out = signature;
    put32(out, 2);
    putBuffer(out, targetName.size(), header);
    put32(out,
          negotiateUnicode | requestTarget | negotiateNtlm | targetTypeDomain
              | extendedSessionSecurity | negotiateTargetInfo);
    out.append(serverChallenge);
    out.append(8, '\0'); // reserved
    putBuffer(out, info.size(), header + targetName.size());
    out.append(targetName);
    out.append(info);
    return out;
}

NtlmVerifier::Answer NtlmVerifier::verify(quint64 connectionId, QByteArrayView message)
{
    // A Type 3 answers the challenge this connection received, once.
    const QByteArray serverChallenge = m_challenges.take(connectionId);
    if (serverChallenge.isEmpty() || message.size() < 64)
        return {};
    const auto ntResponse = field(message, 20);
    const auto domainField = field(message, 28);
    const auto userField = field(message, 36);
    if (!ntResponse || !domainField || !userField)
        return {};
    const bool unicode = read32(message, 60) & negotiateUnicode;
    const auto text = [unicode](QByteArrayView bytes) {
        return unicode ? fromUtf16le(bytes) : QString::fromLatin1(bytes);
    };
    const QString user = text(*userField);
    const QString domain = text(*domainField);
    if (user.compare(m_user, Qt::CaseInsensitive) != 0
        || domain.compare(m_domain, Qt::CaseInsensitive) != 0) {
        return {};
    }
    // NTLMv2: 16 bytes of proof, then the blob (0x0101, reserved, time, client challenge …).
    if (ntResponse->size() < 16 + 28 || (*ntResponse)[16] != 1 || (*ntResponse)[17] != 1)
        return {};
    const QByteArray proof = ntResponse->first(16).toByteArray();
    const QByteArray blob = ntResponse->sliced(16).toByteArray();
    const QByteArray expected
        = hmacMd5(ntlmv2Hash(user, domain, m_password), serverChallenge + blob);
    // Compare every byte, so the time taken says nothing about where a guess went wrong.
    quint8 difference = 0;
    for (int i = 0; i < 16; ++i)
        difference |= quint8(proof[i] ^ expected[i]);
    if (difference != 0)
        return {};
    m_authenticated.insert(connectionId);
    return {Outcome::Authenticated, {}, domain + u'\\' + user};
}

} // namespace Stethoscope::Sources::Demo
