#pragma once

#include "core/Compose.h"
#include "core/Domain.h"
#include "store/MessageOutbox.h"
#include "sync/Recipients.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ContactDesk::Api {
class HeymarketClient;
class RequestGroup;
} // namespace ContactDesk::Api

namespace ContactDesk::Models {

// The compose dialog's recipients: who, where the message goes, the
// preflight verdict (will receive / excluded and why / an empty merge
// value), and, once sending, each recipient's result.
class ComposeRecipientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeRecipientModel)

public:
    enum Column
    {
        Name,
        Address,
        Verdict,
        Result,
        ColumnCount
    };
    enum Role
    {
        SendsRole = Qt::UserRole + 1, // bool: the preflight lets it go
        ContactIdRole,
        StateRole // Store::OutgoingEntry::State as int, -1 before sending
    };

    explicit ComposeRecipientModel(QObject *parent = nullptr);

    void setPreflight(const Compose::Preflight &preflight, Compose::Medium medium);
    const Compose::Preflight &preflight() const { return m_preflight; }
    // A result for the recipient with contactId (the outbox's entry).
    void setResult(const Store::OutgoingEntry &entry);
    void clearResults();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const Store::OutgoingEntry &entry);

private:
    Compose::Preflight m_preflight;
    Compose::Medium m_medium = Compose::Medium::Sms;
    QHash<qint64, Store::OutgoingEntry> m_results; // by contact id
};

// The recent messages of one contact from the server (GET /v1/messages, one
// request per SMS inbox), newest first: when, inbox, sender, text.
class MessageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHistoryModel)

public:
    enum Column
    {
        When,
        Inbox,
        Sender,
        Text,
        ColumnCount
    };

    // The client the messages come from (not owned).
    explicit MessageHistoryModel(Api::HeymarketClient *client, QObject *parent = nullptr);
    ~MessageHistoryModel() override;

    // The inboxes to ask (the SMS ones) and the names of inboxes and members.
    void setDirectory(QList<ContactDesk::Inbox> inboxes, QList<TeamMember> members);
    // Empties the model and asks for phone's messages (E.164 digits; empty
    // for none). loaded() follows.
    void load(const QString &phone);
    bool isLoading() const;
    // Why the last load is incomplete (empty when it is not).
    QString error() const { return m_error; }
    const QList<Message> &messages() const { return m_messages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int maxShown = 50;

Q_SIGNALS:
    void loaded();

private:
    void abortAll();

    QPointer<Api::HeymarketClient> m_client;
    QList<ContactDesk::Inbox> m_inboxes;
    QHash<qint64, QString> m_memberNames;
    QHash<qint64, qint64> m_inboxOfMessage;
    Api::RequestGroup *m_requests = nullptr;
    QList<Message> m_messages;
    QList<Message> m_incoming;
    QString m_error;
};

} // namespace ContactDesk::Models
