#include "version.h"

#include <limits>

namespace Stethoscope::Core {

namespace {
constexpr qsizetype maxParts = 8;

// Only ASCII digits: QChar::isDigit() also accepts other scripts' digits.
bool isDigitAt(QStringView text, qsizetype i)
{
    return i < text.size() && text[i] >= u'0' && text[i] <= u'9';
}
} // namespace

std::optional<Version> Version::parse(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !isDigitAt(text, i))
        ++i;
    if (i == text.size())
        return std::nullopt;

    Version version;
    while (isDigitAt(text, i)) {
        quint64 part = 0;
        while (isDigitAt(text, i)) {
            part = part * 10 + quint64(text[i].unicode() - u'0');
            if (part > std::numeric_limits<quint32>::max())
                return std::nullopt;
            ++i;
        }
        version.m_parts.append(quint32(part));
        if (version.m_parts.size() > maxParts)
            return std::nullopt;
        // A dot continues the version only when a digit follows: "14.4." ends at "14.4".
        if (i < text.size() && text[i] == u'.' && isDigitAt(text, i + 1))
            ++i;
        else
            break;
    }
    return version;
}

QString Version::toString() const
{
    QString text;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (i > 0)
            text.append(u'.');
        text.append(QString::number(m_parts[i]));
    }
    return text;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    const qsizetype n = std::max(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 x = i < a.m_parts.size() ? a.m_parts[i] : 0;
        const quint32 y = i < b.m_parts.size() ? b.m_parts[i] : 0;
        if (x != y)
            return x <=> y;
    }
    return std::strong_ordering::equal;
}

} // namespace Stethoscope::Core
