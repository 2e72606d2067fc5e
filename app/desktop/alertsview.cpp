#include "alertsview.h"

#include "alertlistmodel.h"
#include "detailswidgets.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>

namespace Stethoscope::Desktop::Details {

namespace {

// The details window's translation context, in each of its files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailsWindow)
};

// A row of buttons in a widget of its own, so that it can be hidden as one.
QWidget *buttonRow(QWidget *parent, QHBoxLayout **layout)
{
    auto *row = new QWidget(parent);
    *layout = new QHBoxLayout(row);
    (*layout)->setContentsMargins(0, 0, 0, 0);
    (*layout)->setSpacing(parent->fontMetrics().height() / 3);
    return row;
}

} // namespace

// One alert, drawn from its row of the AlertListModel: the status icon, the title, what became
// of it and when, and its actions while it is open or snoozed.
class AlertCard : public QWidget
{
public:
    AlertCard(const QModelIndex &index, AlertsView *view, QWidget *parent);

    QString alertId() const { return m_index.data(AlertListModel::AlertIdRole).toString(); }
    QList<QWidget *> actions() const;
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString deviceId() const { return m_index.data(AlertListModel::DeviceIdRole).toString(); }
    QPushButton *addButton(QHBoxLayout *row, const QString &text, const QString &action);

    QPersistentModelIndex m_index;
    bool m_actionable = false;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_alertActions = nullptr;
    QWidget *m_deviceActions = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_notMine = nullptr;
    QPushButton *m_noLongerUsed = nullptr;
};

AlertCard::AlertCard(const QModelIndex &index, AlertsView *view, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    const QString id = alertId();
    setObjectName(QStringLiteral("alert:") + id);
    setBackgroundRole(QPalette::Base);
    const CardLayout card = iconBesideText(this);
    m_icon = card.icon;
    QVBoxLayout *text = card.text;

    m_title = wrappingLabel(this);
    text->addWidget(m_title);
    m_subtitle = new MutedLabel(this);
    text->addWidget(m_subtitle);

    QHBoxLayout *row = nullptr;
    m_alertActions = buttonRow(this, &row);
    m_fix = addButton(row, Text::tr("Show me how to fix"), QStringLiteral("showFix"));
    m_checkAgain = addButton(row, Text::tr("Check again"), QStringLiteral("checkAgain"));
    // A push button with a menu rather than a QToolButton: the tool button's arrow overlaps its
    // text in some styles (Fusion), while a push button makes room for it.
    m_snooze = addButton(row, Text::tr("Snooze"), QStringLiteral("snooze"));
    auto *snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->setAccessibleName(Text::tr("Snooze for"));
    const std::pair<QString, QString> durations[] = {
        {QStringLiteral("snoozeHour:"), Text::tr("1 hour")},
        {QStringLiteral("snoozeDay:"), Text::tr("1 day")},
        {QStringLiteral("snoozeWeek:"), Text::tr("1 week")},
    };
    const qint64 seconds[] = {3600, 24 * 3600, 7 * 24 * 3600};
    for (int i = 0; i < 3; ++i) {
        QAction *action = snoozeMenu->addAction(durations[i].second);
        action->setObjectName(durations[i].first + id);
        connect(action, &QAction::triggered, view, [this, view, length = seconds[i]] {
            emit view->snoozeRequested(alertId(), view->clock().now().addSecs(length));
        });
    }
    m_snooze->setMenu(snoozeMenu);
    m_dismiss = addButton(row, Text::tr("Dismiss"), QStringLiteral("dismiss"));
    row->addStretch(1);
    text->addWidget(m_alertActions);

    m_deviceActions = buttonRow(this, &row);
    m_notMine = addButton(row, Text::tr("This isn't my device"), QStringLiteral("notMine"));
    m_noLongerUsed
        = addButton(row, Text::tr("I no longer use this device"), QStringLiteral("noLongerUsed"));
    // Less prominent than the alert's actions, and underlined like links so that they still
    // read as something to click.
    for (QPushButton *button : {m_notMine, m_noLongerUsed}) {
        button->setFlat(true);
        QFont underlined = scaledFont(font(), 0.9, false);
        underlined.setUnderline(true);
        button->setFont(underlined);
    }
    row->addStretch(1);
    text->addWidget(m_deviceActions);

    connect(m_fix, &QPushButton::clicked, view, [this, view] {
        emit view->fixRequested(deviceId(), m_index.data(AlertListModel::PracticeRole).toString());
    });
    connect(m_checkAgain, &QPushButton::clicked, view,
            [this, view] { emit view->checkAgainRequested(deviceId()); });
    connect(m_dismiss, &QPushButton::clicked, view,
            [this, view] { emit view->dismissRequested(alertId()); });
    connect(m_notMine, &QPushButton::clicked, view, [this, view] {
        emit view->reportRequested(deviceId(), Core::DeviceReport::Reason::NotMine);
    });
    connect(m_noLongerUsed, &QPushButton::clicked, view, [this, view] {
        emit view->reportRequested(deviceId(), Core::DeviceReport::Reason::NoLongerUsed);
    });
    refresh();
}

QPushButton *AlertCard::addButton(QHBoxLayout *row, const QString &text, const QString &action)
{
    auto *button = new QPushButton(text, row->parentWidget());
    button->setObjectName(action + u':' + alertId());
    button->setAutoDefault(false);
    row->addWidget(button);
    return button;
}

QList<QWidget *> AlertCard::actions() const
{
    return {m_fix, m_checkAgain, m_snooze, m_dismiss, m_notMine, m_noLongerUsed};
}

void AlertCard::refresh()
{
    if (!m_index.isValid())
        return;
    const int unit = fontMetrics().height();
    m_actionable = m_index.data(AlertListModel::ActionableRole).toBool();
    m_icon->setPixmap(
        iconPixmap(m_index.data(Qt::DecorationRole).value<QIcon>(), this, unit * 3 / 2));
    const QString title = m_index.data(Qt::DisplayRole).toString();
    m_title->setText(title);
    // What still asks something of the employee stands out; the rest is history.
    m_title->setFont(scaledFont(font(), 1.05, m_actionable));
    m_subtitle->setText(m_index.data(AlertListModel::SubtitleRole).toString());
    m_alertActions->setVisible(m_actionable);
    m_deviceActions->setVisible(m_actionable);

    const QString device = m_index.data(AlertListModel::DeviceNameRole).toString();
    //: Names an alert for a screen reader: its practice title, then its device.
    const QString alert
        = Text::tr("%1 on %2")
              .arg(m_index.data(AlertListModel::PracticeTitleRole).toString(), device);
    m_fix->setAccessibleName(Text::tr("Show me how to fix: %1").arg(alert));
    m_fix->setToolTip(Text::tr("Shows the device's practice and how to fix it"));
    m_checkAgain->setAccessibleName(Text::tr("Check again: %1").arg(device));
    m_checkAgain->setToolTip(Text::tr("Asks every source again about your devices"));
    m_snooze->setAccessibleName(Text::tr("Snooze: %1").arg(alert));
    m_snooze->setToolTip(Text::tr("Puts this alert off for a while"));
    m_dismiss->setAccessibleName(Text::tr("Dismiss: %1").arg(alert));
    m_dismiss->setToolTip(Text::tr("Sets this alert aside; it is not raised again while the "
                                   "practice still fails"));
    m_notMine->setAccessibleName(Text::tr("This isn't my device: %1").arg(device));
    m_noLongerUsed->setAccessibleName(Text::tr("I no longer use this device: %1").arg(device));
    for (QPushButton *button : {m_notMine, m_noLongerUsed}) {
        button->setToolTip(Text::tr("Tells IT, and the device no longer counts towards your "
                                    "status until it checks in again"));
    }
    for (QWidget *action : actions())
        action->setAccessibleDescription(action->toolTip());

    setAccessibleName(title);
    setAccessibleDescription(m_index.data(Qt::AccessibleTextRole).toString());
    setToolTip(m_index.data(Qt::ToolTipRole).toString());
    update();
}

void AlertCard::paintEvent(QPaintEvent *)
{
    // Resolved and dismissed alerts sit on the window colour, behind the open ones.
    paintCard(this, palette().color(QPalette::Mid), 1,
              palette().color(m_actionable ? QPalette::Base : QPalette::Window));
}

AlertsView::AlertsView(const Core::Clock &clock, QWidget *parent)
    : QScrollArea(parent)
    , m_clock(clock)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(Text::tr("Alerts"));
    setAccessibleDescription(Text::tr("Every alert about your devices, the newest first"));
    // A focused button is scrolled into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && widget() && widget()->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
}

AlertsView::~AlertsView() = default;

void AlertsView::setModel(AlertListModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsView::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &AlertsView::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertsView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsView::refresh);
    rebuild();
}

void AlertsView::focusFirstAlert()
{
    for (AlertCard *card : std::as_const(m_cards)) {
        for (QWidget *action : card->actions()) {
            if (action->isVisibleTo(this)) {
                action->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    setFocus(Qt::OtherFocusReason);
}

void AlertsView::rebuild()
{
    // The focused button, by name, so that it keeps the focus if its alert is still there.
    const QWidget *focus = window()->focusWidget();
    const QString focused
        = widget() && focus && widget()->isAncestorOf(focus) ? focus->objectName() : QString();
    m_cards.clear();

    auto *content = new QWidget(viewport());
    content->setBackgroundRole(QPalette::Window);
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, unit / 2, unit / 2, unit / 2);
    layout->setSpacing(unit / 2);
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        auto *card = new AlertCard(m_model->index(row, 0), this, content);
        layout->addWidget(card);
        m_cards.append(card);
    }
    if (rows == 0) {
        auto *none = wrappingLabel(
            content,
            Text::tr("No alerts. Stethoscope tells you here when a device needs attention."));
        none->setObjectName(QStringLiteral("noAlerts"));
        none->setAlignment(Qt::AlignCenter);
        none->setFont(scaledFont(font(), 1.2, false));
        layout->addWidget(none, 1);
    } else {
        layout->addStretch(1);
    }
    // The old cards go later: the button that led here may still be emitting its click.
    if (QWidget *old = takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    setWidget(content);
    setFocusPolicy(rows == 0 ? Qt::StrongFocus : Qt::NoFocus);
    if (QWidget *again = focused.isEmpty() ? nullptr : content->findChild<QWidget *>(focused))
        again->setFocus(Qt::OtherFocusReason);
    else
        verticalScrollBar()->setValue(0);
}

void AlertsView::refresh()
{
    for (AlertCard *card : std::as_const(m_cards))
        card->refresh();
}

} // namespace Stethoscope::Desktop::Details
