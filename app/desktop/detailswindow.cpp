#include "detailswindow.h"

#include "devicelistmodel.h"
#include "practicemodel.h"
#include "presentation.h"
#include "statustext.h"
#include "trayicons.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>

#include <functional>

namespace Stethoscope::Desktop {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailsWindow)
};

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (over.redF() - base.redF()) * float(amount),
                            base.greenF() + (over.greenF() - base.greenF()) * float(amount),
                            base.blueF() + (over.blueF() - base.blueF()) * float(amount));
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

QLabel *wrappingLabel(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and details come from backends: never markup
    return label;
}

QPixmap iconPixmap(const QIcon &icon, const QWidget *widget, int size)
{
    return icon.pixmap(QSize(size, size), widget->devicePixelRatioF());
}

// Secondary text: the text colour faded towards the background, recomputed whenever the
// palette changes (a light or dark theme, high contrast).
class MutedLabel : public QLabel
{
public:
    explicit MutedLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setFont(scaledFont(font(), 0.9, false));
        updateColour();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_updating)
            updateColour();
    }

private:
    void updateColour()
    {
        const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
        const QPalette::ColorRole text = foregroundRole();
        const QPalette::ColorRole background = backgroundRole();
        QPalette own = palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            own.setColor(
                group, text,
                blend(inherited.color(group, text), inherited.color(group, background), 0.3));
        }
        m_updating = true;
        setPalette(own);
        m_updating = false;
    }

    bool m_updating = false;
};

// A backend that failed: a warning glyph and the sentence, on an amber tint of the window
// colour, so the window text stays readable in light and dark palettes alike.
class Banner : public QFrame
{
public:
    Banner(const QString &text, QWidget *parent)
        : QFrame(parent)
    {
        const int unit = fontMetrics().height();
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(unit / 2, unit / 3, unit / 2, unit / 3);
        layout->setSpacing(unit / 2);
        auto *icon = new QLabel(this);
        icon->setPixmap(iconPixmap(ratingIcon(Core::Rating::Warning), this, unit));
        icon->setAlignment(Qt::AlignTop);
        layout->addWidget(icon);
        auto *label = wrappingLabel(this, text);
        layout->addWidget(label, 1);
        setAccessibleName(Text::tr("Warning"));
        setAccessibleDescription(text);
    }

    static QColor background(const QPalette &palette)
    {
        return blend(palette.color(QPalette::Window), tint(), 0.22);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal radius = fontMetrics().height() / 4.0;
        painter.setPen(QPen(tint(), 1));
        painter.setBrush(background(palette()));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }

private:
    static QColor tint() { return QColor(0xe0, 0x9a, 0x00); }
};

// One device row: platform icon, bold name with the rating as text, and the subtitle below.
class DeviceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const Metrics m(opt.fontMetrics);
        const int lines = QFontMetrics(bold(opt.font)).height() + m.gap / 2 + m.line;
        return {m.icon + m.gap + m.line * 12, std::max(m.icon, lines) + 2 * m.pad};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QIcon icon = opt.icon;
        // The style draws the background, selection and focus; the rest is ours.
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const Metrics m(opt.fontMetrics);
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled)
            ? QPalette::Disabled
            : (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive);
        const QColor text
            = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted
            = selected ? text : blend(text, opt.palette.color(group, QPalette::Base), 0.35);
        const bool stale = index.data(DeviceListModel::StaleRole).toBool();

        painter->save();
        const QRect content = opt.rect.adjusted(m.pad, m.pad, -m.pad, -m.pad);
        const QRect iconRect(content.left(), content.top() + (content.height() - m.icon) / 2,
                             m.icon, m.icon);
        icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

        // The rating, as text in an outlined badge, at the right of the first line.
        const QFont nameFont = bold(opt.font);
        const QFontMetrics nameMetrics(nameFont);
        const int textLeft = iconRect.right() + m.gap;
        const int textTop
            = content.top() + (content.height() - (nameMetrics.height() + m.gap / 2 + m.line)) / 2;
        const auto rating = Core::Rating(index.data(DeviceListModel::RatingRole).toInt());
        const QFont badgeFont = scaledFont(opt.font, 0.85, false);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString badge = App::ratingTitle(rating);
        const int badgeIcon = badgeMetrics.height();
        const int badgeWidth
            = badgeIcon + m.pad + badgeMetrics.horizontalAdvance(badge) + 2 * m.pad;
        const QRect badgeRect(content.right() - badgeWidth + 1, textTop, badgeWidth,
                              nameMetrics.height());
        painter->setRenderHint(QPainter::Antialiasing);
        QColor outline = stale ? muted : text;
        outline.setAlphaF(0.45f);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        const qreal radius = badgeRect.height() / 2.0;
        painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        const QRect badgeIconRect(badgeRect.left() + m.pad,
                                  badgeRect.top() + (badgeRect.height() - badgeIcon) / 2, badgeIcon,
                                  badgeIcon);
        ratingIcon(rating).paint(painter, badgeIconRect, Qt::AlignCenter,
                                 stale ? QIcon::Disabled : QIcon::Normal);
        painter->setFont(badgeFont);
        painter->setPen(stale ? muted : text);
        painter->drawText(badgeRect.adjusted(badgeIcon + 2 * m.pad, 0, -m.pad, 0),
                          Qt::AlignVCenter | Qt::AlignLeft, badge);

        const QRect nameRect(textLeft, textTop, badgeRect.left() - m.gap - textLeft,
                             nameMetrics.height());
        painter->setFont(nameFont);
        painter->setPen(stale ? muted : text);
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                          nameMetrics.elidedText(opt.text.isEmpty()
                                                     ? index.data(Qt::DisplayRole).toString()
                                                     : opt.text,
                                                 Qt::ElideRight, nameRect.width()));

        const QRect subtitleRect(textLeft, nameRect.bottom() + 1 + m.gap / 2,
                                 content.right() - textLeft + 1, m.line);
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(
            subtitleRect, Qt::AlignVCenter | Qt::AlignLeft,
            opt.fontMetrics.elidedText(index.data(DeviceListModel::SubtitleRole).toString(),
                                       Qt::ElideRight, subtitleRect.width()));
        painter->restore();
    }

private:
    struct Metrics
    {
        explicit Metrics(const QFontMetrics &fm)
            : line(fm.height())
            , pad(fm.height() / 3)
            , gap(fm.height() / 2)
            , icon(fm.height() * 2)
        { }
        int line;
        int pad;
        int gap;
        int icon;
    };

    static QFont bold(QFont font)
    {
        font.setBold(true);
        return font;
    }
};

// One practice, drawn from its row of the PracticeModel: status icon and title, why it matters,
// the details, how to fix it with a link to the settings, and who reported it when.
class PracticeCard : public QWidget
{
public:
    PracticeCard(const QModelIndex &index, const QString &practiceName,
                 const std::function<void(const QUrl &)> &openLink, QWidget *parent)
        : QWidget(parent)
        , m_index(index)
        , m_name(practiceName)
    {
        setObjectName(QStringLiteral("practice-") + key());
        setFocusPolicy(Qt::StrongFocus);
        // Drawn on the base colour: the labels inherit the role and write in the text colour.
        setBackgroundRole(QPalette::Base);
        const int unit = fontMetrics().height();
        // The status icon beside a column of text, so the text lines up under the title.
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(unit * 2 / 3, unit / 2, unit * 2 / 3, unit / 2);
        layout->setSpacing(unit / 2);
        m_icon = new QLabel(this);
        m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        layout->addWidget(m_icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(unit / 3);
        layout->addLayout(text, 1);

        m_title = wrappingLabel(this);
        m_title->setFont(scaledFont(font(), 1.05, true));
        text->addWidget(m_title);
        m_why = wrappingLabel(this);
        text->addWidget(m_why);
        m_details = wrappingLabel(this);
        m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->addWidget(m_details);
        m_directionsHeading = wrappingLabel(this);
        m_directionsHeading->setFont(scaledFont(font(), 1, true));
        text->addWidget(m_directionsHeading);
        m_directions = wrappingLabel(this);
        m_directions->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->addWidget(m_directions);

        // In a widget of its own: an empty nested layout would cap the width of the text.
        m_linkRow = new QWidget(this);
        auto *linkRow = new QHBoxLayout(m_linkRow);
        linkRow->setContentsMargins(0, 0, 0, 0);
        linkRow->setSpacing(unit / 2);
        m_link = new QPushButton(Text::tr("Open settings"), m_linkRow);
        m_link->setAccessibleName(Text::tr("Open settings to fix %1").arg(m_name));
        linkRow->addWidget(m_link);
        m_linkHint = new MutedLabel(m_linkRow);
        m_linkHint->setText(Text::tr("Open this on the device itself"));
        linkRow->addWidget(m_linkHint, 1);
        text->addWidget(m_linkRow);
        QObject::connect(m_link, &QPushButton::clicked, this, [this, openLink] {
            openLink(m_index.data(PracticeModel::LinkRole).toUrl());
        });

        m_provenance = new MutedLabel(this);
        text->addWidget(m_provenance);
        refresh();
    }

    QString key() const { return m_index.data(PracticeModel::PracticeKeyRole).toString(); }

    void refresh()
    {
        if (!m_index.isValid())
            return;
        const auto status = Core::PracticeStatus(m_index.data(PracticeModel::StatusRole).toInt());
        const bool failing
            = status == Core::PracticeStatus::Warn || status == Core::PracticeStatus::Nudge;
        const QString title = m_index.data(Qt::DisplayRole).toString();
        const int unit = fontMetrics().height();
        m_icon->setPixmap(
            iconPixmap(m_index.data(Qt::DecorationRole).value<QIcon>(), this, unit * 3 / 2));
        m_title->setText(title);
        setText(m_why, m_index.data(PracticeModel::WhyRole).toString());
        setText(m_details, m_index.data(PracticeModel::DetailsRole).toString());

        // Directions only where there is something to do or to verify.
        const QString directions = status == Core::PracticeStatus::Ok
            ? QString()
            : m_index.data(PracticeModel::DirectionsRole).toString();
        setText(m_directions, directions);
        setText(m_directionsHeading,
                directions.isEmpty() ? QString()
                                     : (failing ? Text::tr("How to fix it")
                                                : Text::tr("How to check or set it up")));
        const QUrl link = m_index.data(PracticeModel::LinkRole).toUrl();
        const bool linkEnabled = m_index.data(PracticeModel::LinkEnabledRole).toBool();
        m_linkRow->setVisible(!directions.isEmpty() && !link.isEmpty());
        m_link->setEnabled(linkEnabled);
        m_link->setToolTip(linkEnabled ? Text::tr("Opens the settings on this computer")
                                       : Text::tr("Open this on the device itself"));
        m_link->setAccessibleDescription(m_link->toolTip());
        m_linkHint->setVisible(!linkEnabled);
        setText(m_provenance, m_index.data(PracticeModel::ProvenanceRole).toString());

        setAccessibleName(title);
        QStringList description {m_why->text(), m_details->text(), m_provenance->text()};
        description.removeAll(QString());
        setAccessibleDescription(description.join(u'\n'));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const bool focused = hasFocus() || isAncestorOf(QApplication::focusWidget());
        const qreal width = focused ? 2 : 1;
        const QColor border
            = focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
        const qreal radius = fontMetrics().height() / 3.0;
        painter.setPen(QPen(border, width));
        painter.setBrush(palette().color(backgroundRole()));
        const qreal inset = width / 2;
        painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), radius,
                                radius);
    }

private:
    static void setText(QLabel *label, const QString &text)
    {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }

    QPersistentModelIndex m_index;
    QString m_name;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_directionsHeading = nullptr;
    QLabel *m_directions = nullptr;
    QWidget *m_linkRow = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_linkHint = nullptr;
    QLabel *m_provenance = nullptr;
};

// The practices of one device as cards under their group headings: a view over PracticeModel.
class PracticeCards : public QScrollArea
{
public:
    PracticeCards(const Core::PracticeCatalog &catalog, std::function<void(const QUrl &)> openLink,
                  QWidget *parent)
        : QScrollArea(parent)
        , m_catalog(catalog)
        , m_openLink(std::move(openLink))
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::NoFocus); // the cards take the focus, one by one
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setAccessibleName(Text::tr("Security practices"));
        setAccessibleDescription(
            Text::tr("The practices of the selected device: critical, suggested, done and "
                     "unknown"));
        // A focused card (or text in it) is scrolled into view and drawn with a focus frame.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
            for (PracticeCard *card : std::as_const(m_cards)) {
                if (card == now || card->isAncestorOf(now))
                    ensureWidgetVisible(card, 0, 0);
                if (card == old || card == now || card->isAncestorOf(old)
                    || card->isAncestorOf(now))
                    card->update();
            }
        });
    }

    void setModel(PracticeModel *model)
    {
        m_model = model;
        connect(model, &QAbstractItemModel::modelReset, this, &PracticeCards::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PracticeCards::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &PracticeCards::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PracticeCards::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &PracticeCards::refresh);
        rebuild();
    }

    PracticeCard *card(const QString &key) const
    {
        for (PracticeCard *card : m_cards) {
            if (card->key() == key)
                return card;
        }
        return nullptr;
    }

    bool focusPractice(const QString &key)
    {
        PracticeCard *target = card(key);
        if (!target)
            return false;
        if (widget() && widget()->layout())
            widget()->layout()->activate();
        target->setFocus(Qt::OtherFocusReason);
        ensureWidgetVisible(target, 0, 0);
        // Once the window has its final size (it may just have been shown), scroll again.
        QTimer::singleShot(0, target, [this, target] { ensureWidgetVisible(target, 0, 0); });
        return true;
    }

    QString currentPractice() const
    {
        const QWidget *focus = window()->focusWidget();
        for (PracticeCard *card : m_cards) {
            if (card == focus || card->isAncestorOf(focus))
                return card->key();
        }
        return {};
    }

private:
    void rebuild()
    {
        const QString focused = currentPractice();
        m_cards.clear();
        m_headings.clear();

        auto *content = new QWidget(viewport());
        content->setBackgroundRole(QPalette::Window);
        const int unit = fontMetrics().height();
        auto *layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, unit / 2, unit / 2);
        layout->setSpacing(unit / 2);
        const int groups = m_model ? m_model->rowCount() : 0;
        for (int g = 0; g < groups; ++g) {
            const QModelIndex group = m_model->index(g, 0);
            if (g > 0)
                layout->addSpacing(unit / 2);
            auto *heading = wrappingLabel(content);
            heading->setFont(scaledFont(font(), 1.15, true));
            layout->addWidget(heading);
            m_headings.append({heading, group});
            for (int row = 0; row < m_model->rowCount(group); ++row) {
                const QModelIndex practice = m_model->index(row, 0, group);
                const QString key = practice.data(PracticeModel::PracticeKeyRole).toString();
                const Core::Practice *known = m_catalog.find(key);
                auto *card
                    = new PracticeCard(practice, known ? known->name : key, m_openLink, content);
                layout->addWidget(card);
                m_cards.append(card);
            }
        }
        if (groups == 0 && m_model) {
            auto *none = new MutedLabel(content);
            none->setText(Text::tr("Nothing is known about the practices of this device yet."));
            layout->addWidget(none);
        }
        layout->addStretch(1);
        refresh();
        setWidget(content); // deletes the previous cards
        if (focused.isEmpty() || !focusPractice(focused))
            verticalScrollBar()->setValue(0);
    }

    void refresh()
    {
        for (const auto &[label, index] : std::as_const(m_headings))
            label->setText(index.data(Qt::DisplayRole).toString());
        for (PracticeCard *card : std::as_const(m_cards))
            card->refresh();
    }

    const Core::PracticeCatalog &m_catalog;
    std::function<void(const QUrl &)> m_openLink;
    PracticeModel *m_model = nullptr;
    QList<PracticeCard *> m_cards;
    QList<std::pair<QLabel *, QPersistentModelIndex>> m_headings;
};

} // namespace

struct DetailsWindow::Parts
{
    Parts(DetailsWindow *window, const Core::PracticeCatalog &catalog, const Core::Clock &clock);

    void setStatus(const StatusView &status);
    void setBanners(const QStringList &problems);
    void selectDevice(const QString &deviceId);
    void showSelectedDevice();

    DetailsWindow *q;
    const Core::Clock &clock;
    DeviceListModel *devices;
    PracticeModel *practices;

    QLabel *summary = nullptr;
    QLabel *lastChecked = nullptr;
    QPushButton *checkNow = nullptr;
    QVBoxLayout *banners = nullptr;
    QStringList bannerTexts;
    QStackedWidget *pages = nullptr;
    QLabel *emptyMessage = nullptr;
    QSplitter *splitter = nullptr;
    QListView *list = nullptr;
    QLabel *deviceName = nullptr;
    QLabel *ratingGlyph = nullptr;
    QLabel *ratingText = nullptr;
    QLabel *deviceInfo = nullptr;
    QLabel *staleNote = nullptr;
    PracticeCards *cards = nullptr;
};

DetailsWindow::Parts::Parts(DetailsWindow *window, const Core::PracticeCatalog &catalog,
                            const Core::Clock &clock)
    : q(window)
    , clock(clock)
    , devices(new DeviceListModel(clock, window))
    , practices(new PracticeModel(catalog, clock, window))
{
    const int unit = q->fontMetrics().height();
    auto *root = new QVBoxLayout(q);
    root->setSpacing(unit / 2);

    // Header: the summary, when it was checked, and Check now.
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(unit / 4);
    summary = wrappingLabel(q);
    summary->setFont(scaledFont(q->font(), 1.35, true));
    headerText->addWidget(summary);
    lastChecked = new MutedLabel(q);
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

    pages = new QStackedWidget(q);
    root->addWidget(pages, 1);
    emptyMessage = wrappingLabel(pages);
    emptyMessage->setAlignment(Qt::AlignCenter);
    emptyMessage->setFont(scaledFont(q->font(), 1.2, false));
    pages->addWidget(emptyMessage);

    splitter = new QSplitter(Qt::Horizontal, pages);
    splitter->setChildrenCollapsible(false);
    pages->addWidget(splitter);

    list = new QListView(splitter);
    list->setModel(devices);
    list->setItemDelegate(new DeviceDelegate(list));
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
    deviceName = wrappingLabel(detail);
    deviceName->setFont(scaledFont(q->font(), 1.25, true));
    nameRow->addWidget(deviceName, 1);
    ratingGlyph = new QLabel(detail);
    nameRow->addWidget(ratingGlyph, 0, Qt::AlignVCenter);
    ratingText = wrappingLabel(detail);
    ratingText->setFont(scaledFont(q->font(), 1, true));
    nameRow->addWidget(ratingText, 0, Qt::AlignVCenter);
    detailLayout->addLayout(nameRow);
    deviceInfo = new MutedLabel(detail);
    deviceInfo->setFont(q->font());
    detailLayout->addWidget(deviceInfo);
    staleNote = wrappingLabel(detail);
    detailLayout->addWidget(staleNote);
    detailLayout->addSpacing(unit / 2);
    cards = new PracticeCards(
        catalog,
        [window](const QUrl &link) {
            QDesktopServices::openUrl(link);
            emit window->fixLinkOpened();
        },
        detail);
    cards->setModel(practices);
    detailLayout->addWidget(cards, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({q->fontMetrics().averageCharWidth() * 46, unit * 60});

    QObject::connect(list->selectionModel(), &QItemSelectionModel::currentChanged, q,
                     [this] { showSelectedDevice(); });
    QWidget::setTabOrder(checkNow, list);
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
        banners->addWidget(new Banner(problem, q));
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
        q->setWindowTitle(Text::tr("Stethoscope"));
        return;
    }
    const QModelIndex index = list->currentIndex();
    const QString name = index.data(Qt::DisplayRole).toString();
    deviceName->setText(name);
    // The task bar and window switchers say which device is shown.
    //: The details window's title: a device name, then the app's name.
    q->setWindowTitle(Text::tr("%1 — Stethoscope").arg(name));
    const int unit = q->fontMetrics().height();
    ratingGlyph->setPixmap(iconPixmap(ratingIcon(device->rating), q, unit));
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

    staleNote->setVisible(device->stale);
    if (device->stale) {
        const QString seen = device->lastSync ? App::relativeTime(*device->lastSync, clock.now())
                                              : Text::tr("a long time ago");
        staleNote->setText(
            Text::tr("Last seen %1, so it no longer counts towards your status. Shown as it "
                     "was last reported.")
                .arg(seen));
    }
    cards->setAccessibleName(Text::tr("Security practices of %1").arg(name));
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
    d->selectDevice(deviceId);
    d->showSelectedDevice();
    show();
    raise();
    activateWindow();
    if (practice.isEmpty() || !d->cards->focusPractice(practice))
        d->list->setFocus(Qt::OtherFocusReason);
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
