#pragma once

#include "error.h"
#include "feedbackreport.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stethoscope::Sources::Feedback {

// The reports not delivered yet, kept in a JSON file so that none is lost when the app quits
// or the machine restarts:
//   {"schema":1,"pending":[<report as in feedbackJson()>, …]}
// Written whole and atomically (QSaveFile) after every change. A file that cannot be read as
// a queue is never overwritten: it is renamed <file>.damaged, with a warning in the log, and
// the reports that could still be read from it are kept.
class FeedbackQueue
{
public:
    explicit FeedbackQueue(QString path);

    const QString &path() const { return m_path; }

    QList<FeedbackReport> load() const;
    std::optional<Core::Error> save(const QList<FeedbackReport> &reports) const;

private:
    void setAside(const QString &why, qsizetype kept) const;

    QString m_path;
};

} // namespace Stethoscope::Sources::Feedback
