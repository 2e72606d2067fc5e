#include "version.h"

#include <limits>

namespace Stethoscope::Core {

namespace {

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
        if (version.m_size == maxParts)
            return std::nullopt;
        version.m_parts[size_t(version.m_size++)] = quint32(part);
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
    for (const quint32 part : parts()) {
        if (!text.isEmpty())
            text.append(u'.');
        text.append(QString::number(part));
    }
    return text;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    // Unused parts are zero, which is exactly "missing parts count as zero".
    return a.m_parts <=> b.m_parts;
}

} // namespace Stethoscope::Core
