#include "textreport.h"

#include "presentation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stethoscope::App {

using namespace Core;

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};

// Status carried by a symbol as well as by the word, never by colour alone.
QString symbol(PracticeStatus status)
{
    switch (status) {
    case PracticeStatus::Warn:
        return QStringLiteral("✖");
    case PracticeStatus::Nudge:
        return QStringLiteral("▲");
    case PracticeStatus::Ok:
        return QStringLiteral("✔");
    case PracticeStatus::Unknown:
        return QStringLiteral("?");
    case PracticeStatus::NotApplicable:
        return QStringLiteral("–");
    }
    return {};
}

QString symbol(Rating rating)
{
    switch (rating) {
    case Rating::Critical:
        return symbol(PracticeStatus::Warn);
    case Rating::Warning:
        return symbol(PracticeStatus::Nudge);
    case Rating::Ok:
        return symbol(PracticeStatus::Ok);
    case Rating::Unknown:
        return symbol(PracticeStatus::Unknown);
    }
    return {};
}

// A passing practice reads as its passing title ("Firewall is on"). Anything else reads as
// the failing title, or - when there is an explanation - the practice name and the
// explanation ("Disk encryption: FileVault is still encrypting (42 %)."), which never
// contradicts itself.
QString practiceLine(const QString &key, const PracticeResult &result,
                     const PracticeCatalog &catalog)
{
    const Practice *practice = catalog.find(key);
    QString text;
    if (!practice)
        text = result.details.isEmpty() ? key : Text::tr("%1: %2").arg(key, result.details);
    else if (result.status == PracticeStatus::Ok)
        text = practice->titlePassing;
    else if (result.details.startsWith(practice->name))
        text = result.details; // "Carbon Black is not installed."
    else if (!result.details.isEmpty())
        text = Text::tr("%1: %2").arg(practice->name, result.details);
    else if (result.status == PracticeStatus::Unknown)
        text = Text::tr("%1: not reported").arg(practice->name);
    else
        text = practice->titleFailing;
    return QStringLiteral("    %1 %2").arg(symbol(result.status), text);
}

QString deviceHeading(const Device &device)
{
    QStringList parts;
    if (device.model)
        parts.append(*device.model);
    if (device.osName || device.osVersion) {
        parts.append(
            QStringList {device.osName.value_or(QString()), device.osVersion.value_or(QString())}
                .join(u' ')
                .trimmed());
    }
    const QString name = device.name.value_or(Text::tr("Unnamed device"));
    return parts.isEmpty() ? name
                           : name + QStringLiteral(" — ") + parts.join(QStringLiteral(" · "));
}

QString reportedBy(const Device &device, const QDateTime &now)
{
    QStringList sources;
    for (const QString &source : device.sources)
        sources.append(sourceDisplayName(source));
    const QString who = sources.join(QStringLiteral(", "));
    if (!device.lastSync)
        return Text::tr("reported by %1").arg(who);
    return Text::tr("reported by %1 %2").arg(who, relativeTime(*device.lastSync, now));
}

void appendDevice(QStringList &lines, const Device &device, const PracticeCatalog &catalog,
                  const QDateTime &now)
{
    lines.append(QStringLiteral("%1 %2").arg(symbol(device.rating), deviceHeading(device)));
    lines.append(
        QStringLiteral("    %1 · %2").arg(ratingTitle(device.rating), reportedBy(device, now)));
    if (const QString match = joinedByNameText(device); !match.isEmpty())
        lines.append(QStringLiteral("    ") + match);

    // Worst first; within a status, in catalog order.
    QList<std::pair<QString, PracticeResult>> practices;
    for (const Practice &practice : catalog.practices()) {
        const auto it = device.practices.constFind(practice.key);
        if (it != device.practices.constEnd() && it->status != PracticeStatus::NotApplicable)
            practices.append({practice.key, *it});
    }
    const auto rank = [](PracticeStatus status) {
        switch (status) {
        case PracticeStatus::Warn:
            return 0;
        case PracticeStatus::Nudge:
            return 1;
        case PracticeStatus::Unknown:
            return 2;
        default:
            return 3;
        }
    };
    std::stable_sort(practices.begin(), practices.end(), [&](const auto &a, const auto &b) {
        return rank(a.second.status) < rank(b.second.status);
    });
    for (const auto &[key, result] : practices) {
        lines.append(practiceLine(key, result, catalog));
        const QString differs
            = disagreementText(catalog.find(key), key, result, device.platform, now);
        if (!differs.isEmpty())
            lines.append(QStringLiteral("        ") + differs);
    }
    lines.append(QString());
}

} // namespace

QString renderTextReport(const Snapshot &snapshot, const PracticeCatalog &catalog,
                         const QDateTime &now)
{
    QStringList lines;
    const QLocale locale;
    const QString when = locale.toString(snapshot.generatedAt.toLocalTime(), QLocale::ShortFormat);
    lines.append(snapshot.user
                     ? Text::tr("Stethoscope report for %1 · %2").arg(*snapshot.user, when)
                     : Text::tr("Stethoscope report · %1").arg(when));

    QList<Device> current;
    QList<Device> stale;
    for (const Device &device : snapshot.devices)
        (device.stale ? stale : current).append(device);
    std::stable_sort(current.begin(), current.end(),
                     [](const Device &a, const Device &b) { return a.rating > b.rating; });
    const auto needsAttention = std::count_if(current.begin(), current.end(), [](const Device &d) {
        return d.rating == Rating::Critical || d.rating == Rating::Warning;
    });
    const QString overall
        = QStringLiteral("%1 %2").arg(symbol(snapshot.overall), ratingTitle(snapshot.overall));
    lines.append(needsAttention > 0 ? Text::tr("Overall: %1 — %n of your devices need attention",
                                               nullptr, int(needsAttention))
                                          .arg(overall)
                                    : Text::tr("Overall: %1").arg(overall));
    lines.append(QString());

    if (snapshot.devices.isEmpty()) {
        lines.append(Text::tr("No devices to show; see the state of each backend below."));
        lines.append(QString());
    }
    for (const Device &device : current)
        appendDevice(lines, device, catalog, now);

    if (!stale.isEmpty()) {
        lines.append(Text::tr("Not seen for a long time (not counted above):"));
        for (const Device &device : stale) {
            lines.append(
                QStringLiteral("  %1 %2 — %3")
                    .arg(symbol(PracticeStatus::Unknown),
                         device.name.value_or(Text::tr("Unnamed device")),
                         device.lastSync
                             ? Text::tr("last seen %1").arg(relativeTime(*device.lastSync, now))
                             : Text::tr("never seen")));
        }
        lines.append(QString());
    }

    QStringList sources;
    for (const SourceStatus &source : snapshot.sources) {
        const QString name = sourceDisplayName(source.id);
        switch (source.state) {
        case SourceStatus::State::Ok:
            sources.append(Text::tr("%1 ok (%n record(s))", nullptr, source.records).arg(name));
            break;
        case SourceStatus::State::Error:
        case SourceStatus::State::Stale:
            sources.append(Text::tr("%1 failed: %2").arg(name, source.error.value_or(QString())));
            break;
        case SourceStatus::State::Disabled:
            sources.append(Text::tr("%1 not configured").arg(name));
            break;
        }
    }
    lines.append(Text::tr("Sources: %1").arg(sources.join(QStringLiteral(" · "))));
    return lines.join(u'\n') + u'\n';
}

} // namespace Stethoscope::App
