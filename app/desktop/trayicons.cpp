#include "trayicons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <functional>
#include <memory>

namespace Stethoscope::Desktop {

namespace {

Q_LOGGING_CATEGORY(lcIcons, "stethoscope.desktop.icons", QtWarningMsg)

// Draws an icon's artwork into a square of the given size, in device pixels.
using Artwork = std::function<void(QPainter &, const QRectF &)>;

// The sizes a tray or a list asks for most (16 px at 100 % on Windows, 22 and 44 px in GNOME
// and KDE panels, 20 and 40 px in the macOS menu bar). Platforms that upload every available
// size (the D-Bus StatusNotifierItem) get these; any other size is rendered when asked for.
const QList<QSize> &standardSizes()
{
    static const QList<QSize> sizes = [] {
        QList<QSize> list;
        for (const int side : {16, 20, 22, 24, 32, 40, 44, 48, 64})
            list.append(QSize(side, side));
        return list;
    }();
    return sizes;
}

// Renders its artwork at exactly the size and device pixel ratio asked for, so the icon is
// crisp at any scale (an SVG scaled down from one large pixmap blurs, and one scaled up
// pixelates), and keeps what it rendered.
class ArtworkIconEngine final : public QIconEngine
{
public:
    // themed: the artwork paints in the palette's text colour, so a palette change renders anew.
    ArtworkIconEngine(Artwork artwork, bool valid, bool themed)
        : m_artwork(std::move(artwork))
        , m_valid(valid)
        , m_themed(themed)
        , m_cache(std::make_shared<QHash<QString, QImage>>())
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pixmap = this->pixmap(rect.size() * ratio, mode, state);
        pixmap.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pixmap);
    }

    // QIcon asks in device pixels (size × devicePixelRatio) and sets the ratio itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        if (!m_valid || size.isEmpty())
            return {};
        const QString key = QStringLiteral("%1x%2/%3/%4")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(m_themed ? textColour().rgba() : 0U);
        auto cached = m_cache->constFind(key);
        if (cached == m_cache->constEnd())
            cached = m_cache->insert(key, render(size, mode));
        return QPixmap::fromImage(*cached);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(mode)
        Q_UNUSED(state)
        return m_valid ? standardSizes() : QList<QSize>();
    }

    bool isNull() override { return !m_valid; }
    QString key() const override { return QStringLiteral("stethoscope-artwork"); }
    QIconEngine *clone() const override { return new ArtworkIconEngine(*this); }

    static QColor textColour() { return QGuiApplication::palette().color(QPalette::Text); }

private:
    QImage render(const QSize &size, QIcon::Mode mode) const
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            // Square artwork, centred in a rectangle that is not square.
            const qreal side = qMin(size.width(), size.height());
            const QRectF square((size.width() - side) / 2, (size.height() - side) / 2, side, side);
            m_artwork(painter, square);
        }
        if (mode == QIcon::Normal)
            return image;
        // Disabled, active and selected looks as the style draws them for every other icon.
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyleOption option;
            option.palette = QApplication::palette();
            return QApplication::style()
                ->generatedIconPixmap(mode, QPixmap::fromImage(image), &option)
                .toImage();
        }
        return image;
    }

    Artwork m_artwork;
    bool m_valid = false;
    bool m_themed = false;
    // Shared with clones: QIcon detaches (clones the engine) on setIsMask and the like.
    std::shared_ptr<QHash<QString, QImage>> m_cache;
};

QIcon svgIcon(const QString &fileName)
{
    const QString path = QStringLiteral(":/stethoscope/icons/") + fileName;
    auto renderer = std::make_shared<QSvgRenderer>(path);
    const bool valid = renderer->isValid();
    if (!valid)
        qCWarning(lcIcons) << "Cannot read the icon" << path;
    auto artwork
        = [renderer](QPainter &painter, const QRectF &rect) { renderer->render(&painter, rect); };
    return QIcon(new ArtworkIconEngine(artwork, valid, false));
}

QIcon paintedIcon(Artwork artwork, bool themed)
{
    return QIcon(new ArtworkIconEngine(std::move(artwork), true, themed));
}

// Painted glyphs are designed on a 32 × 32 grid like the SVGs; 2-unit strokes on odd
// coordinates land on whole pixels at 16 and 32 px.
void useGrid(QPainter &painter, const QRectF &rect)
{
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / 32.0, rect.height() / 32.0);
}

QPen glyphPen()
{
    QPen pen(ArtworkIconEngine::textColour(), 2.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void drawDash(QPainter &painter, const QRectF &rect)
{
    useGrid(painter, rect);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x7a, 0x82, 0x8c)); // the grey of "unknown", in a calmer shape
    painter.drawRoundedRect(QRectF(8, 14, 16, 4), 2, 2);
}

void drawComputer(QPainter &painter, const QRectF &rect)
{
    useGrid(painter, rect);
    painter.setPen(glyphPen());
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(5, 7, 22, 15), 2, 2);
    painter.drawLine(QPointF(16, 22), QPointF(16, 25));
    painter.drawLine(QPointF(11, 25), QPointF(21, 25));
}

void drawPhone(QPainter &painter, const QRectF &rect)
{
    useGrid(painter, rect);
    painter.setPen(glyphPen());
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(9, 3, 14, 26), 3, 3);
    painter.drawLine(QPointF(14, 25), QPointF(18, 25));
}

// A device of a kind nobody reported: a dashed outline.
void drawSomeDevice(QPainter &painter, const QRectF &rect)
{
    useGrid(painter, rect);
    QPen pen = glyphPen();
    pen.setDashPattern({2.0, 1.5});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(7, 5, 18, 22), 3, 3);
}

QString stateFileStem(TrayState state)
{
    switch (state) {
    case TrayState::AllGood:
        return QStringLiteral("allgood");
    case TrayState::Suggestions:
        return QStringLiteral("suggestions");
    case TrayState::ActionRequired:
        return QStringLiteral("actionrequired");
    case TrayState::Unknown:
        return QStringLiteral("unknown");
    case TrayState::Checking:
        return QStringLiteral("checking");
    }
    return QStringLiteral("unknown");
}

QIcon cachedPainted(int id, void (*draw)(QPainter &, const QRectF &), bool themed)
{
    static QHash<int, QIcon> icons;
    auto it = icons.constFind(id);
    if (it == icons.constEnd())
        it = icons.insert(id, paintedIcon(draw, themed));
    return *it;
}

enum PaintedId
{
    Dash,
    Computer,
    Phone,
    SomeDevice,
};

} // namespace

IconStyle platformIconStyle()
{
#if defined(Q_OS_MACOS)
    return IconStyle::Template;
#else
    return IconStyle::Colour;
#endif
}

QIcon trayIcon(TrayState state, IconStyle style)
{
    static QHash<int, QIcon> icons;
    const int key = int(state) * 2 + (style == IconStyle::Template ? 1 : 0);
    auto it = icons.constFind(key);
    if (it == icons.constEnd()) {
        const QString suffix = style == IconStyle::Template ? QStringLiteral("-template.svg")
                                                            : QStringLiteral(".svg");
        QIcon icon = svgIcon(QStringLiteral("tray-") + stateFileStem(state) + suffix);
        // macOS tints a mask for the menu bar's appearance (light, dark, highlighted).
        icon.setIsMask(style == IconStyle::Template);
        it = icons.insert(key, icon);
    }
    return *it;
}

QIcon applicationIcon()
{
    static const QIcon icon = svgIcon(QStringLiteral("stethoscope.svg"));
    return icon;
}

QIcon ratingIcon(Core::Rating rating)
{
    switch (rating) {
    case Core::Rating::Critical:
        return trayIcon(TrayState::ActionRequired, IconStyle::Colour);
    case Core::Rating::Warning:
        return trayIcon(TrayState::Suggestions, IconStyle::Colour);
    case Core::Rating::Ok:
        return trayIcon(TrayState::AllGood, IconStyle::Colour);
    case Core::Rating::Unknown:
        break;
    }
    return trayIcon(TrayState::Unknown, IconStyle::Colour);
}

QIcon practiceStatusIcon(Core::PracticeStatus status)
{
    switch (status) {
    case Core::PracticeStatus::Warn:
        return ratingIcon(Core::Rating::Critical);
    case Core::PracticeStatus::Nudge:
        return ratingIcon(Core::Rating::Warning);
    case Core::PracticeStatus::Ok:
        return ratingIcon(Core::Rating::Ok);
    case Core::PracticeStatus::Unknown:
        return ratingIcon(Core::Rating::Unknown);
    case Core::PracticeStatus::NotApplicable:
        break;
    }
    return cachedPainted(Dash, drawDash, false);
}

QIcon platformIcon(std::optional<Core::Platform> platform)
{
    if (!platform)
        return cachedPainted(SomeDevice, drawSomeDevice, true);
    switch (*platform) {
    case Core::Platform::iOS:
    case Core::Platform::Android:
        return cachedPainted(Phone, drawPhone, true);
    case Core::Platform::Mac:
    case Core::Platform::Windows:
    case Core::Platform::Linux:
    case Core::Platform::ChromeOS:
        break;
    }
    return cachedPainted(Computer, drawComputer, true);
}

} // namespace Stethoscope::Desktop
