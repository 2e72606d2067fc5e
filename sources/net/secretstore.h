#pragma once

#include "error.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <optional>

namespace Stethoscope::Sources::Net {

// Where secrets live: the OS keychain in the app (QtKeychain), memory in tests. Asynchronous,
// because keychains are. Keys are structured ("backend/jamf", "oidc/refresh-token"); one
// service name for the whole app. "Not found" is an empty optional, not an error.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QFuture<Core::Result<std::optional<QByteArray>>> read(const QString &key) = 0;
    virtual QFuture<Core::Result<bool>> write(const QString &key, const QByteArray &secret) = 0;
    // Removing a secret that is not there succeeds.
    virtual QFuture<Core::Result<bool>> remove(const QString &key) = 0;
};

} // namespace Stethoscope::Sources::Net
