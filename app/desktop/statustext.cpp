#include "statustext.h"

#include "presentation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
};

bool counts(const Core::Device &device)
{
    return !device.stale;
}

} // namespace

QString clockTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString dayAndTime(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QString time = clockTime(local.time());
    if (day == today)
        return Text::tr("today at %1").arg(time);
    if (day == today.addDays(-1))
        return Text::tr("yesterday at %1").arg(time);
    // The locale's short date without the year when it is this year.
    const QString date = day.year() == today.year()
        ? locale.toString(day, Text::tr("d MMM", "a date without the year, QDate format"))
        : locale.toString(day, QLocale::ShortFormat);
    return Text::tr("on %1 at %2").arg(date, time);
}

QString statusSummary(const StatusView &view, const QDateTime &now)
{
    const TrayState state = trayState(view);
    if (state == TrayState::Checking && !view.hasSnapshot())
        return Text::tr("Checking your devices…");
    if (!view.hasSnapshot())
        return Text::tr("Status unknown — not checked yet");

    int attention = 0;
    int critical = 0;
    int counted = 0;
    for (const Core::Device &device : view.snapshot.devices) {
        if (!counts(device))
            continue;
        ++counted;
        if (device.rating == Core::Rating::Critical) {
            ++attention;
            ++critical;
        } else if (device.rating == Core::Rating::Warning) {
            ++attention;
        }
    }

    QString summary;
    if (critical > 0) {
        summary = Text::tr("%n device(s) need attention", nullptr, attention) + u' '
            + Text::tr("(%n critical)", nullptr, critical);
    } else if (attention > 0) {
        summary = Text::tr("%n device(s) with suggestions", nullptr, attention);
    } else if (counted == 0) {
        summary = Text::tr("No devices found for you");
    } else if (view.snapshot.overall == Core::Rating::Ok) {
        summary = Text::tr("All your devices follow the security practices");
    } else {
        summary = Text::tr("Some practices could not be checked");
    }

    if (state == TrayState::Checking)
        return Text::tr("Checking… %1").arg(summary);
    if (state == TrayState::Unknown && counted > 0) {
        return Text::tr("Status unknown — last known %1: %2")
            .arg(App::relativeTime(view.snapshot.generatedAt, now), summary);
    }
    if (view.fromCache) {
        return Text::tr("%1 (as of %2)")
            .arg(summary, App::relativeTime(view.snapshot.generatedAt, now));
    }
    return summary;
}

QString trayToolTip(const StatusView &view, const QDateTime &now)
{
    return Text::tr("Stethoscope — %1").arg(statusSummary(view, now));
}

QString lastCheckedLine(const StatusView &view, const QDateTime &now)
{
    if (!view.hasSnapshot())
        return Text::tr("Not checked yet");
    QStringList ok;
    QStringList failed;
    for (const Core::SourceStatus &source : view.snapshot.sources) {
        const QString name = App::sourceDisplayName(source.id);
        if (source.state == Core::SourceStatus::State::Ok)
            ok.append(name);
        else if (source.state != Core::SourceStatus::State::Disabled)
            failed.append(name);
    }
    const QLocale locale;
    const QDateTime checked = view.snapshot.generatedAt.toLocalTime();
    const QString when = checked.date() == now.toLocalTime().date() ? clockTime(checked.time())
                                                                    : dayAndTime(checked, now);
    QStringList parts;
    if (!ok.isEmpty())
        parts.append(Text::tr("%1 ok").arg(locale.createSeparatedList(ok)));
    if (!failed.isEmpty())
        parts.append(Text::tr("%1 unreachable").arg(locale.createSeparatedList(failed)));
    if (parts.isEmpty())
        return Text::tr("Last checked %1").arg(when);
    return Text::tr("Last checked %1 — %2").arg(when, parts.join(QStringLiteral("; ")));
}

QStringList sourceProblems(const StatusView &view, const QDateTime &now)
{
    QStringList problems;
    for (const Core::SourceStatus &source : view.snapshot.sources) {
        if (source.state != Core::SourceStatus::State::Error
            && source.state != Core::SourceStatus::State::Stale)
            continue;
        const QString name = App::sourceDisplayName(source.id);
        if (source.state == Core::SourceStatus::State::Stale && source.reportedAt) {
            problems.append(Text::tr("%1 couldn't be reached — showing what it reported %2")
                                .arg(name, dayAndTime(*source.reportedAt, now)));
        } else {
            problems.append(
                Text::tr("%1 couldn't be reached — nothing it reported is known yet").arg(name));
        }
    }
    return problems;
}

} // namespace Stethoscope::Desktop
