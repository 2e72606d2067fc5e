#include "browser.h"

#include <QDesktopServices>
#include <QProcess>
#include <QProcessEnvironment>

namespace Stethoscope::App {

bool openInBrowser(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    const QString browser = QProcessEnvironment::systemEnvironment()
                                .value(QStringLiteral("BROWSER"))
                                .split(u':', Qt::SkipEmptyParts)
                                .value(0);
    if (!browser.isEmpty()) {
        // "%s" marks where the URL goes, in the tradition of $BROWSER; otherwise it is appended.
        QStringList arguments = QProcess::splitCommand(browser);
        if (arguments.isEmpty())
            return false;
        const QString program = arguments.takeFirst();
        bool placed = false;
        for (QString &argument : arguments) {
            if (argument.contains(u"%s")) {
                argument.replace(QStringLiteral("%s"), address);
                placed = true;
            }
        }
        if (!placed)
            arguments.append(address);
        return QProcess::startDetached(program, arguments);
    }
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {address});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), address});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
}

bool openInDesktopBrowser(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace Stethoscope::App
