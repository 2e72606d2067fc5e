#pragma once

#include "appsettings.h"
#include "backends.h"
#include "clock.h"

#include "net/secretstore.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Stethoscope::App {

// Exit codes of the command line, relied on by scripts.
enum ExitCode
{
    Success = 0,
    ConfigError = 2, // a bad option, key, file or missing secret: the message names it
    AllSourcesFailed = 3, // every enabled backend failed
    SignInNeeded = 4, // not signed in, or the sign-in failed
};

// What every command gets from the composition root.
struct CommandContext
{
    AppSettings &settings;
    QNetworkAccessManager &network;
    const Core::Clock &clock;
    Sources::Net::SecretStore &keychain;
    // The demo backends' secrets under --demo; null otherwise (environment, then keychain).
    const BackendSecrets *demoSecrets = nullptr;
};

// One command-line action, run asynchronously; it ends the application with its exit code.
// It owns everything it builds, so all of it lives until the application quits.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CommandContext context, QObject *parent = nullptr);
    ~Command() override;

    // Refresh once and print the report ("text" or "json").
    void report(const QString &format);
    // Sign in in the browser and print the signed-in e-mail.
    void signIn();
    void signOut();
    // Reads a backend secret ("jamf", "google", "landesk") from standard input into the
    // keychain.
    void setSecret(const QString &name);
    // Prints what a helpdesk needs: versions, the effective settings with their layers, the
    // keychain's state (never a secret) and whether each enabled backend can be reached.
    void diagnostics();

private:
    struct Parts;
    void finish(int code);
    void fail(const Core::Error &error, int code);
    bool prepareSignIn(); // builds the OIDC client and session from [auth]
    void runReport(const QString &format);

    CommandContext m_context;
    std::unique_ptr<Parts> d;
};

} // namespace Stethoscope::App
