#include "core/ImportValidator.h"

#include "core/ContactFields.h"
#include "core/CsvWriter.h"
#include "core/Email.h"
#include "core/Phone.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace ContactDesk::Import {

namespace {

// E.164 digits (at most 15) as a number: exact, and 8 bytes.
quint64 phoneKey(const QString &digits)
{
    quint64 key = 0;
    for (const QChar c : digits)
        key = key * 10 + quint64(c.unicode() - '0');
    return key;
}

} // namespace

namespace {

// Calls f(value) for each value of a cell (see splitValues), without
// allocating: most cells hold one value, and this runs for every row.
template<typename F>
void forEachValue(QStringView cell, bool emails, F f)
{
    if (QStringView value; Csv::unguarded(cell, &value)) {
        if (!value.isEmpty())
            f(value);
        return;
    }
    const auto add = [&f](QStringView value) {
        value = value.trimmed();
        if (!value.isEmpty())
            f(value);
    };
    qsizetype start = 0;
    const qsizetype size = cell.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
            (emails && c == QLatin1Char(','))) {
            add(cell.mid(start, i - start));
            start = i + 1;
        } else if (c == QLatin1Char(':') && i + 2 < size && cell.at(i + 1) == c &&
                   cell.at(i + 2) == c) {
            add(cell.mid(start, i - start));
            i += 2;
            start = i + 1;
        }
    }
    add(cell.mid(start));
}

} // namespace

QList<QStringView> splitValues(QStringView cell, bool emails)
{
    QList<QStringView> values;
    forEachValue(cell, emails, [&values](QStringView value) { values.append(value); });
    return values;
}

// The phones and emails seen so far in the file, with the line of their
// first row. Compact for a million rows: phones as numbers, emails as
// lower-case UTF-8 in one arena, found through their hash (collisions are
// resolved by comparing the text, so the answer is exact).
class Validator::SeenKeys
{
public:
    void reserve(qsizetype rows)
    {
        m_phones.reserve(rows);
        m_emails.reserve(rows);
        m_arena.reserve(rows * 24);
    }

    qint64 phoneLine(quint64 key) const { return m_phones.value(key, 0); }
    void addPhone(quint64 key, qint64 line) { m_phones.insert(key, line); }

    qint64 emailLine(const QByteArray &email) const
    {
        for (quint64 slot = hash(email);; ++slot) {
            const auto it = m_emails.constFind(slot);
            if (it == m_emails.cend())
                return 0;
            if (textAt(it->offset) == email)
                return it->line;
        }
    }
    void addEmail(const QByteArray &email, qint64 line)
    {
        quint64 slot = hash(email);
        while (m_emails.contains(slot))
            ++slot;
        m_emails.insert(slot, {quint64(m_arena.size()), line});
        m_arena.append(char(email.size() > 255 ? 255 : email.size()));
        m_arena.append(email.left(255));
    }

private:
    struct Entry
    {
        quint64 offset;
        qint64 line;
    };
    static quint64 hash(const QByteArray &text) { return qHash(text, 0x5eed) & ~quint64(0); }
    QByteArrayView textAt(quint64 offset) const
    {
        const auto size = qsizetype(quint8(m_arena.at(qsizetype(offset))));
        return QByteArrayView(m_arena.constData() + offset + 1, size);
    }

    QHash<quint64, qint64> m_phones;
    QHash<quint64, Entry> m_emails;
    QByteArray m_arena;
};

Validator::Validator(QStringList header, Mapping mapping, TeamIndex team, Options options)
    : m_header(std::move(header))
    , m_mapping(std::move(mapping))
    , m_team(std::move(team))
    , m_options(std::move(options))
    , m_seen(std::make_unique<SeenKeys>())
{
    m_phoneColumns = valueOrder(m_mapping, false);
    m_emailColumns = valueOrder(m_mapping, true);
}

Validator::~Validator() = default;

void Validator::restart()
{
    m_seen = std::make_unique<SeenKeys>();
    m_counts = {};
}

void Validator::uncount(Row::Action action, bool ownerNotFound)
{
    if (ownerNotFound && (action == Row::Action::New || action == Row::Action::Update))
        --m_counts.ownerNotFound;
    switch (action) {
    case Row::Action::Unchanged:
        --m_counts.unchanged;
        break;
    case Row::Action::New:
        --m_counts.newRows;
        break;
    case Row::Action::Update:
        --m_counts.updates;
        break;
    case Row::Action::Skip:
        --m_counts.skipped;
        break;
    case Row::Action::Invalid:
        --m_counts.invalid;
        break;
    }
}

void Validator::markUnchanged(Row &row)
{
    if (row.action == Row::Action::Unchanged || !row.existingId)
        return;
    uncount(row.action, !row.unknownOwner.isEmpty());
    row.action = Row::Action::Unchanged;
    row.problems.clear(); // "already a contact of the team"
    ++m_counts.unchanged;
}

void Validator::reserve(qsizetype rows)
{
    m_seen->reserve(rows);
}

Row Validator::validate(const Csv::Record &record)
{
    Row row = check(record);
    classify(row);
    return row;
}

Row Validator::check(const Csv::Record &record) const
{
    Row row;
    row.line = record.line;
    if (!record.problem.isEmpty())
        row.problems.append(record.problem);
    // Only the columns the record has (a short row's missing cells are empty).
    const auto named = [this](int column, const QString &text) {
        return QStringLiteral("%1: %2").arg(m_header.value(column), text);
    };
    const auto problem = [&row, &named](int column, const QString &text) {
        row.problems.append(named(column, text));
    };
    const auto rawCell = [&record](int column) {
        return column < record.fields.size() ? QStringView(record.fields.at(column))
                                             : QStringView();
    };
    // Values are read as views and copied when kept: a row shares no string
    // with the record, which another thread refills (no reference counts
    // going back and forth between cores).
    const auto cellValue = [&rawCell](int column) {
        // A cell guarded against formulas ("'=…", "'+1…": ContactDesk's
        // export for Excel, or any exporter following OWASP) is its value
        // exactly, spaces included; any other is trimmed.
        const QStringView cell = rawCell(column);
        QStringView value;
        if (!Csv::unguarded(cell, &value))
            value = cell.trimmed();
        return value;
    };

    // Phones, then emails: every value of every column, in the mapping's
    // order; the first valid one is the primary, the others channels. The
    // invalid ones are problems when no value of the kind is valid, else
    // warnings. (No allocation for a row with one value of each.)
    struct Wrong
    {
        int column;
        QString text;
    };
    QVarLengthArray<Wrong, 2> wrong;
    const auto settle = [&](bool haveValue) {
        for (const Wrong &w : wrong) {
            if (haveValue)
                row.warnings.append(named(w.column, tr("%1: left out").arg(w.text)));
            else
                problem(w.column, w.text);
        }
        wrong.clear();
    };
    const auto isKnown = [&row](const QString &type, QStringView value, QStringView primary) {
        if (value.compare(primary, Qt::CaseInsensitive) == 0)
            return true;
        return std::any_of(row.channels.cbegin(), row.channels.cend(), [&](const auto &channel) {
            return channel.first == type && value.compare(channel.second, Qt::CaseInsensitive) == 0;
        });
    };
    for (int column : m_phoneColumns) {
        forEachValue(rawCell(column), false, [&](QStringView value) {
            Phone::Normalized number = Phone::normalize(value, m_options.region);
            if (!number.problem.isEmpty())
                wrong.append(
                    {column,
                     tr("“%1” is not a valid phone number (%2)").arg(value, number.problem)});
            else if (row.phone.isEmpty())
                row.phone = std::move(number.digits);
            else if (!isKnown(ChannelType::phone, number.digits, row.phone))
                row.channels.append({ChannelType::phone, std::move(number.digits)});
        });
    }
    if (row.phone.isEmpty() && wrong.isEmpty() && !m_phoneColumns.isEmpty())
        problem(m_phoneColumns.constFirst(), tr("a phone number is required"));
    settle(!row.phone.isEmpty());
    for (int column : m_emailColumns) {
        forEachValue(rawCell(column), true, [&](QStringView value) {
            if (const QString why = Email::problem(value); !why.isEmpty())
                wrong.append(
                    {column, tr("“%1” is not a valid email address (%2)").arg(value, why)});
            else if (row.email.isEmpty())
                row.email = value.toString();
            else if (!isKnown(ChannelType::email, value, row.email))
                row.channels.append({ChannelType::email, value.toString()});
        });
    }
    settle(!row.email.isEmpty());

    for (int column = 0; column < m_mapping.columns.size(); ++column) {
        const ColumnMapping &map = m_mapping.columns.at(column);
        if (map.target == Target::Ignore || map.target == Target::Phone ||
            map.target == Target::ExtraPhone || map.target == Target::Email ||
            map.target == Target::ExtraEmail)
            continue;
        const QStringView value = cellValue(column);
        if (value.isEmpty())
            continue;
        switch (map.target) {
        case Target::Ignore:
        case Target::Phone:
        case Target::ExtraPhone:
        case Target::Email:
        case Target::ExtraEmail:
            break;
        case Target::First:
            row.first = value.toString();
            break;
        case Target::Last:
            row.last = value.toString();
            break;
        case Target::DisplayName:
            row.displayName = value.toString();
            break;
        case Target::Tags:
            for (const QString &tag : splitTags(value))
                if (!row.tags.contains(tag, Qt::CaseInsensitive))
                    row.tags.append(tag);
            break;
        case Target::Owner:
            if (const auto it = m_team.memberByKey.constFind(value.toString().toLower());
                it != m_team.memberByKey.cend()) {
                if (*it)
                    row.ownerId = *it;
            } else if (row.unknownOwner.isEmpty()) {
                row.unknownOwner = value.toString();
                row.warnings.append(named(
                    column, tr("no team member is called “%1”: the contact will be unassigned")
                                .arg(value)));
            }
            break;
        case Target::OptOut: {
            bool ok = false;
            row.optedOut = parseOptOut(value, &ok);
            if (!ok)
                problem(column, tr("“%1” is not yes or no").arg(value));
            break;
        }
        case Target::CustomField:
            row.custom.insert(column, value.toString());
            break;
        }
    }
    if (row.tags.size() > Field::maxTags)
        row.problems.append(
            tr("%1 tags where a contact can have at most five").arg(row.tags.size()));
    if (m_phoneColumns.isEmpty())
        row.problems.append(tr("no column holds the phone number"));
    row.action = row.problems.isEmpty() ? Row::Action::New : Row::Action::Invalid;
    if (row.action == Row::Action::New) {
        row.phoneKey = phoneKey(row.phone);
        if (!row.email.isEmpty())
            row.emailKey = row.email.toLower().toUtf8();
    }
    return row;
}

void Validator::classify(Row &row)
{
    row.existingId = 0;
    row.duplicateOfLine = 0;
    if (row.action != Row::Action::Invalid && !row.problems.isEmpty())
        row.problems.clear(); // a "same contact as" note from an earlier classification
    if (row.action == Row::Action::Invalid) {
        ++m_counts.invalid;
        return;
    }
    if (!row.phoneKey) // a row made without check()
        row.phoneKey = phoneKey(row.phone);
    if (row.emailKey.isEmpty() && !row.email.isEmpty())
        row.emailKey = row.email.toLower().toUtf8();
    const QByteArray &emailKey = row.emailKey;
    // An earlier row of the same file with this phone or email.
    qint64 earlier = m_seen->phoneLine(row.phoneKey);
    if (!earlier && !emailKey.isEmpty())
        earlier = m_seen->emailLine(emailKey);
    if (earlier && earlier != row.line) {
        row.action = Row::Action::Skip;
        row.duplicateOfLine = earlier;
        row.problems.append(tr("the same contact as line %1").arg(earlier));
        ++m_counts.skipped;
        return;
    }
    m_seen->addPhone(row.phoneKey, row.line);
    if (!emailKey.isEmpty())
        m_seen->addEmail(emailKey, row.line);
    row.existingId = m_team.contactByPhone.value(row.phone, 0);
    if (!row.existingId && !emailKey.isEmpty())
        row.existingId = m_team.contactByEmail.value(QString::fromUtf8(emailKey), 0);
    if (!row.existingId) {
        row.action = Row::Action::New;
        ++m_counts.newRows;
        if (!row.unknownOwner.isEmpty())
            ++m_counts.ownerNotFound;
    } else if (m_options.updateExisting) {
        row.action = Row::Action::Update;
        ++m_counts.updates;
        if (!row.unknownOwner.isEmpty())
            ++m_counts.ownerNotFound;
    } else {
        row.action = Row::Action::Skip;
        row.problems.append(tr("already a contact of the team"));
        ++m_counts.skipped;
    }
}

bool validateAll(Csv::RecordSource &reader, Validator &validator,
                 const std::function<void(Row &row, const Csv::Record &record)> &sink,
                 const QHash<qint64, QStringList> &fixes)
{
    // Batches: two workers check the two halves of batch n while this thread
    // reads batch n+1 and classifies batch n-1, handing its rows on in order.
    constexpr int batchSize = 4096;
    // The batches' records and rows are reused: the reader refills the same
    // strings, so a row costs next to no allocations once the batches are warm.
    struct Batch
    {
        std::vector<Csv::Record> records = std::vector<Csv::Record>(batchSize);
        std::vector<Row> rows = std::vector<Row>(batchSize);
        size_t count = 0;
        QFuture<void> front;
        QFuture<void> back;
    };
    const auto checkRange = [&validator](Batch *batch, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            batch->rows[i] = validator.check(batch->records[i]);
    };
    // A fixed record is changed in place before its batch is checked.
    const auto applyFixes = [&fixes](Batch &batch) {
        for (size_t i = 0; i < batch.count; ++i) {
            Csv::Record &record = batch.records[i];
            const auto it = fixes.constFind(record.line);
            if (it == fixes.cend())
                continue;
            record.fields = *it;
            record.problem.clear();
        }
    };
    const auto start = [&](Batch &batch) {
        const size_t half = batch.count / 2;
        batch.front = QtConcurrent::run(checkRange, &batch, size_t(0), half);
        batch.back = QtConcurrent::run(checkRange, &batch, half, batch.count);
    };
    bool reserved = false;
    const auto finish = [&](Batch &batch) {
        if (!reserved && reader.totalBytes() > 0 && reader.bytesRead() > 0) {
            // Room for the rows the file's size promises, at the rate so far.
            reserved = true;
            const double perRow = double(reader.bytesRead()) / double(batch.count * 2);
            validator.reserve(qsizetype(double(reader.totalBytes()) / std::max(perRow, 8.0)));
        }
        for (size_t i = 0; i < batch.count; ++i) {
            validator.classify(batch.rows[i]);
            sink(batch.rows[i], batch.records[i]);
        }
        batch.count = 0;
    };

    Batch batches[2];
    int current = 0;
    bool more = true;
    while (more) {
        Batch &batch = batches[current];
        while (batch.count < size_t(batchSize) && (more = reader.next(batch.records[batch.count])))
            ++batch.count;
        // The workers check this batch while this thread classifies the last.
        Batch &previous = batches[1 - current];
        previous.front.waitForFinished();
        previous.back.waitForFinished();
        if (batch.count && !fixes.isEmpty())
            applyFixes(batch);
        if (batch.count)
            start(batch);
        if (previous.count)
            finish(previous);
        current = 1 - current;
    }
    Batch &last = batches[1 - current];
    last.front.waitForFinished();
    last.back.waitForFinished();
    if (last.count)
        finish(last);
    return reader.error().isEmpty();
}

} // namespace ContactDesk::Import
