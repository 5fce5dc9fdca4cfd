// Merge tokens over any text: the tokens found, the text rendered (as text
// and HTML-escaped) with values taken from the input, and the preflight
// for SMS and email.
#include "core/Compose.h"
#include "fuzz/FuzzSupport.h"

using namespace ContactDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [textBytes, valueBytes] = Fuzz::split(Fuzz::bytes(data, size));
    const QString text = QString::fromUtf8(textBytes);
    const QString value = QString::fromUtf8(valueBytes);
    QHash<QString, QString> values;
    for (const QString &token : Compose::tokens(text))
        values.insert(token, value);
    values.insert(QStringLiteral("first_name"), value);
    values.insert(QStringLiteral("last_name"), QString());
    (void)Compose::render(text, values);
    (void)Compose::render(text, values, Compose::Values::HtmlEscaped);
    (void)Compose::render(text, {});
    Compose::Recipient recipient;
    recipient.contactId = 1;
    recipient.name = value;
    recipient.phone = QStringLiteral("14155550100");
    recipient.email = QStringLiteral("a@example.com");
    recipient.values = values;
    Compose::Recipient blocked = recipient;
    blocked.blocked = true;
    (void)Compose::preflight({recipient, blocked}, text, Compose::Medium::Sms);
    (void)Compose::preflight({recipient}, text, Compose::Medium::Email);
    return 0;
}
