#include "sandbox/SandboxSeeder.h"

#include "core/Phone.h"
#include "core/Timestamps.h"
#include "sandbox/ApiContext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <iterator>

namespace ContactDesk::Sandbox {

namespace {

struct Name
{
    const char *display; // UTF-8
    const char *ascii;   // for email addresses
};

// Varied on purpose: accents, other scripts, apostrophes, hyphens.
constexpr Name firstNames[] = {
    {"Ana", "ana"},
    {"José", "jose"},
    {"Zoë", "zoe"},
    {"Łukasz", "lukasz"},
    {"Søren", "soren"},
    {"Siobhán", "siobhan"},
    {"François", "francois"},
    {"Björn", "bjorn"},
    {"Ngozi", "ngozi"},
    {"Aroha", "aroha"},
    {"Mehmet", "mehmet"},
    {"Yūki", "yuki"},
    {"Дмитрий", "dmitry"},
    {"芳", "fang"},
    {"Priya", "priya"},
    {"Chloé", "chloe"},
    {"Mateo", "mateo"},
    {"Olivia", "olivia"},
    {"Liam", "liam"},
    {"Fatima", "fatima"},
    {"Jürgen", "jurgen"},
    {"Nguyễn", "nguyen"},
    {"Amara", "amara"},
    {"Jordan", "jordan"},
    {"Sofía", "sofia"},
    {"Kwame", "kwame"},
    {"Hannah", "hannah"},
    {"Ravi", "ravi"},
    {"Émilie", "emilie"},
    {"Noah", "noah"},
    {"Αλέξανδρος", "alexandros"},
    {"Mia", "mia"},
    {"Oğuz", "oguz"},
    {"Ingrid", "ingrid"},
    {"Tomás", "tomas"},
    {"Leilani", "leilani"},
};

constexpr Name lastNames[] = {
    {"Rivera", "rivera"},
    {"Smith", "smith"},
    {"O'Brien", "obrien"},
    {"Müller", "muller"},
    {"García Márquez", "garcia"},
    {"Kowalski", "kowalski"},
    {"Nakamura", "nakamura"},
    {"Okafor", "okafor"},
    {"Johansson", "johansson"},
    {"Dubois", "dubois"},
    {"Иванова", "ivanova"},
    {"王", "wang"},
    {"Patel", "patel"},
    {"Nguyen", "nguyen"},
    {"Silva", "silva"},
    {"Van der Berg", "vanderberg"},
    {"Yılmaz", "yilmaz"},
    {"Kim", "kim"},
    {"Ó Súilleabháin", "osullivan"},
    {"Schmidt-Weiß", "schmidt"},
    {"Haddad", "haddad"},
    {"Te Rangi", "terangi"},
    {"Lefèvre", "lefevre"},
    {"Mensah", "mensah"},
    {"Jones", "jones"},
    {"Novák", "novak"},
    {"Rossi", "rossi"},
    {"Andersen", "andersen"},
    {"Papadopoulos", "papadopoulos"},
    {"Brown", "brown"},
};

struct Region
{
    const char *code;
    int weight;
};

constexpr Region regions[] = {{"US", 40}, {"CA", 8}, {"GB", 10}, {"DE", 7}, {"FR", 6},
                              {"ES", 5},  {"MX", 6}, {"BR", 5},  {"IN", 4}, {"AU", 3},
                              {"JP", 2},  {"NZ", 2}, {"NG", 2}};

struct TagSeed
{
    const char *label;
    const char *color;
};

constexpr TagSeed tagSeeds[] = {
    {"VIP", "#FFD700"},
    {"Lead", "#3498DB"},
    {"Customer", "#2ECC71"},
    {"Newsletter", "#9B59B6"},
    {"Wholesale", "#E67E22"},
    {"Event 2026", "#1ABC9C"},
    {"Spanish speaker", "#E74C3C"},
    {"Follow up", "#F39C12"},
    {"Churn risk", "#C0392B"},
    {"Partner", "#34495E"},
    {"Beta tester", "#16A085"},
    {"Café regulars", "#8E44AD"},
};

constexpr const char *fieldTitles[] = {"Plan",    "Account number",     "Renewal date",
                                       "Company", "Preferred language", "Birthday"};

constexpr const char *plans[] = {"Free", "Starter", "Premium", "Enterprise"};
// The bakery's business customers, as their people write them.
constexpr Name companies[] = {
    {"Northgate Dental", "northgate-dental"},
    {"Bluebird Catering Co.", "bluebird-catering"},
    {"Riverside Florists", "riverside-florists"},
    {"Kessler & Sons Plumbing", "kessler-plumbing"},
    {"Lindqvist Arkitekter AB", "lindqvist-arkitekter"},
    {"Müller Haustechnik GmbH", "mueller-haustechnik"},
    {"Café Aurora", "cafe-aurora"},
    {"Pacific Coast Realty", "pacific-coast-realty"},
    {"Oakwood Veterinary Clinic", "oakwood-vet"},
    {"株式会社さくら商事", "sakura-shoji"},
};

// The team's message templates (spec 12), with the merge tokens the
// contract documents: {{first_name}}, {{last_name}} and a custom field by
// its title (the sandbox's reading of {{custom_field_name}}).
struct TemplateSeed
{
    const char *title;
    const char *text;
    int day; // days after the team was made
    bool archived;
};

constexpr TemplateSeed templateSeeds[] = {
    {"Order ready",
     "Hi {{first_name}}, your order is ready for pickup at Harbour Street Bakery. We're open "
     "until 6 pm today.",
     1, false},
    {"Appointment reminder",
     "Hi {{first_name}}, a reminder of your cake tasting tomorrow at 10:30. Reply C to confirm "
     "or R to reschedule.",
     2, false},
    {"Follow-up",
     "Thanks for coming by, {{first_name}}! How was everything? Reply with anything we could do "
     "better.",
     9, false},
    {"Renewal reminder",
     "Hi {{first_name}} {{last_name}}, your wholesale plan renews on {{Renewal date}}. Reply YES "
     "to keep it, or call us to change it.",
     40, false},
    {"Holiday hours 2025",
     "Hi {{first_name}}, we're closed Dec 25-26 and open 8 am-2 pm on Dec 24 and 31. Happy "
     "holidays!",
     819, true}, // 2025-12-01, archived since
};
constexpr const char *languages[] = {"English", "Español",   "Français",
                                     "Deutsch", "Português", "日本語"};
constexpr const char *domains[] = {"example.com", "example.org", "example.net"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(static_cast<quint32>(N))];
}

QString uuidFrom(QRandomGenerator &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

const char *pickRegion(QRandomGenerator &random)
{
    int total = 0;
    for (const Region &region : regions)
        total += region.weight;
    int roll = static_cast<int>(random.bounded(total));
    for (const Region &region : regions) {
        if (roll < region.weight)
            return region.code;
        roll -= region.weight;
    }
    return "US";
}

qint64 utcMs(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The templates, stored as a create stores them (TemplatesApi).
void seedTemplates(SandboxStore &store, QRandomGenerator &random, qint64 teamId, qint64 teamCreated)
{
    for (const TemplateSeed &seed : templateSeeds) {
        const qint64 time = teamCreated + 86400000LL * seed.day;
        const QString stamp = Timestamps::format(time);
        store.insertTemplate({{QStringLiteral("name"), QString::fromUtf8(seed.title)},
                              {QStringLiteral("local_id"), uuidFrom(random)},
                              {QStringLiteral("content"),
                               QJsonObject{{QStringLiteral("text"), QString::fromUtf8(seed.text)},
                                           {QStringLiteral("gallery"), QJsonArray()}}},
                              {QStringLiteral("team_id"), teamId},
                              {QStringLiteral("shared"), true},
                              {QStringLiteral("archived"), seed.archived},
                              {QStringLiteral("created"), stamp},
                              {QStringLiteral("updated"), stamp},
                              {QStringLiteral("rev"), 1}},
                             time);
    }
}

// Broadcast lists (spec 13) of seeded contacts, stored as a create stores
// them (ListsApi): member ids under "contacts", `targets` by phone. Only
// when there are contacts to put in them; at most 40 members each.
void seedLists(SandboxStore &store, QRandomGenerator &random, qint64 teamId, qint64 creator,
               const QList<ContactRecord> &contacts, const QList<qint64> &tagIds,
               qint64 teamCreated)
{
    if (contacts.isEmpty())
        return;
    struct ListSeed
    {
        const char *title;
        qint64 tag; // members carry it (0: every few contacts)
    };
    const ListSeed lists[] = {
        {"Wholesale accounts", tagIds.at(4)}, // "Wholesale"
        {"Newsletter", tagIds.at(3)},         // "Newsletter"
        {"Cake tasting, June", 0},
    };
    constexpr qsizetype maxMembers = 40;
    qint64 time = teamCreated + 86400000LL * 30;
    for (const ListSeed &seed : lists) {
        time += 86400000LL * 7;
        QJsonArray ids;
        QJsonObject targets;
        for (qsizetype i = 0; i < contacts.size() && ids.size() < maxMembers; ++i) {
            const ContactRecord &c = contacts.at(i);
            const bool member = seed.tag ? c.tags.contains(seed.tag) : i % 7 == 3;
            if (!member || c.optedOut || c.blocked)
                continue;
            ids.append(c.id);
            if (!c.phone.isEmpty())
                targets.insert(c.phone, QJsonObject{{QStringLiteral("f"), c.first},
                                                    {QStringLiteral("l"), c.last}});
        }
        if (ids.isEmpty())
            continue;
        const QString localId = uuidFrom(random);
        const QString stamp = Timestamps::format(time);
        store.insertList(localId, {{QStringLiteral("name"), QString::fromUtf8(seed.title)},
                                   {QStringLiteral("local_id"), localId},
                                   {QStringLiteral("type"), QStringLiteral("contacts")},
                                   {QStringLiteral("team_id"), teamId},
                                   {QStringLiteral("creator_id"), creator},
                                   {QStringLiteral("shared"), true},
                                   {QStringLiteral("archived"), false},
                                   {QStringLiteral("created"), stamp},
                                   {QStringLiteral("updated"), stamp},
                                   {QStringLiteral("rev"), 1},
                                   {QStringLiteral("contacts"), ids},
                                   {QStringLiteral("targets"), targets}});
    }
}

} // namespace

void seedDemoTeam(SandboxStore &store, int contactCount, qint64 teamId, const QString &teamName,
                  const SeedProgress &progress)
{
    QRandomGenerator random(20261126u);
    SandboxStore::Transaction transaction(store);
    // Another sandbox on the same file may have seeded it since the caller
    // looked (the transaction holds the write lock: no one else can now).
    if (!store.isEmpty())
        return;

    const qint64 teamCreated = utcMs(2023, 9, 4, 9);
    store.setTeam({teamId,
                   teamName.isEmpty() ? QStringLiteral("Harbour Street Bakery & Café") : teamName,
                   10000});

    struct MemberSeed
    {
        qint64 id;
        const char *name;
        const char *role;
        int roleId;
        const char *email;
    };
    constexpr MemberSeed memberSeeds[] = {
        {101, "Maya Okonkwo", "owner", 1, "maya@harbourstreet.example"},
        {102, "Lucía Fernández", "admin", 1, "lucia@harbourstreet.example"},
        {103, "Tom Becker", "member", 4, "tom@harbourstreet.example"},
        {104, "Aiko Tanaka", "member", 4, "aiko@harbourstreet.example"},
        {105, "Oskar Lindqvist", "member", 4, "oskar@harbourstreet.example"},
        {106, "Chidi Eze", "member", 4, "chidi@harbourstreet.example"},
        {107, "Zsófia Kovács", "member", 4, "zsofia@harbourstreet.example"},
        {108, "Ravi Menon", "member", 4, "ravi@harbourstreet.example"},
    };
    QList<qint64> memberIds;
    for (const MemberSeed &seed : memberSeeds) {
        store.insertMember({seed.id, QString::fromUtf8(seed.name), QString::fromLatin1(seed.role),
                            seed.roleId,
                            Phone::exampleNumber(QStringLiteral("US"), quint32(seed.id)),
                            QString::fromLatin1(seed.email), teamCreated, teamCreated});
        memberIds.append(seed.id);
    }

    const QString supportPhone = Phone::exampleNumber(QStringLiteral("US"), 9001);
    const QString salesPhone = Phone::exampleNumber(QStringLiteral("US"), 9002);
    store.insertInbox(
        {{QStringLiteral("id"), 413},
         {QStringLiteral("name"), QStringLiteral("Support")},
         {QStringLiteral("team"), teamId},
         {QStringLiteral("members"), QJsonArray{101, 102, 103, 104, 105}},
         {QStringLiteral("phones"), QJsonArray{supportPhone}},
         {QStringLiteral("phone"), supportPhone},
         {QStringLiteral("auto_assignable"), true},
         {QStringLiteral("forward_number"), QJsonValue::Null},
         {QStringLiteral("widget_code"), QStringLiteral("hs-support-01")},
         {QStringLiteral("allowed_domains"), QJsonArray{QStringLiteral("harbourstreet.example")}},
         {QStringLiteral("invited"), false}});
    store.insertInbox({{QStringLiteral("id"), 414},
                       {QStringLiteral("name"), QStringLiteral("Sales & Catering")},
                       {QStringLiteral("team"), teamId},
                       {QStringLiteral("members"), QJsonArray{101, 102, 106, 107, 108}},
                       {QStringLiteral("phones"), QJsonArray{salesPhone}},
                       {QStringLiteral("phone"), salesPhone},
                       {QStringLiteral("auto_assignable"), false},
                       {QStringLiteral("forward_number"), supportPhone},
                       {QStringLiteral("widget_code"), QStringLiteral("hs-sales-01")},
                       {QStringLiteral("allowed_domains"), QJsonArray()},
                       {QStringLiteral("invited"), false}});
    // An email inbox (no phone: SMS cannot go from it). Its address is the
    // sandbox's own knowledge, never answered (the contract's inbox has no
    // such field); under the strict reading only it may send email.
    store.insertInbox({{QStringLiteral("id"), 415},
                       {QStringLiteral("name"), QStringLiteral("Email")},
                       {QStringLiteral("team"), teamId},
                       {QStringLiteral("members"), QJsonArray{101, 102, 103, 104}},
                       {QStringLiteral("phones"), QJsonArray()},
                       {SandboxStore::inboxEmailKey, QStringLiteral("hello@harbourstreet.example")},
                       {QStringLiteral("auto_assignable"), false},
                       {QStringLiteral("forward_number"), QJsonValue::Null},
                       {QStringLiteral("widget_code"), QStringLiteral("hs-email-01")},
                       {QStringLiteral("allowed_domains"), QJsonArray()},
                       {QStringLiteral("invited"), false}});

    QList<qint64> tagIds;
    qint64 tagTime = teamCreated;
    for (const TagSeed &seed : tagSeeds) {
        tagTime += 86400000LL * 11;
        TagRecord tag{0,
                      uuidFrom(random),
                      QString::fromUtf8(seed.label),
                      QString::fromLatin1(seed.color),
                      tagTime,
                      tagTime,
                      1};
        store.insertTag(tag);
        tagIds.append(tag.id);
    }

    QList<qint64> fieldIds;
    qint64 fieldId = 12;
    for (const char *title : fieldTitles) {
        FieldRecord field{fieldId, QString::fromUtf8(title), teamCreated};
        fieldId += 7;
        store.insertField(field);
        fieldIds.append(field.id);
    }

    // Contacts: created between 2024-01-01 and 2026-01-01; about 3% share one
    // `updated` value from a spreadsheet import.
    const qint64 start = utcMs(2024, 1, 1);
    const qint64 span = utcMs(2026, 1, 1) - start;
    const qint64 importTime = utcMs(2025, 6, 2, 9);
    QSet<QString> usedPhones;
    QList<ContactRecord> seeded;
    seeded.reserve(contactCount);
    for (int i = 0; i < contactCount; ++i) {
        if (progress && i % seedProgressStep == 0 && !progress(i, contactCount))
            throw SandboxStore::StoreError{QStringLiteral("the seed was stopped")};
        ContactRecord c;
        c.id = 10001 + i;
        c.uuid = uuidFrom(random);
        const Name &first = pick(random, firstNames);
        const Name &last = pick(random, lastNames);
        // Most have a first and a last name; some only a first or a last
        // name; some are a business with no person's name (its display
        // name is the company); a few are only a phone number.
        const int nameShape = static_cast<int>(random.bounded(100));
        const bool companyOnly = nameShape >= 86 && nameShape < 94;
        const bool phoneOnly = nameShape >= 94 && nameShape < 97;
        if (nameShape < 86)
            c.first = QString::fromUtf8(first.display);
        if (nameShape < 82 || nameShape >= 97)
            c.last = QString::fromUtf8(last.display);
        const Name &company = companies[static_cast<size_t>(i) % std::size(companies)];
        const QString region = QString::fromLatin1(pickRegion(random));
        QString phone;
        for (quint32 attempt = 0; phone.isEmpty() || usedPhones.contains(phone); ++attempt) {
            if (attempt > 1000)
                throw SandboxStore::StoreError{QStringLiteral("ran out of demo phone numbers")};
            phone = Phone::exampleNumber(attempt < 500 ? region : QStringLiteral("US"),
                                         static_cast<quint32>(i) * 31u + attempt * 100003u);
        }
        usedPhones.insert(phone);
        c.created = start + static_cast<qint64>(random.bounded(1.0) * static_cast<double>(span));
        c.updated = c.created + static_cast<qint64>(random.bounded(1.0) * 86400000.0 * 120);
        if (random.bounded(100) < 3)
            c.updated = std::max(importTime, c.created);
        c.channels.append(
            {uuidFrom(random), QStringLiteral("phone"), phone, {}, {}, c.created, c.created});
        if (random.bounded(100) < 75 && !phoneOnly) {
            const QString email =
                companyOnly
                    ? QStringLiteral("orders%1@%2.example")
                          .arg(i)
                          .arg(QString::fromLatin1(company.ascii))
                    : QStringLiteral("%1.%2%3@%4")
                          .arg(QString::fromLatin1(first.ascii), QString::fromLatin1(last.ascii))
                          .arg(i)
                          .arg(QString::fromLatin1(pick(random, domains)));
            c.channels.append(
                {uuidFrom(random), QStringLiteral("email"), email, {}, {}, c.created, c.created});
        }
        if (random.bounded(100) < 12) {
            QString second;
            for (quint32 attempt = 0; second.isEmpty() || usedPhones.contains(second); ++attempt) {
                if (attempt > 1000)
                    throw SandboxStore::StoreError{QStringLiteral("ran out of demo phone numbers")};
                second =
                    Phone::exampleNumber(attempt < 500 ? region : QStringLiteral("US"),
                                         static_cast<quint32>(i) * 37u + 7u + attempt * 100019u);
            }
            usedPhones.insert(second);
            c.channels.append({uuidFrom(random),
                               QStringLiteral("phone"),
                               second,
                               QStringLiteral("work"),
                               {},
                               c.created,
                               c.created});
        }
        if (random.bounded(100) < 4) {
            c.channels.append({uuidFrom(random),
                               QStringLiteral("facebook"),
                               QStringLiteral("fb-%1").arg(100000 + i),
                               {},
                               {},
                               c.created,
                               c.created});
        }
        c.phone = phone;
        for (const ChannelRecord &channel : std::as_const(c.channels)) {
            if (channel.type == QLatin1String("email")) {
                c.email = channel.value;
                break;
            }
        }
        // First + last, as the sandbox makes it (empty with no name: the
        // phone is not a name); a business goes by its company, and some
        // people by their name and company, as a team writes them.
        c.displayName = autoDisplayName(c);
        c.displayNameAuto = true;
        QString companyValue;
        if (companyOnly) {
            companyValue = QString::fromUtf8(company.display);
            c.displayName = companyValue;
            c.displayNameAuto = false;
        }
        if (random.bounded(100) < 5) {
            const Name &workplace = pick(random, companies);
            if (!c.first.isEmpty() && !c.last.isEmpty()) {
                companyValue = QString::fromUtf8(workplace.display);
                c.displayName =
                    c.displayName + QStringLiteral(" (") + companyValue + QLatin1Char(')');
                c.displayNameAuto = false;
            }
        }
        const int tagCount =
            static_cast<int>(random.bounded(100)) < 30 ? 0 : static_cast<int>(random.bounded(1, 6));
        while (c.tags.size() < tagCount) {
            const qint64 tag = tagIds.at(
                static_cast<qsizetype>(random.bounded(static_cast<quint32>(tagIds.size()))));
            if (!c.tags.contains(tag))
                c.tags.append(tag);
        }
        if (random.bounded(100) < 70)
            c.custom.insert(QString::number(fieldIds.at(0)),
                            QString::fromLatin1(pick(random, plans)));
        if (random.bounded(100) < 50)
            c.custom.insert(QString::number(fieldIds.at(1)),
                            QStringLiteral("AC-%1").arg(100000 + i));
        if (random.bounded(100) < 40) {
            const QDate renewal = QDate(2026, 1, 1).addDays(random.bounded(540));
            c.custom.insert(QString::number(fieldIds.at(2)), renewal.toString(Qt::ISODate));
        }
        if (random.bounded(100) < 35)
            c.custom.insert(QString::number(fieldIds.at(3)),
                            QString::fromUtf8(pick(random, companies).display));
        if (!companyValue.isEmpty())
            c.custom.insert(QString::number(fieldIds.at(3)), companyValue);
        if (random.bounded(100) < 30)
            c.custom.insert(QString::number(fieldIds.at(4)),
                            QString::fromUtf8(pick(random, languages)));
        if (random.bounded(100) < 10) {
            const QDate birthday = QDate(1950, 1, 1).addDays(random.bounded(365 * 55));
            c.custom.insert(QString::number(fieldIds.at(5)), birthday.toString(Qt::ISODate));
        }
        if (random.bounded(100) < 72)
            c.owner = memberIds.at(
                static_cast<qsizetype>(random.bounded(static_cast<quint32>(memberIds.size()))));
        c.creatorId = memberIds.at(
            static_cast<qsizetype>(random.bounded(static_cast<quint32>(memberIds.size()))));
        const int status = static_cast<int>(random.bounded(100));
        c.optedOut = status < 7;
        c.blocked = status >= 97;
        c.shared = true;
        c.rev = 1 + static_cast<qint64>(random.bounded(4));
        c.op = c.rev == 1 ? QStringLiteral("create") : QStringLiteral("update");
        store.insertContact(c);
        seeded.append(c);
    }
    seedTemplates(store, random, teamId, teamCreated);
    seedLists(store, random, teamId, memberIds.first(), seeded, tagIds, teamCreated);
    transaction.commit();
    if (progress)
        progress(contactCount, contactCount);
}

} // namespace ContactDesk::Sandbox
