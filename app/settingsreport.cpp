#include "settingsreport.h"

#include <QTextStream>
#include <QUrl>

namespace Stethoscope::App {

namespace {

QString shown(const AppSettings &settings, const SettingKey &key)
{
    const QString text = settings.text(key);
    // user:password@ in a URL is a secret typed into the wrong place: never print it.
    const QUrl url(text);
    if (url.isValid() && !url.password().isEmpty())
        return url.toString(QUrl::RemoveUserInfo) + QStringLiteral(" (credentials redacted)");
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

} // namespace

QString settingsReport(const AppSettings &settings)
{
    QString report;
    QTextStream out(&report);
    out << "Managed settings: "
        << (settings.managedOrigin().isEmpty() ? QStringLiteral("none") : settings.managedOrigin())
        << '\n';
    for (const QString &problem : settings.managedProblems())
        out << "  problem: " << problem << '\n';
    out << "Settings:\n";
    for (const SettingKey *key : Keys::all()) {
        out << "  " << iniName(*key) << " = " << shown(settings, *key) << " ("
            << settingLayerName(settings.layerOf(*key)) << ")\n";
    }
    return report;
}

} // namespace Stethoscope::App
