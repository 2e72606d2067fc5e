#include "commands.h"

#include "browser.h"
#include "employeesession.h"
#include "settingsreport.h"
#include "statuspipeline.h"
#include "statusservice.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>

namespace Stethoscope::App {

using Core::Error;
using Core::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

const QStringList backendNames {QStringLiteral("jamf"), QStringLiteral("google"),
                                QStringLiteral("landesk")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

struct Command::Parts
{
    explicit Parts(CommandContext context)
        : pipeline(context)
    { }
    StatusPipeline pipeline;
};

Command::Command(CommandContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , d(std::make_unique<Parts>(context))
{ }

Command::~Command() = default;

void Command::finish(int code)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(code);
}

void Command::fail(const Error &error, int code)
{
    err() << error.message << Qt::endl;
    finish(code);
}

bool Command::prepareSignIn()
{
    if (auto error = d->pipeline.prepareSignIn()) {
        fail(*error, ConfigError);
        return false;
    }
    return true;
}

void Command::signIn()
{
    if (!prepareSignIn())
        return;
    err() << Text::tr("Opening the browser to sign in…") << Qt::endl;
    d->pipeline.session()->signIn(&openInBrowser).then(this, [this](const Result<QString> &email) {
        if (!email) {
            fail(email.error(), SignInNeeded);
            return;
        }
        out() << Text::tr("Signed in as %1.").arg(*email) << Qt::endl;
        finish(Success);
    });
}

void Command::signOut()
{
    if (!prepareSignIn())
        return;
    d->pipeline.session()->signOut().then(this, [this](const Result<bool> &done) {
        if (!done) {
            fail(done.error(), ConfigError);
            return;
        }
        out() << Text::tr("Signed out.") << Qt::endl;
        finish(Success);
    });
}

void Command::setSecret(const QString &name)
{
    if (!backendNames.contains(name)) {
        fail(Error::config(Text::tr("--set-secret takes one of %1, not \"%2\".")
                               .arg(backendNames.join(QStringLiteral(", ")), name)),
             ConfigError);
        return;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(Error::config(Text::tr("Standard input cannot be read.")), ConfigError);
        return;
    }
    QByteArray secret = input.readAll();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        fail(Error::config(Text::tr("No secret arrived on standard input; nothing was stored.")),
             ConfigError);
        return;
    }
    m_context.keychain.write(QStringLiteral("backend/") + name, secret)
        .then(this, [this, name](const Result<bool> &written) {
            if (!written) {
                fail(written.error(), ConfigError);
                return;
            }
            out() << Text::tr("Stored the %1 secret in the keychain.").arg(name) << Qt::endl;
            finish(Success);
        });
}

void Command::report(const QString &format)
{
    if (auto error = d->pipeline.loadPolicy()) {
        fail(*error, ConfigError);
        return;
    }
    const auto withBackends = [this, format] {
        d->pipeline.buildBackends([this, format](const std::optional<Error> &error) {
            if (error)
                fail(*error, ConfigError);
            else
                runReport(format);
        });
    };

    const auto signIn = d->pipeline.signInEnabled();
    if (!signIn) {
        fail(signIn.error(), ConfigError);
        return;
    }
    if (!*signIn) {
        withBackends();
        return;
    }
    // Signed in: the identity is the verified e-mail of the session, silently renewed.
    if (!prepareSignIn())
        return;
    d->pipeline.session()->restore().then(this, [this, withBackends](const Result<QString> &email) {
        if (!email) {
            fail(email.error(), SignInNeeded);
            return;
        }
        if (email->isEmpty()) {
            fail(Error {Error::Category::Auth,
                        Text::tr("You are not signed in. Run stethoscope --sign-in first."),
                        {}},
                 SignInNeeded);
            return;
        }
        m_context.settings.setOverride(Keys::identityEmail, *email);
        withBackends();
    });
}

void Command::runReport(const QString &format)
{
    Backends *backends = d->pipeline.backends();
    Core::StatusService *status = d->pipeline.status();
    if (backends->sources().isEmpty()) {
        fail(Error::config(Text::tr("No backend is configured. Give a configuration with "
                                    "--config, or run with --demo to see the demo company.")),
             ConfigError);
        return;
    }
    connect(status, &Core::StatusService::refreshed, this,
            [this, format, backends, status](const Core::Snapshot &snapshot) {
                if (format == u"json")
                    out() << QString::fromUtf8(snapshot.toJson());
                else
                    out() << renderTextReport(snapshot, d->pipeline.catalog(),
                                              m_context.clock.now());
                const auto &results = status->lastResults();
                const bool anyAnswered
                    = std::any_of(results.begin(), results.end(),
                                  [](const auto &result) { return result.records.hasValue(); });
                backends->release();
                finish(anyAnswered ? Success : AllSourcesFailed);
            });
    status->refresh();
}

void Command::diagnostics()
{
    AppSettings &settings = m_context.settings;
    out() << "Stethoscope " << QCoreApplication::applicationVersion() << " (Qt " << qVersion()
          << ", " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture()
          << ")\n"
          << settingsReport(settings);

    // Everything below answers asynchronously; the report ends when the last answer is in.
    struct Pending
    {
        QStringList keychain;
        QStringList backends;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    const auto done = [this, pending] {
        if (--pending->waiting > 0)
            return;
        pending->keychain.sort();
        out() << "Keychain:\n";
        for (const QString &line : std::as_const(pending->keychain))
            out() << "  " << line << '\n';
        out() << "Backends:\n";
        if (pending->backends.isEmpty())
            out() << "  none enabled\n";
        pending->backends.sort();
        for (const QString &line : std::as_const(pending->backends))
            out() << "  " << line << '\n';
        finish(Success);
    };

    // Which secrets are stored, never what they are.
    const QStringList secrets {QStringLiteral("oidc/refresh-token"), QStringLiteral("backend/jamf"),
                               QStringLiteral("backend/google"), QStringLiteral("backend/landesk")};
    // Reachability: one request to each enabled backend's address, answered or not in 5 s. Any
    // HTTP answer (even 401 or 404) means the server can be reached.
    struct Probe
    {
        QString name;
        const SettingKey *enabled;
        const SettingKey *url;
    };
    const Probe probes[] = {{QStringLiteral("Jamf"), &Keys::jamfEnabled, &Keys::jamfUrl},
                            {QStringLiteral("Google"), &Keys::googleEnabled, &Keys::googleApiUrl},
                            {QStringLiteral("LANDESK"), &Keys::landeskEnabled, &Keys::landeskUrl}};
    QList<Probe> enabled;
    for (const Probe &probe : probes) {
        const auto on = settings.flag(*probe.enabled);
        if (on && *on)
            enabled.append(probe);
    }
    pending->waiting = int(secrets.size() + enabled.size());

    for (const QString &key : secrets) {
        m_context.keychain.read(key).then(
            this, [pending, key, done](const Result<std::optional<QByteArray>> &stored) {
                if (!stored)
                    pending->keychain.append(key + QStringLiteral(": unavailable — ")
                                             + stored.error().message);
                else
                    pending->keychain.append(key
                                             + (stored->has_value()
                                                    ? QStringLiteral(": stored")
                                                    : QStringLiteral(": not stored")));
                done();
            });
    }
    for (const Probe &probe : std::as_const(enabled)) {
        const QUrl url(settings.text(*probe.url));
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_context.network.head(request);
        const QString name = probe.name;
        const QString shownUrl = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        connect(
            reply, &QNetworkReply::finished, this, [reply, pending, name, shownUrl, timer, done] {
                reply->deleteLater();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                QString line = name + QStringLiteral(" (") + shownUrl + QStringLiteral("): ");
                if (status.isValid())
                    line += QStringLiteral("reachable (HTTP %1 in %2 ms)")
                                .arg(status.toInt())
                                .arg(timer->elapsed());
                else
                    line += QStringLiteral("unreachable — ") + reply->errorString();
                pending->backends.append(line);
                done();
            });
    }
}

} // namespace Stethoscope::App
