#pragma once

#include "vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Stethoscope::Core {

// How to fix a practice on one platform.
struct Direction
{
    QString text; // numbered or short steps, already translated
    QUrl link; // opens the right settings page; empty where the platform offers none
};

// One security practice: what it is called when it holds and when it does not, why it
// matters, how to fix it on each platform, and where it does not apply.
struct Practice
{
    QString key;
    QString name; // "Disk encryption": neutral, for a practice whose state is unknown
    QString titlePassing; // "Disk encryption is on"
    QString titleFailing; // "Disk encryption is off"
    QString why; // one or two sentences for the employee
    QMap<Platform, Direction> directions;
    QList<Platform> notApplicableOn;
    RequirementLevel defaultLevel = RequirementLevel::Suggested;

    bool appliesTo(Platform platform) const { return !notApplicableOn.contains(platform); }
};

// The practices Stethoscope knows. The built-in nine come from builtin(); the policy adds one
// practice per required security software. Texts are translated when the catalog is built,
// so build it after the translators are installed.
class PracticeCatalog
{
public:
    static PracticeCatalog builtin();

    void add(Practice practice); // replaces a practice with the same key
    const Practice *find(QStringView key) const;
    const QList<Practice> &practices() const { return m_practices; }

private:
    QList<Practice> m_practices;
};

} // namespace Stethoscope::Core
