#pragma once

// The soak's script, shared by the driver that runs it and the orchestrator
// that checks the result: a seeded list of the window's edits (each a
// command or the undo of the one before it, as the store calls they make),
// the CSV the driver imports and the messages it sends, and the state the
// server must end in. Contacts are known by their phone number, which the
// script itself changes (a phone edit and its undo), so the state tracks
// each contact's number at every step.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk::Soak {

// Where a contact stands for messaging, as the window's status combo.
enum class Messaging
{
    Active,
    Blocked,
    OptedOut
};

// What the script knows of one contact.
struct ContactState
{
    bool exists = false;
    QString phone;
    QString first;
    QString last;
    QString email;
    QString plan;    // the custom field "Plan"
    QList<int> tags; // indexes into the team's tags, sorted by id
    int owner = -1;  // index into the team's members, sorted by id; -1 none
    bool blocked = false;
    bool optedOut = false;
};

struct Step
{
    enum class Kind
    {
        Create,   // CreateContactCommand::redo
        Delete,   // DeleteContactsCommand::redo, CreateContactCommand::undo
        Recreate, // DeleteContactsCommand::undo: made again from what it held
        Edit,     // EditContactsCommand (redo or undo): fields set
        Status,   // StatusCommand (redo or undo): setStatus calls
        ChannelAdd,
        ChannelRemove, // ChannelCommand::undo of an add (cancelled when unsent)
        ChannelChange  // ChannelCommand redo or undo of a change
    };
    enum class Field
    {
        None,
        Names,
        Phone,
        Email,
        Plan,
        Tags,
        Owner
    };
    Kind kind = Kind::Create;
    Field field = Field::None;
    bool undo = false; // the undo of the step before
    int contact = 0;
    ContactState before; // the contact as the step finds it
    ContactState after;  // and as it leaves it
    // Status: the set_status calls, in order (0 blocked, 1 unblocked,
    // 2 unsubscribed, 3 subscribed).
    QList<int> statusCalls;
    QString channelFrom; // ChannelChange / ChannelRemove: the address it had
    QString channelTo;   // ChannelAdd / ChannelChange: the address it gets
};

inline QString basePhone(int contact)
{
    return QStringLiteral("1415%1").arg(7000000 + contact);
}
inline QString otherPhone(int contact)
{
    return QStringLiteral("1415%1").arg(8000000 + contact);
}
inline QString importPhone(int row)
{
    return QStringLiteral("1212%1").arg(2000000 + row);
}
inline QString messagePhone(int message)
{
    return QStringLiteral("1646%1").arg(3000000 + message);
}
inline QString messageText(int message)
{
    return QStringLiteral("soak message %1").arg(message);
}
inline QString importFirst(int row)
{
    return QStringLiteral("Imp%1").arg(row);
}
inline QString importLast(int row)
{
    return QStringLiteral("Row%1").arg(row % 97);
}
constexpr int messagesPerBatch = 10;
constexpr int tagCount = 12; // the sandbox's demo team
constexpr int memberCount = 8;

// Contacts whose email is only ever changed through channel commands (the
// others through the email field): a channel add is the contact's first
// email, so it is the primary one and its undo removes it whatever was sent.
inline bool isChannelContact(int contact)
{
    return contact % 4 == 3;
}

struct Script
{
    QList<Step> steps;
    int contacts = 0;               // the driver's contacts: 0..contacts-1
    int cliContacts = 0;            // then these, created by the driver, edited by the CLI only
    QList<ContactState> finalState; // contacts + cliContacts

    int cliContact(int i) const { return contacts + i; }
};

inline QList<int> statusCallsBetween(const ContactState &from, Messaging to, ContactState *after)
{
    // StatusCommand::changeFor: blocking leaves the opt-out as it is; the
    // other states clear the block.
    const bool wantBlocked = to == Messaging::Blocked;
    const bool wantOptedOut = to == Messaging::Blocked ? from.optedOut : to == Messaging::OptedOut;
    QList<int> calls;
    if (from.blocked != wantBlocked)
        calls.append(wantBlocked ? 0 : 1);
    if (from.optedOut != wantOptedOut)
        calls.append(wantOptedOut ? 2 : 3);
    *after = from;
    after->blocked = wantBlocked;
    after->optedOut = wantOptedOut;
    return calls;
}

// The undo of the call list `forward`, as StatusCommand builds `backward`.
inline QList<int> statusUndo(const QList<int> &forward)
{
    QList<int> back;
    for (int call : forward)
        back.prepend(call ^ 1); // 0<->1, 2<->3
    return back;
}

// `edits` store-call steps (each do and each undo counts), over contacts
// created first; every kind and its undo comes early so that even a small
// script has them all.
inline Script makeScript(int edits, quint32 seed)
{
    Script script;
    QRandomGenerator random(seed);
    script.contacts = std::max(12, edits / 25);
    script.cliContacts = 4;
    const int total = script.contacts + script.cliContacts;
    QList<ContactState> state(total);
    const auto add = [&](Step step) {
        state[step.contact] = step.after;
        script.steps.append(std::move(step));
    };
    for (int c = 0; c < total; ++c) {
        Step step;
        step.kind = Step::Kind::Create;
        step.contact = c;
        step.before = state.at(c);
        step.after.exists = true;
        step.after.phone = basePhone(c);
        step.after.first = QStringLiteral("F%1").arg(c);
        step.after.last = QStringLiteral("L%1").arg(c);
        add(step);
    }
    int kindTurn = 0;
    int serial = 0;
    while (script.steps.size() < edits) {
        // The first rounds go through the kinds in turn (each with its
        // undo), then they are drawn at random.
        constexpr int kinds = 9;
        const int kind =
            kindTurn < kinds * 2 ? kindTurn % kinds : static_cast<int>(random.bounded(kinds));
        const bool withUndo = kindTurn < kinds * 2 ? kindTurn < kinds : random.bounded(100) < 30;
        ++kindTurn;
        ++serial;
        const int c = static_cast<int>(random.bounded(static_cast<quint32>(script.contacts)));
        const ContactState now = state.at(c);
        Step step;
        step.contact = c;
        step.before = now;
        step.after = now;
        if (!now.exists) {
            // A contact deleted for good comes back as a new create.
            step.kind = Step::Kind::Create;
            step.after = ContactState();
            step.after.exists = true;
            step.after.phone = basePhone(c);
            step.after.first = QStringLiteral("F%1-%2").arg(c).arg(serial);
            step.after.last = QStringLiteral("L%1").arg(c);
        }
        switch (now.exists ? kind : -1) {
        case -1:
            break; // the create above
        case 0:    // names
            step.kind = Step::Kind::Edit;
            step.field = Step::Field::Names;
            step.after.first = QStringLiteral("F%1-%2").arg(c).arg(serial);
            step.after.last = QStringLiteral("L%1-%2").arg(c).arg(serial);
            break;
        case 1: // phone: between the contact's two numbers
            step.kind = Step::Kind::Edit;
            step.field = Step::Field::Phone;
            step.after.phone = now.phone == basePhone(c) ? otherPhone(c) : basePhone(c);
            break;
        case 2: // email (or, for a channel contact, its email channel)
            if (isChannelContact(c)) {
                if (now.email.isEmpty()) {
                    step.kind = Step::Kind::ChannelAdd;
                    step.channelTo = QStringLiteral("c%1-%2@soak.example").arg(c).arg(serial);
                    step.after.email = step.channelTo;
                } else {
                    step.kind = Step::Kind::ChannelChange;
                    step.channelFrom = now.email;
                    step.channelTo = QStringLiteral("c%1-%2@soak.example").arg(c).arg(serial);
                    step.after.email = step.channelTo;
                }
            } else {
                step.kind = Step::Kind::Edit;
                step.field = Step::Field::Email;
                step.after.email = QStringLiteral("e%1-%2@soak.example").arg(c).arg(serial);
            }
            break;
        case 3: // custom value
            step.kind = Step::Kind::Edit;
            step.field = Step::Field::Plan;
            step.after.plan = QStringLiteral("plan-%1").arg(serial);
            break;
        case 4: { // tags
            step.kind = Step::Kind::Edit;
            step.field = Step::Field::Tags;
            step.after.tags.clear();
            const int n = static_cast<int>(random.bounded(4));
            while (step.after.tags.size() < n) {
                const int tag = static_cast<int>(random.bounded(tagCount));
                if (!step.after.tags.contains(tag))
                    step.after.tags.append(tag);
            }
            break;
        }
        case 5: // owner
            step.kind = Step::Kind::Edit;
            step.field = Step::Field::Owner;
            step.after.owner = now.owner == -1 || random.bounded(3) > 0
                                   ? static_cast<int>(random.bounded(memberCount))
                                   : -1;
            break;
        case 6: { // status
            step.kind = Step::Kind::Status;
            const Messaging to = static_cast<Messaging>(random.bounded(3));
            step.statusCalls = statusCallsBetween(now, to, &step.after);
            break;
        }
        case 7: // channel: only for channel contacts; the others get a name
            if (isChannelContact(c) && !now.email.isEmpty() && random.bounded(2) == 0) {
                step.kind = Step::Kind::ChannelChange;
                step.channelFrom = now.email;
                step.channelTo = QStringLiteral("c%1-%2@soak.example").arg(c).arg(serial);
                step.after.email = step.channelTo;
            } else if (isChannelContact(c) && now.email.isEmpty()) {
                step.kind = Step::Kind::ChannelAdd;
                step.channelTo = QStringLiteral("c%1-%2@soak.example").arg(c).arg(serial);
                step.after.email = step.channelTo;
            } else {
                step.kind = Step::Kind::Edit;
                step.field = Step::Field::Names;
                step.after.first = QStringLiteral("F%1-%2").arg(c).arg(serial);
            }
            break;
        default: // delete
            step.kind = Step::Kind::Delete;
            step.after = ContactState();
            step.after.phone = now.phone;
            break;
        }
        if (step.kind == Step::Kind::Status && step.statusCalls.isEmpty())
            continue; // already there: the window makes no command
        if (step.kind == Step::Kind::Edit && step.before.first == step.after.first &&
            step.before.last == step.after.last && step.before.phone == step.after.phone &&
            step.before.email == step.after.email && step.before.plan == step.after.plan &&
            step.before.tags == step.after.tags && step.before.owner == step.after.owner)
            continue; // nothing changes: no command either
        const Step done = step;
        add(step);
        if (!withUndo || script.steps.size() >= edits)
            continue;
        Step undo;
        undo.undo = true;
        undo.contact = c;
        undo.field = done.field;
        undo.before = done.after;
        undo.after = done.before;
        switch (done.kind) {
        case Step::Kind::Edit:
            undo.kind = Step::Kind::Edit;
            break;
        case Step::Kind::Status:
            undo.kind = Step::Kind::Status;
            undo.statusCalls = statusUndo(done.statusCalls);
            break;
        case Step::Kind::ChannelAdd:
            undo.kind = Step::Kind::ChannelRemove;
            undo.channelFrom = done.channelTo;
            break;
        case Step::Kind::ChannelChange:
            undo.kind = Step::Kind::ChannelChange;
            undo.channelFrom = done.channelTo;
            undo.channelTo = done.channelFrom;
            break;
        case Step::Kind::Delete:
            // Made again from what it held: not its messaging status (a new
            // contact on the server starts active).
            undo.kind = Step::Kind::Recreate;
            undo.after.blocked = false;
            undo.after.optedOut = false;
            break;
        case Step::Kind::Create:
            undo.kind = Step::Kind::Delete; // CreateContactCommand::undo
            break;
        case Step::Kind::Recreate:
        case Step::Kind::ChannelRemove:
            continue;
        }
        add(undo);
    }
    script.finalState = state;
    return script;
}

} // namespace ContactDesk::Soak
