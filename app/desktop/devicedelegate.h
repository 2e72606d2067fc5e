#pragma once

#include <QStyledItemDelegate>

namespace Stethoscope::Desktop::Details {

// One row of the details window's device list (a DeviceListModel): the platform icon, the
// name in bold with the rating as text in an outlined badge, and the subtitle below. Stale
// devices and devices reported to IT are drawn muted.
class DeviceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Stethoscope::Desktop::Details
