#pragma once

#include "devicerecord.h"
#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Stethoscope::Sources::Feedback {

// What the employee says about a device listed under their name.
enum class FeedbackResponse
{
    NotMine, // "not-mine": the device is someone else's
    NoLongerUsed, // "no-longer-used": it was theirs, but they gave it back, sold it, lost it …
};

// The stable spellings above; std::nullopt for any other text.
QString responseName(FeedbackResponse response);
std::optional<FeedbackResponse> responseFromName(QStringView name);

// One piece of feedback to IT about one device, as sent and as queued.
struct FeedbackReport
{
    // A UUID (without braces) that names this report: a report the server received but whose
    // answer was lost is sent again, and IT can tell the copies apart from a second report.
    // FeedbackSender::submit() fills it in when empty.
    QString id;
    QString reporter; // the employee's email
    FeedbackResponse response = FeedbackResponse::NotMine;

    QString deviceId; // Core::Device::id
    std::optional<QString> deviceName;
    Core::DeviceIdentifiers identifiers;
    QStringList sources; // backend ids: "jamf", "google" …

    QString appVersion;
    // When the employee answered (not when the request went out: it may wait in the queue).
    // FeedbackSender::submit() fills it in from its clock when invalid.
    QDateTime reportedAt;

    friend bool operator==(const FeedbackReport &, const FeedbackReport &) = default;
};

// The report as the JSON body the feedback endpoint receives, compact, keys in a fixed order
// (see sources/README.md, "Feedback to IT"). Every key is always present; what is not known is
// null (or an empty list).
QByteArray feedbackJson(const FeedbackReport &report);
QJsonObject feedbackObject(const FeedbackReport &report);
// The inverse of feedbackObject(), for the queue file.
Core::Result<FeedbackReport> feedbackFromObject(const QJsonObject &object);

// A mailto: link to IT with a subject and a plain-text body listing the same facts, for when
// there is no feedback endpoint or it refused the report.
QUrl feedbackMailto(const QString &itAddress, const FeedbackReport &report);

} // namespace Stethoscope::Sources::Feedback
