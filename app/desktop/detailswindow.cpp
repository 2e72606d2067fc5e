#include "detailswindow.h"

#include "alertlistmodel.h"
#include "alertsview.h"
#include "detailswidgets.h"
#include "devicedelegate.h"
#include "devicelistmodel.h"
#include "practicecards.h"
#include "practicemodel.h"
#include "presentation.h"
#include "statustext.h"
#include "trayicons.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

namespace Stethoscope::Desktop {

namespace {

// The details window's translation context, in each of its files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailsWindow)
};

} // namespace

struct DetailsWindow::Parts
{
    Parts(DetailsWindow *window, const Core::PracticeCatalog &catalog, const Core::Clock &clock);

    void setStatus(const StatusView &status);
    void setBanners(const QStringList &problems);
    void selectDevice(const QString &deviceId);
    void showSelectedDevice();
    void showTab(QWidget *page);
    void updateTitle();

    DetailsWindow *q;
    const Core::Clock &clock;
    DeviceListModel *devices;
    PracticeModel *practices;
    AlertListModel *alerts;

    QLabel *summary = nullptr;
    QLabel *lastChecked = nullptr;
    QPushButton *checkNow = nullptr;
    QVBoxLayout *banners = nullptr;
    QStringList bannerTexts;
    QTabWidget *tabs = nullptr;
    Details::AlertsView *alertsView = nullptr;
    QStackedWidget *pages = nullptr;
    QLabel *emptyMessage = nullptr;
    QSplitter *splitter = nullptr;
    QListView *list = nullptr;
    QLabel *deviceName = nullptr;
    QLabel *ratingGlyph = nullptr;
    QLabel *ratingText = nullptr;
    QLabel *deviceInfo = nullptr;
    QLabel *matchNote = nullptr; // how this computer's live record found its backend record
    QLabel *staleNote = nullptr;
    Details::PracticeCards *cards = nullptr;
};

DetailsWindow::Parts::Parts(DetailsWindow *window, const Core::PracticeCatalog &catalog,
                            const Core::Clock &clock)
    : q(window)
    , clock(clock)
    , devices(new DeviceListModel(clock, window))
    , practices(new PracticeModel(catalog, clock, window))
    , alerts(new AlertListModel(catalog, clock, window))
{
    const int unit = q->fontMetrics().height();
    auto *root = new QVBoxLayout(q);
    root->setSpacing(unit / 2);

    // Header: the summary, when it was checked, and Check now.
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(unit / 4);
    summary = Details::wrappingLabel(q);
    summary->setFont(Details::scaledFont(q->font(), 1.35, true));
    headerText->addWidget(summary);
    lastChecked = new Details::MutedLabel(q);
    headerText->addWidget(lastChecked);
    header->addLayout(headerText, 1);
    checkNow = new QPushButton(Text::tr("Check now"), q);
    checkNow->setAccessibleName(Text::tr("Check now"));
    checkNow->setAccessibleDescription(Text::tr("Asks every source again about your devices"));
    header->addWidget(checkNow, 0, Qt::AlignTop);
    root->addLayout(header);
    QObject::connect(checkNow, &QPushButton::clicked, q, &DetailsWindow::checkNowRequested);

    banners = new QVBoxLayout;
    banners->setSpacing(unit / 4);
    root->addLayout(banners);

    // The devices and the alerts inbox, side by side as tabs.
    tabs = new QTabWidget(q);
    tabs->setDocumentMode(true);
    tabs->setAccessibleName(Text::tr("Devices and alerts"));
    root->addWidget(tabs, 1);
    pages = new QStackedWidget(tabs);
    pages->setContentsMargins(0, unit / 2, 0, 0); // the tabs have no frame
    tabs->addTab(pages, Text::tr("Devices"));
    tabs->setTabToolTip(0, Text::tr("Your devices and their practices (Ctrl+1)"));
    alertsView = new Details::AlertsView(clock, tabs);
    alertsView->setModel(alerts);
    tabs->addTab(alertsView, Text::tr("Alerts"));
    tabs->setTabToolTip(1, Text::tr("Every alert about your devices (Ctrl+2)"));
    for (const auto &[key, page] :
         {std::pair {Qt::CTRL | Qt::Key_1, static_cast<QWidget *>(pages)},
          std::pair {Qt::CTRL | Qt::Key_2, static_cast<QWidget *>(alertsView)}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), q);
        QObject::connect(shortcut, &QShortcut::activated, q, [this, page] { showTab(page); });
    }
    QObject::connect(tabs, &QTabWidget::currentChanged, q, [this] { updateTitle(); });
    QObject::connect(alertsView, &Details::AlertsView::fixRequested, q,
                     [this](const QString &deviceId, const QString &practice) {
                         q->showDevice(deviceId, practice);
                     });
    QObject::connect(alertsView, &Details::AlertsView::checkAgainRequested, q,
                     &DetailsWindow::checkAgainRequested);
    QObject::connect(alertsView, &Details::AlertsView::snoozeRequested, q,
                     &DetailsWindow::alertSnoozeRequested);
    QObject::connect(alertsView, &Details::AlertsView::dismissRequested, q,
                     &DetailsWindow::alertDismissRequested);
    QObject::connect(alertsView, &Details::AlertsView::reportRequested, q,
                     &DetailsWindow::deviceReportRequested);

    emptyMessage = Details::wrappingLabel(pages);
    emptyMessage->setAlignment(Qt::AlignCenter);
    emptyMessage->setFont(Details::scaledFont(q->font(), 1.2, false));
    pages->addWidget(emptyMessage);

    splitter = new QSplitter(Qt::Horizontal, pages);
    splitter->setChildrenCollapsible(false);
    pages->addWidget(splitter);

    list = new QListView(splitter);
    list->setModel(devices);
    list->setItemDelegate(new Details::DeviceDelegate(list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMinimumWidth(q->fontMetrics().averageCharWidth() * 28);
    list->setAccessibleName(Text::tr("Devices"));
    list->setAccessibleDescription(Text::tr("Your devices, the ones that need attention first"));
    splitter->addWidget(list);

    // The selected device: its name, rating, model and OS, who reported it, its practices.
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(unit / 2, 0, 0, 0);
    detailLayout->setSpacing(unit / 4);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(unit / 2);
    deviceName = Details::wrappingLabel(detail);
    deviceName->setFont(Details::scaledFont(q->font(), 1.25, true));
    nameRow->addWidget(deviceName, 1);
    ratingGlyph = new QLabel(detail);
    nameRow->addWidget(ratingGlyph, 0, Qt::AlignVCenter);
    ratingText = Details::wrappingLabel(detail);
    ratingText->setFont(Details::scaledFont(q->font(), 1, true));
    nameRow->addWidget(ratingText, 0, Qt::AlignVCenter);
    detailLayout->addLayout(nameRow);
    deviceInfo = new Details::MutedLabel(detail);
    deviceInfo->setFont(q->font());
    detailLayout->addWidget(deviceInfo);
    matchNote = new Details::MutedLabel(detail);
    matchNote->setObjectName(QStringLiteral("matchNote"));
    matchNote->setWordWrap(true);
    matchNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(matchNote);
    staleNote = Details::wrappingLabel(detail);
    detailLayout->addWidget(staleNote);
    detailLayout->addSpacing(unit / 2);
    cards = new Details::PracticeCards(detail);
    QObject::connect(cards, &Details::PracticeCards::fixLinkActivated, window,
                     [window](const QUrl &link) {
                         QDesktopServices::openUrl(link);
                         emit window->fixLinkOpened();
                     });
    cards->setModel(practices);
    detailLayout->addWidget(cards, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({q->fontMetrics().averageCharWidth() * 46, unit * 60});

    QObject::connect(list->selectionModel(), &QItemSelectionModel::currentChanged, q,
                     [this] { showSelectedDevice(); });
    // The focus goes in the order the parts were made: Check now, the tabs, the list, the
    // practices (their cards are made later, so they come last).
    list->setFocus();
}

void DetailsWindow::Parts::setStatus(const StatusView &status)
{
    const QDateTime now = clock.now();
    const QString selected = q->currentDeviceId();
    summary->setText(statusSummary(status, now));
    lastChecked->setText(lastCheckedLine(status, now));
    checkNow->setEnabled(!status.checking);
    checkNow->setText(status.checking ? Text::tr("Checking…") : Text::tr("Check now"));
    setBanners(sourceProblems(status, now));

    devices->setStatus(status);
    if (devices->rowCount() == 0) {
        if (status.checking)
            emptyMessage->setText(Text::tr("Checking your devices…"));
        else if (status.hasSnapshot())
            emptyMessage->setText(Text::tr("No devices found for you"));
        else
            emptyMessage->setText(Text::tr("Nothing is known about your devices yet"));
        pages->setCurrentWidget(emptyMessage);
    } else {
        pages->setCurrentWidget(splitter);
    }
    selectDevice(selected);
    showSelectedDevice();

    alerts->setStatus(status);
    const int open = alerts->openCount();
    tabs->setTabText(
        1, open > 0 ? Text::tr("Alerts (%n)", "with the open ones", open) : Text::tr("Alerts"));
    tabs->tabBar()->setAccessibleTabName(
        1, open > 0 ? Text::tr("Alerts, %n open", nullptr, open) : Text::tr("Alerts, none open"));
}

void DetailsWindow::Parts::setBanners(const QStringList &problems)
{
    if (problems == bannerTexts)
        return;
    bannerTexts = problems;
    while (QLayoutItem *item = banners->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &problem : problems)
        banners->addWidget(new Details::Banner(problem, q));
}

void DetailsWindow::Parts::selectDevice(const QString &deviceId)
{
    QModelIndex index = devices->indexOfDevice(deviceId);
    if (!index.isValid())
        index = devices->index(0, 0);
    if (!index.isValid())
        return;
    if (list->currentIndex() != index)
        list->setCurrentIndex(index);
    list->scrollTo(index);
}

void DetailsWindow::Parts::showSelectedDevice()
{
    const Core::Device *device = devices->device(list->currentIndex());
    practices->setDevice(device ? std::optional<Core::Device>(*device) : std::nullopt);
    if (!device) {
        for (QLabel *label : {deviceName, ratingGlyph, ratingText, deviceInfo, staleNote})
            label->clear();
        matchNote->hide();
        updateTitle();
        return;
    }
    const QModelIndex index = list->currentIndex();
    const QString name = index.data(Qt::DisplayRole).toString();
    deviceName->setText(name);
    updateTitle();
    const int unit = q->fontMetrics().height();
    ratingGlyph->setPixmap(Details::iconPixmap(ratingIcon(device->rating), q, unit));
    ratingText->setText(App::ratingTitle(device->rating));

    QStringList info;
    if (device->model && *device->model != name)
        info.append(*device->model);
    const QString os
        = QStringList {device->osName.value_or(QString()), device->osVersion.value_or(QString())}
              .join(u' ')
              .trimmed();
    if (!os.isEmpty())
        info.append(os);
    QStringList sources;
    for (const QString &source : device->sources)
        sources.append(App::sourceDisplayName(source));
    if (!sources.isEmpty())
        info.append(Text::tr("Reported by %1").arg(QLocale().createSeparatedList(sources)));
    deviceInfo->setText(info.join(Text::tr(" · ")));
    const QString match = App::joinedByNameText(*device);
    matchNote->setText(match);
    matchNote->setVisible(!match.isEmpty());

    const Core::DeviceReport *report = devices->report(index);
    staleNote->setVisible(device->stale || report);
    if (report) {
        const QString when = dayAndTime(report->reportedAt, clock.now());
        staleNote->setText(report->reason == Core::DeviceReport::Reason::NotMine
                               ? Text::tr("You told IT %1 that this isn't your device, so it no "
                                          "longer counts towards your status. It counts again "
                                          "when it checks in.")
                                     .arg(when)
                               : Text::tr("You told IT %1 that you no longer use this device, so "
                                          "it no longer counts towards your status. It counts "
                                          "again when it checks in.")
                                     .arg(when));
    } else if (device->stale) {
        const QString seen = device->lastSync ? App::relativeTime(*device->lastSync, clock.now())
                                              : Text::tr("a long time ago");
        staleNote->setText(
            Text::tr("Last seen %1, so it no longer counts towards your status. Shown as it "
                     "was last reported.")
                .arg(seen));
    }
    cards->setAccessibleName(Text::tr("Security practices of %1").arg(name));
}

void DetailsWindow::Parts::showTab(QWidget *page)
{
    tabs->setCurrentWidget(page);
    if (page == alertsView)
        alertsView->focusFirstAlert();
    else if (pages->currentWidget() == splitter)
        list->setFocus(Qt::ShortcutFocusReason);
}

// The task bar and window switchers say what is shown: the alerts, or which device.
void DetailsWindow::Parts::updateTitle()
{
    const QString name = list->currentIndex().data(Qt::DisplayRole).toString();
    if (tabs->currentWidget() == alertsView) {
        //: The details window's title on the Alerts tab.
        q->setWindowTitle(Text::tr("Alerts — Stethoscope"));
    } else if (!name.isEmpty()) {
        //: The details window's title: a device name, then the app's name.
        q->setWindowTitle(Text::tr("%1 — Stethoscope").arg(name));
    } else {
        q->setWindowTitle(Text::tr("Stethoscope"));
    }
}

DetailsWindow::DetailsWindow(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , d(std::make_unique<Parts>(this, catalog, clock))
{
    setWindowTitle(Text::tr("Stethoscope"));
    setMinimumSize(640, 420);
    resize(900, 600);
    setStatus(StatusView {});
}

DetailsWindow::~DetailsWindow() = default;

void DetailsWindow::setStatus(const StatusView &view)
{
    d->setStatus(view);
}

void DetailsWindow::showDevice(const QString &deviceId, const QString &practice)
{
    d->tabs->setCurrentWidget(d->pages);
    d->selectDevice(deviceId);
    d->showSelectedDevice();
    show();
    raise();
    activateWindow();
    if (practice.isEmpty() || !d->cards->focusPractice(practice))
        d->list->setFocus(Qt::OtherFocusReason);
}

void DetailsWindow::showAlerts()
{
    show();
    raise();
    activateWindow();
    d->showTab(d->alertsView);
}

QString DetailsWindow::currentDeviceId() const
{
    return d->list->currentIndex().data(DeviceListModel::DeviceIdRole).toString();
}

QString DetailsWindow::currentPractice() const
{
    return d->cards->currentPractice();
}

void DetailsWindow::closeEvent(QCloseEvent *event)
{
    // The app lives on in the tray; the window comes back from there.
    hide();
    event->ignore();
}

} // namespace Stethoscope::Desktop
