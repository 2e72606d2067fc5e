#include "catch.h"

#include "trayicons.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>

#include <algorithm>
#include <array>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;

namespace {

constexpr std::array allStates {TrayState::AllGood, TrayState::Suggestions,
                                TrayState::ActionRequired, TrayState::Unknown, TrayState::Checking};

QImage render(const QIcon &icon, int side, qreal ratio = 1.0, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(side, side), ratio, mode)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

// The share of pixels that are not transparent.
double coverage(const QImage &image)
{
    qsizetype opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return double(opaque) / double(image.width() * image.height());
}

// The share of pixels that differ clearly between two images of the same size.
double difference(const QImage &a, const QImage &b, bool shapeOnly)
{
    qsizetype differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            int delta = qAbs(qAlpha(p) - qAlpha(q));
            if (!shapeOnly) {
                delta = std::max({delta, qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)),
                                  qAbs(qBlue(p) - qBlue(q))});
            }
            differing += delta > 64 ? 1 : 0;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

const char *styleName(IconStyle style)
{
    return style == IconStyle::Colour ? "colour" : "template";
}

} // namespace

TEST_CASE("Each tray state has an icon of its own", "[tray]")
{
    const IconStyle style = GENERATE(IconStyle::Colour, IconStyle::Template);
    INFO(styleName(style));

    for (const TrayState state : allStates) {
        INFO("state " << int(state));
        const QIcon icon = trayIcon(state, style);
        REQUIRE_FALSE(icon.isNull());
        CHECK(icon.isMask() == (style == IconStyle::Template));
        CHECK(coverage(render(icon, 32)) > 0.3);
    }

    // Templates are tinted by macOS, so their states differ in shape alone; colour icons carry
    // the same shapes (and colour on top).
    for (std::size_t i = 0; i < allStates.size(); ++i) {
        for (std::size_t j = i + 1; j < allStates.size(); ++j) {
            INFO("states " << int(allStates[i]) << " and " << int(allStates[j]));
            const QImage a = render(trayIcon(allStates[i], style), 32);
            const QImage b = render(trayIcon(allStates[j], style), 32);
            CHECK(difference(a, b, style == IconStyle::Template) > 0.05);
        }
    }
}

TEST_CASE("Template icons are black masks with the glyph cut out", "[tray]")
{
    for (const TrayState state : allStates) {
        INFO("state " << int(state));
        const QImage image = render(trayIcon(state, IconStyle::Template), 32);
        const QImage colour = render(trayIcon(state, IconStyle::Colour), 32);
        bool opaque = false;
        qsizetype cutOut = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                REQUIRE(qRed(pixel) == 0);
                REQUIRE(qGreen(pixel) == 0);
                REQUIRE(qBlue(pixel) == 0);
                opaque = opaque || qAlpha(pixel) == 255;
                // The glyph: solid in the colour icon, a hole in the template.
                cutOut += qAlpha(colour.pixel(x, y)) == 255 && qAlpha(pixel) == 0 ? 1 : 0;
            }
        }
        CHECK(opaque);
        CHECK(cutOut > 12); // a glyph, not a stray pixel
    }
}

TEST_CASE("Tray icons render at small and large sizes and at high density", "[tray]")
{
    const IconStyle style = GENERATE(IconStyle::Colour, IconStyle::Template);
    INFO(styleName(style));
    for (const TrayState state : allStates) {
        INFO("state " << int(state));
        const QIcon icon = trayIcon(state, style);
        for (const int side : {16, 22, 64}) {
            const QImage image = render(icon, side);
            CHECK(image.size() == QSize(side, side));
            CHECK(coverage(image) > 0.3);
        }
        // 200 %: drawn for 64 device pixels, not a 32 px picture scaled up.
        const QPixmap doubled = icon.pixmap(QSize(32, 32), 2.0);
        CHECK(doubled.size() == QSize(64, 64));
        CHECK(doubled.devicePixelRatio() == 2.0);
        CHECK(doubled.toImage().convertToFormat(QImage::Format_ARGB32) == render(icon, 64));
        // Trays that upload every size (D-Bus) find the small and the large ones.
        CHECK(icon.availableSizes().contains(QSize(16, 16)));
        CHECK(icon.availableSizes().contains(QSize(64, 64)));
    }
}

TEST_CASE("The platform's tray gets its own icon style", "[tray]")
{
#if defined(Q_OS_MACOS)
    CHECK(platformIconStyle() == IconStyle::Template);
    CHECK(trayIcon(TrayState::AllGood).isMask());
#else
    CHECK(platformIconStyle() == IconStyle::Colour);
    CHECK_FALSE(trayIcon(TrayState::AllGood).isMask());
#endif
}

TEST_CASE("The application icon is drawn", "[tray]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    CHECK(coverage(render(icon, 64)) > 0.8);
    CHECK(coverage(render(icon, 16)) > 0.8);
}

TEST_CASE("Ratings and practice verdicts wear the tray's badges", "[tray]")
{
    using Core::PracticeStatus;
    using Core::Rating;
    const auto same = [](const QIcon &a, const QIcon &b) { return render(a, 32) == render(b, 32); };
    const auto colour = [](TrayState state) { return trayIcon(state, IconStyle::Colour); };

    CHECK(same(ratingIcon(Rating::Critical), colour(TrayState::ActionRequired)));
    CHECK(same(ratingIcon(Rating::Warning), colour(TrayState::Suggestions)));
    CHECK(same(ratingIcon(Rating::Ok), colour(TrayState::AllGood)));
    CHECK(same(ratingIcon(Rating::Unknown), colour(TrayState::Unknown)));

    CHECK(same(practiceStatusIcon(PracticeStatus::Warn), colour(TrayState::ActionRequired)));
    CHECK(same(practiceStatusIcon(PracticeStatus::Nudge), colour(TrayState::Suggestions)));
    CHECK(same(practiceStatusIcon(PracticeStatus::Ok), colour(TrayState::AllGood)));
    CHECK(same(practiceStatusIcon(PracticeStatus::Unknown), colour(TrayState::Unknown)));

    // Not applicable: a neutral dash, unlike any verdict.
    const QImage dash = render(practiceStatusIcon(PracticeStatus::NotApplicable), 32);
    CHECK(coverage(dash) > 0.05);
    for (const TrayState state : allStates)
        CHECK(difference(dash, render(colour(state), 32), false) > 0.2);
}

TEST_CASE("Computers and phones have their own glyph", "[tray]")
{
    using Core::Platform;
    const QImage mac = render(platformIcon(Platform::Mac), 32);
    const QImage phone = render(platformIcon(Platform::iOS), 32);
    const QImage unknown = render(platformIcon(std::nullopt), 32);
    CHECK(coverage(mac) > 0.05);
    CHECK(coverage(phone) > 0.05);
    CHECK(coverage(unknown) > 0.05);
    CHECK(difference(mac, phone, true) > 0.05);
    CHECK(difference(mac, unknown, true) > 0.05);
    CHECK(render(platformIcon(Platform::Windows), 32) == mac);
    CHECK(render(platformIcon(Platform::Android), 32) == phone);
}

TEST_CASE("A disabled icon looks disabled", "[tray]")
{
    const QIcon icon = ratingIcon(Core::Rating::Critical);
    CHECK(render(icon, 32, 1.0, QIcon::Disabled) != render(icon, 32));
}
