#include "evaluator.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stethoscope::Core {

namespace {

// The translation context of this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
};

// The status a failing practice earns at the organisation's level of concern.
PracticeStatus atLevel(PracticeStatus status, RequirementLevel level)
{
    if (level == RequirementLevel::Off)
        return PracticeStatus::NotApplicable;
    if (level == RequirementLevel::Suggested && status == PracticeStatus::Warn)
        return PracticeStatus::Nudge;
    return status;
}

PracticeStatus fromObservation(Observation::State state)
{
    switch (state) {
    case Observation::State::Passing:
        return PracticeStatus::Ok;
    case Observation::State::InProgress:
        return PracticeStatus::Nudge;
    case Observation::State::Failing:
        return PracticeStatus::Warn;
    }
    return PracticeStatus::Unknown;
}

bool isKnown(PracticeStatus status)
{
    return status == PracticeStatus::Ok || status == PracticeStatus::Nudge
        || status == PracticeStatus::Warn;
}

bool matchesAny(const QString &value, const QStringList &candidates)
{
    if (value.isEmpty())
        return false;
    for (const auto &candidate : candidates) {
        if (value.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "CbDefense.app" is the same application as "CbDefense".
QString withoutAppSuffix(const QString &name)
{
    return name.endsWith(u".app", Qt::CaseInsensitive) ? name.chopped(4) : name;
}

} // namespace

Evaluator::Evaluator(PracticeCatalog catalog, Policy policy)
    : m_catalog(std::move(catalog))
    , m_policy(std::move(policy))
    , m_notRequired(Text::tr("Not required by your organization."))
    , m_noPlatform(Text::tr("The backend did not say which platform this device runs."))
    , m_notReported(Text::tr("Not reported."))
    //: %1 OS name, %2 installed version, %3 the oldest allowed version
    , m_osRequired(Text::tr("%1 %2 — %3 or newer is required."))
    //: %1 OS name, %2 installed version, %3 the oldest recommended version
    , m_osRecommended(Text::tr("%1 %2 — %3 or newer is recommended."))
    , m_osUpToDate(Text::tr("%1 %2 is up to date."))
    //: %1 software name, %2 its version
    , m_softwareInstalled(Text::tr("%1 %2 is installed."))
{
    const auto &practices = m_catalog.practices();
    m_plans.reserve(practices.size());
    for (const Practice &practice : practices)
        m_plans.append(
            {&practice, m_policy.levelFor(practice), m_policy.softwareFor(practice.key)});
    // In key order, so that every verdict appends to the sorted PracticeResults.
    std::sort(m_plans.begin(), m_plans.end(),
              [](const Plan &a, const Plan &b) { return a.practice->key < b.practice->key; });
}

EvaluatedRecord Evaluator::operator()(DeviceRecord record) const
{
    EvaluatedRecord evaluated {std::move(record), {}};
    evaluated.practices = evaluate(evaluated.record);
    return evaluated;
}

PracticeResults Evaluator::evaluate(const DeviceRecord &record) const
{
    PracticeResults results;
    results.reserve(m_plans.size());
    for (const Plan &plan : m_plans)
        results.insert(plan.practice->key, evaluatePractice(plan, record));
    return results;
}

PracticeResult Evaluator::evaluatePractice(const Plan &plan, const DeviceRecord &record) const
{
    const Practice &practice = *plan.practice;
    const RequirementLevel level = plan.level;
    PracticeResult result;
    result.source = record.source;
    result.lastUpdated = record.lastSync;

    if (level == RequirementLevel::Off) {
        result.status = PracticeStatus::NotApplicable;
        result.details = m_notRequired;
        return result;
    }
    if (!record.platform) {
        result.details = m_noPlatform;
        return result;
    }
    if (!practice.appliesTo(*record.platform)) {
        result.status = PracticeStatus::NotApplicable;
        return result;
    }

    if (practice.key == PracticeKey::uptodate) {
        result = evaluateOsVersion(record);
    } else if (plan.software) {
        result = evaluateSoftware(*plan.software, record);
    } else if (const auto it = record.observations.constFind(practice.key);
               it != record.observations.constEnd()) {
        result.status = fromObservation(it->state);
        result.details = it->details;
        if (it->updatedAt)
            result.lastUpdated = it->updatedAt;
    } else {
        result.details = m_notReported;
    }
    result.status = atLevel(result.status, level);
    return result;
}

PracticeResult Evaluator::evaluateOsVersion(const DeviceRecord &record) const
{
    PracticeResult versionResult {PracticeStatus::Unknown, record.source, record.lastSync, {}, {}};
    const QString os = displayOsName(record);
    const auto bracket = m_policy.osVersions.constFind(*record.platform);
    const auto version = record.osVersion ? Version::parse(*record.osVersion) : std::nullopt;

    if (!record.osVersion) {
        versionResult.details = Text::tr("The %1 version was not reported.").arg(os);
    } else if (!version) {
        versionResult.details
            = Text::tr("The %1 version \"%2\" could not be read.").arg(os, *record.osVersion);
    } else if (bracket == m_policy.osVersions.constEnd()
               || (!bracket->required && !bracket->recommended)) {
        versionResult.details
            = Text::tr("%1 %2 — your organization sets no minimum version for %1.")
                  .arg(os, *record.osVersion);
    } else if (bracket->required && *version < *bracket->required) {
        versionResult.status = PracticeStatus::Warn;
        versionResult.details
            = m_osRequired.arg(os, *record.osVersion, bracket->required->toString());
    } else if (bracket->recommended && *version < *bracket->recommended) {
        versionResult.status = PracticeStatus::Nudge;
        versionResult.details
            = m_osRecommended.arg(os, *record.osVersion, bracket->recommended->toString());
    } else {
        versionResult.status = PracticeStatus::Ok;
        versionResult.details = m_osUpToDate.arg(os, *record.osVersion);
    }

    // A backend may also know of missing patches (pending updates, vulnerabilities): the
    // worse of the two known verdicts wins, so a current version with a missing critical
    // patch is still not up to date.
    const auto it = record.observations.constFind(PracticeKey::uptodate);
    if (it == record.observations.constEnd())
        return versionResult;
    PracticeResult patchResult {fromObservation(it->state),
                                record.source,
                                it->updatedAt ? it->updatedAt : record.lastSync,
                                it->details,
                                {}};
    if (!isKnown(versionResult.status))
        return patchResult;
    if (patchResult.status > versionResult.status)
        return patchResult;
    if (patchResult.status == versionResult.status && patchResult.status != PracticeStatus::Ok
        && !patchResult.details.isEmpty()) {
        versionResult.details += u' ' + patchResult.details;
    }
    return versionResult;
}

PracticeResult Evaluator::evaluateSoftware(const SoftwareRequirement &software,
                                           const DeviceRecord &record) const
{
    PracticeResult result {PracticeStatus::Unknown, record.source, record.lastSync, {}, {}};
    if (!record.software && !record.services) {
        result.details = Text::tr("The installed software was not reported.");
        return result;
    }

    if (record.software) {
        for (const InstalledSoftware &app : *record.software) {
            if (!matchesAny(withoutAppSuffix(app.name), software.appNames)
                && !matchesAny(app.name, software.appNames)
                && !matchesAny(app.bundleId, software.bundleIds)) {
                continue;
            }
            if (!software.minimumVersion) {
                result.status = PracticeStatus::Ok;
                result.details = app.version.isEmpty()
                    ? Text::tr("%1 is installed.").arg(software.name)
                    : m_softwareInstalled.arg(software.name, app.version);
                return result;
            }
            const auto version = Version::parse(app.version);
            if (!version) {
                result.details = Text::tr("%1 is installed, but its version could not be read; %2 "
                                          "or newer is required.")
                                     .arg(software.name, software.minimumVersion->toString());
                return result;
            }
            if (*version < *software.minimumVersion) {
                result.status = PracticeStatus::Warn;
                result.details
                    = Text::tr("%1 %2 is installed — %3 or newer is required.")
                          .arg(software.name, app.version, software.minimumVersion->toString());
                return result;
            }
            result.status = PracticeStatus::Ok;
            result.details = m_softwareInstalled.arg(software.name, app.version);
            return result;
        }
    }
    if (record.services) {
        for (const QString &service : *record.services) {
            if (matchesAny(service, software.services)) {
                // A running service says nothing about the version, so with a minimum
                // version the verdict stays unknown rather than a green it cannot back.
                if (software.minimumVersion) {
                    result.details = Text::tr("%1 is running, but its version was not reported; %2 "
                                              "or newer is required.")
                                         .arg(software.name, software.minimumVersion->toString());
                } else {
                    result.status = PracticeStatus::Ok;
                    result.details = Text::tr("%1 is running.").arg(software.name);
                }
                return result;
            }
        }
    }
    result.status = PracticeStatus::Warn;
    result.details = record.software ? Text::tr("%1 is not installed.").arg(software.name)
                                     : Text::tr("%1 is not running.").arg(software.name);
    return result;
}

QString displayOsName(const DeviceRecord &record)
{
    if (record.osName && !record.osName->trimmed().isEmpty())
        return record.osName->trimmed();
    if (!record.platform)
        return Text::tr("the operating system");
    switch (*record.platform) {
    case Platform::Mac:
        return QStringLiteral("macOS");
    case Platform::Windows:
        return QStringLiteral("Windows");
    case Platform::Linux:
        return QStringLiteral("Linux");
    case Platform::iOS:
        return QStringLiteral("iOS");
    case Platform::Android:
        return QStringLiteral("Android");
    case Platform::ChromeOS:
        return QStringLiteral("ChromeOS");
    }
    return {};
}

} // namespace Stethoscope::Core
