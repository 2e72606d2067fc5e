#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace Stethoscope::Sources::Demo {

// The server side of an NTLM handshake, really verified, for the demo LANDESK server. NTLM
// authenticates a TCP connection, not a request: the challenge is bound to the connection that
// asked for it, and a connection that answered it correctly stays authenticated.
//
//   client                                    server
//   GET (no Authorization)          ──────►   401 WWW-Authenticate: NTLM, Negotiate
//   Authorization: NTLM <Type 1>    ──────►   401 WWW-Authenticate: NTLM <Type 2: challenge>
//   Authorization: NTLM <Type 3>    ──────►   200 if the NTLMv2 proof matches, else 401
//
// Only NTLMv2 is accepted (what Qt's QAuthenticator sends): NTProofStr = HMAC-MD5(NTLMv2 hash,
// server challenge + blob), NTLMv2 hash = HMAC-MD5(MD4(UTF-16LE password), UTF-16LE(upper-case
// user + domain)), with user and domain as the client sent them in Type 3.
class NtlmVerifier
{
public:
    // `domain` is also the target name of the challenge, which a client without a domain of
    // its own (user given without "DOMAIN\") takes as its domain.
    NtlmVerifier(QString domain, QString user, QString password);

    enum class Outcome
    {
        Challenge, // a Type 1 arrived: answer 401 with `challenge`
        Authenticated, // a valid Type 3 arrived: the connection is now authenticated
        Rejected, // anything else: a wrong proof, user or domain, or a malformed message
    };
    struct Answer
    {
        Outcome outcome = Outcome::Rejected;
        QByteArray challenge; // the Type 2 message (raw bytes) for Outcome::Challenge
        QString user; // who authenticated, "DOMAIN\user"
    };

    // `message` is the decoded token of "Authorization: NTLM <base64>".
    Answer handle(quint64 connectionId, QByteArrayView message);
    bool isAuthenticated(quint64 connectionId) const
    {
        return m_authenticated.contains(connectionId);
    }

    // NTLMv2 hash of a user (for tests of the verifier itself).
    static QByteArray ntlmv2Hash(const QString &user, const QString &domain,
                                 const QString &password);

private:
    QByteArray challengeMessage(const QByteArray &serverChallenge) const;
    Answer verify(quint64 connectionId, QByteArrayView message);

    QString m_domain;
    QString m_user;
    QString m_password;
    QHash<quint64, QByteArray> m_challenges; // connection → server challenge sent, one use
    QSet<quint64> m_authenticated;
};

} // namespace Stethoscope::Sources::Demo
