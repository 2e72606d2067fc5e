#pragma once

// Looking at the widgets: a dark palette next to the style's light one, and screenshots saved
// where STETHOSCOPE_SCREENSHOT_DIR says (nowhere without it).
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPixmap>

namespace Stethoscope::Desktop::Test {

// Puts the application palette back when a test is done with it.
struct PaletteGuard
{
    PaletteGuard()
        : saved(QApplication::palette())
    { }
    ~PaletteGuard() { QApplication::setPalette(saved); }
    PaletteGuard(const PaletteGuard &) = delete;
    PaletteGuard &operator=(const PaletteGuard &) = delete;
    QPalette saved;
};

inline QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// Set STETHOSCOPE_SCREENSHOT_DIR to look at the window in each palette.
inline void saveScreenshot(const QPixmap &pixmap, const QString &name)
{
    const QString dir = qEnvironmentVariable("STETHOSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        pixmap.save(QDir(dir).filePath(name));
}

} // namespace Stethoscope::Desktop::Test
