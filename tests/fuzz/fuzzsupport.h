#pragma once

// Shared by the libFuzzer targets: a quiet log (a parser that warns on every malformed input
// would drown the fuzzer's own output) and a check that aborts, so that libFuzzer keeps the
// input that broke an invariant.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Stethoscope::Fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) { }

inline void setUp()
{
    qInstallMessageHandler(quietMessages);
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of the code under test does not hold for this input.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace Stethoscope::Fuzz

#define STETHOSCOPE_FUZZ_INIT                                                                      \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        Stethoscope::Fuzz::setUp();                                                                \
        return 0;                                                                                  \
    }
