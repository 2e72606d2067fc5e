#include "detailswindow.h"

#include "catch.h"

#include "devicemerger.h"
#include "evaluator.h"

#include "devicelistmodel.h"
#include "fixedclock.h"
#include "practicecards.h"
#include "sampleview.h"
#include "screenshots.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace Stethoscope;
using namespace Stethoscope::Desktop;
using namespace Qt::StringLiterals;
namespace Key = Core::PracticeKey;

namespace {

using Test::FixedClock;

// Registered with QDesktopServices for a test scheme: receives the links the window opens.
class UrlHandler : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

const QString macId = u"serial:C02ALICE01"_s;
const QString phoneId = u"google:android-7"_s;

struct WindowFixture
{
    explicit WindowFixture(Core::PracticeCatalog practices = Core::PracticeCatalog::builtin())
        : catalog(std::move(practices))
    {
        window.setStatus(Test::sampleView());
    }

    QAbstractItemView *deviceList() const
    {
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (qobject_cast<DeviceListModel *>(view->model()))
                return view;
        }
        FAIL("the window has no device list");
        return nullptr;
    }

    QWidget *practiceCard(const QString &key) const
    {
        return window.findChild<QWidget *>(u"practice-"_s + key);
    }

    QPushButton *button(const QString &accessibleName) const
    {
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->accessibleName() == accessibleName)
                return button;
        }
        return nullptr;
    }

    QList<QLabel *> labelsContaining(const QString &text) const
    {
        QList<QLabel *> found;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->text().contains(text))
                found.append(label);
        }
        return found;
    }

    Core::PracticeCatalog catalog;
    FixedClock clock {Test::sampleNow()};
    DetailsWindow window {catalog, clock};
};

// WCAG contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("The details window lists the devices worst first and opens on the first", "[details]")
{
    WindowFixture f;
    QAbstractItemView *list = f.deviceList();
    REQUIRE(list->model()->rowCount() == 4);
    CHECK(list->model()->index(0, 0).data().toString() == u"alice-mbp");
    CHECK(list->model()->index(3, 0).data().toString() == u"Old iPhone");
    CHECK(f.window.currentDeviceId() == macId);
    CHECK(f.window.windowTitle() == u"alice-mbp — Stethoscope"); // the device shown

    // The Mac's practices, as cards with the catalog's wording; the N/A one is not there.
    const QWidget *encryption = f.practiceCard(Key::encryption);
    REQUIRE(encryption);
    CHECK(encryption->accessibleName() == f.catalog.find(Key::encryption)->titleFailing);
    CHECK(f.practiceCard(Key::screenlock));
    CHECK_FALSE(f.practiceCard(Key::adbstatus));
    for (const QString &heading :
         {u"Critical (1)"_s, u"Suggested (1)"_s, u"Done (1)"_s, u"Unknown (1)"_s})
        CHECK(f.labelsContaining(heading).size() == 1);
    CHECK_FALSE(f.labelsContaining(u"MacBook Pro (14-inch, 2023) · macOS 14.1 · Reported by Jamf"_s)
                    .isEmpty());
}

TEST_CASE("showDevice selects the device, scrolls to the practice and shows the window",
          "[details]")
{
    WindowFixture f;
    f.window.resize(f.window.minimumSize());

    f.window.showDevice(macId, Key::remotelogin);
    CHECK(f.window.isVisible());
    CHECK(f.window.currentDeviceId() == macId);
    CHECK(f.window.currentPractice() == Key::remotelogin);
    QCoreApplication::processEvents();
    const QWidget *card = f.practiceCard(Key::remotelogin);
    const QScrollArea *area = f.window.findChild<Details::PracticeCards *>();
    REQUIRE(card);
    REQUIRE(area);
    const QRect inViewport(card->mapTo(area->viewport(), QPoint(0, 0)), card->size());
    CHECK(area->viewport()->rect().contains(inViewport.topLeft()));

    f.window.showDevice(phoneId);
    CHECK(f.window.currentDeviceId() == phoneId);
    CHECK(f.window.currentPractice().isEmpty());
    CHECK(f.practiceCard(Key::uptodate));
    CHECK_FALSE(f.practiceCard(Key::remotelogin));

    // An unknown device (gone since the notification): the window opens on the first one.
    f.window.showDevice(u"gone"_s, Key::encryption);
    CHECK(f.window.currentDeviceId() == macId);
    CHECK(f.window.currentPractice() == Key::encryption);
}

TEST_CASE("A refresh keeps the selected device, even when the list changes", "[details]")
{
    WindowFixture f;
    f.window.showDevice(phoneId);
    StatusView view = Test::sampleView();
    Core::Device newcomer = view.snapshot.devices.first();
    newcomer.id = u"serial:NEW"_s;
    newcomer.name = u"aaa-new"_s;
    view.snapshot.devices.append(newcomer);
    f.window.setStatus(view);
    CHECK(f.deviceList()->model()->rowCount() == 5);
    CHECK(f.window.currentDeviceId() == phoneId);

    // The selected device is gone: the first one is shown.
    view.snapshot.devices.removeAt(1);
    f.window.setStatus(view);
    CHECK(f.window.currentDeviceId() == u"serial:NEW");
}

TEST_CASE("A backend that failed gets a readable banner in light and dark palettes", "[details]")
{
    Test::PaletteGuard guard;
    WindowFixture f;
    f.window.show();
    const QList<QLabel *> banners = f.labelsContaining(u"LANDESK couldn't be reached"_s);
    REQUIRE(banners.size() == 1);
    QLabel *banner = banners.front();
    CHECK(banner->isVisible());

    const auto palette = GENERATE(as<QString> {}, u"light"_s, u"dark"_s);
    QApplication::setPalette(palette == u"dark" ? Test::darkPalette()
                                                : QApplication::style()->standardPalette());
    QCoreApplication::processEvents();
    const QImage image = banner->parentWidget()->grab().toImage();
    // The banner's own background, right of its text, against the colour the text is drawn in.
    const QColor background = image.pixelColor(image.width() - 3, image.height() / 2);
    const QColor text = banner->palette().color(QPalette::Active, banner->foregroundRole());
    INFO(palette.toStdString() << ": text " << text.name().toStdString() << " on "
                               << background.name().toStdString());
    CHECK(contrast(text, background) >= 4.5);
    // And it is a banner: it stands out from the window around it.
    CHECK(background != f.window.palette().color(QPalette::Window));
}

TEST_CASE("Check now asks for a check and waits while one runs", "[details]")
{
    WindowFixture f;
    QPushButton *checkNow = f.button(u"Check now"_s);
    REQUIRE(checkNow);
    QSignalSpy requests(&f.window, &DetailsWindow::checkNowRequested);
    QTest::mouseClick(checkNow, Qt::LeftButton);
    CHECK(requests.size() == 1);

    StatusView view = Test::sampleView();
    view.checking = true;
    f.window.setStatus(view);
    CHECK_FALSE(checkNow->isEnabled());
    CHECK(checkNow->text() == u"Checking…");
    QTest::mouseClick(checkNow, Qt::LeftButton);
    CHECK(requests.size() == 1);

    view.checking = false;
    f.window.setStatus(view);
    CHECK(checkNow->isEnabled());
    CHECK(checkNow->text() == u"Check now");
}

TEST_CASE("Closing the details window hides it; the app lives on in the tray", "[details]")
{
    WindowFixture f;
    QPointer<DetailsWindow> window(&f.window);
    f.window.show();
    f.window.close();
    CHECK_FALSE(f.window.isVisible());
    QCoreApplication::processEvents();
    CHECK(window);
    f.window.showDevice(phoneId);
    CHECK(f.window.isVisible());
}

TEST_CASE("Every control of the details window has a name for screen readers", "[details]")
{
    WindowFixture f;
    for (const QAbstractButton *button : f.window.findChildren<QAbstractButton *>()) {
        INFO(button->text().toStdString());
        CHECK_FALSE(button->accessibleName().isEmpty());
    }
    for (const QAbstractItemView *view : f.window.findChildren<QAbstractItemView *>()) {
        CHECK_FALSE(view->accessibleName().isEmpty());
        CHECK_FALSE(view->accessibleDescription().isEmpty());
    }
    const QScrollArea *practices = f.window.findChild<Details::PracticeCards *>();
    REQUIRE(practices);
    CHECK_FALSE(practices->accessibleName().isEmpty());
    CHECK_FALSE(practices->accessibleDescription().isEmpty());

    // The Mac's links name their practice, and cannot be followed from this (Linux) computer.
    QPushButton *link
        = f.button(u"Open settings to fix "_s + f.catalog.find(Key::encryption)->name);
    REQUIRE(link);
    if (currentPlatform() != Core::Platform::Mac) {
        CHECK_FALSE(link->isEnabled());
        CHECK(link->toolTip() == u"Open this on the device itself");
    }
}

TEST_CASE("The keyboard goes from the header to the tabs, the devices and the practices",
          "[details]")
{
    WindowFixture f;
    f.window.show();
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QAbstractItemView *list = f.deviceList();
    CHECK(QApplication::focusWidget() == list);

    f.button(u"Check now"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(qobject_cast<QTabBar *>(QApplication::focusWidget())); // Devices | Alerts
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == list);
    QTest::keyClick(list, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.practiceCard(Key::encryption));
    CHECK(f.window.currentPractice() == Key::encryption);

    // Arrow keys in the list pick the device whose practices are shown.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(f.window.currentDeviceId() == phoneId);
    CHECK(f.practiceCard(Key::uptodate));
}

TEST_CASE("A settings link on this computer opens it and asks for a check later", "[details]")
{
    const std::optional<Core::Platform> here = currentPlatform();
    if (!here) {
        WARN("no deep links on this platform");
        return;
    }
    Core::PracticeCatalog catalog = Core::PracticeCatalog::builtin();
    Core::Practice encryption = *catalog.find(Key::encryption);
    const QUrl link(u"stethoscope-test:encryption"_s);
    encryption.directions[*here] = {u"Turn it on."_s, link};
    catalog.add(encryption);

    WindowFixture f(catalog);
    StatusView view = Test::sampleView();
    view.snapshot.devices[0].platform = here;
    f.window.setStatus(view);

    UrlHandler handler;
    QDesktopServices::setUrlHandler(u"stethoscope-test"_s, &handler, "open");
    QSignalSpy opened(&f.window, &DetailsWindow::fixLinkOpened);
    QPushButton *button = f.button(u"Open settings to fix "_s + encryption.name);
    REQUIRE(button);
    CHECK(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"stethoscope-test"_s);
    CHECK(handler.opened == QList<QUrl> {link});
    CHECK(opened.size() == 1);
}

TEST_CASE("Without devices the window says why", "[details]")
{
    WindowFixture f;
    f.window.show();

    StatusView checking;
    checking.checking = true;
    f.window.setStatus(checking);
    CHECK(f.deviceList()->model()->rowCount() == 0);
    REQUIRE(f.labelsContaining(u"Checking your devices…"_s).size() >= 1);
    const auto visible = [&f](const QString &text) {
        const QList<QLabel *> labels = f.labelsContaining(text);
        return std::any_of(labels.begin(), labels.end(),
                           [](const QLabel *label) { return label->isVisible(); });
    };
    CHECK(visible(u"Checking your devices…"_s));
    CHECK(f.window.currentDeviceId().isEmpty());

    StatusView none;
    none.snapshot.generatedAt = Test::sampleNow();
    none.snapshot.sources = {{u"jamf"_s, Core::SourceStatus::State::Ok, {}, 0, Test::sampleNow()}};
    f.window.setStatus(none);
    CHECK(visible(u"No devices found for you"_s));
    CHECK_FALSE(f.deviceList()->isVisible());

    f.window.setStatus(Test::sampleView());
    CHECK(f.deviceList()->isVisible());
    CHECK(f.window.currentDeviceId() == macId);
}

TEST_CASE("The details window renders in a light and a dark palette", "[details]")
{
    Test::PaletteGuard guard;
    WindowFixture f;
    f.window.show();
    f.window.showDevice(macId, Key::encryption);

    QApplication::setPalette(QApplication::style()->standardPalette());
    QCoreApplication::processEvents();
    const QPixmap light = f.window.grab();
    REQUIRE_FALSE(light.isNull());
    CHECK(light.devicePixelRatio() == 1);
    CHECK(light.size() == f.window.size());
    Test::saveScreenshot(light, u"details-light.png"_s);

    QApplication::setPalette(Test::darkPalette());
    QCoreApplication::processEvents();
    const QPixmap dark = f.window.grab();
    REQUIRE_FALSE(dark.isNull());
    Test::saveScreenshot(dark, u"details-dark.png"_s);
    // The window follows the palette: its background is the dark one now.
    CHECK(dark.toImage().pixelColor(2, 2) == Test::darkPalette().color(QPalette::Window));

    // At 200 % (a render into a pixmap of twice the size).
    QPixmap sharp(f.window.size() * 2);
    sharp.setDevicePixelRatio(2);
    sharp.fill(Qt::transparent);
    f.window.render(&sharp);
    Test::saveScreenshot(sharp, u"details-dark-200.png"_s);
    CHECK_FALSE(sharp.toImage().isNull());
}

TEST_CASE("Practice texts use the width of the card, even for a practice that is done", "[details]")
{
    WindowFixture f;
    f.window.resize(f.window.minimumSize());
    f.window.show();
    QCoreApplication::processEvents();
    for (const QString &key : {Key::encryption, Key::firewall, Key::screenlock, Key::remotelogin}) {
        const QWidget *card = f.practiceCard(key);
        REQUIRE(card);
        const QLabel *title = nullptr;
        for (const QLabel *label : card->findChildren<QLabel *>()) {
            if (label->text() == card->accessibleName())
                title = label;
        }
        INFO(key.toStdString());
        REQUIRE(title);
        CHECK(title->width() > card->width() / 2);
        CHECK(title->height() >= title->fontMetrics().height());
    }
}

TEST_CASE("When Jamf and the Mac itself disagree, the card says so and who is behind",
          "[details][local]")
{
    // The real evaluation and merge: Jamf's inventory of three days ago against the Mac's
    // live reading after the employee turned FileVault on.
    const QDateTime now = Test::sampleNow();
    Core::DeviceRecord jamf;
    jamf.source = u"jamf"_s;
    jamf.recordId = u"101"_s;
    jamf.name = u"alice-mbp"_s;
    jamf.model = u"MacBook Pro (14-inch, 2023)"_s;
    jamf.platform = Core::Platform::Mac;
    jamf.osName = u"macOS"_s;
    jamf.osVersion = u"26.1"_s;
    jamf.ids.serial = u"C02ALICE01"_s;
    jamf.ids.addMac(u"3c:22:fb:91:0a:5e");
    jamf.lastSync = now.addDays(-3);
    jamf.observations.insert(
        Key::encryption, {Core::Observation::State::Failing, u"FileVault is off."_s, std::nullopt});
    jamf.observations.insert(Key::firewall,
                             {Core::Observation::State::Passing, u"On."_s, std::nullopt});
    Core::DeviceRecord local;
    local.source = u"local"_s;
    local.recordId = u"alice-mbp"_s;
    local.name = u"alice-mbp"_s;
    local.platform = Core::Platform::Mac;
    local.osName = u"macOS"_s;
    local.osVersion = u"26.1"_s;
    local.ids.addMac(u"3C:22:FB:91:0A:5E");
    local.lastSync = now;
    local.observations.insert(
        Key::encryption, {Core::Observation::State::Passing, u"FileVault is on."_s, std::nullopt});
    local.observations.insert(
        Key::firewall, {Core::Observation::State::Passing, u"The firewall is on."_s, std::nullopt});
    const Core::Evaluator evaluator(Core::PracticeCatalog::builtin(), Core::Policy::builtin());
    const QList<Core::Device> devices
        = Core::mergeDevices({evaluator(jamf), evaluator(local)}, {now, 30});
    REQUIRE(devices.size() == 1);

    StatusView view;
    view.snapshot.generatedAt = now;
    view.snapshot.user = u"alice@example.com"_s;
    view.snapshot.sources = {{u"jamf"_s, Core::SourceStatus::State::Ok, {}, 1, now},
                             {u"local"_s, Core::SourceStatus::State::Ok, {}, 1, now}};
    view.snapshot.devices = devices;
    view.snapshot.overall = Core::overallRating(devices);
    WindowFixture f;
    f.window.setStatus(view);
    f.window.resize(760, 640);
    f.window.show();
    f.window.showDevice(devices.front().id, Key::encryption);
    QCoreApplication::processEvents();

    const QString encryptionOn = f.catalog.find(Key::encryption)->titlePassing;
    const QString encryptionOff = f.catalog.find(Key::encryption)->titleFailing;
    const QWidget *card = f.practiceCard(Key::encryption);
    REQUIRE(card);
    CHECK(card->accessibleName() == encryptionOn); // the live reading won
    const QLabel *text = card->findChild<QLabel *>(u"disagreement"_s);
    REQUIRE(text);
    CHECK(text->isVisible());
    CHECK(text->text()
          == u"Jamf last reported “"_s + encryptionOff + u"” 3 days ago; this Mac reports “"_s
              + encryptionOn + u"” now — Jamf will catch up at its next inventory."_s);
    CHECK(card->accessibleDescription().contains(text->text()));
    // Provenance: the device itself, now.
    CHECK_FALSE(f.labelsContaining(u"this device · now"_s).isEmpty());

    // Where both agree, nothing is said.
    const QWidget *firewall = f.practiceCard(Key::firewall);
    REQUIRE(firewall);
    CHECK_FALSE(firewall->findChild<QLabel *>(u"disagreement"_s)->isVisible());

    const QPixmap shot = f.window.grab();
    REQUIRE_FALSE(shot.isNull());
    Test::saveScreenshot(shot, u"details-disagreement.png"_s);
}

#include "tst_detailswindow.moc"

namespace {

// Speaks one language for the length of a test: the app's translation installed first (the
// practice catalog translates its texts when it is built) and the locale dates follow.
class LanguageGuard
{
public:
    explicit LanguageGuard(const QString &language)
    {
        loaded = translator.load(u":/stethoscope/i18n/stethoscope_"_s + language + u".qm"_s);
        if (loaded)
            QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    ~LanguageGuard()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    LanguageGuard(const LanguageGuard &) = delete;
    LanguageGuard &operator=(const LanguageGuard &) = delete;

    QTranslator translator;
    bool loaded = false;
};

// The widgets whose text does not fit: a button narrower than its text, a one-line label
// narrower than its text (it would be cut off), a tab narrower than its title, a scroll area
// narrower than its content.
QStringList clippedTexts(const QWidget &window)
{
    QStringList clipped;
    for (const QScrollArea *area : window.findChildren<QScrollArea *>()) {
        // The areas never scroll sideways: content wider than the view is cut off.
        if (area->isVisible() && area->widget()
            && (area->horizontalScrollBar()->isVisible()
                || area->widget()->width() > area->viewport()->width())) {
            clipped.append(u"scroll area "_s + area->objectName() + u" is too narrow"_s);
        }
    }
    for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            const QString title = tabs->tabText(i).remove(u'&');
            if (tabs->tabRect(i).width() < tabs->fontMetrics().horizontalAdvance(title))
                clipped.append(u"tab \""_s + tabs->tabText(i) + u"\""_s);
        }
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty()
            && button->width() < button->sizeHint().width()) {
            clipped.append(u"button \""_s + button->text() + u"\""_s);
        }
    }
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->textFormat() != Qt::RichText && label->pixmap().isNull()
            && label->width() < label->sizeHint().width()) {
            clipped.append(u"label \""_s + label->text() + u"\""_s);
        }
    }
    return clipped;
}

} // namespace

TEST_CASE("The details window holds its layout in every language", "[details][i18n]")
{
    const QString language
        = GENERATE(from_range(QStringLiteral(STETHOSCOPE_LANGUAGES).split(u',')));
    INFO(language.toStdString());
    const LanguageGuard guard(language);
    REQUIRE(guard.loaded);
    if (language == u"ja") {
        // Japanese needs a font with its glyphs (packaging/setup-debian.sh installs one), or
        // the screenshot would show boxes.
        REQUIRE_FALSE(QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
    }

    WindowFixture f;
    f.window.show();
    f.window.showDevice(macId, Key::encryption);
    QCoreApplication::processEvents();

    // Translated: the card of the failing practice says it in this language.
    const QString firewallOff = QCoreApplication::translate("Practice", "Firewall is off");
    if (language != u"en")
        REQUIRE(firewallOff != u"Firewall is off"_s);
    CHECK_FALSE(f.labelsContaining(firewallOff).isEmpty());

    // Long words do not push the window wider than a small laptop screen, and nothing is cut
    // off at the window's default size, nor at its smallest.
    CHECK(f.window.minimumSizeHint().width() <= 1024);
    CHECK(clippedTexts(f.window) == QStringList());
    f.window.resize(f.window.minimumSize());
    QCoreApplication::processEvents();
    CHECK(clippedTexts(f.window) == QStringList());

    if (language == u"de" || language == u"ja") {
        f.window.resize(f.window.sizeHint());
        QCoreApplication::processEvents();
        Test::saveScreenshot(f.window.grab(), u"details-"_s + language + u".png"_s);
    }
}
