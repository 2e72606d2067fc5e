#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>
#include <span>

namespace Stethoscope::Core {

// A dotted numeric version ("14.4.1", "10.0.22631.4460", "17"), compared part by part with
// missing parts counting as zero, so "15" == "15.0" < "15.0.1".
class Version
{
public:
    // Lenient: takes the first run of dotted numbers in the text, so "Android 14", "macOS
    // 14.4.1 (23E224)" and "v2.3" all parse. Text without a number, or with a part too large
    // to be a real version, is std::nullopt.
    static std::optional<Version> parse(QStringView text);

    static constexpr qsizetype maxParts = 8;

    std::span<const quint32> parts() const { return {m_parts.data(), size_t(m_size)}; }
    QString toString() const;

    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b)
    {
        return (a <=> b) == std::strong_ordering::equal;
    }

private:
    // Fixed storage: a refresh parses a version per record, and this keeps it off the heap.
    std::array<quint32, maxParts> m_parts {};
    qsizetype m_size = 0;
};

} // namespace Stethoscope::Core
