#pragma once

#include "core/Domain.h"
#include "core/SmsSegments.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk::Compose {

// Merge tokens: {{first_name}}, {{last_name}}, {{display_name}}, {{phone}},
// {{email}} and custom fields by title ({{Plan}}), matched without regard to
// case or spaces inside the braces.
namespace Token {
inline constexpr QLatin1String firstName{"first_name"};
inline constexpr QLatin1String lastName{"last_name"};
inline constexpr QLatin1String displayName{"display_name"};
inline constexpr QLatin1String phone{"phone"};
inline constexpr QLatin1String email{"email"};
} // namespace Token

// The tokens a text uses, in order.
QStringList tokens(QStringView text);

struct Rendered
{
    QString text;
    QStringList empty;   // tokens the recipient has no value for (rendered as nothing)
    QStringList unknown; // tokens that name nothing (left as written)
};

// How merge values go into the text: as they are (SMS, a subject, a plain
// text part), or HTML-escaped (an email's HTML body: a contact named
// `<a href=...>` must not put a link in the team's email).
enum class Values
{
    AsText,
    HtmlEscaped
};

// values: token name (lower case) -> value; a token missing from values is
// unknown, one present with an empty value is empty.
Rendered render(QStringView text, const QHash<QString, QString> &values,
                Values how = Values::AsText);

// One recipient as the compose dialog knows it.
struct Recipient
{
    qint64 contactId = 0;
    QString name;
    QString phone; // E.164 digits
    QString email;
    bool optedOut = false;
    bool blocked = false;
    QHash<QString, QString> values; // merge values by lower-case token name
};

enum class Medium
{
    Sms,
    Email
};

// Whether an inbox may be offered for this medium: SMS/MMS from an inbox
// with a phone number; email from any inbox, since the contract's Inbox has
// no field that tells (the server's refusal is remembered and shown; see
// Store::MessageOutbox::emailRefusals). The one rule the compose dialog, the
// message history and contactdesk-cli all ask.
bool canSend(const Inbox &inbox, Medium medium);

// The inboxes offered for a medium, best first. SMS: those with a phone
// number, in the team's order. Email: every inbox, those without a phone
// number first (the likeliest email inboxes, judged by the contract's
// fields alone), and those the server refused email from before (`refused`,
// by inbox id) last.
QList<Inbox> inboxesFor(Medium medium, const QList<Inbox> &inboxes,
                        const QHash<qint64, QString> &refused = {});

struct Check
{
    Recipient recipient;
    bool send = false;
    QString reason; // why excluded, or what is flagged (empty merge values)
    Rendered rendered;
    Sms::Segments segments; // SMS only
};

struct Preflight
{
    QList<Check> checks; // in the recipients' order
    int sending = 0;
    int excluded = 0;
    int flagged = 0; // sending, but a merge value is empty
    // SMS: the longest rendering among those sending decides the count.
    Sms::Segments longest;
};

// Blocked and opted-out recipients (SMS), and recipients without a phone
// (SMS) or an email address (email), are excluded with the reason; the
// text is rendered for each of the others, and empty merge values flagged.
// An email's text is its HTML body: merge values are HTML-escaped in it.
Preflight preflight(const QList<Recipient> &recipients, QStringView text, Medium medium);

} // namespace ContactDesk::Compose
