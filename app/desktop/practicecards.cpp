#include "practicecards.h"

#include "detailswidgets.h"
#include "practicemodel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace Stethoscope::Desktop::Details {

namespace {

// The details window's translation context, in each of its files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailsWindow)
};

// Sets the text, and shows the label only when there is one.
void setTextOrHide(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PracticeCard::PracticeCard(const QModelIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    setObjectName(QStringLiteral("practice-") + key());
    setFocusPolicy(Qt::StrongFocus);
    // Drawn on the base colour: the labels inherit the role and write in the text colour.
    setBackgroundRole(QPalette::Base);
    const int unit = fontMetrics().height();
    const CardLayout card = iconBesideText(this);
    m_icon = card.icon;
    QVBoxLayout *text = card.text;

    m_title = wrappingLabel(this);
    m_title->setFont(scaledFont(font(), 1.05, true));
    text->addWidget(m_title);
    m_why = wrappingLabel(this);
    text->addWidget(m_why);
    m_details = wrappingLabel(this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_details);
    m_disagreement = wrappingLabel(this);
    m_disagreement->setObjectName(QStringLiteral("disagreement"));
    m_disagreement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_disagreement);
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
    linkRow->addWidget(m_link);
    m_linkHint = new MutedLabel(m_linkRow);
    m_linkHint->setText(Text::tr("Open this on the device itself"));
    linkRow->addWidget(m_linkHint, 1);
    text->addWidget(m_linkRow);
    connect(m_link, &QPushButton::clicked, this,
            [this] { emit fixLinkActivated(m_index.data(PracticeModel::LinkRole).toUrl()); });

    m_provenance = new MutedLabel(this);
    text->addWidget(m_provenance);
    refresh();
}

QString PracticeCard::key() const
{
    return m_index.data(PracticeModel::PracticeKeyRole).toString();
}

void PracticeCard::refresh()
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
    setTextOrHide(m_why, m_index.data(PracticeModel::WhyRole).toString());
    setTextOrHide(m_details, m_index.data(PracticeModel::DetailsRole).toString());
    setTextOrHide(m_disagreement, m_index.data(PracticeModel::DisagreementRole).toString());

    // Directions only where there is something to do or to verify.
    const QString directions = status == Core::PracticeStatus::Ok
        ? QString()
        : m_index.data(PracticeModel::DirectionsRole).toString();
    setTextOrHide(m_directions, directions);
    setTextOrHide(m_directionsHeading,
                  directions.isEmpty() ? QString()
                                       : (failing ? Text::tr("How to fix it")
                                                  : Text::tr("How to check or set it up")));
    const QUrl link = m_index.data(PracticeModel::LinkRole).toUrl();
    const bool linkEnabled = m_index.data(PracticeModel::LinkEnabledRole).toBool();
    m_linkRow->setVisible(!directions.isEmpty() && !link.isEmpty());
    m_link->setAccessibleName(
        Text::tr("Open settings to fix %1").arg(m_index.data(PracticeModel::NameRole).toString()));
    m_link->setEnabled(linkEnabled);
    m_link->setToolTip(linkEnabled ? Text::tr("Opens the settings on this computer")
                                   : Text::tr("Open this on the device itself"));
    m_link->setAccessibleDescription(m_link->toolTip());
    m_linkHint->setVisible(!linkEnabled);
    setTextOrHide(m_provenance, m_index.data(PracticeModel::ProvenanceRole).toString());

    setAccessibleName(title);
    QStringList description {m_why->text(), m_details->text(), m_disagreement->text(),
                             m_provenance->text()};
    description.removeAll(QString());
    setAccessibleDescription(description.join(u'\n'));
}

void PracticeCard::paintEvent(QPaintEvent *)
{
    const bool focused = hasFocus() || isAncestorOf(QApplication::focusWidget());
    paintCard(this, palette().color(focused ? QPalette::Highlight : QPalette::Mid), focused ? 2 : 1,
              palette().color(backgroundRole()));
}

PracticeCards::PracticeCards(QWidget *parent)
    : QScrollArea(parent)
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
            if (card == old || card == now || card->isAncestorOf(old) || card->isAncestorOf(now))
                card->update();
        }
    });
}

void PracticeCards::setModel(PracticeModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &PracticeCards::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PracticeCards::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PracticeCards::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PracticeCards::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &PracticeCards::refresh);
    rebuild();
}

PracticeCard *PracticeCards::card(const QString &key) const
{
    for (PracticeCard *card : m_cards) {
        if (card->key() == key)
            return card;
    }
    return nullptr;
}

bool PracticeCards::focusPractice(const QString &key)
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

QString PracticeCards::currentPractice() const
{
    const QWidget *focus = window()->focusWidget();
    for (PracticeCard *card : m_cards) {
        if (card == focus || card->isAncestorOf(focus))
            return card->key();
    }
    return {};
}

void PracticeCards::rebuild()
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
            auto *card = new PracticeCard(m_model->index(row, 0, group), content);
            connect(card, &PracticeCard::fixLinkActivated, this, &PracticeCards::fixLinkActivated);
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

void PracticeCards::refresh()
{
    for (const auto &[label, index] : std::as_const(m_headings))
        label->setText(index.data(Qt::DisplayRole).toString());
    for (PracticeCard *card : std::as_const(m_cards))
        card->refresh();
}

} // namespace Stethoscope::Desktop::Details
