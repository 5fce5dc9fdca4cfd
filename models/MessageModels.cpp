#include "models/MessageModels.h"

#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "core/HtmlText.h"
#include "models/ContrastColors.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace ContactDesk::Models {

using Store::OutgoingEntry;

// ---------------------------------------------------------------- recipients

ComposeRecipientModel::ComposeRecipientModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComposeRecipientModel::setPreflight(const Compose::Preflight &preflight,
                                         Compose::Medium medium)
{
    const bool sameRows = preflight.checks.size() == m_preflight.checks.size();
    if (!sameRows)
        beginResetModel();
    m_preflight = preflight;
    m_medium = medium;
    if (!sameRows)
        endResetModel();
    else if (!m_preflight.checks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ComposeRecipientModel::setResult(const OutgoingEntry &entry)
{
    m_results.insert(entry.message.contactId, entry);
    for (int row = 0; row < rowCount(); ++row) {
        if (m_preflight.checks.at(row).recipient.contactId == entry.message.contactId)
            Q_EMIT dataChanged(index(row, Result), index(row, Result));
    }
}

void ComposeRecipientModel::clearResults()
{
    m_results.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Result), index(rowCount() - 1, Result));
}

int ComposeRecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preflight.checks.size());
}

int ComposeRecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComposeRecipientModel::stateText(const OutgoingEntry &entry)
{
    switch (entry.state) {
    case OutgoingEntry::State::Pending:
        return tr("Not sent yet");
    case OutgoingEntry::State::Sending:
        return tr("Sending…");
    case OutgoingEntry::State::Sent:
        return tr("Sent");
    case OutgoingEntry::State::Failed:
        return tr("Failed: %1").arg(entry.error);
    }
    return {};
}

QVariant ComposeRecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Names, addresses and the server's words: a tip shows them as written.
    if (role == Qt::ToolTipRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        return shown.isValid() ? QVariant(HtmlText::forToolTip(shown.toString())) : QVariant();
    }
    const Compose::Check &check = m_preflight.checks.at(index.row());
    const auto result = m_results.constFind(check.recipient.contactId);
    const bool hasResult = result != m_results.cend();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return check.recipient.name;
        case Address:
            if (m_medium == Compose::Medium::Email)
                return check.recipient.email;
            return check.recipient.phone.isEmpty() ? QString()
                                                   : QLatin1Char('+') + check.recipient.phone;
        case Verdict:
            if (!check.send)
                return tr("Excluded: %1").arg(check.reason);
            if (!check.reason.isEmpty())
                return tr("Will receive it; %1").arg(check.reason);
            return tr("Will receive it");
        case Result:
            if (hasResult)
                return stateText(*result);
            return check.send ? QString() : tr("Not sent");
        }
        break;
    case Qt::ForegroundRole: {
        const QPalette palette = ContrastColors::applicationPalette();
        if (index.column() == Result && hasResult && result->state == OutgoingEntry::State::Failed)
            return QBrush(ContrastColors::text(ContrastColors::Tone::Error, palette));
        if (!check.send)
            return palette.brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    case SendsRole:
        return check.send;
    case ContactIdRole:
        return check.recipient.contactId;
    case StateRole:
        return hasResult ? int(result->state) : -1;
    default:
        break;
    }
    return {};
}

QVariant ComposeRecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Recipient");
    case Address:
        return m_medium == Compose::Medium::Email ? tr("Email") : tr("Phone");
    case Verdict:
        return tr("Check");
    case Result:
        return tr("Result");
    }
    return {};
}

// ---------------------------------------------------------------- history

MessageHistoryModel::MessageHistoryModel(Api::HeymarketClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_requests(new Api::RequestGroup(this))
{}

MessageHistoryModel::~MessageHistoryModel()
{
    abortAll();
}

void MessageHistoryModel::setDirectory(QList<ContactDesk::Inbox> inboxes, QList<TeamMember> members)
{
    m_inboxes = std::move(inboxes);
    m_memberNames.clear();
    for (const TeamMember &member : std::as_const(members))
        m_memberNames.insert(member.id, member.name);
}

void MessageHistoryModel::abortAll()
{
    m_requests->dropAll();
}

bool MessageHistoryModel::isLoading() const
{
    return m_requests->size() > 0;
}

void MessageHistoryModel::load(const QString &phone)
{
    abortAll();
    beginResetModel();
    m_messages.clear();
    m_inboxOfMessage.clear();
    endResetModel();
    m_incoming.clear();
    m_error.clear();
    if (phone.isEmpty() || !m_client) {
        Q_EMIT loaded();
        return;
    }
    for (const ContactDesk::Inbox &inbox : std::as_const(m_inboxes)) {
        if (!Compose::canSend(inbox, Compose::Medium::Sms))
            continue; // an email inbox: the history endpoint is by phone
        const qint64 inboxId = inbox.id;
        // A newer load drops these requests: their answers never arrive here.
        m_client->send(new Api::MessageHistoryRequest(m_client, phone, inbox.id, 0), m_requests,
                       [this, inboxId](const Api::MessageHistoryRequest &request) {
                           if (request.error().isError()) {
                               if (request.error().kind != Api::ApiError::Kind::Aborted)
                                   m_error = request.error().describe();
                           } else {
                               for (const Message &message : request.messages()) {
                                   m_incoming.append(message);
                                   m_inboxOfMessage.insert(message.id, inboxId);
                               }
                           }
                           if (m_requests->size() > 0)
                               return;
                           std::sort(m_incoming.begin(), m_incoming.end(),
                                     [](const Message &a, const Message &b) {
                                         return a.date != b.date ? a.date > b.date : a.id > b.id;
                                     });
                           if (m_incoming.size() > maxShown)
                               m_incoming.resize(maxShown);
                           beginResetModel();
                           m_messages = std::exchange(m_incoming, {});
                           endResetModel();
                           Q_EMIT loaded();
                       });
    }
    if (m_requests->size() == 0)
        Q_EMIT loaded();
}

int MessageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) { // a message's text, as written, and who sent it from where
        const QVariant shown = data(index, Qt::DisplayRole);
        if (!shown.isValid())
            return {};
        if (index.column() != Text)
            return HtmlText::forToolTip(shown.toString());
        return HtmlText::forToolTip(tr("%1 from %2 (%3):\n%4")
                                        .arg(data(index.siblingAtColumn(When)).toString(),
                                             data(index.siblingAtColumn(Sender)).toString(),
                                             data(index.siblingAtColumn(Inbox)).toString(),
                                             shown.toString()));
    }
    if (role != Qt::DisplayRole)
        return {};
    const Message &message = m_messages.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.date),
                                  QLocale::ShortFormat);
    case Inbox: {
        const qint64 inboxId = m_inboxOfMessage.value(message.id);
        for (const ContactDesk::Inbox &inbox : m_inboxes)
            if (inbox.id == inboxId)
                return inbox.name;
        return QString::number(inboxId);
    }
    case Sender:
        return m_memberNames.value(message.userId, QString::number(message.userId));
    case Text: {
        QString text = message.text;
        if (!message.media.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                    tr("[media: %1]").arg(message.media);
        if (message.type == QLatin1String("note"))
            text = tr("Note: %1").arg(text);
        return text;
    }
    }
    return {};
}

QVariant MessageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Inbox:
        return tr("Inbox");
    case Sender:
        return tr("Sender");
    case Text:
        return tr("Message");
    }
    return {};
}

} // namespace ContactDesk::Models
