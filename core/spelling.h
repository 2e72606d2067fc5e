#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The stable spellings of enums in JSON and configuration: one table per enum, read both ways.
namespace Stethoscope::Core {

template<typename Enum, std::size_t N>
using SpellingTable = std::array<std::pair<Enum, const char16_t *>, N>;

template<typename Enum, std::size_t N>
QString spell(const SpellingTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, spelling] : table) {
        if (candidate == value)
            return QString::fromUtf16(spelling);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const SpellingTable<Enum, N> &table, QStringView name,
                           Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const auto &[value, spelling] : table) {
        if (name.compare(QStringView(spelling), sensitivity) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace Stethoscope::Core
