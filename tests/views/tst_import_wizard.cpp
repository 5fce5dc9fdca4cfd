// The import wizard as a person uses it, against a sandbox: a CSV dropped on
// the main window, the columns, the check with a row corrected in its cell,
// the upload, the saved problem rows, undo; the remembered mapping; the
// preview model under QAbstractItemModelTester; export from the window, and
// export and import from its menus (the choice and the file through the
// dialog seam).

#include "api/HeymarketClient.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/ImportPreviewModel.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"
#include "sync/SyncEngine.h"
#include "tests/common/DialogAnswer.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/ShownContacts.h"
#include "tests/common/SyncWait.h"
#include "tests/common/SyncedTeam.h"
#include "tests/common/TestFiles.h"
#include "views/ImportWizard.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace ContactDesk;
using namespace ContactDesk::Tests;
using Models::ImportPreviewModel;

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncedTeam m_team;
    std::unique_ptr<Sync::ImportUploader> m_uploader;
    std::unique_ptr<QSettings> m_settings;
    ShownContacts m_shown;
    Views::MainWindow *m_window = nullptr;
    Models::ContactFilterModel *m_filtered = nullptr;

    static QByteArray sampleCsv()
    {
        return "First Name,Last Name,Phone Number,Email,List\n"
               "Ada,Nova,(415) 555-0142,ada@example.com,Gala\n"
               "Bea,Nova,555,bea@example.com,Gala\n" // invalid phone: fixed in its cell
               "Cid,Nova,+44 20 7946 0123,cid@,\n"   // invalid email: stays invalid
               "Dee,Nova,+1 415 555 0142,,\n";       // the same phone as Ada: skipped
    }

    // The header is read on a worker thread: waits for it.
    static bool headerIn(Views::ImportWizard *wizard)
    {
        if (wizard->headerReady())
            return true;
        QSignalSpy read(wizard, &Views::ImportWizard::headerRead);
        return read.wait(20000);
    }

    // Drags a file onto the window and drops it, as from a file manager;
    // false when the window did not accept it.
    bool dropOnWindow(const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &drop);
        return true;
    }

    // Opens the wizard on a file, and (unless check is false) checks it.
    Views::ImportWizard *openChecked(const QString &path, bool check = true)
    {
        Views::ImportWizard *wizard = m_window->openImport(path);
        if (!wizard || !headerIn(wizard))
            return nullptr;
        if (!check)
            return wizard;
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        return checked.wait(20000) ? wizard : nullptr;
    }
    static bool checkAgain(Views::ImportWizard *wizard)
    {
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        return checked.wait(20000);
    }
    static bool upload(Views::ImportWizard *wizard)
    {
        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        wizard->startUpload();
        return uploaded.wait(30000);
    }
    // The sandbox's contact with this phone (v1), or an empty object.
    QJsonObject serverContact(const QString &phone) const
    {
        return m_team.sandbox
            ->post(QStringLiteral("/v1/contact/get"), QJsonObject{{QStringLiteral("phone"), phone}})
            .object();
    }

private Q_SLOTS:
    void init()
    {
        answerDialogsInTests();
        Sandbox::Options options;
        options.rateLimitPerMinute = 100000;
        const QString problem = m_team.startForTest(m_dir, 40, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_uploader = std::make_unique<Sync::ImportUploader>(m_team.client, m_team.store);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        Views::MainWindow *window = m_shown.open(m_team.store);
        window->setImportUploader(m_uploader.get());
        window->setSettings(m_settings.get());
        QVERIFY(m_shown.show());
        m_window = window;
        m_filtered = m_shown.filtered.get();
        QTRY_COMPARE(m_filtered->rowCount(), 40);
    }

    void cleanup()
    {
        QCOMPARE(Views::Dialogs::unusedAnswers(), 0);
        m_shown.reset();
        m_uploader.reset();
        m_team.reset();
        m_settings.reset();
    }

    void previewModelFixesRowsUnderTheTester()
    {
        Sync::ImportPlan plan;
        plan.path = Tests::writeFile(m_dir, QStringLiteral("model.csv"), sampleCsv());
        plan.mapping = Import::guessMapping(Sync::ImportSession::header(plan.path, {}).header, {});
        Sync::Preview preview =
            Sync::ImportSession::preview(plan, Sync::ImportSession::teamIndex(*m_team.store));
        QCOMPARE(preview.counts().invalid, 2);
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ImportPreviewModel::countsChanged);
        model.setPreview(&preview);
        QCOMPARE(model.rowCount(), 3); // two invalid, one skipped
        QCOMPARE(model.columnCount(), ImportPreviewModel::FirstField + 5);
        QCOMPARE(model.headerData(ImportPreviewModel::FirstField + 2, Qt::Horizontal).toString(),
                 QStringLiteral("Phone Number"));
        model.setShow(ImportPreviewModel::Show::Invalid);
        QCOMPARE(model.rowCount(), 2);
        model.setShow(ImportPreviewModel::Show::Skipped);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportPreviewModel::Line).data().toInt(), 5);
        model.setShow(ImportPreviewModel::Show::First);
        QCOMPARE(model.rowCount(), 4);
        model.setShow(ImportPreviewModel::Show::Invalid);

        // Correcting Bea's phone in its cell checks the row again.
        const QModelIndex phone = model.index(0, ImportPreviewModel::FirstField + 2);
        QCOMPARE(model.index(0, ImportPreviewModel::Line).data().toInt(), 3);
        QVERIFY(model.flags(phone) & Qt::ItemIsEditable);
        QVERIFY(model.setData(phone, QStringLiteral("(415) 555-0199")));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(preview.counts().invalid, 1);
        QCOMPARE(preview.counts().newRows, 2);
        QCOMPARE(model.index(0, ImportPreviewModel::Result).data().toString(), tr("New"));
        QCOMPARE(model.fixes().value(3).value(2), QStringLiteral("(415) 555-0199"));
        // Making it Ada's number makes it a duplicate.
        QVERIFY(model.setData(phone, QStringLiteral("415 555 0142")));
        QCOMPARE(preview.counts().skipped, 2);
        QCOMPARE(preview.counts().newRows, 1);
    }

    void droppedFileImportsThenUndoes()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("dropped.csv"), sampleCsv());
        QVERIFY(dropOnWindow(path));
        auto *wizard = m_window->findChild<Views::ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->page(), int(Views::ImportWizard::ColumnsPage));
        QVERIFY(headerIn(wizard));
        // The columns were guessed from the headers.
        auto *mapping = wizard->findChild<QTableWidget *>(QStringLiteral("columnMappingTable"));
        QCOMPARE(mapping->rowCount(), 5);
        auto *phoneCombo = qobject_cast<QComboBox *>(mapping->cellWidget(2, 2));
        QCOMPARE(phoneCombo->currentText(), tr("Phone number"));

        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->page(), int(Views::ImportWizard::CheckPage));
        QCOMPARE(wizard->preview()->counts().newRows, 1);
        QCOMPARE(wizard->preview()->counts().invalid, 2);
        // The file's line is each row's header (in view however far the
        // values scroll sideways); the current row's problems show under
        // the table.
        ImportPreviewModel *model = wizard->previewModel();
        auto *rows = wizard->findChild<QTableView *>(QStringLiteral("checkedRowsTable"));
        QVERIFY(rows->isColumnHidden(ImportPreviewModel::Line));
        QVERIFY(rows->verticalHeader()->isVisible());
        QCOMPARE(model->headerData(0, Qt::Vertical).toLongLong(),
                 model->index(0, 0).data(ImportPreviewModel::LineRole).toLongLong());
        rows->horizontalScrollBar()->setValue(rows->horizontalScrollBar()->maximum());
        rows->setCurrentIndex(model->index(0, ImportPreviewModel::FirstField + 2));
        auto *rowProblems = wizard->findChild<QLabel *>(QStringLiteral("rowProblemsLabel"));
        QVERIFY(rowProblems->isVisible());
        QVERIFY2(
            rowProblems->text().startsWith(
                QStringLiteral("Line %1: ").arg(model->headerData(0, Qt::Vertical).toString())),
            qPrintable(rowProblems->text()));
        // Fix Bea's phone where it is shown.
        QVERIFY(model->setData(model->index(0, ImportPreviewModel::FirstField + 2),
                               QStringLiteral("+1 415 555 0199")));
        QCOMPARE(wizard->preview()->counts().newRows, 2);

        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        QSignalSpy prepared(wizard, &Views::ImportWizard::prepared);
        wizard->startUpload();
        QVERIFY(prepared.wait(20000));
        QCOMPARE(prepared.first().first().toBool(), true);
        QCOMPARE(wizard->page(), int(Views::ImportWizard::UploadPage));
        QVERIFY(uploaded.wait(30000));
        QVERIFY2(wizard->reportText().contains(tr("2 contact(s) created.")),
                 qPrintable(wizard->reportText()));
        QCOMPARE(m_team.sandbox->contactCount(), 42);
        QTRY_COMPARE(m_team.store->contactCount(), 42);
        QVERIFY(m_team.store->contactByPhone(QStringLiteral("14155550199")).has_value());

        // The rows still wrong, to correct and import again.
        const QString problems = m_dir.filePath(QStringLiteral("problems.csv"));
        QString error;
        QVERIFY2(wizard->saveProblemRows(problems, &error), qPrintable(error));
        QFile file(problems);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.startsWith("First Name,Last Name,Phone Number,Email,List,Error\r\n"),
                 saved.constData());
        // Formula-safe, as they are corrected in a spreadsheet: the phone is
        // text there (and imports back as it was).
        QVERIFY2(saved.contains("Cid,Nova,\"'+44 20 7946 0123\",cid@,,Email:"), saved.constData());
        QVERIFY(!saved.contains("Bea"));

        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        uploaded.clear();
        wizard->undoImport();
        QCOMPARE(lastAsked().title, QStringLiteral("Undo this import?"));
        QVERIFY(lastAsked().answered);
        QCOMPARE(lastAsked().buttonTexts.value(0).second, QStringLiteral("Undo the import"));
        QCOMPARE(lastAsked().defaultButton, QMessageBox::Cancel);
        QCOMPARE(lastAsked().detail, QString()); // it made no custom field
        QVERIFY(uploaded.wait(30000));
        QVERIFY2(wizard->reportText().contains(tr("2 row(s) undone.")),
                 qPrintable(wizard->reportText()));
        QCOMPARE(m_team.sandbox->contactCount(), 40);
        QTRY_COMPARE(m_team.store->contactCount(), 40);
        wizard->close();
    }

    // Undoing an import that created custom fields says, before it starts,
    // that they stay (the API cannot delete a field).
    void undoingSaysWhichCreatedFieldsStay()
    {
        Store::ImportRecord record;
        QCOMPARE(Views::ImportWizard::createdFieldsNote(record), QString());
        record.options.insert(QStringLiteral("new_fields"),
                              QJsonArray{QStringLiteral("Plan"), QStringLiteral("Renewal date")});
        const QString note = Views::ImportWizard::createdFieldsNote(record);
        QVERIFY2(note.contains(QStringLiteral("“Plan”, “Renewal date”")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("cannot delete")), qPrintable(note));
    }

    void aFileChangedAfterTheCheckIsNotImported()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("changed.csv"), sampleCsv());
        auto *wizard = m_window->openImport(path);
        QVERIFY(wizard);
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->page(), int(Views::ImportWizard::CheckPage));
        QCOMPARE(wizard->preview()->counts().newRows, 1);

        // Another program writes the file while the user looks at the check.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("Eve,Nova,+1 415 555 0177,,\n");
        }
        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        QSignalSpy prepared(wizard, &Views::ImportWizard::prepared);
        wizard->startUpload();
        QVERIFY(prepared.wait(20000));
        QCOMPARE(prepared.first().first().toBool(), false);
        QCOMPARE(wizard->page(), int(Views::ImportWizard::CheckPage)); // stays: nothing sent
        QCOMPARE(wizard->importId(), qint64(0));
        const QString said = wizard->errorText();
        QVERIFY2(said.contains(path + QStringLiteral(" changed after it was checked")) &&
                     said.contains(QLatin1String("its size went from")) &&
                     said.contains(QLatin1String("Nothing was sent")),
                 qPrintable(said));
        QVERIFY(Store::ImportJournal(m_team.store).imports().isEmpty());
        QVERIFY(uploaded.isEmpty());
        QCOMPARE(m_team.sandbox->contactCount(), 40);

        // Checked again, the file as it is now goes.
        checked.clear();
        wizard->check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->preview()->counts().newRows, 2);
        wizard->startUpload();
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(m_team.sandbox->contactCount(), 42);
        wizard->close();
    }

    void theFileIsReadOffTheGuiThreadWhileTheWindowResponds()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("worker.csv"), sampleCsv());
        auto *wizard = m_window->openImport(path);
        QVERIFY(wizard);
        QVERIFY(headerIn(wizard));
        // Each reading records its thread; the staging waits at a gate the
        // test opens once it has seen the window respond.
        QMutex mutex;
        QList<QPair<Views::ImportWizard::Work, QThread *>> threads;
        QSemaphore entered;
        QSemaphore gate;
        wizard->setWorkerHook([&](Views::ImportWizard::Work work) {
            {
                QMutexLocker lock(&mutex);
                threads.append({work, QThread::currentThread()});
            }
            // (Never held on the GUI thread: the test would hang, not fail.)
            if (work == Views::ImportWizard::Work::Stage &&
                QThread::currentThread() != QCoreApplication::instance()->thread()) {
                entered.release();
                gate.acquire();
            }
        });
        // Another encoding: the header is read again, on the worker.
        QComboBox *encoding = nullptr;
        for (QComboBox *combo : wizard->findChildren<QComboBox *>())
            if (combo->accessibleName() == QStringLiteral("Encoding"))
                encoding = combo;
        QVERIFY(encoding);
        QSignalSpy headerRead(wizard, &Views::ImportWizard::headerRead);
        encoding->setCurrentIndex(encoding->findData(int(Csv::Encoding::Utf8)));
        QCOMPARE(wizard->work(), Views::ImportWizard::Work::ReadHeader);
        QVERIFY(headerRead.wait(20000));
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        QCOMPARE(wizard->work(), Views::ImportWizard::Work::CheckRows);
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->preview()->counts().newRows, 1);

        QSignalSpy prepared(wizard, &Views::ImportWizard::prepared);
        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        wizard->startUpload();
        QVERIFY(entered.tryAcquire(1, 20000)); // the staging is on its way, held at the gate
        QCOMPARE(wizard->work(), Views::ImportWizard::Work::Stage);
        auto *stop = wizard->findChild<QPushButton *>(QStringLiteral("stopReading"));
        QVERIFY(stop->isVisible() && stop->isEnabled());
        // The event loop runs meanwhile: a timer fires, the window repaints.
        QTimer tick;
        tick.setSingleShot(true);
        QSignalSpy ticked(&tick, &QTimer::timeout);
        tick.start(0);
        QVERIFY(ticked.wait(20000));
        m_window->repaint();
        QVERIFY(prepared.isEmpty());
        QVERIFY(Store::ImportJournal(m_team.store).imports().isEmpty());
        gate.release();
        QVERIFY(prepared.wait(20000));
        QCOMPARE(prepared.first().first().toBool(), true);
        QVERIFY(!stop->isVisible());
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(m_team.sandbox->contactCount(), 41);
        QMutexLocker lock(&mutex);
        QCOMPARE(threads.size(), 3);
        QCOMPARE(threads.at(0).first, Views::ImportWizard::Work::ReadHeader);
        QCOMPARE(threads.at(1).first, Views::ImportWizard::Work::CheckRows);
        QCOMPARE(threads.at(2).first, Views::ImportWizard::Work::Stage);
        for (const auto &[work, thread] : std::as_const(threads))
            QVERIFY(thread != QCoreApplication::instance()->thread());
        lock.unlock();
        wizard->close();
    }

    void stopWhileStagingStagesNothing()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("stopped.csv"), sampleCsv());
        auto *wizard = m_window->openImport(path);
        QVERIFY(headerIn(wizard));
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check();
        QVERIFY(checked.wait(20000));
        QSemaphore entered;
        QSemaphore gate;
        wizard->setWorkerHook([&](Views::ImportWizard::Work work) {
            if (work == Views::ImportWizard::Work::Stage &&
                QThread::currentThread() != QCoreApplication::instance()->thread()) {
                entered.release();
                gate.acquire();
            }
        });
        QSignalSpy prepared(wizard, &Views::ImportWizard::prepared);
        wizard->startUpload();
        QVERIFY(entered.tryAcquire(1, 20000));
        wizard->findChild<QPushButton *>(QStringLiteral("stopReading"))->click();
        gate.release();
        QVERIFY(prepared.wait(20000));
        QCOMPARE(prepared.first().first().toBool(), false);
        QCOMPARE(wizard->page(), int(Views::ImportWizard::CheckPage));
        QVERIFY2(wizard->errorText().contains(QLatin1String("stopped before anything was sent")),
                 qPrintable(wizard->errorText()));
        QCOMPARE(wizard->importId(), qint64(0));
        QVERIFY(Store::ImportJournal(m_team.store).imports().isEmpty());
        QCOMPARE(m_team.sandbox->contactCount(), 40);
        // Import again: it goes.
        wizard->setWorkerHook({});
        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        wizard->startUpload();
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(m_team.sandbox->contactCount(), 41);
        wizard->close();
    }

    void checkCalledBeforeTheHeaderIsInRunsAfterIt()
    {
        auto *wizard =
            m_window->openImport(Tests::writeFile(m_dir, QStringLiteral("early.csv"), sampleCsv()));
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        wizard->check(); // as the screenshot tour does, at once
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->preview()->counts().newRows, 1);
        wizard->close();
    }

    void mappingIsRememberedPerLayout()
    {
        const QByteArray csv = "Phone Number,Nickname\n+1 415 555 0161,Bee\n";
        Views::ImportWizard *first =
            m_window->openImport(Tests::writeFile(m_dir, QStringLiteral("first.csv"), csv));
        QVERIFY(first);
        QVERIFY(headerIn(first));
        first->setTarget(1, Import::Target::Ignore);
        QSignalSpy checked(first, &Views::ImportWizard::checked);
        first->check();
        QVERIFY(checked.wait(20000));
        QSignalSpy uploaded(first, &Views::ImportWizard::uploaded);
        first->startUpload();
        QVERIFY(uploaded.wait(30000));
        first->close();
        // Another file laid out the same way gets the same columns.
        Views::ImportWizard *second = m_window->openImport(Tests::writeFile(
            m_dir, QStringLiteral("second.csv"), "phone number , NICKNAME\n+1 415 555 0162,Cy\n"));
        QVERIFY(headerIn(second));
        auto *combo = qobject_cast<QComboBox *>(
            second->findChild<QTableWidget *>(QStringLiteral("columnMappingTable"))
                ->cellWidget(1, 2));
        QCOMPARE(combo->currentText(), tr("Do not import"));
        second->close();
    }

    // A HubSpot export whose owner the team does not know: the rows come in
    // unassigned and warned; the user gives that owner's contacts to a
    // member, and the choice is remembered for the next file.
    void unknownOwnersAreMappedInTheWizard()
    {
        Views::ImportWizard *wizard =
            openChecked(QStringLiteral(IMPORT_DATA_DIR "/hubspot-unknown-owner.csv"));
        QVERIFY(wizard);
        QCOMPARE(wizard->preview()->counts().newRows, 3);
        QCOMPARE(wizard->preview()->counts().ownerNotFound, 2);
        QCOMPARE(wizard->previewModel()->rowCount(), 2); // the two warned rows need attention
        QVERIFY(wizard->previewModel()
                    ->index(0, ImportPreviewModel::Problems)
                    .data()
                    .toString()
                    .contains(QStringLiteral("will be unassigned")));
        auto *owners = wizard->findChild<QTableWidget *>(QStringLiteral("ownerMapTable"));
        QVERIFY(owners->isVisibleTo(wizard));
        QCOMPARE(owners->rowCount(), 1); // "rep@example.com", in either spelling
        QCOMPARE(owners->item(0, 0)->text(), QStringLiteral("rep@example.com"));
        QCOMPARE(owners->item(0, 1)->text(), QStringLiteral("2"));
        auto *member = qobject_cast<QComboBox *>(owners->cellWidget(0, 2));
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        member->setCurrentIndex(member->findText(QStringLiteral("Tom Becker")));
        QVERIFY(checked.wait(20000)); // checked again with the choice
        QCOMPARE(wizard->preview()->counts().ownerNotFound, 0);
        QCOMPARE(wizard->preview()->counts().newRows, 3);
        QVERIFY(upload(wizard));
        const auto owner = [this](const char *phone) {
            return serverContact(QString::fromLatin1(phone))
                .value(QStringLiteral("assigned_user_id"))
                .toInteger();
        };
        QCOMPARE(owner("16465550151"), 103); // rep@example.com -> Tom
        QCOMPARE(owner("16465550153"), 103); // REP@example.com too
        QCOMPARE(owner("16465550152"), 104); // Aiko, known by her email
        wizard->close();
        // The next file with that owner: Tom, without asking.
        Views::ImportWizard *next = openChecked(
            Tests::writeFile(m_dir, QStringLiteral("next.csv"),
                             "Phone Number,Contact owner\n+1 646 555 0159,rep@example.com\n"));
        QVERIFY(next);
        QCOMPARE(next->preview()->counts().ownerNotFound, 0);
        next->close();
    }

    // Outlook: three phone columns, a contact with only a business phone;
    // the user puts the home phone first. Imported twice: the second time
    // every row is unchanged.
    void phoneColumnsInTheUsersOrderAndASecondImportChangesNothing()
    {
        const QString path = QStringLiteral(IMPORT_DATA_DIR "/outlook-business-phone.csv");
        Views::ImportWizard *wizard = openChecked(path, false);
        QVERIFY(wizard);
        auto *order = wizard->findChild<QListWidget *>(QStringLiteral("phoneOrderList"));
        QVERIFY(order->isVisibleTo(wizard));
        QStringList shown;
        for (int row = 0; row < order->count(); ++row)
            shown.append(order->item(row)->text());
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("Mobile Phone"), QStringLiteral("Business Phone"),
                              QStringLiteral("Home Phone")}));
        order->setCurrentRow(2);
        auto *earlier = [wizard] {
            for (auto *button : wizard->findChildren<QPushButton *>())
                if (button->text() == tr("Try earlier") && button->isVisibleTo(wizard))
                    return button;
            return static_cast<QPushButton *>(nullptr);
        }();
        QVERIFY(earlier);
        QTest::mouseClick(earlier, Qt::LeftButton);
        QTest::mouseClick(earlier, Qt::LeftButton);
        QCOMPARE(order->item(0)->text(), QStringLiteral("Home Phone"));
        QVERIFY(checkAgain(wizard));
        QCOMPARE(wizard->preview()->counts().newRows, 2);
        QCOMPARE(wizard->preview()->counts().invalid, 0);
        QVERIFY(upload(wizard));
        wizard->close();
        const auto first = [this](const char *phone) {
            return serverContact(QString::fromLatin1(phone))
                .value(QStringLiteral("first"))
                .toString();
        };
        QCOMPARE(first("12125550142"), QStringLiteral("Dev"));   // home, as ordered
        QCOMPARE(first("12125550141"), QStringLiteral("Carla")); // business, her only one
        QTRY_VERIFY(m_team.store->contactByPhone(QStringLiteral("12125550142")).has_value());

        // Again, updating duplicates: every row is unchanged, nothing to send.
        Views::ImportWizard *again = openChecked(path, false);
        QVERIFY(again);
        again->setUpdateExisting(true, true);
        QVERIFY(checkAgain(again));
        // (Notes became a team field the first time: the remembered mapping
        // now names that field, not a new one.)
        QCOMPARE(again->preview()->counts().unchanged, 2);
        QCOMPARE(again->preview()->counts().updates, 0);
        const QList<QPushButton *> buttons = again->findChildren<QPushButton *>();
        const bool importEnabled =
            std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
                return b->isDefault() && b->text().startsWith(tr("&Import")) && b->isEnabled();
            });
        QVERIFY(!importEnabled);
        again->close();
    }

    void exportWritesTheShownContacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        QString error;
        QCOMPARE(m_window->exportContacts(path, false, true, &error), 40);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "First Name,Last Name"));
        QCOMPARE(csv.count("\r\n"), 41);
        // Nothing selected: nothing to export from the selection.
        QCOMPARE(m_window->exportContacts(path, true, false, &error), -1);
        QVERIFY(!error.isEmpty());
    }

    // A .vcf dropped on the window goes through the same wizard: no
    // encoding or separator to choose, the vCard's values checked as rows,
    // uploaded and undone; the window's export writes vCards that import
    // back with nothing to change.
    void aVCardDroppedOnTheWindowAndExportedAsVCard()
    {
        const QString path = QStringLiteral(IMPORT_DATA_DIR "/apple-3.0-several-numbers.vcf");
        QVERIFY(dropOnWindow(path));
        auto *wizard = m_window->findChild<Views::ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(headerIn(wizard));
        auto *mapping = wizard->findChild<QTableWidget *>(QStringLiteral("columnMappingTable"));
        QCOMPARE(mapping->rowCount(), 9); // VCard::Reader::columns()
        QCOMPARE(mapping->item(3, 0)->text(), QStringLiteral("Phone"));
        // Nothing to choose about encoding or separators in a vCard.
        const QList<QComboBox *> combos = wizard->findChildren<QComboBox *>();
        for (QComboBox *combo : combos)
            if (combo->accessibleName() == tr("Encoding") ||
                combo->accessibleName() == tr("Separator"))
                QVERIFY(!combo->isEnabled());
        QVERIFY(checkAgain(wizard));
        QCOMPARE(wizard->preview()->counts().newRows, 1);
        QVERIFY(upload(wizard));
        QCOMPARE(m_team.sandbox->contactCount(), 41);
        QTRY_VERIFY(m_team.store->contactByPhone(QStringLiteral("14155550162")).has_value());
        wizard->close();

        // Export everything shown as vCard, through the file dialog's choice.
        const QString exported = m_dir.filePath(QStringLiteral("team.vcf"));
        Views::Dialogs::setNextChoice(0, false);
        Views::Dialogs::setNextFileName(exported);
        m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray vcf = file.readAll();
        QCOMPARE(vcf.count("BEGIN:VCARD"), 41);
        QVERIFY(vcf.contains("FN:Hiro Tanaka\r\n"));
        Views::ImportWizard *back = openChecked(exported, false);
        QVERIFY(back);
        back->setUpdateExisting(true, false);
        QVERIFY(checkAgain(back));
        QCOMPARE(back->preview()->counts().invalid, 0);
        QCOMPARE(back->preview()->counts().unchanged, 41);
        back->close();
    }

    // Each test file through the wizard, as a user takes it: the rows it
    // should give, and one contact checked on the sandbox's side.
    void everyTestFileThroughTheWizard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("created");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("email");
        QTest::newRow("Google, several values a cell") << "google-contacts.csv"
                                                       << "US" << 2 << "14155550131"
                                                       << "Amara"
                                                       << "amara@okafor.example";
        QTest::newRow("German Excel, Windows-1252") << "excel-de-windows1252.csv"
                                                    << "DE" << 2 << "49301234567"
                                                    << "Jürgen"
                                                    << "juergen@weiss.example";
        QTest::newRow("vCard 2.1, quoted-printable") << "outlook-2.1-quoted-printable.vcf"
                                                     << "US" << 2 << "33612345678"
                                                     << "René"
                                                     << "rene@example.fr";
        QTest::newRow("vCard 4.0") << "thunderbird-4.0.vcf"
                                   << "US" << 1 << "351213456789"
                                   << "Inês"
                                   << "ines@example.pt";
    }
    void everyTestFileThroughTheWizard()
    {
        QFETCH(QString, file);
        QFETCH(QString, region);
        QFETCH(int, created);
        QFETCH(QString, phone);
        QFETCH(QString, first);
        QFETCH(QString, email);
        Views::ImportWizard *wizard =
            openChecked(QStringLiteral(IMPORT_DATA_DIR "/") + file, false);
        QVERIFY(wizard);
        auto *regionCombo = [wizard] {
            for (QComboBox *combo : wizard->findChildren<QComboBox *>())
                if (combo->accessibleName() == tr("Region of numbers without a country code"))
                    return combo;
            return static_cast<QComboBox *>(nullptr);
        }();
        QVERIFY(regionCombo);
        regionCombo->setCurrentIndex(regionCombo->findData(region));
        QVERIFY(checkAgain(wizard));
        QCOMPARE(wizard->preview()->counts().newRows, created);
        QCOMPARE(wizard->preview()->counts().invalid, 0);
        QVERIFY(upload(wizard));
        QCOMPARE(m_team.sandbox->contactCount(), 40 + created);
        const QJsonObject contact = serverContact(phone);
        QCOMPARE(contact.value(QStringLiteral("first")).toString(), first);
        QCOMPARE(contact.value(QStringLiteral("email")).toString(), email);
        QTRY_VERIFY(m_team.store->contactByPhone(phone).has_value());
        wizard->close();
    }

    // A vCard that never ends: the wizard names the line and imports
    // nothing, not even the good card before it.
    void aBrokenVCardStopsTheWizardNamingTheLine()
    {
        Views::ImportWizard *wizard =
            openChecked(QStringLiteral(IMPORT_DATA_DIR "/unterminated.vcf"), false);
        QVERIFY(wizard);
        wizard->check(); // refused at once or after the reading: the error says why
        QTRY_VERIFY(!wizard->errorText().isEmpty());
        QVERIFY2(wizard->errorText().contains(QStringLiteral("line 7")) &&
                     wizard->errorText().contains(QStringLiteral("never ends")),
                 qPrintable(wizard->errorText()));
        const QList<QPushButton *> buttons = wizard->findChildren<QPushButton *>();
        QVERIFY(std::none_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->text().startsWith(tr("&Import")) && b->isEnabled();
        }));
        QCOMPARE(m_team.sandbox->contactCount(), 40);
        wizard->close();
    }

    // A file named on the command line of a first start, before the
    // workspace has its store (the embedded sandbox seeds in the
    // background): it opens in the wizard once the store comes.
    void aFileNamedBeforeTheStoreIsReadyOpensOnceItIs()
    {
        Views::MainWindow window;
        window.setSettings(m_settings.get());
        const QString path = QStringLiteral(IMPORT_DATA_DIR "/google-contacts.csv");
        QCOMPARE(window.openImport(path), nullptr);
        QVERIFY(window.findChildren<Views::ImportWizard *>().isEmpty());
        auto *notice = window.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY2(notice->text().contains(QStringLiteral("as soon as the workspace is ready")),
                 qPrintable(notice->text()));
        window.setImportUploader(m_uploader.get());
        window.setStore(m_team.store);
        QTRY_COMPARE(window.findChildren<Views::ImportWizard *>().size(), 1);
        Views::ImportWizard *wizard = window.findChild<Views::ImportWizard *>();
        QCOMPARE(wizard->path(), path);
        QVERIFY(!notice->isVisibleTo(&window)); // it said the file would open: it did
        QVERIFY(headerIn(wizard));
        wizard->close();
        window.setStore(nullptr);
    }

    // A file opened before the account connected (named on the command
    // line while the embedded sandbox starts): the check could not look the
    // owners' emails up, and an import staged then waits. Once the account
    // connects, the check runs again and the staged import is sent, without
    // a restart.
    void aWizardOpenedBeforeTheConnectionCatchesUpWhenItComes()
    {
        m_settings->remove(QStringLiteral("import/owners")); // no owner mapped before
        m_window->setImportUploader(nullptr);
        Views::ImportWizard *wizard =
            openChecked(QStringLiteral(IMPORT_DATA_DIR "/hubspot-unknown-owner.csv"));
        QVERIFY(wizard);
        // aiko@… is a member, but without the server nobody can say so.
        QCOMPARE(wizard->preview()->counts().ownerNotFound, 3);
        QSignalSpy checked(wizard, &Views::ImportWizard::checked);
        m_window->setImportUploader(m_uploader.get());
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard->preview()->counts().ownerNotFound, 2); // only rep@example.com
        wizard->close();

        m_window->setImportUploader(nullptr);
        wizard = openChecked(QStringLiteral(IMPORT_DATA_DIR "/google-contacts.csv"));
        QVERIFY(wizard);
        const int created = wizard->preview()->counts().newRows;
        QVERIFY(created > 0);
        QSignalSpy prepared(wizard, &Views::ImportWizard::prepared);
        wizard->startUpload();
        QVERIFY(prepared.wait(20000));
        QVERIFY(prepared.first().first().toBool());
        QCOMPARE(wizard->page(), int(Views::ImportWizard::UploadPage));
        auto *state = wizard->findChild<QLabel *>(QStringLiteral("uploadState"));
        QVERIFY2(state->text().contains(QStringLiteral("Not connected")),
                 qPrintable(state->text()));
        QCOMPARE(m_team.sandbox->contactCount(), 40);
        QSignalSpy uploaded(wizard, &Views::ImportWizard::uploaded);
        m_window->setImportUploader(m_uploader.get());
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(m_team.sandbox->contactCount(), 40 + created);
        QVERIFY2(wizard->reportText().startsWith(QString::number(created)),
                 qPrintable(wizard->reportText()));
        wizard->close();
    }

    void exportAndImportFromTheMenus()
    {
        m_settings->remove(QStringLiteral("files/lastFolder")); // as on a first start
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("contactTable"));
        table->selectionModel()->select(
            QItemSelection(m_filtered->index(0, 0),
                           m_filtered->index(2, m_filtered->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // File ▸ Export: the three selected, for Excel, into a file chosen.
        const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
        Views::Dialogs::setNextChoice(0, true);
        Views::Dialogs::setNextFileName(path);
        m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QList<Views::Dialogs::Asked> asked = Views::Dialogs::asked();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).kind, Views::Dialogs::Kind::Choice);
        QCOMPARE(asked.at(0).options,
                 QStringList({QStringLiteral("The 3 selected"), QStringLiteral("All 40 shown")}));
        QCOMPARE(asked.at(1).kind, Views::Dialogs::Kind::SaveFile);
        QCOMPARE(asked.at(1).detail, QStringLiteral("CSV files (*.csv);;vCard files (*.vcf)"));
        // The first time the dialog starts in the documents (or home)
        // folder, never the one the program was started in.
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(QFileInfo(asked.at(1).initial).absolutePath(),
                 QFileInfo(documents).isDir() ? documents : QDir::homePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), 4);
        auto *notice = m_window->findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY2(notice->text().startsWith(QStringLiteral("3 contact(s) exported")),
                 qPrintable(notice->text()));

        // One row selected: only "all shown" is offered; Cancel asks no file.
        QVERIFY(m_window->selectContact(
            m_filtered->index(0, 0).data(Models::ContactTableModel::IdRole).toLongLong()));
        answerDialogsInTests(); // a fresh record
        Views::Dialogs::setNextChoice(-1);
        m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        asked = Views::Dialogs::asked();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).options, QStringList{QStringLiteral("All 40 shown")});

        // The next file dialog starts where this file went.
        answerDialogsInTests();
        Views::Dialogs::setNextFileName({});
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(lastAsked().kind, Views::Dialogs::Kind::OpenFile);
        QCOMPARE(lastAsked().initial, QFileInfo(path).absolutePath());
        answerDialogsInTests();

        // File ▸ Import: the file chosen opens the wizard; no file, no wizard.
        Views::Dialogs::setNextFileName(QString());
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(m_window->findChildren<Views::ImportWizard *>().isEmpty());
        Views::Dialogs::setNextFileName(
            Tests::writeFile(m_dir, QStringLiteral("menu.csv"), sampleCsv()));
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(lastAsked().kind, Views::Dialogs::Kind::OpenFile);
        const auto wizards = m_window->findChildren<Views::ImportWizard *>();
        QCOMPARE(wizards.size(), 1);
        QVERIFY2(wizards.first()->windowTitle().contains(QLatin1String("menu.csv")),
                 qPrintable(wizards.first()->windowTitle()));
        wizards.first()->close();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
