#include "views/MainWindow.h"

#include "core/ContactFields.h"
#include "core/Phone.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/TemplateListModel.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/ContactExport.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"
#include "views/BulkEditDialog.h"
#include "views/ComposeDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/Dialogs.h"
#include "views/EditCommands.h"
#include "views/Icons.h"
#include "views/ImportWizard.h"
#include "views/TonedText.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ContactDesk::Views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ContactDesk"));
    setAcceptDrops(true); // CSV files dropped on the window open the import wizard
    setWindowIcon(QIcon(QStringLiteral(":/icons/contactdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *header = new QHBoxLayout;
    m_workspace = new QLabel(central);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_server = new QLabel(central);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_workspace);
    header->addWidget(m_server);
    header->addStretch();
    layout->addLayout(header);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search names, phone numbers, email, custom values…"));
    m_search->setClearButtonEnabled(true);
    m_counts = new QLabel(central);
    m_counts->setObjectName(QStringLiteral("contactCountLabel"));
    m_counts->setAccessibleName(tr("Contact count"));
    m_tagFilter = new QComboBox(central);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_ownerFilter = new QComboBox(central);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setAccessibleName(tr("Filter by owner"));
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    using Status = Models::ContactFilter::Status;
    m_statusFilter->addItem(tr("Any status"), QVariant::fromValue(int(Status::Any)));
    m_statusFilter->addItem(tr("Active"), QVariant::fromValue(int(Status::Active)));
    m_statusFilter->addItem(tr("Opted out"), QVariant::fromValue(int(Status::OptedOut)));
    m_statusFilter->addItem(tr("Blocked"), QVariant::fromValue(int(Status::Blocked)));
    m_statusFilter->addItem(tr("Not saved (needs attention)"), QStringLiteral("attention"));
    m_statusFilter->addItem(tr("Waiting to sync"), QStringLiteral("pending"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tagFilter);
    bar->addWidget(m_ownerFilter);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_counts);
    for (QComboBox *combo : {m_tagFilter, m_ownerFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("contactSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detail = new ContactDetailPanel(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 340});
    layout->addWidget(m_splitter, 1);
    m_undo = new QUndoStack(this);
    m_detail->setUndoStack(m_undo);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1; background: %2; padding: 6px;")
                               .arg(ContrastColors::errorBannerText().name(),
                                    ContrastColors::errorBannerBackground().name()));
    m_error->hide();
    layout->addWidget(m_error);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();
    layout->addWidget(m_notice);
    setCentralWidget(central);

    // Typing filters as you go; a short pause coalesces fast typing.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &MainWindow::applyFilter);

    m_refresh = new QAction(tr("&Sync now"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    m_refresh->setProperty("iconName", QStringLiteral("sync"));
    auto *find = new QAction(tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *preferences = new QAction(tr("Se&ttings…"), this);
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::settingsRequested);

    auto *importAction = new QAction(tr("&Import contacts…"), this);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Import contacts from a CSV file (or drop one on the window)"));
    connect(importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    importAction->setProperty("iconName", QStringLiteral("import"));
    auto *exportAction = new QAction(tr("E&xport contacts…"), this);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    exportAction->setProperty("iconName", QStringLiteral("export"));
    auto *undoImport = new QAction(tr("Undo the &last import…"), this);
    undoImport->setObjectName(QStringLiteral("undoImportAction"));
    connect(undoImport, &QAction::triggered, this, &MainWindow::undoLastImport);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(exportAction);
    file->addAction(undoImport);
    file->addSeparator();
    file->addAction(m_refresh);
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);
    auto *create = new QAction(tr("&New contact…"), this);
    create->setObjectName(QStringLiteral("newContactAction"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &MainWindow::newContact);
    create->setProperty("iconName", QStringLiteral("contact-new"));
    auto *remove = new QAction(tr("&Delete contacts…"), this);
    remove->setObjectName(QStringLiteral("deleteContactsAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    remove->setProperty("iconName", QStringLiteral("delete"));
    auto *bulk = new QAction(tr("&Bulk edit…"), this);
    bulk->setObjectName(QStringLiteral("bulkEditAction"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(bulk, &QAction::triggered, this, &MainWindow::bulkEdit);
    bulk->setProperty("iconName", QStringLiteral("bulk-edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setProperty("iconName", QStringLiteral("undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setProperty("iconName", QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    auto *messageSelected = new QAction(tr("Message the &selected contacts…"), this);
    messageSelected->setObjectName(QStringLiteral("messageSelectedAction"));
    messageSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    messageSelected->setProperty("iconName", QStringLiteral("message"));
    connect(messageSelected, &QAction::triggered, this, [this] { composeMessage(selectedIds()); });
    auto *messageShown = new QAction(tr("Message &everyone shown…"), this);
    messageShown->setObjectName(QStringLiteral("messageShownAction"));
    messageShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(messageShown, &QAction::triggered, this, [this] { composeMessage(shownIds()); });
    auto *sendUnsent = new QAction(tr("Send &unsent messages again"), this);
    sendUnsent->setObjectName(QStringLiteral("sendUnsentAction"));
    connect(sendUnsent, &QAction::triggered, this, &MainWindow::sendUnsentMessages);
    m_messageActions = {messageSelected, messageShown, sendUnsent};
    for (QAction *action : std::as_const(m_messageActions))
        action->setEnabled(false);
    connect(m_detail, &ContactDetailPanel::messageRequested, this,
            [this](qint64 id) { composeMessage({id}); });

    file->insertAction(m_refresh, create);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(bulk);
    edit->addAction(remove);
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(messageSelected);
    message->addAction(messageShown);
    message->addSeparator();
    message->addAction(sendUnsent);
    QToolBar *tools = addToolBar(tr("Contacts"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(create);
    tools->addAction(bulk);
    tools->addAction(remove);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addAction(m_refresh);
    tools->addSeparator();
    tools->addAction(importAction);
    tools->addAction(messageSelected);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Icons::applyToActions(this);

    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_outbox = new QToolButton(this);
    m_outbox->setObjectName(QStringLiteral("outboxButton"));
    m_outbox->setAccessibleName(tr("Edits that need attention"));
    m_outbox->setToolTip(tr("Show the next contact whose edit the server refused"));
    m_outbox->setAutoRaise(true);
    m_outbox->hide();
    connect(m_outbox, &QToolButton::clicked, this, &MainWindow::showNextNeedingAttention);
    m_unsent = new QToolButton(this);
    m_unsent->setObjectName(QStringLiteral("unsentMessagesButton"));
    m_unsent->setAccessibleName(tr("Messages not sent"));
    m_unsent->setToolTip(tr("Send the messages that failed or were not sent again"));
    m_unsent->setAutoRaise(true);
    m_unsent->hide();
    connect(m_unsent, &QToolButton::clicked, this, &MainWindow::sendUnsentMessages);
    statusBar()->addPermanentWidget(m_unsent);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_progress);
    resize(1100, 650);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A new palette (a dark theme): the action icons follow its colours.
    if (event->type() == QEvent::PaletteChange)
        Icons::applyToActions(this);
}

void MainWindow::setContacts(Models::ContactFilterModel *contacts)
{
    m_contacts = contacts;
    m_table->setModel(contacts);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(contacts, signal, this, &MainWindow::updateCounts);
    connect(contacts, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    updateCounts();
}

void MainWindow::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_undo->clear();
    m_detail->setStore(store);
    if (store) {
        connect(store, &Store::ContactStore::outboxChanged, this, &MainWindow::updateOutboxCounts);
        connect(store, &Store::ContactStore::directoryChanged, this, &MainWindow::fillFilterCombos);
    }
    fillFilterCombos();
    updateOutboxCounts();
    updateUnsentMessages();
}

void MainWindow::fillFilterCombos()
{
    const auto refill = [](QComboBox *combo, const QString &any,
                           const QList<QPair<QString, qint64>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any);
        for (const auto &[name, id] : items)
            combo->addItem(name, id);
        combo->setCurrentIndex(std::max(0, current.isValid() ? combo->findData(current) : 0));
    };
    QList<QPair<QString, qint64>> tags;
    QList<QPair<QString, qint64>> owners{{tr("Unassigned"), 0}};
    if (m_store) {
        for (const Tag &tag : m_store->tags())
            tags.append({tag.name, tag.id});
        for (const TeamMember &member : m_store->members())
            owners.append({member.name, member.id});
    }
    refill(m_tagFilter, tr("Any tag"), tags);
    refill(m_ownerFilter, tr("Any owner"), owners);
}

void MainWindow::applyFilter()
{
    if (!m_contacts)
        return;
    Models::ContactFilter filter;
    filter.text = m_search->text();
    if (m_tagFilter->currentIndex() > 0)
        filter.tags = {m_tagFilter->currentData().toLongLong()};
    if (m_ownerFilter->currentIndex() > 0)
        filter.owner = m_ownerFilter->currentData().toLongLong();
    const QVariant status = m_statusFilter->currentData();
    if (status.toString() == QLatin1String("attention"))
        filter.syncState = Models::ContactCache::Failed;
    else if (status.toString() == QLatin1String("pending"))
        filter.syncState = Models::ContactCache::Pending;
    else
        filter.status = static_cast<Models::ContactFilter::Status>(status.toInt());
    m_contacts->setFilter(filter);
    updateCounts();
}

void MainWindow::showNextNeedingAttention()
{
    if (!m_store)
        return;
    QList<qint64> ids;
    for (const Store::OutboxEntry &entry : m_store->outbox())
        if (entry.state != Store::OutboxEntry::State::Pending && !ids.contains(entry.contactId))
            ids.append(entry.contactId);
    if (ids.isEmpty())
        return;
    // The one after the contact shown now, round the list.
    const qsizetype at = ids.indexOf(m_detail->contactId());
    const qint64 next = ids.at((at + 1) % ids.size());
    if (!selectContact(next)) {
        // Hidden by the search or a filter: show every contact, then select it.
        m_search->clear();
        for (QComboBox *combo : {m_tagFilter, m_ownerFilter, m_statusFilter})
            combo->setCurrentIndex(0);
        applyFilter();
        selectContact(next);
    }
    m_detail->setFocus();
}

void MainWindow::setDefaultRegion(const QString &region)
{
    m_region = region;
    m_detail->setDefaultRegion(region);
}

void MainWindow::updateOutboxCounts()
{
    // Pending counts are in the sync status; this button leads to the edits
    // the server refused or that conflict, one contact per click.
    const int failed = m_store ? m_store->failedCount() + m_store->conflictCount() : 0;
    m_outbox->setText(tr("%n edit(s) need attention", "", failed));
    setTone(m_outbox, ContrastColors::Tone::Error);
    m_outbox->setVisible(failed > 0);
}

void MainWindow::setImportUploader(Sync::ImportUploader *uploader)
{
    m_uploader = uploader;
}

void MainWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void MainWindow::setMessaging(Sync::MessageSender *outbox, Models::TemplateListModel *templates,
                              Models::MessageHistoryModel *history)
{
    if (m_messages)
        disconnect(m_messages, nullptr, this, nullptr);
    m_messages = outbox;
    m_templates = templates;
    m_detail->setHistoryModel(history);
    if (m_messages) {
        connect(m_messages, &Sync::MessageSender::unsentCountChanged, this,
                &MainWindow::updateUnsentMessages);
        connect(m_messages, &Sync::MessageSender::finished, this,
                &MainWindow::updateUnsentMessages);
    }
    updateUnsentMessages();
}

void MainWindow::updateUnsentMessages()
{
    const int unsent = m_messages ? m_messages->unsentCount() : 0;
    for (QAction *action : std::as_const(m_messageActions))
        action->setEnabled(m_store != nullptr);
    m_messageActions.last()->setEnabled(m_messages && unsent > 0 && !m_messages->isSending());
    m_unsent->setText(tr("%n message(s) not sent", nullptr, unsent));
    setTone(m_unsent, ContrastColors::Tone::Error);
    m_unsent->setVisible(unsent > 0);
    m_unsent->setEnabled(m_messages && !m_messages->isSending());
}

void MainWindow::sendUnsentMessages()
{
    if (!m_messages || m_messages->isSending())
        return;
    // One batch at a time: the next starts when one finishes.
    const QList<qint64> batches = m_messages->unsentBatches();
    if (batches.isEmpty())
        return;
    auto *next = new QObject(this);
    auto remaining = std::make_shared<QList<qint64>>(batches);
    const auto sendNext = [this, next, remaining] {
        while (!remaining->isEmpty()) {
            if (m_messages->send(remaining->takeFirst(), true))
                return;
        }
        next->deleteLater();
    };
    connect(m_messages, &Sync::MessageSender::finished, next, sendNext, Qt::QueuedConnection);
    sendNext();
    updateUnsentMessages();
}

QList<qint64> MainWindow::shownIds() const
{
    QList<qint64> ids;
    if (!m_contacts)
        return ids;
    ids.reserve(m_contacts->rowCount());
    for (int row = 0; row < m_contacts->rowCount(); ++row)
        ids.append(m_contacts->index(row, 0).data(Models::ContactTableModel::IdRole).toLongLong());
    return ids;
}

ComposeDialog *MainWindow::composeMessage(const QList<qint64> &ids)
{
    if (!m_store)
        return nullptr;
    if (ids.isEmpty()) {
        setNotice(tr("Select the contacts to message first."));
        return nullptr;
    }
    if (ids.size() > 5000) {
        Dialogs::Message ask;
        ask.title = tr("Compose message");
        ask.text = tr("Compose a message to %n contacts?", nullptr, int(ids.size()));
        ask.informativeText =
            tr("Each one gets its own message; preparing the preview may take a moment.");
        ask.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        if (Dialogs::ask(this, ask) != QMessageBox::Yes)
            return nullptr;
    }
    ComposeDialog::Context context;
    context.inboxes = m_store->inboxes();
    context.members = m_store->members();
    for (const CustomField &field : m_store->customFields())
        context.customFieldTitles.append(field.title);
    context.outbox = m_messages;
    context.templates = m_templates;
    auto *dialog = new ComposeDialog(Sync::recipientsFor(*m_store, ids), context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

namespace {

bool isImportable(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
           suffix == QLatin1String("txt");
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_store && std::any_of(urls.cbegin(), urls.cend(), isImportable))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isImportable(url)) {
            event->acceptProposedAction();
            openImport(url.toLocalFile());
            return; // one wizard at a time
        }
    }
}

ImportWizard *MainWindow::openImport(const QString &path)
{
    if (!m_store)
        return nullptr;
    auto *wizard = new ImportWizard(path, m_store, m_uploader, m_settings, m_region, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::chooseImportFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import contacts"), QString(),
                              tr("Spreadsheets as CSV (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openImport(path);
}

qint64 MainWindow::exportContacts(const QString &path, bool selectionOnly, bool byteOrderMark,
                                  QString *error)
{
    if (!m_store || !m_contacts) {
        *error = tr("no contacts are open");
        return -1;
    }
    QList<qint64> ids;
    if (selectionOnly) {
        ids = selectedIds();
    } else {
        ids = shownIds();
    }
    if (ids.isEmpty()) {
        *error = tr("there are no contacts to export");
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return -1;
    }
    return Sync::ContactExport::write(*m_store, ids, &file, byteOrderMark, error);
}

void MainWindow::chooseExportFile()
{
    if (!m_contacts)
        return;
    const int selected = int(selectedIds().size());
    const int shown = m_contacts->rowCount();
    Dialogs::Choice ask;
    ask.title = tr("Export contacts");
    ask.text = tr("Which contacts do you want to export as CSV?");
    // A contact shown in the panel is a selected row: "the selected" is
    // offered when there is more than that one.
    if (selected > 1)
        ask.options.append(tr("The %n selected", nullptr, selected));
    ask.options.append(tr("All %n shown", nullptr, shown));
    ask.checkBox = tr("For Excel (a byte order mark, so accents read right)");
    const int chosen = Dialogs::choose(this, ask);
    if (chosen < 0)
        return;
    const bool onlySelected = selected > 1 && chosen == 0;
    const QString path = Dialogs::saveFileName(this, tr("Export contacts"), tr("contacts.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 count = exportContacts(path, onlySelected, ask.checked, &error);
    if (count < 0)
        setError(tr("The export failed: %1").arg(error));
    else
        setNotice(tr("%n contact(s) exported to %1.", nullptr, int(count))
                      .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::undoLastImport()
{
    if (!m_store)
        return;
    if (!m_uploader || m_uploader->isRunning()) {
        setError(tr("Imports can be undone while connected and when no other import is running."));
        return;
    }
    const std::optional<Store::ImportRecord> last = Store::ImportJournal(m_store).lastUndoable();
    if (!last) {
        setNotice(tr("There is no import to undo."));
        return;
    }
    const auto answer = Dialogs::question(
        this, tr("Undo the last import?"),
        tr("The import of %1 created %n contact(s) and updated %2. Undoing it deletes the contacts "
           "it created and gives the updated ones their previous values.",
           nullptr, last->created)
            .arg(QFileInfo(last->file).fileName())
            .arg(last->updated),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 id = last->id;
    auto *context = new QObject(this);
    connect(m_uploader, &Sync::ImportUploader::finished, context,
            [this, context, id](qint64 done, bool, const QString &message) {
                if (done != id)
                    return;
                context->deleteLater();
                const auto record = Store::ImportJournal(m_store).import(id);
                if (!message.isEmpty())
                    setError(tr("Undoing the import stopped: %1").arg(message));
                else if (record)
                    setNotice(tr("The import was undone (%n row(s)).", nullptr, record->undone));
            });
    setNotice(tr("Undoing the import of %1…").arg(QFileInfo(last->file).fileName()));
    m_uploader->startUndo(id);
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    if (!m_contacts)
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(row.data(Models::ContactTableModel::IdRole).toLongLong());
    return ids;
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QList<qint64> ids = selectedIds();
    qint64 id = 0;
    if (ids.size() == 1)
        id = ids.first();
    else if (ids.size() > 1 && current.isValid())
        id = current.data(Models::ContactTableModel::IdRole).toLongLong();
    if (id != m_detail->contactId())
        m_detail->showContact(id);
}

bool MainWindow::selectContact(qint64 id)
{
    if (!m_contacts)
        return false;
    for (int row = 0, rows = m_contacts->rowCount(); row < rows; ++row) {
        const QModelIndex index = m_contacts->index(row, 0);
        if (index.data(Models::ContactTableModel::IdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_store || ids.isEmpty())
        return;
    const QString question =
        ids.size() == 1
            ? tr("Delete %1? The contact is removed from the team on Heymarket too.")
                  .arg(m_detail->contactId() == ids.first()
                           ? m_table->selectionModel()->selectedRows().first().data().toString()
                           : tr("this contact"))
            : tr("Delete %n contact(s)? They are removed from the team on Heymarket too.", "",
                 static_cast<int>(ids.size()));
    if (Dialogs::question(this, tr("Delete contacts"), question) != QMessageBox::Yes)
        return;
    run(m_undo, new DeleteContactsCommand(
                    m_store, ids, tr("Delete %n contact(s)", "", static_cast<int>(ids.size()))));
}

void MainWindow::bulkEdit()
{
    const QList<qint64> ids = selectedIds();
    if (!m_store || ids.isEmpty())
        return;
    BulkEditDialog dialog(m_store, ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QUndoCommand *command = dialog.takeCommand())
        run(m_undo, command);
}

void MainWindow::newContact()
{
    if (!m_store)
        return;
    QString problem;
    QString typed;
    for (;;) {
        const QString label = problem.isEmpty()
                                  ? tr("Phone number of the new contact:")
                                  : tr("%1\n\nPhone number of the new contact:").arg(problem);
        const std::optional<QString> answer = Dialogs::text(this, tr("New contact"), label, typed);
        if (!answer)
            return;
        typed = *answer;
        const Phone::Normalized number = Phone::normalize(typed.trimmed(), m_region);
        if (number.problem.isEmpty()) {
            if (const auto existing = m_store->contactByPhone(number.digits)) {
                problem = tr("%1 already belongs to a contact.")
                              .arg(Phone::formatForDisplay(number.digits));
                continue;
            }
            auto *command = new CreateContactCommand(
                m_store, {{Field::phone, number.digits}},
                tr("New contact %1").arg(Phone::formatForDisplay(number.digits)));
            run(m_undo, command);
            const qint64 id = command->createdId();
            QTimer::singleShot(0, this, [this, id] { selectContact(id); });
            return;
        }
        problem = tr("Not a valid phone number: %1").arg(number.problem);
    }
}

void MainWindow::setWorkspace(const QString &name, const QUrl &server)
{
    m_workspace->setText(name);
    m_server->setText(server.toString());
    statusBar()->showMessage(tr("%1 is running at %2").arg(name, server.toString()));
}

void MainWindow::setContactCount(qint64 count)
{
    m_total = count;
    updateCounts();
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const qint64 shown = m_contacts ? m_contacts->rowCount() : m_total;
    const bool filtered = !m_search->text().isEmpty() || m_tagFilter->currentIndex() > 0 ||
                          m_ownerFilter->currentIndex() > 0 || m_statusFilter->currentIndex() > 0;
    if (m_contacts && filtered)
        m_counts->setText(
            tr("%1 of %n contact(s)", "", static_cast<int>(m_total)).arg(locale.toString(shown)));
    else
        m_counts->setText(tr("%n contact(s)", "", static_cast<int>(m_total)));
}

void MainWindow::setSyncStatus(const QString &text, qint64 received, qint64 expected)
{
    m_syncStatus->setText(text);
    m_progress->setVisible(received >= 0);
    if (received >= 0) {
        m_progress->setRange(0, expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(
                static_cast<int>(std::min<qint64>(1000, received * 1000 / expected)));
    }
}

void MainWindow::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void MainWindow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QByteArray columns = settings.value(QStringLiteral("window/columns")).toByteArray();
    if (columns.isEmpty() || !m_table->horizontalHeader()->restoreState(columns)) {
        // First start: widths that fit typical values.
        const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const QList<QPair<int, int>> widths{{Models::ContactTableModel::DisplayName, 14},
                                            {Models::ContactTableModel::Phone, 13},
                                            {Models::ContactTableModel::Email, 14},
                                            {Models::ContactTableModel::Tags, 12},
                                            {Models::ContactTableModel::Updated, 8}};
        for (const auto &[column, ems] : widths)
            m_table->horizontalHeader()->resizeSection(column, ems * em);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

} // namespace ContactDesk::Views
