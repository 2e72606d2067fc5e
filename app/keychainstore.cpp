#include "keychainstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace Stethoscope::App {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "stethoscope.app.keychain", QtWarningMsg)

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

using Core::Error;

// QtKeychain's error string names the backend's problem, never the secret; the key is not
// secret either, so both may go to the log.
Error keychainError(const QKeychain::Job &job, const QString &action)
{
    const QString detail = QStringLiteral("%1 \"%2\" in service \"%3\": QtKeychain error %4: %5")
                               .arg(action, job.key(), job.service())
                               .arg(static_cast<int>(job.error()))
                               .arg(job.errorString());
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return {Error::Category::Auth,
                Text::tr("Access to the system keychain was denied. Allow Stethoscope to use "
                         "the keychain when asked, then try again."),
                detail};
    case QKeychain::AccessDenied:
        return {Error::Category::Auth,
                Text::tr("The system keychain refused access: %1. Unlock the keychain, then "
                         "try again.")
                    .arg(job.errorString()),
                detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::config(
            Text::tr("The system keychain is not available: %1. Stethoscope keeps secrets only "
                     "there; install or unlock a keychain (for example GNOME Keyring or "
                     "KWallet), then try again.")
                .arg(job.errorString()),
            detail);
    default:
        return Error::config(Text::tr("The system keychain could not be used: %1. Make sure it "
                                      "is running and unlocked, then try again.")
                                 .arg(job.errorString()),
                             detail);
    }
}

// Shared by the job's finished handler, which Qt copies; QPromise itself is move-only.
template<typename T> using SharedPromise = std::shared_ptr<QPromise<T>>;

template<typename T> SharedPromise<T> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T> void finish(QPromise<T> &promise, T result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

// Every job: this service and key, never a plain-text fallback, deleted after `finished`.
void prepare(QKeychain::Job &job, const QString &key)
{
    job.setKey(key);
    job.setInsecureFallback(false);
    job.setAutoDelete(true);
}

} // namespace

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{ }

QFuture<Core::Result<std::optional<QByteArray>>> KeychainStore::read(const QString &key)
{
    using ReadResult = Core::Result<std::optional<QByteArray>>;
    auto promise = startedPromise<ReadResult>();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(*job, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        switch (job->error()) {
        case QKeychain::NoError:
            finish<ReadResult>(*promise, std::optional<QByteArray>(job->binaryData()));
            return;
        case QKeychain::EntryNotFound:
            // Nothing stored under this key: signed out, not a failure.
            finish<ReadResult>(*promise, std::optional<QByteArray>());
            return;
        default: {
            Error error = keychainError(*job, QStringLiteral("reading"));
            qCWarning(lcKeychain).noquote() << error.detail;
            finish<ReadResult>(*promise, std::move(error));
        }
        }
    });
    job->start();
    return promise->future();
}

QFuture<Core::Result<bool>> KeychainStore::write(const QString &key, const QByteArray &secret)
{
    auto promise = startedPromise<Core::Result<bool>>();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(*job, key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        if (job->error() == QKeychain::NoError) {
            finish<Core::Result<bool>>(*promise, true);
            return;
        }
        Error error = keychainError(*job, QStringLiteral("writing"));
        qCWarning(lcKeychain).noquote() << error.detail;
        finish<Core::Result<bool>>(*promise, std::move(error));
    });
    job->start();
    return promise->future();
}

QFuture<Core::Result<bool>> KeychainStore::remove(const QString &key)
{
    auto promise = startedPromise<Core::Result<bool>>();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(*job, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        // Removing what is not there leaves the keychain as the caller wants it.
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            finish<Core::Result<bool>>(*promise, true);
            return;
        }
        Error error = keychainError(*job, QStringLiteral("removing"));
        qCWarning(lcKeychain).noquote() << error.detail;
        finish<Core::Result<bool>>(*promise, std::move(error));
    });
    job->start();
    return promise->future();
}

} // namespace Stethoscope::App
