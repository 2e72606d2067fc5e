#pragma once

#include "clock.h"
#include "practicecatalog.h"
#include "statusview.h"

#include <QAbstractListModel>

namespace Stethoscope::Desktop {

// The alerts inbox of the current status, newest first, for the details window's Alerts tab:
// what each alert is about in the catalog's words, and what became of it.
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1, // QString
        DeviceIdRole, // QString
        DeviceNameRole, // QString: the name the device had when the alert was raised
        PracticeRole, // QString: the practice key
        PracticeTitleRole, // QString: "Firewall is off" (the key for a practice not in the catalog)
        StateRole, // int(Core::InboxAlert::State)
        StatusRole, // int(Core::PracticeStatus): warn or nudge
        SubtitleRole, // "Raised 2 h ago", "Snoozed until 2:00 PM", "Resolved today at 10:42 AM"
        ActionableRole, // bool: open or snoozed, so the employee can still act on it
    };

    AlertListModel(const Core::PracticeCatalog &catalog, const Core::Clock &clock,
                   QObject *parent = nullptr);

    void setStatus(const StatusView &view);
    QModelIndex indexOfAlert(const QString &alertId) const;
    const Core::InboxAlert *alert(const QModelIndex &index) const;
    int openCount() const; // open only: snoozed alerts wait for their time

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString practiceTitle(const Core::InboxAlert &alert) const;

    const Core::PracticeCatalog &m_catalog;
    const Core::Clock &m_clock;
    QList<Core::InboxAlert> m_alerts;
};

} // namespace Stethoscope::Desktop
