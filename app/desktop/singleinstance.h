#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Stethoscope::Desktop {

// One Stethoscope per user session: the first launch listens on a local socket named after the
// user; a second launch finds it, asks it to come forward, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` tells apart independent instances (e.g. the demo); per user by construction.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Request
    {
        Activate, // come forward (the details window)
        ShowAlerts, // open the alerts inbox
    };

    // True: this is the first instance, now listening. False: another one runs and was asked
    // for `request`.
    bool claim(Request request = Request::Activate);
    QString serverName() const { return m_name; }

signals:
    // A second launch asked this instance to come forward.
    void activationRequested();
    // A second launch asked for the alerts inbox (stethoscope --alerts).
    void alertsRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Stethoscope::Desktop
