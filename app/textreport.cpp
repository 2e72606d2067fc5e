#include "textreport.h"

#include "presentation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stethoscope::App {

using namespace Core;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TextReport", text, nullptr, n);
}

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

QString practiceLine(const QString &key, const PracticeResult &result,
                     const PracticeCatalog &catalog)
{
    const Practice *practice = catalog.find(key);
    QString title = key;
    if (practice) {
        if (result.status == PracticeStatus::Ok)
            title = practice->titlePassing;
        else if (result.status == PracticeStatus::Unknown)
            title = practice->name;
        else
            title = practice->titleFailing;
    }
    QString line = QStringLiteral("    %1 %2").arg(symbol(result.status), title);
    if (!result.details.isEmpty())
        line += QStringLiteral(" — ") + result.details;
    return line;
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
    const QString name = device.name.value_or(tr("Unnamed device"));
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
        return tr("reported by %1").arg(who);
    return tr("reported by %1 %2").arg(who, relativeTime(*device.lastSync, now));
}

void appendDevice(QStringList &lines, const Device &device, const PracticeCatalog &catalog,
                  const QDateTime &now)
{
    lines.append(QStringLiteral("%1 %2").arg(symbol(device.rating), deviceHeading(device)));
    lines.append(
        QStringLiteral("    %1 · %2").arg(ratingTitle(device.rating), reportedBy(device, now)));

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
    for (const auto &[key, result] : practices)
        lines.append(practiceLine(key, result, catalog));
    lines.append(QString());
}

} // namespace

QString renderTextReport(const Snapshot &snapshot, const PracticeCatalog &catalog,
                         const QDateTime &now)
{
    QStringList lines;
    const QLocale locale;
    const QString when = locale.toString(snapshot.generatedAt.toLocalTime(), QLocale::ShortFormat);
    lines.append(snapshot.user ? tr("Stethoscope report for %1 · %2").arg(*snapshot.user, when)
                               : tr("Stethoscope report · %1").arg(when));

    QList<Device> current;
    QList<Device> stale;
    for (const Device &device : snapshot.devices)
        (device.stale ? stale : current).append(device);
    std::stable_sort(current.begin(), current.end(),
                     [](const Device &a, const Device &b) { return a.rating > b.rating; });
    const auto needsAttention = std::count_if(current.begin(), current.end(), [](const Device &d) {
        return d.rating == Rating::Critical || d.rating == Rating::Warning;
    });
    lines.append(tr("Overall: %1 %2 — %n of %3 device(s) need attention", int(needsAttention))
                     .arg(symbol(snapshot.overall), ratingTitle(snapshot.overall))
                     .arg(current.size()));
    lines.append(QString());

    for (const Device &device : current)
        appendDevice(lines, device, catalog, now);

    if (!stale.isEmpty()) {
        lines.append(tr("Not seen for a long time (not counted above):"));
        for (const Device &device : stale) {
            lines.append(QStringLiteral("  %1 %2 — %3")
                             .arg(symbol(PracticeStatus::Unknown),
                                  device.name.value_or(tr("Unnamed device")),
                                  device.lastSync
                                      ? tr("last seen %1").arg(relativeTime(*device.lastSync, now))
                                      : tr("never seen")));
        }
        lines.append(QString());
    }

    QStringList sources;
    for (const SourceStatus &source : snapshot.sources) {
        const QString name = sourceDisplayName(source.id);
        switch (source.state) {
        case SourceStatus::State::Ok:
            sources.append(tr("%1 ok (%n record(s))", source.records).arg(name));
            break;
        case SourceStatus::State::Error:
        case SourceStatus::State::Stale:
            sources.append(tr("%1 failed: %2").arg(name, source.error.value_or(QString())));
            break;
        case SourceStatus::State::Disabled:
            sources.append(tr("%1 not configured").arg(name));
            break;
        }
    }
    lines.append(tr("Sources: %1").arg(sources.join(QStringLiteral(" · "))));
    return lines.join(u'\n') + u'\n';
}

} // namespace Stethoscope::App
