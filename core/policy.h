#pragma once

#include "error.h"
#include "practicecatalog.h"
#include "version.h"
#include "vocabulary.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Stethoscope::Core {

// The OS versions an organisation accepts on one platform: below `required` is critical,
// below `recommended` is a nudge. Either may be absent.
struct OsBracket
{
    std::optional<Version> required;
    std::optional<Version> recommended;
};

// A piece of security software the organisation asks for (Carbon Black, CrowdStrike …). It is
// found on a device by any of its application names, bundle or package ids, or service names.
struct SoftwareRequirement
{
    QString key; // practice key, e.g. "carbonblack"
    QString name; // shown to people, e.g. "Carbon Black"
    RequirementLevel level = RequirementLevel::Suggested;
    QList<Platform> platforms; // where it is expected; empty means every platform
    QStringList appNames;
    QStringList bundleIds;
    QStringList services;
    std::optional<Version> minimumVersion;
    QString why; // optional text from IT; a generic one is used when empty
    QUrl helpUrl; // where to get it, e.g. the company's software portal
};

// What an organisation asks of its devices. Loaded from a JSON policy file (format in
// core/README.md); the built-in default lives in resources/policy/default.json.
struct Policy
{
    QMap<QString, RequirementLevel> levels; // overrides of the catalog's default levels
    QMap<Platform, OsBracket> osVersions;
    QList<SoftwareRequirement> software;
    int staleAfterDays = 30;

    RequirementLevel levelFor(const Practice &practice) const;
    const SoftwareRequirement *softwareFor(QStringView key) const;

    // Adds one practice per required software to the catalog.
    void extendCatalog(PracticeCatalog &catalog) const;

    // Errors name the offending key ("os_versions.Mac.required") and what is wrong with it.
    static Result<Policy> fromJson(QByteArrayView json);
    // The built-in default policy, compiled into the program.
    static Policy builtin();
};

} // namespace Stethoscope::Core
