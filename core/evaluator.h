#pragma once

#include "device.h"
#include "devicerecord.h"
#include "policy.h"
#include "practicecatalog.h"

namespace Stethoscope::Core {

// Grades one record against the policy: a status for every practice of the catalog.
// Not reported is always `unknown`, never `ok`; a practice that does not apply to the
// record's platform, or that the policy turns off, is `na`.
class Evaluator
{
public:
    // The catalog must already hold the policy's software practices (Policy::extendCatalog).
    Evaluator(PracticeCatalog catalog, Policy policy);
    // Copies would point into the original's catalog and policy.
    Evaluator(const Evaluator &) = delete;
    Evaluator &operator=(const Evaluator &) = delete;

    PracticeResults evaluate(const DeviceRecord &record) const;
    EvaluatedRecord operator()(DeviceRecord record) const;

    const PracticeCatalog &catalog() const { return m_catalog; }
    const Policy &policy() const { return m_policy; }

private:
    struct Plan;
    PracticeResult evaluatePractice(const Plan &plan, const DeviceRecord &record) const;
    PracticeResult evaluateOsVersion(const DeviceRecord &record) const;
    PracticeResult evaluateSoftware(const SoftwareRequirement &software,
                                    const DeviceRecord &record) const;

    // What the policy asks of each catalog practice, worked out once rather than per record.
    struct Plan
    {
        const Practice *practice = nullptr;
        RequirementLevel level = RequirementLevel::Required;
        const SoftwareRequirement *software = nullptr;
    };

    PracticeCatalog m_catalog;
    Policy m_policy;
    QList<Plan> m_plans; // in catalog order, pointing into m_catalog and m_policy
    QString m_notRequired; // the translated texts every record shares
    QString m_noPlatform;
    QString m_notReported;
    QString m_osRequired;
    QString m_osRecommended;
    QString m_osUpToDate;
    QString m_softwareInstalled;
};

// "macOS", "Windows" … for a record without an OS name.
QString displayOsName(const DeviceRecord &record);

} // namespace Stethoscope::Core
