// The yardstick of the footprint benchmark: the smallest Qt tray app that does what a tray app
// must — a QApplication, a tray icon and its menu — and nothing else. Built with the same Qt
// and flags as Stethoscope and measured by the same script, so the ratios say what
// Stethoscope adds on top of Qt itself.
//
// It prints the same marks as the tray app (see app/desktop/benchmarkmarks.h); having no
// status of its own, its icon is its status.

#include "benchmarkmarks.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    auto *marks = Stethoscope::Desktop::BenchmarkMarks::createIfRequested(&app);

    // A plain disc: no image plugin needed.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(pixmap.rect().adjusted(4, 4, -4, -4));
    }

    QMenu menu;
    menu.addAction(QStringLiteral("Baseline"))->setEnabled(false);
    menu.addSeparator();
    QObject::connect(menu.addAction(QStringLiteral("Quit")), &QAction::triggered, &app,
                     &QCoreApplication::quit);

    QSystemTrayIcon tray;
    tray.setIcon(QIcon(pixmap));
    tray.setToolTip(QStringLiteral("Baseline"));
    tray.setContextMenu(&menu);
    if (marks)
        marks->statusReady();
    tray.show();
    return QApplication::exec();
}
