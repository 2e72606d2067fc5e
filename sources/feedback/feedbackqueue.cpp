#include "feedbackqueue.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcFeedbackQueue, "stethoscope.sources.feedback", QtWarningMsg)

namespace Stethoscope::Sources::Feedback {

using Core::Error;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Feedback)
};

constexpr int queueSchema = 1;
// A handful of reports is a few kilobytes; anything far larger is not ours.
constexpr qint64 maxQueueBytes = 16 * 1024 * 1024;

} // namespace

FeedbackQueue::FeedbackQueue(QString path)
    : m_path(std::move(path))
{ }

QList<FeedbackReport> FeedbackQueue::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (file.size() > maxQueueBytes) {
        setAside(QStringLiteral("larger than %1 MiB").arg(maxQueueBytes / (1024 * 1024)), 0);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is set aside too: writing the next queue over it would lose what it holds.
        setAside(QStringLiteral("unreadable: ") + file.errorString(), 0);
        return {};
    }
    const auto parsed = Core::JsonReader::parseObject(file.readAll(), QStringLiteral("the file"),
                                                      Error::Category::Parse);
    file.close();
    if (!parsed) {
        setAside(parsed.error().message, 0);
        return {};
    }
    const QJsonValue schema = parsed->value(QStringLiteral("schema"));
    const QJsonValue pending = parsed->value(QStringLiteral("pending"));
    if (schema.toInt(-1) != queueSchema || !pending.isArray()) {
        setAside(QStringLiteral("not a schema 1 feedback queue"), 0);
        return {};
    }

    QList<FeedbackReport> reports;
    QString problem;
    const QJsonArray entries = pending.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto report = entries.at(i).isObject()
            ? feedbackFromObject(entries.at(i).toObject())
            : Core::Result<FeedbackReport>(Error::parse(QStringLiteral("not a JSON object")));
        if (report)
            reports.append(std::move(report).value());
        else if (problem.isEmpty())
            problem
                = QStringLiteral("report %1: %2").arg(QString::number(i), report.error().message);
    }
    if (!problem.isEmpty()) {
        setAside(problem, reports.size());
        // The readable reports go on in a clean file of their own.
        if (const auto error = save(reports))
            qCWarning(lcFeedbackQueue).noquote() << error->message;
    }
    return reports;
}

void FeedbackQueue::setAside(const QString &why, qsizetype kept) const
{
    const QString aside = m_path + QStringLiteral(".damaged");
    QFile::remove(aside); // an older damaged queue makes room for the newer one
    const bool renamed = QFile::rename(m_path, aside);
    qCWarning(lcFeedbackQueue).noquote()
        << QStringLiteral("The feedback queue %1 is damaged (%2); %3, %4 report(s) kept.")
               .arg(m_path, why,
                    renamed ? QStringLiteral("set aside as ") + aside
                            : QStringLiteral("it could not be set aside"),
                    QString::number(kept));
}

std::optional<Error> FeedbackQueue::save(const QList<FeedbackReport> &reports) const
{
    QJsonArray pending;
    for (const FeedbackReport &report : reports)
        pending.append(feedbackObject(report));
    const QJsonObject queue {{QStringLiteral("schema"), queueSchema},
                             {QStringLiteral("pending"), pending}};

    const QString folder = QFileInfo(m_path).absolutePath();
    QSaveFile file(m_path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(queue).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Error {Error::Category::Config,
                      Text::tr("Your feedback cannot be saved to %1: %2. It will be sent while "
                               "Stethoscope keeps running.")
                          .arg(m_path, file.errorString()),
                      {}};
    }
    return std::nullopt;
}

} // namespace Stethoscope::Sources::Feedback
