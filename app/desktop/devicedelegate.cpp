#include "devicedelegate.h"

#include "detailswidgets.h"
#include "devicelistmodel.h"
#include "presentation.h"
#include "trayicons.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Stethoscope::Desktop::Details {

namespace {

// Paddings and sizes in proportion to the font.
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

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

// The platform icons are monochrome glyphs in the palette's text colour. Recoloured like the
// row's text, they stay readable on the selection (the style's selected look only tints them)
// and fade with a stale device.
QPixmap glyph(const QIcon &icon, int size, qreal ratio, const QColor &colour)
{
    QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
    if (pixmap.isNull())
        return pixmap;
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}

} // namespace

QSize DeviceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m(opt.fontMetrics);
    const int lines = QFontMetrics(bold(opt.font)).height() + m.gap / 2 + m.line;
    return {m.icon + m.gap + m.line * 12, std::max(m.icon, lines) + 2 * m.pad};
}

void DeviceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
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
    // Stale and reported devices no longer count: drawn muted.
    const bool stale = index.data(DeviceListModel::StaleRole).toBool()
        || index.data(DeviceListModel::ReportedRole).toBool();

    painter->save();
    const QRect content = opt.rect.adjusted(m.pad, m.pad, -m.pad, -m.pad);
    const QRect iconRect(content.left(), content.top() + (content.height() - m.icon) / 2, m.icon,
                         m.icon);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    style->drawItemPixmap(painter, iconRect, Qt::AlignCenter,
                          glyph(icon, m.icon, ratio, stale ? muted : text));

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
    const int badgeWidth = badgeIcon + m.pad + badgeMetrics.horizontalAdvance(badge) + 2 * m.pad;
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
                      nameMetrics.elidedText(
                          opt.text.isEmpty() ? index.data(Qt::DisplayRole).toString() : opt.text,
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

} // namespace Stethoscope::Desktop::Details
