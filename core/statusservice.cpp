#include "statusservice.h"

#include "snapshotbuilder.h"

#include <QCoreApplication>

namespace Stethoscope::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusService)
};

} // namespace

StatusService::StatusService(const Evaluator &evaluator, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_evaluator(evaluator)
    , m_clock(clock)
{ }

void StatusService::setSources(QList<Source *> sources, QStringList disabled)
{
    m_sources = std::move(sources);
    m_disabled = std::move(disabled);
}

void StatusService::refresh()
{
    start({});
}

void StatusService::refreshOnly(const QStringList &ids)
{
    start(ids);
}

void StatusService::start(const QStringList &only)
{
    if (m_running)
        return;
    m_running = true;

    const auto lastAnswer = [this](const QString &id) -> std::optional<SourceResult> {
        for (const SourceResult &result : std::as_const(m_lastResults)) {
            if (result.source == id)
                return result;
        }
        return std::nullopt;
    };
    // Every source asked starts now; none waits for another.
    QList<QFuture<SourceResult>> futures;
    QStringList ids;
    for (Source *source : std::as_const(m_sources)) {
        ids.append(source->id());
        const auto kept = only.isEmpty() || only.contains(source->id()) ? std::nullopt
                                                                        : lastAnswer(source->id());
        futures.append(kept ? QtFuture::makeReadyFuture(*kept) : source->fetch(m_user));
    }
    QtFuture::whenAll(futures.begin(), futures.end())
        .then(this, [this, ids](const QList<QFuture<SourceResult>> &done) {
            QList<SourceResult> results;
            for (qsizetype i = 0; i < done.size(); ++i) {
                const QFuture<SourceResult> &future = done[i];
                if (future.isCanceled() || future.resultCount() == 0) {
                    results.append({ids.value(i),
                                    Error {Error::Category::Backend,
                                           Text::tr("The request was cancelled."),
                                           {}},
                                    m_clock.now()});
                } else {
                    results.append(future.result());
                }
            }
            m_lastResults = results;
            m_running = false;
            emit refreshed(
                buildSnapshot(results, m_evaluator, {m_user, m_clock.now(), m_disabled}));
        });
}

} // namespace Stethoscope::Core
