// The CSV reader over any bytes: the first byte picks the encoding and the
// delimiter (or sniffing), the rest is the file.
#include "core/CsvReader.h"
#include "fuzz/FuzzSupport.h"

#include <QBuffer>

using namespace ContactDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Csv::Options options;
    const uint8_t pick = data[0];
    static const Csv::Encoding encodings[] = {Csv::Encoding::Auto, Csv::Encoding::Utf8,
                                              Csv::Encoding::Utf16LE, Csv::Encoding::Utf16BE,
                                              Csv::Encoding::Windows1252};
    options.encoding = encodings[pick % 5];
    static const char delimiters[] = {'\0', ',', ';', '\t', '|'};
    if (const char d = delimiters[(pick / 5) % 5])
        options.delimiter = QLatin1Char(d);
    QByteArray file = Fuzz::bytes(data + 1, size - 1);
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    Csv::Reader reader(&buffer, options);
    if (!reader.open())
        return 0;
    Csv::Record record;
    qint64 fields = 0;
    for (int n = 0; n < 100000 && reader.next(record); ++n)
        fields += record.fields.size();
    (void)reader.error();
    (void)reader.bytesRead();
    return fields < 0 ? 1 : 0;
}
