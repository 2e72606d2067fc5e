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

    PracticeResults evaluate(const DeviceRecord &record) const;
    EvaluatedRecord operator()(DeviceRecord record) const;

    const PracticeCatalog &catalog() const { return m_catalog; }
    const Policy &policy() const { return m_policy; }

private:
    PracticeResult evaluatePractice(const Practice &practice, const DeviceRecord &record) const;
    PracticeResult evaluateOsVersion(const DeviceRecord &record) const;
    PracticeResult evaluateSoftware(const SoftwareRequirement &software,
                                    const DeviceRecord &record) const;

    PracticeCatalog m_catalog;
    Policy m_policy;
};

// "macOS", "Windows" … for a record without an OS name.
QString displayOsName(const DeviceRecord &record);

} // namespace Stethoscope::Core
