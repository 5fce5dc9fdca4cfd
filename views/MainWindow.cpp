#include "views/MainWindow.h"

#include "core/ContactFields.h"
#include "core/Phone.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/ContrastColors.h"
#include "models/TemplateListModel.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/ContactExport.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"
#include "sync/SyncEngine.h"
#include "views/BulkEditDialog.h"
#include "views/ComposeDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/Dialogs.h"
#include "views/EditCommands.h"
#include "views/FilterBar.h"
#include "views/Icons.h"
#include "views/ImportWizard.h"
#include "views/MainWindowActions.h"
#include "views/NewContactDialog.h"
#include "views/SyncStatusBar.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMetaEnum>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ContactDesk::Views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ContactDesk"));
    setAcceptDrops(true); // CSV and vCard files dropped on the window open the import wizard
    setWindowIcon(QIcon(QStringLiteral(":/icons/contactdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *header = new QHBoxLayout;
    m_workspace = new QLabel(central);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setTextFormat(Qt::PlainText);
    m_server = new QLabel(central);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setTextFormat(Qt::PlainText);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_workspace);
    header->addWidget(m_server);
    header->addStretch();
    layout->addLayout(header);

    m_filters = new FilterBar(central);
    layout->addWidget(m_filters);

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
    // Right-click on the header: which columns show (remembered per account).
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) {
                QMenu *menu = columnMenu();
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(m_table->horizontalHeader()->mapToGlobal(at));
            });
    // Moved or resized by hand: kept for this account.
    for (const auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(m_table->horizontalHeader(), signal, this, [this] {
            if (m_settings && m_columnsShown && !m_columnsSaving.isActive())
                m_columnsSaving.start();
        });
    m_columnsSaving.setSingleShot(true);
    m_columnsSaving.setInterval(500); // a drag resizes many times
    connect(&m_columnsSaving, &QTimer::timeout, this, [this] {
        if (m_settings)
            saveColumns(*m_settings);
    });
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
    m_error->setTextFormat(Qt::PlainText); // the server's and the store's words
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1; background: %2; padding: 6px;")
                               .arg(ContrastColors::errorBannerText().name(),
                                    ContrastColors::errorBannerBackground().name()));
    m_error->hide();
    layout->addWidget(m_error);
    // A notice stays until it is dismissed (×, or the next notice), as an
    // information bar does: a result read later is still there.
    auto *noticeBar = new QFrame(central);
    m_noticeBar = noticeBar;
    noticeBar->setObjectName(QStringLiteral("noticeBar"));
    noticeBar->setFrameShape(QFrame::StyledPanel);
    auto *noticeRow = new QHBoxLayout(m_noticeBar);
    noticeRow->setContentsMargins(6, 2, 2, 2);
    m_notice = new QLabel(m_noticeBar);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_noticeBar);
    dismiss->setObjectName(QStringLiteral("noticeCloseButton"));
    dismiss->setText(QStringLiteral("×"));
    dismiss->setAutoRaise(true);
    dismiss->setAccessibleName(tr("Dismiss the notice"));
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, [this] { setNotice({}); });
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(dismiss, 0, Qt::AlignTop);
    m_noticeBar->hide();
    layout->addWidget(m_noticeBar);
    setCentralWidget(central);

    m_actions = new MainWindowActions(this, m_undo);
    QMenu *fileMenu = m_actions->addMenusAndToolBar(this);
    // Offered only when there is a stopped import this window could send.
    connect(fileMenu, &QMenu::aboutToShow, this, [this] {
        m_actions->resumeImport->setEnabled(m_store && m_uploader && !m_uploader->isRunning() &&
                                            Store::ImportJournal(m_store).stopped() != 0);
    });
    connectActions();
    Icons::applyToActions(this);

    m_status = new SyncStatusBar(this);
    setStatusBar(m_status);
    connect(m_status, &SyncStatusBar::errorReported, this, &MainWindow::setError);
    connect(m_status, &SyncStatusBar::attentionRequested, this,
            &MainWindow::showNextNeedingAttention);
    connect(m_status, &SyncStatusBar::resendRequested, this, &MainWindow::sendUnsentMessages);
    // A first window (no size saved): room for the columns a team reads,
    // the sync state among them, within the screen it opens on (it was a
    // fixed 1100×650, taller than a 1024×700 screen), and centred on it.
    QSize first(1280, 800);
    if (const QScreen *on = screen()) {
        const QRect room = on->availableGeometry();
        // The frame and title bar the window manager adds are not known
        // before the window is shown: a margin for them.
        first = first.boundedTo(QSize(room.width() * 95 / 100, room.height() * 90 / 100));
        resize(first);
        move(room.center() - QPoint(first.width() / 2, first.height() / 2));
    } else {
        resize(first);
    }
}

MainWindow::~MainWindow()
{
    // The table's header resizes its sections while QWidget's destructor
    // takes the children down, after this window's own members are gone.
    disconnect(m_table->horizontalHeader(), nullptr, this, nullptr);
}

void MainWindow::connectActions()
{
    connect(m_actions->importContacts, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_actions->exportContacts, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_actions->undoImport, &QAction::triggered, this, &MainWindow::undoLastImport);
    connect(m_actions->resumeImport, &QAction::triggered, this, &MainWindow::resumeStoppedImport);
    connect(m_actions->newContact, &QAction::triggered, this, &MainWindow::newContact);
    connect(m_actions->sync, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, m_filters, &FilterBar::focusSearch);
    connect(m_actions->bulkEdit, &QAction::triggered, this, &MainWindow::bulkEdit);
    m_table->addAction(m_actions->deleteContacts);
    connect(m_actions->deleteContacts, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actions->messageSelected, &QAction::triggered, this,
            [this] { composeMessage(selectedIds()); });
    connect(m_actions->messageShown, &QAction::triggered, this,
            [this] { composeMessage(shownIds()); });
    connect(m_actions->sendUnsent, &QAction::triggered, this, &MainWindow::sendUnsentMessages);
    connect(m_detail, &ContactDetailPanel::messageRequested, this,
            [this](qint64 id) { composeMessage({id}); });
    updateMessageActions();
}

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
    // By name, A to Z, as address books list people (a sort the user picks
    // is remembered with the columns and comes back instead).
    m_table->sortByColumn(Models::ContactTableModel::DisplayName, Qt::AscendingOrder);
    m_filters->setContacts(contacts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // A contact to select that was not listed yet (a new one whose row the
    // model adds a moment later): selected when its row comes.
    const auto selectWaiting = [this] {
        if (m_selectWhenListed != 0 && selectContact(m_selectWhenListed))
            m_selectWhenListed = 0;
    };
    connect(contacts, &QAbstractItemModel::rowsInserted, this, selectWaiting);
    connect(contacts, &QAbstractItemModel::modelReset, this, selectWaiting);
    connect(contacts, &QAbstractItemModel::layoutChanged, this, selectWaiting);
    // A new search or filter: the contact shown stays selected if it is
    // still listed; the panel never shows one the table hides.
    connect(contacts, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 shown = m_detail->contactId();
        if (shown == 0 || m_selectWhenListed != 0)
            return;
        if (const QModelIndex index = indexOfContact(shown, false); index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        } else {
            m_detail->showContact(0);
            if (m_engine)
                m_engine->watchContact(0);
        }
    });
    // Default columns laid out before the rows came: fitted to the first rows.
    const auto fitOnce = [this] {
        if (m_fitWhenListed && m_contacts->rowCount() > 0) {
            m_fitWhenListed = false;
            fitColumns();
        }
    };
    connect(contacts, &QAbstractItemModel::rowsInserted, this, fitOnce);
    connect(contacts, &QAbstractItemModel::modelReset, this, fitOnce);
    // Down in the search field: into the results, on the first one.
    connect(m_filters, &FilterBar::resultsWanted, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_contacts->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_contacts->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    });
}

void MainWindow::selectWhenListed(qint64 id)
{
    m_selectWhenListed = selectContact(id) ? 0 : id;
}

void MainWindow::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    if (m_store && m_store != store && m_settings)
        saveColumns(*m_settings);
    m_columnsSaving.stop();
    m_columnsShown = false;
    m_store = store;
    m_selectWhenListed = 0;
    m_undo->clear();
    m_detail->setStore(store);
    m_filters->setStore(store);
    m_status->setStore(store);
    if (store && !m_pendingImports.isEmpty()) {
        // Files named before there was a store (queued: the window's other
        // parts, the uploader among them, are set up first).
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QStringList paths = std::exchange(m_pendingImports, {});
                setNotice({}); // "opens … as soon as the workspace is ready": it does now
                for (const QString &path : paths)
                    openImport(path);
            },
            Qt::QueuedConnection);
    }
    if (store) {
        // This account's columns (the first time: the default ones).
        if (m_settings)
            restoreColumns(*m_settings);
        else
            resetColumns();
        // The store's failures, in a sentence; cleared once it writes again.
        connect(store, &Store::ContactStore::failed, this, [this](const Store::StoreError &error) {
            m_storeError = error.describe();
            setError(m_storeError);
        });
        // The contact waiting to be selected got its server id.
        connect(store, &Store::ContactStore::contactIdChanged, this,
                [this](qint64 oldId, qint64 newId) {
                    if (m_selectWhenListed != 0 && m_selectWhenListed == oldId)
                        selectWhenListed(newId);
                });
        connect(store, &Store::ContactStore::recovered, this, [this] {
            // Only the store's own message goes; another error stays.
            if (m_error->text() == m_storeError)
                setError({});
            m_storeError.clear();
        });
    }
    updateMessageActions();
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
    selectContact(next); // shown even when the search or a filter hides it
    m_detail->setFocus();
}

void MainWindow::setDefaultRegion(const QString &region)
{
    m_region = region;
    m_detail->setDefaultRegion(region);
}

void MainWindow::setImportUploader(Sync::ImportUploader *uploader)
{
    m_uploader = uploader;
    // A wizard opened before the account connected looks its owners up and
    // sends what it staged now.
    for (ImportWizard *wizard : findChildren<ImportWizard *>(Qt::FindDirectChildrenOnly))
        wizard->setUploader(uploader);
}

void MainWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void MainWindow::setSyncEngine(Sync::SyncEngine *engine)
{
    if (m_engine)
        m_engine->watchContact(0);
    m_engine = engine;
    m_status->setEngine(engine);
    m_detail->setSyncEngine(engine);
    if (m_engine)
        m_engine->watchContact(m_detail->contactId());
}

void MainWindow::setMessaging(Sync::MessageSender *outbox, Models::TemplateListModel *templates,
                              Models::MessageHistoryModel *history)
{
    if (m_messages)
        disconnect(m_messages, nullptr, this, nullptr);
    m_messages = outbox;
    m_templates = templates;
    m_detail->setHistoryModel(history);
    m_status->setMessaging(outbox);
    if (m_messages) {
        connect(m_messages, &Sync::MessageSender::unsentCountChanged, this,
                &MainWindow::updateMessageActions);
        connect(m_messages, &Sync::MessageSender::finished, this,
                &MainWindow::updateMessageActions);
        // What was just sent shows in the panel's recent messages.
        connect(m_messages, &Sync::MessageSender::finished, m_detail,
                &ContactDetailPanel::reloadHistory);
    }
    updateMessageActions();
}

void MainWindow::updateMessageActions()
{
    for (QAction *action : {m_actions->messageSelected, m_actions->messageShown})
        action->setEnabled(m_store != nullptr);
    m_actions->sendUnsent->setEnabled(m_messages && m_messages->unsentCount() > 0 &&
                                      !m_messages->isSending());
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
    updateMessageActions();
    m_status->updateUnsent();
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
        Dialogs::Confirmation ask;
        ask.title = tr("Compose message");
        ask.text = tr("Compose a message to %Ln contacts?", nullptr, int(ids.size()));
        ask.informativeText =
            tr("Each one gets its own message; preparing the preview may take a moment.");
        ask.action = tr("Compose");
        if (!Dialogs::confirm(this, ask))
            return nullptr;
    }
    ComposeDialog::Context context;
    context.inboxes = m_store->inboxes();
    context.members = m_store->members();
    for (const CustomField &field : m_store->customFields())
        context.customFieldTitles.append(field.title);
    context.outbox = m_messages;
    context.templates = m_templates;
    context.statuses = m_engine ? m_engine->statusReader() : nullptr;
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
           suffix == QLatin1String("txt") || suffix == QLatin1String("vcf") ||
           suffix == QLatin1String("vcard");
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
    if (!m_store) {
        // The workspace is still opening (the embedded sandbox starts in the
        // background; a first start seeds it): the file opens once it is.
        if (!m_pendingImports.contains(path))
            m_pendingImports.append(path);
        setNotice(tr("%1 opens in the import as soon as the workspace is ready.")
                      .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto *wizard = new ImportWizard(path, m_store, m_uploader, m_settings, m_region, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::chooseImportFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import contacts"), lastFolder(),
                              tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Spreadsheets as "
                                 "CSV (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;All "
                                 "files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
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
    return Sync::ContactExport::isVCardName(path)
               ? Sync::ContactExport::writeVCard(*m_store, ids, &file, error)
               : Sync::ContactExport::write(*m_store, ids, &file, byteOrderMark, error);
}

void MainWindow::chooseExportFile()
{
    if (!m_contacts)
        return;
    const int selected = int(selectedIds().size());
    const int shown = m_contacts->rowCount();
    Dialogs::Choice ask;
    ask.title = tr("Export contacts");
    ask.text = tr("Which contacts do you want to export?");
    // A contact shown in the panel is a selected row: "the selected" is
    // offered when there is more than that one.
    if (selected > 1)
        ask.options.append(tr("The %Ln selected", nullptr, selected));
    ask.options.append(tr("All %Ln shown", nullptr, shown));
    ask.checkBox = tr("CSV for Excel (a byte order mark, so accents read right)");
    const int chosen = Dialogs::choose(this, ask);
    if (chosen < 0)
        return;
    const bool onlySelected = selected > 1 && chosen == 0;
    const QString path = Dialogs::saveFileName(this, tr("Export contacts"),
                                               QDir(lastFolder()).filePath(tr("contacts.csv")),
                                               tr("CSV files (*.csv);;vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    const qint64 count = exportContacts(path, onlySelected, ask.checked, &error);
    if (count < 0)
        setError(tr("The export failed: %1").arg(error));
    else
        setNotice(tr("%Ln contact(s) exported to %1.", nullptr, int(count))
                      .arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::lastFolder() const
{
    // Where the user last took a file from or put one, as file dialogs
    // everywhere do; the first time, their documents (never the folder the
    // program was started in).
    const QString last =
        m_settings ? m_settings->value(QStringLiteral("files/lastFolder")).toString() : QString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void MainWindow::rememberFolder(const QString &file)
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
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
    Dialogs::Confirmation ask;
    ask.title = tr("Undo the last import?");
    ask.text = tr("The import of %1 created %Ln contact(s) and updated %2. Undoing it deletes the "
                  "contacts it created and gives the updated ones their previous values.",
                  nullptr, last->created)
                   .arg(QFileInfo(last->file).fileName())
                   .arg(QLocale().toString(last->updated));
    ask.informativeText = ImportWizard::createdFieldsNote(*last);
    ask.action = tr("Undo the import");
    ask.destructive = true;
    if (!Dialogs::confirm(this, ask))
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
                    setNotice(tr("The import was undone (%Ln row(s)).", nullptr, record->undone));
            });
    setNotice(tr("Undoing the import of %1…").arg(QFileInfo(last->file).fileName()));
    m_uploader->startUndo(id);
}

void MainWindow::resumeStoppedImport()
{
    if (!m_store)
        return;
    if (!m_uploader || m_uploader->isRunning()) {
        setError(tr("A stopped import can be resumed while connected and when no other import is "
                    "running."));
        return;
    }
    const qint64 id = Store::ImportJournal(m_store).stopped();
    const auto record = id ? Store::ImportJournal(m_store).import(id) : std::nullopt;
    if (!record) {
        setNotice(tr("There is no stopped import to resume."));
        return;
    }
    const QString file = QFileInfo(record->file).fileName();
    auto *context = new QObject(this);
    connect(m_uploader, &Sync::ImportUploader::finished, context,
            [this, context, id, file](qint64 done, bool cancelled, const QString &message) {
                if (done != id)
                    return;
                context->deleteLater();
                const auto now = Store::ImportJournal(m_store).import(id);
                if (!message.isEmpty())
                    setError(tr("The import of %1 stopped: %2").arg(file, message));
                else if (cancelled)
                    setNotice(tr("The import of %1 was stopped.").arg(file));
                else if (now)
                    setNotice(tr("The import of %1 is done: %Ln contact(s) created.", nullptr,
                                 now->created)
                                  .arg(file));
            });
    setNotice(
        tr("Resuming the import of %1: %Ln row(s) to send…", nullptr, record->pending).arg(file));
    m_uploader->start(id);
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
    if (m_engine) // its messaging status is read now and after every sync
        m_engine->watchContact(id);
}

QModelIndex MainWindow::indexOfContact(qint64 id, bool reveal) const
{
    if (!m_contacts || id == 0)
        return {};
    const auto *all = qobject_cast<const Models::ContactTableModel *>(m_contacts->sourceModel());
    const int sourceRow = all ? all->rowOfId(id) : -1;
    if (sourceRow < 0 || (reveal && !m_contacts->reveal(sourceRow)))
        return {};
    return m_contacts->mapFromSource(all->index(sourceRow, 0));
}

bool MainWindow::selectContact(qint64 id)
{
    // Hidden by the search or a filter: shown anyway, until the filter
    // changes (clearing the user's search would lose their place).
    const QModelIndex index = indexOfContact(id, true);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
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
            : tr("Delete %Ln contact(s)? They are removed from the team on Heymarket too.", "",
                 static_cast<int>(ids.size()));
    Dialogs::Confirmation ask;
    ask.title = tr("Delete contacts");
    ask.text = question;
    ask.action = tr("Delete %Ln contact(s)", "", static_cast<int>(ids.size()));
    ask.destructive = true; // Enter keeps them
    if (!Dialogs::confirm(this, ask))
        return;
    run(m_undo, new DeleteContactsCommand(
                    m_store, ids, tr("Delete %Ln contact(s)", "", static_cast<int>(ids.size()))));
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
    auto *dialog = new NewContactDialog(m_store, m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store || dialog->fields().isEmpty())
            return;
        auto *command = new CreateContactCommand(m_store, dialog->fields(),
                                                 tr("New contact %1").arg(dialog->name()));
        run(m_undo, command);
        // Shown and selected even under a search it does not match.
        selectWhenListed(command->createdId());
    });
    dialog->open();
}

void MainWindow::setWorkspace(const QString &name, const QUrl &server)
{
    // The header names the account; whether its server answers is the
    // status bar's and the banner's to say (it may not, yet or at all).
    m_workspace->setText(name);
    m_server->setText(server.toString());
}

void MainWindow::setContactCount(qint64 count)
{
    m_filters->setTotal(count);
}

void MainWindow::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_noticeBar->setVisible(!message.isEmpty());
}

void MainWindow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    saveColumns(settings);
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    restoreColumns(settings);
}

// ---------------------------------------------------------------- columns

namespace {

// A column as the settings name it: the built-in ones by their enum name,
// a custom field by its id (its title may change; its place may too).
QString columnKey(const Models::ContactTableModel &model, int column)
{
    if (column < Models::ContactTableModel::Count)
        return QString::fromLatin1(
            QMetaEnum::fromType<Models::ContactTableModel::Column>().valueToKey(column));
    const QList<CustomField> fields = model.customFields();
    const int field = column - Models::ContactTableModel::Count;
    return field < fields.size() ? QStringLiteral("custom:%1").arg(fields.at(field).id) : QString();
}

} // namespace

QString MainWindow::columnsSettingsKey() const
{
    // Per account and team: the store's file is named for both.
    return m_store ? QStringLiteral("columns/%1").arg(QFileInfo(m_store->path()).completeBaseName())
                   : QString();
}

const Models::ContactTableModel *MainWindow::allContacts() const
{
    return m_contacts ? qobject_cast<const Models::ContactTableModel *>(m_contacts->sourceModel())
                      : nullptr;
}

void MainWindow::saveColumns(QSettings &settings) const
{
    const Models::ContactTableModel *model = allContacts();
    const QString key = columnsSettingsKey();
    if (!model || key.isEmpty() || !m_columnsShown)
        return;
    // "Key=width" in the order shown; 0 for a hidden column.
    QStringList state;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString name = columnKey(*model, column);
        if (!name.isEmpty())
            state.append(QStringLiteral("%1=%2").arg(name).arg(
                header->isSectionHidden(column) ? 0 : header->sectionSize(column)));
    }
    // And the sort: "@sort=Key:0" (ascending) or ":1".
    if (m_contacts->sortColumn() >= 0)
        state.append(QStringLiteral("@sort=%1:%2")
                         .arg(columnKey(*model, m_contacts->sortColumn()))
                         .arg(int(header->sortIndicatorOrder())));
    settings.setValue(key, state);
}

void MainWindow::restoreColumns(const QSettings &settings)
{
    const Models::ContactTableModel *model = allContacts();
    if (!model || !m_store)
        return;
    const QStringList state = settings.value(columnsSettingsKey()).toStringList();
    if (state.isEmpty()) {
        resetColumns();
        return;
    }
    QHeaderView *header = m_table->horizontalHeader();
    QHash<QString, int> columns;
    for (int column = 0; column < header->count(); ++column)
        columns.insert(columnKey(*model, column), column);
    int visual = 0;
    for (const QString &entry : state) {
        if (entry.startsWith(QLatin1String("@sort="))) {
            const QStringList sort = entry.mid(6).split(QLatin1Char(':'));
            const int column = columns.value(sort.value(0), -1);
            if (column >= 0)
                m_table->sortByColumn(column, sort.value(1) == QLatin1String("1")
                                                  ? Qt::DescendingOrder
                                                  : Qt::AscendingOrder);
            continue;
        }
        const qsizetype at = entry.lastIndexOf(QLatin1Char('='));
        const int column = columns.value(entry.left(at), -1);
        if (at < 0 || column < 0)
            continue; // a custom field the team no longer has
        const int width = entry.mid(at + 1).toInt();
        header->moveSection(header->visualIndex(column), visual++);
        header->setSectionHidden(column, width <= 0);
        if (width > 0)
            header->resizeSection(column, std::clamp(width, 24, 2000));
    }
    m_columnsShown = true;
}

void MainWindow::resetColumns()
{
    const Models::ContactTableModel *model = allContacts();
    if (!model)
        return;
    using Column = Models::ContactTableModel::Column;
    // What a team works with all day, the sync state among it; first and
    // last names (the Name says both) and custom fields are one click away
    // in the header's menu.
    const QList<int> shown{Column::DisplayName, Column::Phone,     Column::Email, Column::Tags,
                           Column::Status,      Column::SyncState, Column::Owner, Column::Updated};
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < shown.size(); ++visual)
        header->moveSection(header->visualIndex(shown.at(visual)), visual);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, !shown.contains(column));
    fitColumns();
    m_fitWhenListed = !m_contacts || m_contacts->rowCount() == 0;
    m_columnsShown = true;
}

void MainWindow::fitColumns()
{
    // Widths from the data: the header's text or the widest of the first
    // rows' values (the longest few percent may elide), within reason.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int padding = em; // the cell's margins and the sort indicator
    const int rows = std::min(m_contacts ? m_contacts->rowCount() : 0, 200);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        QList<int> widths;
        widths.reserve(rows);
        for (int row = 0; row < rows; ++row)
            widths.append(
                metrics.horizontalAdvance(m_contacts->index(row, column).data().toString()));
        std::sort(widths.begin(), widths.end());
        // Phones and dates are short and whole or useless: the widest; free
        // text (names, emails, tags) may elide its longest few percent.
        const bool whole = column == Models::ContactTableModel::Phone ||
                           column == Models::ContactTableModel::Updated;
        const int typical = widths.isEmpty() ? 0
                                             : widths.at(whole ? int(widths.size()) - 1
                                                               : int(widths.size() * 95 / 100));
        const int title =
            metrics.horizontalAdvance(m_contacts->headerData(column, Qt::Horizontal).toString()) +
            2 * em;
        int width = std::max(typical, title) + padding;
        if (column == Models::ContactTableModel::Updated) // a date is never cut
            width = std::max(width, metrics.horizontalAdvance(QLocale().toString(
                                        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)),
                                        QLocale::ShortFormat)) +
                                        2 * padding);
        // Free text within 14 em, tags and owners within 11: the sync
        // state stays in view at 1280 px.
        const int widest = whole ? 22 * em
                           : column == Models::ContactTableModel::Tags ||
                                   column == Models::ContactTableModel::Owner
                               ? 11 * em
                               : 14 * em;
        header->resizeSection(column, std::clamp(width, 5 * em, widest));
    }
}

QMenu *MainWindow::columnMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    const Models::ContactTableModel *model = allContacts();
    if (!model)
        return menu;
    QHeaderView *header = m_table->horizontalHeader();
    int visible = 0;
    for (int column = 0; column < header->count(); ++column)
        visible += !header->isSectionHidden(column);
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_%1").arg(columnKey(*model, column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a table without columns shows nothing.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QHeaderView *columns = m_table->horizontalHeader();
            columns->setSectionHidden(column, !on);
            if (on && columns->sectionSize(column) < 24)
                columns->resizeSection(column, columns->defaultSectionSize());
            if (m_settings)
                saveColumns(*m_settings);
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this] {
        resetColumns();
        if (m_settings)
            saveColumns(*m_settings);
    });
    return menu;
}

} // namespace ContactDesk::Views
