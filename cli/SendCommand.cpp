#include "cli/SendCommand.h"

#include "api/MessageRequests.h"
#include "cli/ContactLookup.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "cli/TemplateCommand.h"
#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"
#include "sync/StatusReader.h"

#include <QEventLoop>
#include <QJsonArray>

namespace ContactDesk::Cli {

namespace {

QString encodingName(Sms::Encoding encoding)
{
    return encoding == Sms::Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

} // namespace

SendCommand::SendCommand()
    : Command(QStringLiteral("send"))
    , m_to(QStringLiteral("to"),
           tr("A recipient: a phone number or email address (repeat it for several)."),
           tr("PHONE|EMAIL"))
    , m_search(QStringLiteral("search"),
               tr("The recipients: the contacts the window's search box finds for this text."),
               tr("TEXT"))
    , m_tag(tagFilterOption())
    , m_text(QStringLiteral("text"), tr("The message, with merge fields such as {{first_name}}."),
             tr("TEXT"))
    , m_template(QStringLiteral("template"), tr("The message: this template of the team's."),
                 tr("ID|NAME"))
    , m_email(QStringLiteral("email"), tr("Send email rather than SMS."))
    , m_inbox(QStringLiteral("inbox"),
              tr("The inbox to send from (one without a phone number sends email)."), tr("ID|NAME"))
    , m_from(QStringLiteral("from"), tr("The sender: a member of the inbox."), tr("MEMBER"))
    , m_subject(QStringLiteral("subject"), tr("The email's subject."), tr("TEXT"))
    , m_media(QStringLiteral("media"), tr("A picture to send with it (MMS)."), tr("URL"))
    , m_dryRun(QStringLiteral("dry-run"),
               tr("Show each rendering, its encoding, segments and verdict; send nothing."))
    , m_json(jsonOption())
{
    addOption(m_to);
    addOption(m_search);
    addOption(m_tag);
    addOption(m_text);
    addOption(m_template);
    addOption(m_email);
    addOption(m_inbox);
    addOption(m_from);
    addOption(m_subject);
    addOption(m_media);
    addOption(m_dryRun);
    addOption(m_json);
}

QString SendCommand::description() const
{
    return tr("Send a text message or email to contacts, each their own.");
}

QString SendCommand::check(const QCommandLineParser &parser) const
{
    const bool chosen = !parser.value(m_search).isEmpty() || !parser.values(m_tag).isEmpty();
    if (parser.values(m_to).isEmpty() == !chosen ||
        parser.value(m_text).isEmpty() == parser.value(m_template).isEmpty())
        return tr("send needs --to (one or more) or --search and/or --tag, and --text or "
                  "--template");
    return {};
}

// The recipients `--to` names (contacts the team has, or bare numbers and
// addresses) or `--search` finds; empty with problem set when one is not a
// phone number or address.
QList<Compose::Recipient> SendCommand::recipients(const QCommandLineParser &parser,
                                                  Session &session, QString *problem) const
{
    Store::ContactStore &store = session.store();
    if (const QString search = parser.value(m_search);
        !search.isEmpty() || !parser.values(m_tag).isEmpty()) {
        QList<qint64> ids;
        for (const Store::StoredContact &c :
             ContactLookup::matching(store, search, parser.values(m_tag), problem))
            ids.append(c.id);
        return Sync::recipientsFor(store, ids);
    }
    QList<Compose::Recipient> recipients;
    for (const QString &to : parser.values(m_to)) {
        Compose::Recipient bare;
        if (to.contains(QLatin1Char('@'))) {
            if (const QString why = Email::problem(to.trimmed()); !why.isEmpty()) {
                *problem = tr("--to %1: %2").arg(to, why);
                return {};
            }
            bare.email = to.trimmed().toLower();
        } else {
            const Phone::Normalized phone = Phone::normalize(to, session.defaultRegion());
            if (!phone.problem.isEmpty()) {
                *problem = tr("--to %1: %2").arg(to, phone.problem);
                return {};
            }
            bare.phone = phone.digits;
        }
        // A contact the team has brings its name, status and merge values
        // (phones through the store's index; addresses have none).
        std::optional<qint64> known;
        if (!bare.phone.isEmpty()) {
            if (const auto contact = store.contactByPhone(bare.phone))
                known = contact->id;
        } else {
            store.forEachContact([&](const Store::StoredContact &c) {
                if (c.fields.value(Field::email)
                        .toString()
                        .compare(bare.email, Qt::CaseInsensitive) == 0) {
                    known = c.id;
                    return false;
                }
                return true;
            });
        }
        if (known) {
            recipients += Sync::recipientsFor(store, {*known});
            continue;
        }
        bare.name = bare.phone.isEmpty() ? bare.email : Phone::formatForDisplay(bare.phone);
        bare.values = {{Compose::Token::phone, bare.phone}, {Compose::Token::email, bare.email}};
        recipients.append(bare);
    }
    return recipients;
}

int SendCommand::run(const QCommandLineParser &parser, Session &session)
{
    Store::ContactStore &store = session.store();
    const bool json = parser.isSet(m_json);
    QString problem;
    const QList<Compose::Recipient> recipients = this->recipients(parser, session, &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    if (recipients.isEmpty()) {
        err(tr("No contact matches; nothing sent."));
        return Rejected;
    }

    // --email, an inbox without a phone number, or (with no inbox given) a
    // first recipient with an address but no phone makes it email.
    const QList<Inbox> inboxes = store.inboxes();
    std::optional<Inbox> inbox;
    if (const QString wanted = parser.value(m_inbox); !wanted.isEmpty()) {
        for (const Inbox &candidate : inboxes)
            if (QString::number(candidate.id) == wanted ||
                candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
                inbox = candidate;
        if (!inbox) {
            err(tr("--inbox: the team has no inbox “%1”").arg(wanted));
            return Usage;
        }
    }
    const bool email =
        parser.isSet(m_email) ||
        (inbox ? !Compose::canSend(*inbox, Compose::Medium::Sms)
               : (recipients.first().phone.isEmpty() && !recipients.first().email.isEmpty()));
    const Compose::Medium medium = email ? Compose::Medium::Email : Compose::Medium::Sms;
    if (!inbox) {
        const QList<Inbox> offered = Compose::inboxesFor(
            medium, inboxes,
            email ? Store::MessageOutbox(&store).emailRefusals() : QHash<qint64, QString>());
        if (!offered.isEmpty())
            inbox = offered.first();
        if (!inbox) {
            err(email ? tr("The team has no inbox.") : tr("The team has no SMS inbox."));
            return Usage;
        }
    } else if (!Compose::canSend(*inbox, medium)) {
        err(tr("--inbox: inbox %1 has no phone number to send SMS from").arg(inbox->id));
        return Usage;
    }
    const QString from = parser.value(m_from);
    qint64 sender = 0;
    for (const TeamMember &member : store.members()) {
        if (!inbox->memberIds.contains(member.id))
            continue;
        if (from.isEmpty() || QString::number(member.id) == from ||
            member.name.compare(from, Qt::CaseInsensitive) == 0) {
            sender = member.id;
            break;
        }
    }
    if (!sender) {
        err(from.isEmpty()
                ? tr("Nobody on the team is a member of inbox %1.").arg(inbox->id)
                : tr("--from: “%1” is not a member of inbox %2").arg(from).arg(inbox->id));
        return Usage;
    }

    QString text = parser.value(m_text);
    qint64 templateId = 0; // --template: sent as template_id (SMS)
    if (const QString wanted = parser.value(m_template); !wanted.isEmpty()) {
        int exit = Success;
        const auto chosen = Templates::one(session, wanted, &exit);
        if (!chosen)
            return exit == Rejected ? Usage : exit; // --template names none: a usage error
        text = chosen->text;
        templateId = chosen->id;
    }
    if (text.trimmed().isEmpty() && parser.value(m_media).isEmpty()) {
        err(tr("the message is empty"));
        return Usage;
    }

    // The preflight asks Heymarket for every recipient's messaging status
    // (one POST /v1/contact/status each): a block made in its web app
    // excludes the contact here, not at the send.
    QList<Compose::Recipient> checked = recipients;
    {
        Sync::StatusReader reader(&store, &session.client());
        QEventLoop loop;
        Sync::StatusReader::Result result;
        bool answered = false;
        reader.read(Sync::contactIdsOf(checked), Api::RequestScheduler::Priority::User,
                    [&](const Sync::StatusReader::Result &r) {
                        result = r;
                        answered = true;
                        loop.quit();
                    });
        if (!answered)
            loop.exec();
        Sync::takeStatuses(checked, result.statuses);
        if (result.error.isError())
            err(tr("The recipients' messaging status could not be checked: %1")
                    .arg(result.error.describe()));
    }
    const Compose::Preflight preflight = Compose::preflight(checked, text, medium);
    QJsonArray report;
    for (const Compose::Check &check : preflight.checks) {
        const QString to = email ? check.recipient.email : check.recipient.phone;
        QJsonObject entry{{QStringLiteral("name"), check.recipient.name},
                          {QStringLiteral("to"), to},
                          {QStringLiteral("verdict"),
                           check.send ? QStringLiteral("send") : QStringLiteral("excluded")},
                          {QStringLiteral("reason"), check.reason},
                          {QStringLiteral("text"), check.rendered.text}};
        if (!email) {
            entry.insert(QStringLiteral("encoding"), encodingName(check.segments.encoding));
            entry.insert(QStringLiteral("segments"), check.segments.segments);
            if (!check.segments.forcing.isEmpty())
                entry.insert(QStringLiteral("ucs2_because_of"),
                             QJsonArray::fromStringList(check.segments.forcing));
        }
        report.append(entry);
    }
    const auto print = [&](const QJsonArray &entries) {
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("medium"), email ? QStringLiteral("email") : QStringLiteral("sms")},
                {QStringLiteral("inbox"), inbox->id},
                {QStringLiteral("sending"), preflight.sending},
                {QStringLiteral("excluded"), preflight.excluded},
                {QStringLiteral("recipients"), entries}});
            return;
        }
        for (const QJsonValue &value : entries) {
            const QJsonObject e = value.toObject();
            const QString to = e.value(QStringLiteral("to")).toString();
            QString line = QStringLiteral("%1 <%2>: ")
                               .arg(e.value(QStringLiteral("name")).toString(),
                                    email ? to : Phone::formatForDisplay(to));
            if (e.contains(QStringLiteral("result")))
                line += e.value(QStringLiteral("result")).toString();
            else if (e.value(QStringLiteral("verdict")).toString() == QLatin1String("excluded"))
                line += tr("excluded (%1)").arg(e.value(QStringLiteral("reason")).toString());
            else
                line += tr("will receive it");
            if (e.contains(QStringLiteral("encoding"))) {
                const int segments = e.value(QStringLiteral("segments")).toInt();
                // The separator stays outside the text (lupdate 6.4 hangs on it).
                line += QStringLiteral(" · ") +
                        tr("%1, %n segment(s)", nullptr, segments)
                            .arg(e.value(QStringLiteral("encoding")).toString());
                const QJsonArray forcing = e.value(QStringLiteral("ucs2_because_of")).toArray();
                if (!forcing.isEmpty()) {
                    QStringList characters;
                    for (const QJsonValue &c : forcing)
                        characters.append(c.toString());
                    line += tr(" (UCS-2 because of %1)").arg(characters.join(QLatin1Char(' ')));
                }
            }
            if (!e.value(QStringLiteral("reason")).toString().isEmpty() &&
                e.value(QStringLiteral("verdict")).toString() == QLatin1String("send"))
                line += QStringLiteral(" · ") + e.value(QStringLiteral("reason")).toString();
            out(line);
            out(QStringLiteral("    ") + e.value(QStringLiteral("text"))
                                             .toString()
                                             .replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
        }
        out(tr("%1 will receive it, %2 excluded.").arg(preflight.sending).arg(preflight.excluded));
    };
    if (parser.isSet(m_dryRun)) {
        print(report);
        return preflight.excluded > 0 ? Rejected : Success;
    }
    if (preflight.sending == 0) {
        print(report);
        err(tr("Nobody can receive it; nothing sent."));
        return Rejected;
    }

    Sync::Envelope envelope;
    envelope.medium = medium;
    envelope.inboxId = inbox->id;
    envelope.creatorId = sender;
    envelope.mediaUrl = parser.value(m_media);
    envelope.subject = parser.value(m_subject);
    if (medium == Compose::Medium::Sms)
        envelope.templateId = templateId;
    const QList<Store::OutgoingMessage> messages = Sync::outgoingMessages(preflight, envelope);
    QList<int> rows; // report row of each message
    for (int i = 0; i < preflight.checks.size(); ++i)
        if (preflight.checks.at(i).send)
            rows.append(i);
    Sync::MessageSender outbox(&store, &session.client());
    const qint64 batch = outbox.enqueue(messages, &problem);
    if (!batch) {
        err(problem);
        return NoConnection;
    }
    QEventLoop loop;
    QObject::connect(&outbox, &Sync::MessageSender::finished, &loop, &QEventLoop::quit);
    // Ctrl+C or SIGTERM: the messages on their way are answered and
    // recorded, the rest stay in the outbox; a second signal ends it at
    // once (each message is marked before its request: never sent twice).
    int signal = 0;
    const Interrupt::Stoppable stoppable(
        tr("Stopped at once; the messages not sent yet stay in the outbox (the app's status bar "
           "sends them again)."));
    if (Interrupt *interrupt = Interrupt::instance()) {
        QObject::connect(interrupt, &Interrupt::interrupted, &loop, [&](int number) {
            if (signal)
                return;
            signal = number;
            err(tr("Stopping after the messages on their way (again to stop at once)…"));
            outbox.cancel();
        });
    }
    if (!outbox.send(batch)) {
        err(tr("The messages could not be sent."));
        return NoConnection;
    }
    if (outbox.isSending())
        loop.exec();
    const QList<Store::OutgoingEntry> entries = outbox.entries(batch);
    int failed = 0;
    for (int i = 0; i < entries.size() && i < rows.size(); ++i) {
        QJsonObject entry = report.at(rows.at(i)).toObject();
        const Store::OutgoingEntry &sent = entries.at(i);
        if (sent.state == Store::OutgoingEntry::State::Sent) {
            entry.insert(QStringLiteral("result"), tr("sent"));
            entry.insert(QStringLiteral("message_id"), sent.messageId);
        } else {
            ++failed;
            entry.insert(QStringLiteral("result"), tr("failed: %1").arg(sent.error));
        }
        report.replace(rows.at(i), entry);
    }
    print(report);
    if (signal) {
        err(tr("Stopped: %n message(s) not sent; they stay in the outbox (the app's status bar "
               "sends them again).",
               nullptr, failed));
        return Interrupt::exitCode(signal);
    }
    if (failed > 0)
        err(tr("%n message(s) failed; they stay in the outbox (the app's status bar sends them "
               "again).",
               nullptr, failed));
    return failed > 0 || preflight.excluded > 0 ? Rejected : Success;
}

} // namespace ContactDesk::Cli
