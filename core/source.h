#pragma once

#include "sourceresult.h"

#include <QFuture>
#include <QString>

namespace Stethoscope::Core {

// One backend, as the status service sees it: given the employee, it answers with that
// person's records or an error. The future always finishes with a result (an unreachable
// backend is an error result, not a cancelled future).
class Source
{
public:
    virtual ~Source() = default;
    virtual QString id() const = 0; // "jamf", "landesk", "google"
    virtual QFuture<SourceResult> fetch(const QString &email) = 0;
};

} // namespace Stethoscope::Core
