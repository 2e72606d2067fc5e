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

    // True: this is the first instance, now listening. False: another one runs and was asked
    // to show itself.
    bool claim();
    QString serverName() const { return m_name; }

signals:
    // A second launch asked this instance to come forward.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Stethoscope::Desktop
