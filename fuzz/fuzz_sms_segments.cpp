// SMS segment counting over any text (UTF-8 and UTF-16 readings of the
// bytes), and the plain-punctuation rewrite the compose dialog offers.
#include "core/SmsSegments.h"
#include "fuzz/FuzzSupport.h"

using namespace ContactDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QString utf8 = QString::fromUtf8(input);
    const QString utf16 =
        QString(reinterpret_cast<const QChar *>(input.constData()), input.size() / 2);
    for (const QString &text : {utf8, utf16}) {
        const Sms::Segments segments = Sms::count(text);
        if (segments.segments < 0 || segments.units < 0)
            __builtin_trap();
        (void)Sms::count(Sms::plainPunctuation(text));
    }
    return 0;
}
