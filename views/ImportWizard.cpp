#include "views/ImportWizard.h"

#include "core/Phone.h"
#include "models/ImportPreviewModel.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"
#include "views/Dialogs.h"
#include "views/TonedText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ContactDesk::Views {

namespace {

using Import::Target;

constexpr int sampleRows = 3;
constexpr int newFieldMarker = -1; // combo data for "a new custom field"

struct TargetChoice
{
    Target target;
    const char *label;
};

const TargetChoice targetChoices[] = {
    {Target::Ignore, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Do not import")},
    {Target::First, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "First name")},
    {Target::Last, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Last name")},
    {Target::DisplayName, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Display name")},
    {Target::Phone, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Phone number")},
    {Target::Email, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Email")},
    {Target::ExtraPhone, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Another phone")},
    {Target::ExtraEmail, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Another email")},
    {Target::Tags, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Tags")},
    {Target::Owner, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Owner")},
    {Target::OptOut, QT_TRANSLATE_NOOP("ContactDesk::Views::ImportWizard", "Opt out")},
};

// Combo item data: target in the low byte, custom field id above it.
QVariant choiceData(Target target, qint64 fieldId = 0)
{
    return QVariant::fromValue(qint64(target) | (fieldId * 256)); // fieldId may be -1: no shift
}

} // namespace

template<typename Result>
void ImportWizard::runWorker(Work work, std::function<Result(const Sync::ImportPlan &)> job,
                             std::function<void(Result, bool stopped)> done)
{
    Q_ASSERT(m_work == Work::None);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    Sync::ImportPlan plan = m_plan;
    plan.csv.stop = m_stop.get();
    auto result = std::make_shared<Result>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, result, stop = m_stop, done = std::move(done)] {
                watcher->deleteLater();
                showWork(Work::None);
                done(std::move(*result), stop->load());
            });
    showWork(work);
    m_job = QtConcurrent::run([plan = std::move(plan), job = std::move(job), result, stop = m_stop,
                               hook = m_workerHook, work] {
        if (hook)
            hook(work);
        *result = job(plan);
    });
    watcher->setFuture(m_job);
}

void ImportWizard::showWork(Work work)
{
    m_work = work;
    const bool busy = work != Work::None;
    m_workBar->setVisible(busy);
    m_checking->setRange(0, 0); // until the first progress
    m_stopButton->setEnabled(busy);
    m_encoding->setEnabled(!busy && !m_vCard);
    m_delimiter->setEnabled(!busy && !m_vCard);
    m_checkButton->setEnabled(!busy && !m_header.isEmpty());
    if (m_importButton)
        m_importButton->setEnabled(!busy && m_preview && m_preview->error.isEmpty() &&
                                   m_preview->counts().newRows + m_preview->counts().updates > 0);
    switch (work) {
    case Work::None:
        break;
    case Work::ReadHeader:
        m_workLabel->setText(tr("Reading the file…"));
        break;
    case Work::LookUpOwners:
        m_workLabel->setText(tr("Reading the owners of the file…"));
        break;
    case Work::CheckRows:
        m_workLabel->setText(tr("Checking the rows…"));
        break;
    case Work::Stage:
        m_workLabel->setText(tr("Preparing the import…"));
        break;
    }
}

void ImportWizard::workProgress(qint64 done, qint64 total)
{
    // From the worker: shown on this thread (dropped once the wizard is gone).
    QMetaObject::invokeMethod(
        this,
        [this, done, total] {
            if (m_work == Work::None || total <= 0)
                return;
            m_checking->setRange(0, 1000);
            m_checking->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        },
        Qt::QueuedConnection);
}

void ImportWizard::stopWork()
{
    if (m_stop)
        m_stop->store(true);
    if (m_work != Work::None) {
        m_stopButton->setEnabled(false);
        m_workLabel->setText(tr("Stopping…"));
    }
}

ImportWizard::ImportWizard(const QString &path, Store::ContactStore *store,
                           Sync::ImportUploader *uploader, QSettings *settings,
                           const QString &defaultRegion, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_uploader(uploader)
    , m_settings(settings)
{
    m_plan.path = QFileInfo(path).absoluteFilePath();
    m_plan.options.region = defaultRegion;
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setAccessibleName(tr("Import contacts"));
    resize(900, 600);
    m_pages = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // quotes the file
    m_error->setWordWrap(true);
    setTone(m_error, ContrastColors::Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem with the file"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_pages);
    // What the worker thread reads, with progress and Stop.
    m_workBar = new QWidget(this);
    auto *work = new QHBoxLayout(m_workBar);
    work->setContentsMargins(0, 0, 0, 0);
    m_workLabel = new QLabel(m_workBar);
    m_checking = new QProgressBar(m_workBar);
    m_checking->setRange(0, 0);
    m_checking->setAccessibleName(tr("Reading the file"));
    m_stopButton = new QPushButton(tr("&Stop"), m_workBar);
    m_stopButton->setObjectName(QStringLiteral("stopReading"));
    m_stopButton->setAccessibleName(tr("Stop reading the file"));
    connect(m_stopButton, &QPushButton::clicked, this, &ImportWizard::stopWork);
    work->addWidget(m_workLabel);
    work->addWidget(m_checking, 1);
    work->addWidget(m_stopButton);
    m_workBar->hide();
    layout->addWidget(m_workBar);
    m_model = new Models::ImportPreviewModel(this);
    buildColumnsPage();
    buildCheckPage();
    buildUploadPage();
    m_uploader = nullptr;
    setUploader(uploader);
    readHeader();
}

void ImportWizard::setUploader(Sync::ImportUploader *uploader)
{
    if (m_uploader == uploader)
        return;
    if (m_uploader)
        disconnect(m_uploader, nullptr, this, nullptr);
    m_uploader = uploader;
    if (!m_uploader)
        return;
    connect(m_uploader, &Sync::ImportUploader::progress, this, &ImportWizard::onProgress);
    connect(m_uploader, &Sync::ImportUploader::finished, this, &ImportWizard::onFinished);
    if (m_importId && std::exchange(m_sendWhenConnected, false)) {
        sendStaged();
        return;
    }
    // The owners given by email were not looked up: the check runs again
    // (now, or once the reading on its way ends).
    if (m_ownersUnresolved && m_pages->currentIndex() == CheckPage) {
        if (m_work == Work::None && !m_lookingUp)
            check();
        else
            m_recheckOwners = true;
    }
}

ImportWizard::~ImportWizard()
{
    if (m_stop)
        m_stop->store(true); // the reader stops within 64 KiB
    m_job.waitForFinished();
}

int ImportWizard::page() const
{
    return m_pages->currentIndex();
}

QString ImportWizard::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QString ImportWizard::reportText() const
{
    return m_report->text();
}

// ---------------------------------------------------------------- columns

void ImportWizard::buildColumnsPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_fileLabel = new QLabel(page);
    m_fileLabel->setTextFormat(Qt::PlainText); // the file's name
    m_fileLabel->setWordWrap(true);
    layout->addWidget(m_fileLabel);

    auto *form = new QFormLayout;
    m_encoding = new QComboBox(page);
    m_encoding->setAccessibleName(tr("Encoding"));
    for (Csv::Encoding encoding : {Csv::Encoding::Auto, Csv::Encoding::Utf8, Csv::Encoding::Utf16LE,
                                   Csv::Encoding::Utf16BE, Csv::Encoding::Windows1252})
        m_encoding->addItem(encoding == Csv::Encoding::Auto ? tr("Detect automatically")
                                                            : Csv::encodingName(encoding),
                            int(encoding));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox(page);
    m_delimiter->setAccessibleName(tr("Separator"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe"), QStringLiteral("|"));
    form->addRow(tr("&Separator:"), m_delimiter);
    m_region = new QComboBox(page);
    m_region->setAccessibleName(tr("Region of numbers without a country code"));
    for (const Phone::NamedRegion &region : Phone::namedRegions())
        m_region->addItem(region.label, region.code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_plan.options.region.toUpper())));
    form->addRow(tr("Numbers without a country code are in:"), m_region);
    m_duplicates = new QComboBox(page);
    m_duplicates->setAccessibleName(tr("Contacts that already exist"));
    m_duplicates->addItem(tr("Skip them"), false);
    m_duplicates->addItem(tr("Update them"), true);
    m_overwrite = new QCheckBox(tr("&Overwrite values they already have"), page);
    m_overwrite->setToolTip(
        tr("Off: only empty fields are filled in and tags are added. On: the file's values "
           "replace theirs. An opt-out in the file is always kept."));
    m_overwrite->setEnabled(false);
    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(m_duplicates);
    duplicates->addWidget(m_overwrite);
    duplicates->addStretch();
    form->addRow(tr("Contacts that already exist (same phone or email):"), duplicates);
    layout->addLayout(form);

    m_mapping = new QTableWidget(page);
    m_mapping->setObjectName(QStringLiteral("columnMappingTable"));
    m_mapping->setAccessibleName(tr("Columns of the file"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Imports as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mapping, 1);
    auto *unmatched = new QLabel(
        tr("A column that matches no field of the team is not imported; choose “New custom "
           "field” to make a team field of it (Heymarket cannot delete a field again)."),
        page);
    unmatched->setWordWrap(true);
    layout->addWidget(unmatched);

    // With several phone (email) columns: the order they are tried in for
    // the contact's phone (email); the values after the first become
    // further numbers (addresses) of the contact.
    m_orderBox = new QWidget(page);
    auto *orderLayout = new QHBoxLayout(m_orderBox);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    const auto addOrderList = [this, orderLayout](QListWidget **list, const QString &label,
                                                  const QString &name) {
        auto *box = new QWidget(m_orderBox);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(label, box);
        title->setWordWrap(true);
        *list = new QListWidget(box);
        (*list)->setObjectName(name);
        (*list)->setAccessibleName(title->text().remove(QLatin1Char('&')));
        (*list)->setDragDropMode(QAbstractItemView::InternalMove);
        (*list)->setMaximumHeight(fontMetrics().height() * 5);
        title->setBuddy(*list);
        auto *buttons = new QHBoxLayout;
        auto *up = new QPushButton(tr("Try earlier"), box);
        auto *down = new QPushButton(tr("Try later"), box);
        QListWidget *widget = *list;
        const auto move = [widget](int by) {
            const int row = widget->currentRow();
            if (row < 0 || row + by < 0 || row + by >= widget->count())
                return;
            QListWidgetItem *item = widget->takeItem(row);
            widget->insertItem(row + by, item);
            widget->setCurrentRow(row + by);
        };
        connect(up, &QPushButton::clicked, box, [move] { move(-1); });
        connect(down, &QPushButton::clicked, box, [move] { move(1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        column->addWidget(title);
        column->addWidget(*list);
        column->addLayout(buttons);
        orderLayout->addWidget(box);
    };
    addOrderList(&m_phoneOrder,
                 tr("&Phone columns, in the order they are tried for the contact's phone (the "
                    "other numbers are added to the contact):"),
                 QStringLiteral("phoneOrderList"));
    addOrderList(&m_emailOrder,
                 tr("E&mail columns, in the order they are tried for the contact's email (the "
                    "other addresses are added to the contact):"),
                 QStringLiteral("emailOrderList"));
    layout->addWidget(m_orderBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *cancel = new QPushButton(tr("Cancel"), page);
    connect(cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    m_checkButton = new QPushButton(tr("&Check rows"), page);
    m_checkButton->setDefault(true);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportWizard::check);
    buttons->addWidget(cancel);
    buttons->addWidget(m_checkButton);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::readHeader);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::readHeader);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this,
            [this] { m_overwrite->setEnabled(m_duplicates->currentData().toBool()); });
}

void ImportWizard::readHeader()
{
    if (m_work == Work::ReadHeader) {
        m_headerAgain = true; // read again with the new choice once this one ends
        stopWork();
        return;
    }
    if (m_work != Work::None)
        return; // the combos are disabled while anything else is read
    m_plan.csv.encoding = Csv::Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    m_plan.csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    m_headerReady = false;
    runWorker<std::shared_ptr<Sync::Preview>>(
        Work::ReadHeader,
        [](const Sync::ImportPlan &plan) {
            return std::make_shared<Sync::Preview>(
                Sync::ImportSession::header(plan.path, plan.csv, sampleRows));
        },
        [this](std::shared_ptr<Sync::Preview> head, bool) {
            if (std::exchange(m_headerAgain, false)) {
                readHeader();
                return;
            }
            showHeader(*head);
        });
}

void ImportWizard::showHeader(const Sync::Preview &head)
{
    m_header = head.header;
    m_samples.clear();
    for (const Sync::PreviewRow &row : head.first)
        m_samples.append(row.fields);
    QString problem = head.error;
    // A vCard file has no separator, and says its encoding per value.
    m_vCard = !m_header.isEmpty() && head.delimiter.isNull();
    m_encoding->setEnabled(!m_vCard && m_work == Work::None);
    m_delimiter->setEnabled(!m_vCard && m_work == Work::None);
    if (m_vCard)
        m_fileLabel->setText(
            tr("%1 — vCard file (%2).")
                .arg(QDir::toNativeSeparators(m_plan.path), Csv::encodingName(head.encoding)));
    else if (!m_header.isEmpty())
        m_fileLabel->setText(
            tr("%1 — %2, separated by “%3”, %Ln column(s).", nullptr, int(m_header.size()))
                .arg(QDir::toNativeSeparators(m_plan.path), Csv::encodingName(head.encoding),
                     head.delimiter == u'\t' ? tr("tab") : QString(head.delimiter)));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_checkButton->setEnabled(!m_header.isEmpty());
    if (m_header.isEmpty())
        m_fileLabel->setText(QDir::toNativeSeparators(m_plan.path));
    // The mapping remembered for this layout, else a guess from the headers.
    // A guessed column that matches nothing the team has is not imported
    // until the user makes it a new field: Heymarket's API cannot delete a
    // team field again, so none is made without asking.
    bool remembered = false;
    m_plan.mapping =
        Sync::ImportSession::mappingFor(m_header, m_settings, m_store->customFields(), &remembered);
    if (!remembered)
        for (Import::ColumnMapping &column : m_plan.mapping.columns)
            if (column.target == Target::CustomField && !column.customFieldId)
                column = {};
    fillMappingTable();
    m_headerReady = true;
    Q_EMIT headerRead();
    if (std::exchange(m_checkWanted, false))
        check();
}

void ImportWizard::fillMappingTable()
{
    const QList<CustomField> fields = m_store->customFields();
    m_mapping->setRowCount(int(m_header.size()));
    for (int column = 0; column < m_header.size(); ++column) {
        auto *name = new QTableWidgetItem(m_header.at(column));
        m_mapping->setItem(column, 0, name);
        QStringList values;
        for (const QStringList &sample : std::as_const(m_samples))
            if (!sample.value(column).isEmpty())
                values.append(sample.value(column));
        m_mapping->setItem(column, 1, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("Column “%1” imports as").arg(m_header.at(column)));
        for (const TargetChoice &choice : targetChoices)
            combo->addItem(tr(choice.label), choiceData(choice.target));
        for (const CustomField &field : fields)
            combo->addItem(tr("Custom field “%1”").arg(field.title),
                           choiceData(Target::CustomField, field.id));
        combo->addItem(tr("New custom field “%1”").arg(m_header.at(column)),
                       choiceData(Target::CustomField, newFieldMarker));
        const Import::ColumnMapping &map = m_plan.mapping.columns.value(column);
        const qint64 fieldId =
            map.target == Target::CustomField ? (map.customFieldId ? map.customFieldId : -1) : 0;
        combo->setCurrentIndex(std::max(0, combo->findData(choiceData(map.target, fieldId))));
        m_mapping->setCellWidget(column, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::fillOrderLists);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(2);
    m_phoneOrder->clear();
    m_emailOrder->clear();
    fillOrderLists();
}

QList<int> ImportWizard::orderFromList(const QListWidget *list) const
{
    QList<int> order;
    for (int row = 0; row < list->count(); ++row)
        order.append(list->item(row)->data(Qt::UserRole).toInt());
    return order;
}

void ImportWizard::fillOrderLists()
{
    // The order shown so far (or the remembered one) for the columns that
    // still are of the kind; new ones after them (Import::valueOrder).
    Import::Mapping mapping;
    for (int column = 0; column < m_header.size(); ++column)
        mapping.columns.append(mappingFromCombo(column));
    const bool fresh = m_phoneOrder->count() == 0 && m_emailOrder->count() == 0;
    mapping.phoneOrder = fresh ? m_plan.mapping.phoneOrder : orderFromList(m_phoneOrder);
    mapping.emailOrder = fresh ? m_plan.mapping.emailOrder : orderFromList(m_emailOrder);
    for (const auto &[list, emails] :
         {std::pair{m_phoneOrder, false}, std::pair{m_emailOrder, true}}) {
        list->clear();
        for (int column : Import::valueOrder(mapping, emails)) {
            auto *item = new QListWidgetItem(m_header.value(column), list);
            item->setData(Qt::UserRole, column);
        }
        list->parentWidget()->setVisible(list->count() > 1);
    }
    m_orderBox->setVisible(m_phoneOrder->count() > 1 || m_emailOrder->count() > 1);
}

Import::ColumnMapping ImportWizard::mappingFromCombo(int column) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 2));
    if (!combo)
        return {};
    const qint64 choice = combo->currentData().toLongLong();
    Import::ColumnMapping map;
    map.target = Target(choice & 0xff);
    const qint64 fieldId = choice >> 8;
    if (map.target == Target::CustomField) {
        map.customFieldId = fieldId > 0 ? fieldId : 0;
        map.customTitle = m_header.value(column);
        for (const CustomField &field : m_store->customFields())
            if (field.id == fieldId)
                map.customTitle = field.title;
    }
    return map;
}

void ImportWizard::setTarget(int column, Import::Target target, qint64 customFieldId)
{
    auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 2));
    if (!combo)
        return;
    const qint64 field = target == Target::CustomField ? (customFieldId ? customFieldId : -1) : 0;
    combo->setCurrentIndex(combo->findData(choiceData(target, field)));
}

void ImportWizard::setUpdateExisting(bool update, bool overwrite)
{
    m_duplicates->setCurrentIndex(update ? 1 : 0);
    m_overwrite->setChecked(overwrite);
}

void ImportWizard::check()
{
    if (m_work == Work::ReadHeader) {
        m_checkWanted = true;
        return;
    }
    if (m_header.isEmpty() || m_work != Work::None || m_lookingUp)
        return;
    m_plan.mapping.columns.clear();
    bool phone = false;
    bool owner = false;
    for (int column = 0; column < m_header.size(); ++column) {
        m_plan.mapping.columns.append(mappingFromCombo(column));
        const Target target = m_plan.mapping.columns.last().target;
        phone = phone || target == Target::Phone || target == Target::ExtraPhone;
        owner = owner || target == Target::Owner;
    }
    m_plan.mapping.phoneOrder = orderFromList(m_phoneOrder);
    m_plan.mapping.emailOrder = orderFromList(m_emailOrder);
    m_plan.storeFile = m_store->path(); // rows that change nothing are counted unchanged
    m_ownerRows.clear();
    if (!phone) {
        m_error->setText(tr("No column imports as the phone number: choose the column that holds "
                            "it (every Heymarket contact has one)."));
        m_error->show();
        return;
    }
    m_plan.options.region = m_region->currentData().toString();
    m_plan.options.updateExisting = m_duplicates->currentData().toBool();
    m_plan.options.overwrite = m_plan.options.updateExisting && m_overwrite->isChecked();
    m_plan.fixes = m_model->fixes();
    m_plan.ownerEmails.reset();
    m_error->hide();
    Import::TeamIndex team = Sync::ImportSession::teamIndex(*m_store);
    // Without a connection, owner emails stay unknown (nothing to look up
    // with) until it comes (setUploader()).
    m_ownersUnresolved = owner && !m_uploader;
    if (!m_uploader || !owner) {
        runPreview(std::move(team));
        return;
    }
    // Owners given by email are looked up first (the team listing has
    // names): the file's emails are read on the worker, the requests go
    // from here.
    runWorker<QStringList>(
        Work::LookUpOwners,
        [team](const Sync::ImportPlan &plan) {
            return Sync::ImportSession::ownerEmails(plan, team);
        },
        [this, team](QStringList emails, bool stopped) {
            if (stopped) {
                m_error->setText(tr("The check was stopped."));
                m_error->show();
                return;
            }
            m_plan.ownerEmails = emails;
            QPointer<ImportWizard> self(this);
            m_lookingUp = true; // no second check meanwhile
            m_checkButton->setEnabled(false);
            m_uploader->resolveOwnerEmails(
                m_plan, team, this, [self](Import::TeamIndex resolved, const QString &problem) {
                    if (!self)
                        return;
                    self->m_lookingUp = false;
                    if (!problem.isEmpty()) {
                        self->m_error->setText(problem);
                        self->m_error->show();
                    }
                    self->runPreview(std::move(resolved));
                });
        });
}

void ImportWizard::runPreview(Import::TeamIndex team)
{
    m_teamBase = team;
    // The members the user chose for owners the team does not know.
    Sync::ImportSession::applyOwnerChoices(team, m_settings, m_store->members());
    m_team = team;
    runWorker<std::shared_ptr<Sync::Preview>>(
        Work::CheckRows,
        [this, team = std::move(team)](const Sync::ImportPlan &plan) {
            return std::make_shared<Sync::Preview>(
                Sync::ImportSession::preview(plan, team, [this](qint64 done, qint64 total) {
                    workProgress(done, total);
                    return true;
                }));
        },
        [this](std::shared_ptr<Sync::Preview> result, bool stopped) {
            if (stopped) {
                m_error->setText(tr("The check was stopped; nothing was sent."));
                m_error->show();
                return;
            }
            m_preview = std::make_unique<Sync::Preview>(std::move(*result));
            m_plan.checked = m_preview->checked; // the upload refuses a file changed since
            if (!m_preview->error.isEmpty()) {
                m_error->setText(m_preview->error); // the readers name the line
                m_error->show();
            } else {
                m_error->hide();
            }
            m_model->setPreview(m_preview.get());
            for (auto it = m_preview->unknownOwners.cbegin(); it != m_preview->unknownOwners.cend();
                 ++it)
                m_ownerRows.insert(it.key(), it.value());
            fillOwnerTable();
            showCounts();
            m_pages->setCurrentIndex(CheckPage);
            Q_EMIT checked();
            if (std::exchange(m_recheckOwners, false) && m_ownersUnresolved && m_uploader)
                check(); // the connection came while this check ran
        });
}

// ---------------------------------------------------------------- check

void ImportWizard::buildCheckPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_counts = new QLabel(page);
    m_counts->setTextFormat(Qt::PlainText); // the file's column names
    m_counts->setAccessibleName(tr("What the import will do"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    auto *filter = new QHBoxLayout;
    m_show = new QComboBox(page);
    m_show->setAccessibleName(tr("Rows shown"));
    m_show->addItem(tr("Rows that need attention"),
                    int(Models::ImportPreviewModel::Show::Attention));
    m_show->addItem(tr("Invalid rows"), int(Models::ImportPreviewModel::Show::Invalid));
    m_show->addItem(tr("Skipped rows"), int(Models::ImportPreviewModel::Show::Skipped));
    m_show->addItem(tr("Rows with a warning"), int(Models::ImportPreviewModel::Show::Warnings));
    m_show->addItem(tr("The first rows of the file"), int(Models::ImportPreviewModel::Show::First));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(Models::ImportPreviewModel::Show(m_show->currentData().toInt()));
    });
    auto *showLabel = new QLabel(tr("S&how:"), page);
    showLabel->setBuddy(m_show);
    filter->addWidget(showLabel);
    filter->addWidget(m_show);
    filter->addStretch();
    m_saveProblems = new QPushButton(tr("Save rows with problems…"), page);
    m_saveProblems->setObjectName(QStringLiteral("saveProblemRows"));
    m_saveProblems->setEnabled(false); // until a check finds some
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportWizard::saveProblemRowsAs);
    filter->addWidget(m_saveProblems);
    layout->addLayout(filter);
    m_ownerBox = new QWidget(page);
    auto *ownerLayout = new QVBoxLayout(m_ownerBox);
    ownerLayout->setContentsMargins(0, 0, 0, 0);
    auto *ownerTitle = new QLabel(
        tr("&Owners no team member answers to: their contacts are imported unassigned, or "
           "choose a member for each (remembered for the next import)."),
        m_ownerBox);
    ownerTitle->setWordWrap(true);
    m_owners = new QTableWidget(m_ownerBox);
    m_owners->setObjectName(QStringLiteral("ownerMapTable"));
    m_owners->setAccessibleName(tr("Owners of the file"));
    m_owners->setColumnCount(3);
    m_owners->setHorizontalHeaderLabels({tr("Owner in the file"), tr("Rows"), tr("Assign to")});
    m_owners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_owners->verticalHeader()->hide();
    m_owners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_owners->setMaximumHeight(fontMetrics().height() * 8);
    ownerTitle->setBuddy(m_owners);
    ownerLayout->addWidget(ownerTitle);
    ownerLayout->addWidget(m_owners);
    m_ownerBox->hide();
    layout->addWidget(m_ownerBox);
    m_rows = new QTableView(page);
    m_rows->setObjectName(QStringLiteral("checkedRowsTable"));
    m_rows->setAccessibleName(tr("Checked rows"));
    m_rows->setModel(m_model);
    // The line numbers in the row header and the selected row's problems
    // under the table: both stay in view while the values scroll sideways.
    m_rows->hideColumn(Models::ImportPreviewModel::Line);
    m_rows->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_rows, 1);
    m_rowProblems = new QLabel(page);
    m_rowProblems->setObjectName(QStringLiteral("rowProblemsLabel"));
    m_rowProblems->setTextFormat(Qt::PlainText); // they quote the file
    m_rowProblems->setWordWrap(true);
    setTone(m_rowProblems, ContrastColors::Tone::Error);
    layout->addWidget(m_rowProblems);
    const auto showRowProblems = [this] {
        const QModelIndex current = m_rows->currentIndex();
        const QString problems =
            current.isValid() ? m_model->index(current.row(), Models::ImportPreviewModel::Problems)
                                    .data()
                                    .toString()
                              : QString();
        m_rowProblems->setText(
            problems.isEmpty()
                ? QString()
                : tr("Line %1: %2")
                      .arg(m_model->headerData(current.row(), Qt::Vertical).toString(), problems));
        m_rowProblems->setVisible(!problems.isEmpty());
    };
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentChanged, this, showRowProblems);
    connect(m_model, &QAbstractItemModel::dataChanged, this, showRowProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, showRowProblems);
    connect(m_model, &Models::ImportPreviewModel::countsChanged, this, &ImportWizard::showCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_rows->hideColumn(Models::ImportPreviewModel::Line); // the row header says it
        m_rows->resizeColumnsToContents();
        if (m_rows->columnWidth(Models::ImportPreviewModel::Problems) > 420)
            m_rows->setColumnWidth(Models::ImportPreviewModel::Problems, 420);
    });

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(ColumnsPage); });
    auto *cancel = new QPushButton(tr("Cancel"), page);
    connect(cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    m_importButton = new QPushButton(tr("&Import"), page); // the count follows the check
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportWizard::startUpload);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_importButton);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

void ImportWizard::showCounts()
{
    const Import::Counts counts = m_preview ? m_preview->counts() : Import::Counts();
    const qint64 rows = m_preview ? m_preview->rows : 0;
    if (m_preview && !m_preview->error.isEmpty()) {
        // What was read before the problem is not what the file holds.
        m_counts->setText(tr("The file could not be read to its end (see above), so nothing is "
                             "imported from it: correct the file and check it again."));
        m_importButton->setText(tr("&Import %Ln contact(s)", nullptr, 0));
        m_importButton->setEnabled(false);
        m_saveProblems->setEnabled(false);
        return;
    }
    QString text = tr("%Ln row(s) read: ", nullptr, int(rows)) +
                   tr("%L1 new, %L2 to update, %L3 unchanged, %L4 skipped, %L5 invalid.")
                       .arg(counts.newRows)
                       .arg(counts.updates)
                       .arg(counts.unchanged)
                       .arg(counts.skipped)
                       .arg(counts.invalid);
    if (counts.ownerNotFound)
        text += QLatin1Char(' ') + tr("%Ln row(s): owner not found, will be unassigned.", nullptr,
                                      counts.ownerNotFound);
    if (m_preview && m_preview->attentionCut)
        text += QLatin1Char(' ') + tr("Only the first %L1 rows that need attention are listed.")
                                       .arg(Sync::Preview::maxKept);
    if (counts.invalid)
        text += QLatin1Char(' ') +
                tr("Invalid rows are left out; correct a cell to check its row again.");
    if (m_preview)
        for (const QString &warning : std::as_const(m_preview->warnings))
            text += QLatin1Char(' ') + warning;
    QStringList ignored;
    for (int column = 0; column < m_plan.mapping.columns.size(); ++column)
        if (m_plan.mapping.columns.at(column).target == Target::Ignore)
            ignored.append(QStringLiteral("“%1”").arg(m_header.value(column)));
    if (!ignored.isEmpty())
        text += QLatin1Char(' ') + tr("Not imported: %1.", nullptr, int(ignored.size()))
                                       .arg(ignored.join(QLatin1String(", ")));
    m_counts->setText(text);
    m_saveProblems->setEnabled(counts.invalid > 0);
    const int sending = counts.newRows + counts.updates;
    m_importButton->setText(tr("&Import %Ln contact(s)", nullptr, sending));
    m_importButton->setEnabled(sending > 0 && m_preview && m_preview->error.isEmpty());
}

bool ImportWizard::saveProblemRows(const QString &fileName, QString *error)
{
    QHash<qint64, QString> reasons;
    if (m_importId) {
        Store::ImportJournal journal(m_store);
        for (const Store::ImportRow &row :
             journal.rows(m_importId,
                          {Store::ImportRow::State::Failed, Store::ImportRow::State::UndoFailed}))
            reasons.insert(row.line, row.error);
    }
    if (m_preview)
        for (const Sync::PreviewRow &row : std::as_const(m_preview->attention))
            if (row.action == Import::Row::Action::Invalid)
                reasons.insert(row.line, row.problems.join(QLatin1String("; ")));
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    Sync::ImportPlan plan = m_plan;
    plan.fixes = m_model->fixes();
    return Sync::ImportSession::writeRows(plan, reasons, &file, error) >= 0;
}

void ImportWizard::saveProblemRowsAs()
{
    const QFileInfo source(m_plan.path);
    const QString name = Dialogs::saveFileName(
        this, tr("Save rows with problems"),
        source.dir().filePath(source.completeBaseName() + tr("-problems") + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!saveProblemRows(name, &error))
        Dialogs::warning(this, tr("Rows not saved"), error);
}

// ---------------------------------------------------------------- upload

void ImportWizard::buildUploadPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_uploadState = new QLabel(page);
    m_uploadState->setObjectName(QStringLiteral("uploadState"));
    m_uploadState->setTextFormat(Qt::PlainText); // may quote the server
    m_uploadState->setWordWrap(true);
    layout->addWidget(m_uploadState);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Rows sent"));
    layout->addWidget(m_progress);
    m_eta = new QLabel(page);
    layout->addWidget(m_eta);
    m_report = new QLabel(page);
    m_report->setTextFormat(Qt::PlainText); // the server's messages
    m_report->setWordWrap(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_report);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    m_saveFailed = new QPushButton(tr("Save failed rows…"), page);
    connect(m_saveFailed, &QPushButton::clicked, this, &ImportWizard::saveProblemRowsAs);
    m_undo = new QPushButton(tr("&Undo this import"), page);
    connect(m_undo, &QPushButton::clicked, this, &ImportWizard::undoImport);
    m_cancel = new QPushButton(tr("Cancel"), page);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_uploader)
            m_uploader->cancel();
        m_cancel->setEnabled(false);
        m_uploadState->setText(tr("Stopping after the rows on their way…"));
    });
    m_close = new QPushButton(tr("Close"), page);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(m_saveFailed);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

void ImportWizard::fillOwnerTable()
{
    const QList<TeamMember> members = m_store->members();
    const QHash<QString, qint64> choices = Sync::ImportSession::ownerChoices(m_settings);
    m_owners->setRowCount(int(m_ownerRows.size()));
    int row = 0;
    for (auto it = m_ownerRows.cbegin(); it != m_ownerRows.cend(); ++it, ++row) {
        m_owners->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_owners->setItem(row, 1, new QTableWidgetItem(QLocale().toString(it.value())));
        auto *combo = new QComboBox(m_owners);
        combo->setAccessibleName(tr("Contacts owned by “%1” go to").arg(it.key()));
        combo->addItem(tr("Nobody (warn on each row)"), qint64(-1));
        combo->addItem(tr("Nobody: leave them unassigned"), qint64(0));
        for (const TeamMember &member : members)
            combo->addItem(member.name, member.id);
        combo->setCurrentIndex(
            std::max(0, combo->findData(choices.value(it.key().toLower(), qint64(-1)))));
        const QString value = it.key();
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, value] {
            Sync::ImportSession::setOwnerChoice(m_settings, value,
                                                combo->currentData().toLongLong());
            if (m_work == Work::None && !m_lookingUp)
                runPreview(m_teamBase); // the counts and warnings follow the choice
        });
        m_owners->setCellWidget(row, 2, combo);
    }
    m_owners->resizeColumnToContents(1);
    m_owners->resizeColumnToContents(2);
    m_ownerBox->setVisible(!m_ownerRows.isEmpty());
}

void ImportWizard::rememberMapping()
{
    if (m_settings)
        m_settings->setValue(Import::mappingSettingsKey(m_header),
                             Import::mappingToJson(m_plan.mapping));
}

void ImportWizard::startUpload()
{
    if (!m_preview || m_importId || m_work != Work::None)
        return;
    m_plan.fixes = m_model->fixes();
    rememberMapping();
    // One process sends an account's imports at a time (a running
    // contactdesk-cli import, say): nothing is staged while another does.
    if (QString owner; m_uploader && m_uploader->heldElsewhere(&owner)) {
        m_error->setText(tr("%1 is sending an import to this account; import this file when it "
                            "is done. Nothing was sent.")
                             .arg(owner));
        m_error->show();
        Q_EMIT prepared(false);
        return;
    }
    // The file is read again on the worker (the file must still be the one
    // checked: what the user saw is what goes); the journal is written here.
    runWorker<Sync::StagingRead>(
        Work::Stage,
        [this, team = m_team](const Sync::ImportPlan &plan) {
            return Sync::ImportSession::readForStaging(
                plan, team, [this](qint64 done, qint64 total) { workProgress(done, total); });
        },
        [this](Sync::StagingRead read, bool stopped) { finishStaging(read, stopped); });
}

void ImportWizard::finishStaging(const Sync::StagingRead &read, bool stopped)
{
    if (stopped) {
        // Stopped (or the wizard closed): nothing is staged, whatever was read.
        m_error->setText(tr("The import was stopped before anything was sent."));
        m_error->show();
        Q_EMIT prepared(false);
        return;
    }
    if (read.changed) {
        m_error->setText(
            tr("%1 Nothing was sent: go back and check the file again.").arg(read.error));
        m_error->show();
        Q_EMIT prepared(false);
        return;
    }
    QString error;
    m_importId = Sync::ImportSession::commitStaging(m_plan, read, m_store, &error);
    if (!m_importId) {
        m_error->setText(tr("The import could not be prepared: %1").arg(error));
        m_error->show();
        Q_EMIT prepared(false);
        return;
    }
    m_error->hide();
    m_pages->setCurrentIndex(UploadPage);
    const auto record = Store::ImportJournal(m_store).import(m_importId);
    m_progress->setRange(0, record ? std::max(1, record->total) : 1);
    m_progress->setValue(0);
    m_report->clear();
    m_saveFailed->setEnabled(false);
    m_undo->setEnabled(false);
    m_close->setEnabled(false);
    m_cancel->setEnabled(true);
    Q_EMIT prepared(true);
    if (!m_uploader) {
        m_uploadState->setText(tr("Not connected to the server: the import is kept and is sent "
                                  "as soon as the account connects."));
        m_close->setEnabled(true);
        m_cancel->setEnabled(false);
        m_sendWhenConnected = true;
        return;
    }
    sendStaged();
}

void ImportWizard::sendStaged()
{
    const auto record = Store::ImportJournal(m_store).import(m_importId);
    m_close->setEnabled(false);
    m_cancel->setEnabled(true);
    if (m_uploader->isRunning() && m_uploader->importId() != m_importId) {
        // Another import this account waited to send goes first (one at a time).
        m_uploadState->setText(tr("Waiting for the import sent before this one to end…"));
        m_sendWhenConnected = true;
        return;
    }
    m_uploadState->setText(tr("Sending %Ln contact(s)…", nullptr, record ? record->total : 0));
    // The window may have resumed it already (it was waiting in the journal).
    if (!m_uploader->isRunning())
        m_uploader->start(m_importId);
}

QString ImportWizard::createdFieldsNote(const Store::ImportRecord &record)
{
    // Heymarket's API cannot delete a custom field: undoing the import
    // leaves the fields it created, and says so before it starts.
    QStringList titles;
    for (const QJsonValue &title : record.options.value(QStringLiteral("new_fields")).toArray())
        if (!title.toString().isEmpty())
            titles.append(QStringLiteral("“%1”").arg(title.toString()));
    if (titles.isEmpty())
        return {};
    return tr("The custom field(s) %1 the import created stay: Heymarket's API cannot delete a "
              "field. Remove them in Heymarket if they are not wanted.",
              nullptr, int(titles.size()))
        .arg(titles.join(QStringLiteral(", ")));
}

void ImportWizard::undoImport()
{
    if (!m_importId || !m_uploader || m_uploader->isRunning())
        return;
    Dialogs::Confirmation ask;
    ask.title = tr("Undo this import?");
    ask.text = tr("The contacts this import created are deleted, and the contacts it updated get "
                  "their previous values back.");
    ask.action = tr("Undo the import");
    ask.destructive = true;
    if (const auto record = Store::ImportJournal(m_store).import(m_importId))
        ask.informativeText = createdFieldsNote(*record);
    if (!Dialogs::confirm(this, ask))
        return;
    m_undoing = true;
    m_undo->setEnabled(false);
    m_close->setEnabled(false);
    m_cancel->setEnabled(true);
    m_report->clear();
    m_uploadState->setText(tr("Taking the import back…"));
    m_uploader->startUndo(m_importId);
}

void ImportWizard::onProgress(qint64 importId, int answered, int total, qint64 etaMs)
{
    if (importId != m_importId)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(answered);
    m_eta->setText(etaMs < 0 ? QString()
                   : etaMs < 60000
                       ? tr("About %Ln second(s) left", nullptr, int((etaMs + 999) / 1000))
                       : tr("About %Ln minute(s) left", nullptr, int((etaMs + 59999) / 60000)));
}

void ImportWizard::onFinished(qint64 importId, bool cancelled, const QString &message)
{
    if (importId != m_importId) {
        // The one this import waited for ended: this one goes (once the
        // uploader has put the other away).
        if (m_sendWhenConnected && m_importId)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_uploader && std::exchange(m_sendWhenConnected, false))
                        sendStaged();
                },
                Qt::QueuedConnection);
        return;
    }
    m_eta->clear();
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    const auto record = Store::ImportJournal(m_store).import(importId);
    if (!record)
        return;
    QStringList lines;
    if (m_undoing) {
        m_uploadState->setText(tr("The import was taken back."));
        lines << tr("%Ln row(s) undone.", nullptr, record->undone);
        if (record->undoFailed)
            lines << tr("%Ln row(s) could not be undone.", nullptr, record->undoFailed);
    } else {
        m_uploadState->setText(cancelled ? tr("The import was stopped; the rows not sent yet "
                                              "are kept and go out when you resume it.")
                                         : tr("The import is done."));
        lines << tr("%Ln contact(s) created.", nullptr, record->created)
              << tr("%Ln contact(s) updated.", nullptr, record->updated);
        if (record->failed)
            lines << tr("%Ln row(s) failed: save them to see why, correct them and import them "
                        "again.",
                        nullptr, record->failed);
        if (record->pending)
            lines << tr("%Ln row(s) not sent yet.", nullptr, record->pending);
    }
    if (!message.isEmpty())
        lines << message;
    m_report->setText(lines.join(QLatin1Char('\n')));
    m_saveFailed->setEnabled(record->failed + record->undoFailed > 0 ||
                             (m_preview && m_preview->counts().invalid > 0));
    m_undo->setEnabled(!m_undoing && record->done > 0);
    m_undoing = false;
    Q_EMIT uploaded();
}

void ImportWizard::reject()
{
    stopWork(); // a reading on its way: nothing is staged from it
    if (m_uploader && m_uploader->isRunning() && m_uploader->importId() == m_importId) {
        // Closing does not lose the upload: it stops after the batch on its
        // way, and the rest stays saved to resume.
        m_uploader->cancel();
    }
    QDialog::reject();
}

} // namespace ContactDesk::Views
