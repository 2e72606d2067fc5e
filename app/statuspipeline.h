#pragma once

#include "commands.h"
#include "error.h"
#include "practicecatalog.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Stethoscope::Core {
class Evaluator;
class StatusService;
} // namespace Stethoscope::Core

namespace Stethoscope::App {

class EmployeeSession;

// Everything a refresh needs, built from the settings in three steps: the policy (catalog and
// evaluator), the sign-in (when [auth] mode = oidc), then the backend secrets, the backends and
// the status service over them. Shared by the headless report and the tray app, so both grade
// and fetch the same way.
class StatusPipeline : public QObject
{
    Q_OBJECT

public:
    explicit StatusPipeline(CommandContext context, QObject *parent = nullptr);
    ~StatusPipeline() override;

    // Reads [policy] file (or the built-in policy) into the catalog and the evaluator.
    std::optional<Core::Error> loadPolicy();
    // Whether [auth] mode is oidc; an error for a bad mode.
    Core::Result<bool> signInEnabled() const;
    // Builds the OIDC client and the employee session from [auth].
    std::optional<Core::Error> prepareSignIn();
    // Reads the backend secrets (demo, environment, then keychain when needed) and builds the
    // backends and the status service; `done` gets the configuration error, if any.
    void buildBackends(std::function<void(std::optional<Core::Error>)> done);

    const Core::PracticeCatalog &catalog() const { return m_catalog; }
    EmployeeSession *session() const; // null before prepareSignIn()
    Backends *backends() const; // null before buildBackends() succeeded
    Core::StatusService *status() const; // idem

private:
    std::optional<Core::Error> createBackends(const BackendSecrets &secrets);

    CommandContext m_context;
    Core::PracticeCatalog m_catalog = Core::PracticeCatalog::builtin();
    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace Stethoscope::App
