#include "ImportValidator.h"

#include "Email.h"
#include "Phone.h"

#include <QCoreApplication>

namespace ContactDesk::Import {

namespace {

constexpr int maxTags = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Import", text);
}

} // namespace

Validator::Validator(QStringList header, Mapping mapping, TeamIndex team, Options options)
    : m_header(std::move(header))
    , m_mapping(std::move(mapping))
    , m_team(std::move(team))
    , m_options(std::move(options))
{}

Row Validator::validate(const Csv::Record &record)
{
    Row row;
    row.line = record.line;
    if (!record.problem.isEmpty())
        row.problems.append(record.problem);
    const auto problem = [&row, this](int column, const QString &text) {
        row.problems.append(QStringLiteral("%1: %2").arg(m_header.value(column), text));
    };
    for (int column = 0; column < m_mapping.columns.size(); ++column) {
        const QString value = record.fields.value(column).trimmed();
        const ColumnMapping &map = m_mapping.columns.at(column);
        if (value.isEmpty() && map.target != Target::Phone)
            continue;
        switch (map.target) {
        case Target::Ignore:
            break;
        case Target::First:
            row.first = value;
            break;
        case Target::Last:
            row.last = value;
            break;
        case Target::DisplayName:
            row.displayName = value;
            break;
        case Target::Phone: {
            if (value.isEmpty()) {
                problem(column, tr("a phone number is required"));
                break;
            }
            const Phone::Normalized number = Phone::normalize(value, m_options.region);
            if (number.problem.isEmpty())
                row.phone = number.digits;
            else
                problem(column,
                        tr("“%1” is not a valid phone number (%2)").arg(value, number.problem));
            break;
        }
        case Target::ExtraPhone: {
            const Phone::Normalized number = Phone::normalize(value, m_options.region);
            if (number.problem.isEmpty())
                row.channels.append({QStringLiteral("phone"), number.digits});
            else
                problem(column,
                        tr("“%1” is not a valid phone number (%2)").arg(value, number.problem));
            break;
        }
        case Target::Email:
        case Target::ExtraEmail:
            if (const QString wrong = Email::problem(value); !wrong.isEmpty())
                problem(column, tr("“%1” is not a valid email address (%2)").arg(value, wrong));
            else if (map.target == Target::Email)
                row.email = value;
            else
                row.channels.append({QStringLiteral("email"), value});
            break;
        case Target::Tags:
            for (const QString &tag : splitTags(value))
                if (!row.tags.contains(tag, Qt::CaseInsensitive))
                    row.tags.append(tag);
            break;
        case Target::Owner:
            if (const auto it = m_team.memberByKey.constFind(value.toLower());
                it != m_team.memberByKey.cend())
                row.ownerId = *it;
            else
                problem(column, tr("no team member is called “%1”").arg(value));
            break;
        case Target::OptOut: {
            bool ok = false;
            row.optedOut = parseOptOut(value, &ok);
            if (!ok)
                problem(column, tr("“%1” is not yes or no").arg(value));
            break;
        }
        case Target::CustomField:
            row.custom.insert(column, value);
            break;
        }
    }
    if (row.tags.size() > maxTags)
        row.problems.append(
            tr("%1 tags where a contact can have at most five").arg(row.tags.size()));
    if (m_mapping.columns.size() <= 0 ||
        std::none_of(m_mapping.columns.cbegin(), m_mapping.columns.cend(),
                     [](const ColumnMapping &c) { return c.target == Target::Phone; }))
        row.problems.append(tr("no column holds the phone number"));

    if (!row.problems.isEmpty()) {
        row.action = Row::Action::Invalid;
        ++m_counts.invalid;
        return row;
    }
    const QString emailKey = row.email.toLower();
    // An earlier row of the same file with this phone or email.
    qint64 earlier = m_linesByPhone.value(row.phone, 0);
    if (!earlier && !emailKey.isEmpty())
        earlier = m_linesByEmail.value(emailKey, 0);
    if (earlier && earlier != row.line) {
        row.action = Row::Action::Skip;
        row.duplicateOfLine = earlier;
        row.problems.append(tr("the same contact as line %1").arg(earlier));
        ++m_counts.skipped;
        return row;
    }
    m_linesByPhone.insert(row.phone, row.line);
    if (!emailKey.isEmpty())
        m_linesByEmail.insert(emailKey, row.line);
    row.existingId = m_team.contactByPhone.value(row.phone, 0);
    if (!row.existingId && !emailKey.isEmpty())
        row.existingId = m_team.contactByEmail.value(emailKey, 0);
    if (!row.existingId) {
        row.action = Row::Action::New;
        ++m_counts.newRows;
    } else if (m_options.updateExisting) {
        row.action = Row::Action::Update;
        ++m_counts.updates;
    } else {
        row.action = Row::Action::Skip;
        ++m_counts.skipped;
    }
    return row;
}

} // namespace ContactDesk::Import
