#pragma once

// What every fuzz target shares: the libFuzzer entry point's signature and
// a QCoreApplication for the code that wants one (SQL drivers, codecs).

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace ContactDesk::Fuzz {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "contactdesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The input cut in two at its first NUL (or none): for targets that take
// two strings.
inline std::pair<QByteArray, QByteArray> split(const QByteArray &input)
{
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        return {input, {}};
    return {input.left(nul), input.mid(nul + 1)};
}

} // namespace ContactDesk::Fuzz
