#include "macaddress.h"

#include <QList>

namespace Stethoscope::Core {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c == u':' || c == u'-' || c == u'.';
}

} // namespace

std::optional<QString> canonicalMac(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 17)
        return std::nullopt;

    QString digits;
    digits.reserve(12);
    QChar separator;
    for (const QChar c : text) {
        if (isSeparator(c)) {
            // One kind of separator per address: "aa:bb-cc…" is a typo, not an address.
            if (!separator.isNull() && c != separator)
                return std::nullopt;
            separator = c;
            continue;
        }
        if (hexValue(c) < 0)
            return std::nullopt;
        digits.append(c.toUpper());
    }
    if (digits.size() != 12)
        return std::nullopt;

    // With separators, the groups must be pairs (aa:bb:…) or quads (aabb.ccdd.eeff).
    if (!separator.isNull()) {
        const auto groups = text.split(separator);
        const qsizetype width = groups.front().size();
        if (width != 2 && width != 4)
            return std::nullopt;
        for (const auto group : groups) {
            if (group.size() != width)
                return std::nullopt;
        }
    }

    QString canonical;
    canonical.reserve(17);
    for (int i = 0; i < 12; i += 2) {
        if (i > 0)
            canonical.append(u':');
        canonical.append(digits.mid(i, 2));
    }
    return canonical;
}

bool isIdentityMac(QStringView canonical)
{
    if (canonical.size() != 17)
        return false;
    const int firstOctet = hexValue(canonical[0]) * 16 + hexValue(canonical[1]);
    if (firstOctet < 0)
        return false;
    const bool multicast = firstOctet & 0x01;
    const bool locallyAdministered = firstOctet & 0x02;
    const bool zeroOui = canonical.startsWith(u"00:00:00");
    return !multicast && !locallyAdministered && !zeroOui;
}

} // namespace Stethoscope::Core
