#include "detailswidgets.h"

#include "trayicons.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QPainter>

namespace Stethoscope::Desktop::Details {

namespace {

// The details window's translation context, in each of its files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailsWindow)
};

} // namespace

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

QLabel *wrappingLabel(QWidget *parent, const QString &text)
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

MutedLabel::MutedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFont(scaledFont(font(), 0.9, false));
    updateColour();
}

void MutedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updating)
        updateColour();
}

void MutedLabel::updateColour()
{
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    const QPalette::ColorRole text = foregroundRole();
    const QPalette::ColorRole background = backgroundRole();
    QPalette own = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        own.setColor(group, text,
                     blend(inherited.color(group, text), inherited.color(group, background), 0.3));
    }
    m_updating = true;
    setPalette(own);
    m_updating = false;
}

Banner::Banner(const QString &text, QWidget *parent)
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

QColor Banner::background(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), tint(), 0.22);
}

void Banner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() / 4.0;
    painter.setPen(QPen(tint(), 1));
    painter.setBrush(background(palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

QColor Banner::tint()
{
    return QColor(0xe0, 0x9a, 0x00);
}

CardLayout iconBesideText(QWidget *card)
{
    const int unit = card->fontMetrics().height();
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(unit * 2 / 3, unit / 2, unit * 2 / 3, unit / 2);
    layout->setSpacing(unit / 2);
    auto *icon = new QLabel(card);
    icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(unit / 3);
    layout->addLayout(text, 1);
    return {icon, text};
}

void paintCard(QWidget *card, const QColor &border, qreal width, const QColor &fill)
{
    QPainter painter(card);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = card->fontMetrics().height() / 3.0;
    painter.setPen(QPen(border, width));
    painter.setBrush(fill);
    const qreal inset = width / 2;
    painter.drawRoundedRect(QRectF(card->rect()).adjusted(inset, inset, -inset, -inset), radius,
                            radius);
}

} // namespace Stethoscope::Desktop::Details
