#include "diagnostics.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTextStream>

namespace Stethoscope::Desktop {

QString diagnosticsText(const DiagnosticsInput &input)
{
    QString text;
    QTextStream out(&text);
    out << "Stethoscope " << QCoreApplication::applicationVersion() << " (Qt " << qVersion() << ", "
        << QSysInfo::prettyProductName() << ", " << QGuiApplication::platformName() << ")\n";
    out << "Tray: " << (input.trayAvailable ? "available" : "not available")
        << "; notifications: " << input.notificationChannel << '\n';
    if (input.signInEnabled)
        out << "Sign-in: " << (input.email.isEmpty() ? QStringLiteral("signed out") : input.email)
            << '\n';
    else
        out << "Sign-in: off; employee: " << input.email << '\n';
    if (!input.setupProblem.isEmpty())
        out << "Setup problem: " << input.setupProblem << '\n';

    const StatusView &view = input.view;
    if (view.hasSnapshot()) {
        out << "Last checked: " << view.snapshot.generatedAt.toString(Qt::ISODate)
            << (view.fromCache ? " (from the cache)" : "") << "; overall "
            << Core::ratingName(view.snapshot.overall) << "; " << view.snapshot.devices.size()
            << " devices\n";
        for (const Core::SourceStatus &source : view.snapshot.sources) {
            out << "  " << source.id << ": " << Core::sourceStateName(source.state);
            if (source.records > 0)
                out << ", " << source.records << " records";
            if (source.reportedAt)
                out << ", reported " << source.reportedAt->toString(Qt::ISODate);
            if (source.error)
                out << " — " << *source.error;
            out << '\n';
        }
    } else {
        out << "Last checked: never\n";
    }

    out << "Next refresh: ";
    if (input.refreshing)
        out << "running now";
    else if (input.nextRefresh)
        out << "in about " << std::chrono::ceil<std::chrono::minutes>(*input.nextRefresh).count()
            << " min";
    else
        out << "not scheduled";
    out << "; failed refreshes in a row: " << input.failuresInARow << '\n';
    if (!view.alerts.isEmpty() || !view.reports.isEmpty() || input.pendingFeedback > 0) {
        out << "Alerts: " << view.openAlerts() << " open of " << view.alerts.size()
            << "; devices reported to IT: " << view.reports.size()
            << "; reports waiting to be sent: " << input.pendingFeedback << '\n';
    }
    if (input.snoozedUntil)
        out << "Notifications snoozed until " << input.snoozedUntil->toString(Qt::ISODate) << '\n';
    out << "Cache: " << QDir::toNativeSeparators(input.cachePath) << '\n';
    out << "Generated: " << input.now.toString(Qt::ISODate) << '\n';
    return text;
}

} // namespace Stethoscope::Desktop
