#pragma once

// One include for Catch2 2.13 (Debian 12) and Catch2 3 (newer platforms).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Readable QString values in failure messages.
QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE
