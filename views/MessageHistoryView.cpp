#include "views/MessageHistoryView.h"

#include "core/ContactFields.h"
#include "models/MessageModels.h"
#include "store/ContactStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ContactDesk::Views {

MessageHistoryView::MessageHistoryView(QWidget *parent)
    : QGroupBox(tr("Recent messages"), parent)
{
    setObjectName(QStringLiteral("messagesBox"));
    auto *box = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // quotes the server's error
    m_status->setWordWrap(true);
    m_compose = new QPushButton(tr("Se&nd a message…"), this);
    m_compose->setObjectName(QStringLiteral("composeButton"));
    connect(m_compose, &QPushButton::clicked, this, &MessageHistoryView::composeRequested);
    row->addWidget(m_status, 1);
    row->addWidget(m_compose);
    box->addLayout(row);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyView"));
    m_table->setAccessibleName(tr("Recent messages"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    // The message takes what the time leaves and wraps; never sideways.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
    box->addWidget(m_table);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &MessageHistoryView::request);
}

MessageHistoryView::~MessageHistoryView() = default;

void MessageHistoryView::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_id = 0;
    if (store)
        connect(store, &Store::ContactStore::contactIdChanged, this,
                [this](qint64 from, qint64 to) {
                    if (m_id == from)
                        m_id = to;
                });
}

void MessageHistoryView::setModel(Models::MessageHistoryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    // The panel is narrow: when and what, the message wrapped to its
    // length; who sent it from which inbox is in its tooltip.
    if (model) {
        m_table->hideColumn(Models::MessageHistoryModel::Inbox);
        m_table->hideColumn(Models::MessageHistoryModel::Sender);
        m_table->horizontalHeader()->setSectionResizeMode(Models::MessageHistoryModel::When,
                                                          QHeaderView::ResizeToContents);
    }
    if (model)
        connect(model, &Models::MessageHistoryModel::loaded, this, &MessageHistoryView::showLoaded);
    showContact(m_id);
}

Models::MessageHistoryModel *MessageHistoryView::model() const
{
    return m_model;
}

void MessageHistoryView::showContact(qint64 id)
{
    m_id = id;
    if (m_model)
        m_model->load({}); // the previous contact's messages go at once
    m_status->clear();
    m_pause->start();
}

void MessageHistoryView::reload()
{
    if (m_id)
        request();
}

void MessageHistoryView::request()
{
    const auto contact = (m_store && m_id) ? m_store->contact(m_id) : std::nullopt;
    const QString phone = contact ? contact->fields.value(Field::phone).toString() : QString();
    if (!m_model || !m_store) {
        if (m_model)
            m_model->load({});
        m_status->setText(tr("Messages show once an account is connected."));
        return;
    }
    m_model->setDirectory(m_store->inboxes(), m_store->members());
    if (phone.isEmpty()) {
        m_model->load({});
        m_status->setText(tr("No phone number: no text messages."));
        return;
    }
    m_status->setText(tr("Loading messages…"));
    m_model->load(phone);
}

void MessageHistoryView::showLoaded()
{
    if (!m_model->error().isEmpty())
        m_status->setText(tr("Messages could not be loaded: %1").arg(m_model->error()));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No messages yet."));
    else
        m_status->setText(tr("The last %Ln message(s).", nullptr, m_model->rowCount()));
    // The time fits itself; the message wraps in what is left.
    m_table->resizeRowsToContents();
}

void MessageHistoryView::placeInTabOrderAfter(QWidget *previous)
{
    QWidget::setTabOrder(previous, m_compose);
    QWidget::setTabOrder(m_compose, m_table);
}

} // namespace ContactDesk::Views
