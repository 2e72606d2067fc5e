#pragma once

#include "net/secretstore.h"

#include <QFuture>
#include <QHash>

#include <optional>
#include <utility>

namespace Stethoscope::Testing {

// The SecretStore of tests: a hash in memory, answered with futures that are already finished
// (as a keychain may be). failNextCall() makes the next read, write or remove fail with the
// given error, to test how callers treat an unavailable or refusing keychain.
class MemorySecretStore final : public Sources::Net::SecretStore
{
public:
    QFuture<Core::Result<std::optional<QByteArray>>> read(const QString &key) override
    {
        using ReadResult = Core::Result<std::optional<QByteArray>>;
        ++m_calls;
        if (auto error = takeFailure())
            return QtFuture::makeReadyFuture(ReadResult(std::move(*error)));
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.cend())
            return QtFuture::makeReadyFuture(ReadResult(std::optional<QByteArray>()));
        return QtFuture::makeReadyFuture(ReadResult(std::optional<QByteArray>(*found)));
    }

    QFuture<Core::Result<bool>> write(const QString &key, const QByteArray &secret) override
    {
        ++m_calls;
        if (auto error = takeFailure())
            return QtFuture::makeReadyFuture(Core::Result<bool>(std::move(*error)));
        m_secrets.insert(key, secret);
        return QtFuture::makeReadyFuture(Core::Result<bool>(true));
    }

    QFuture<Core::Result<bool>> remove(const QString &key) override
    {
        ++m_calls;
        if (auto error = takeFailure())
            return QtFuture::makeReadyFuture(Core::Result<bool>(std::move(*error)));
        m_secrets.remove(key);
        return QtFuture::makeReadyFuture(Core::Result<bool>(true));
    }

    // The next call (only that one) fails with `error` and changes nothing.
    void failNextCall(Core::Error error) { m_failure = std::move(error); }

    // Direct access for arranging and checking, without going through futures.
    void set(const QString &key, const QByteArray &secret) { m_secrets.insert(key, secret); }
    std::optional<QByteArray> peek(const QString &key) const
    {
        const auto found = m_secrets.constFind(key);
        return found == m_secrets.cend() ? std::nullopt : std::optional<QByteArray>(*found);
    }
    bool isEmpty() const { return m_secrets.isEmpty(); }
    int calls() const { return m_calls; }

private:
    std::optional<Core::Error> takeFailure() { return std::exchange(m_failure, std::nullopt); }

    QHash<QString, QByteArray> m_secrets;
    std::optional<Core::Error> m_failure;
    int m_calls = 0;
};

} // namespace Stethoscope::Testing
