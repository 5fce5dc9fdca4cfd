// Child process for the crash test: makes the scripted edits in its store
// (resuming where a killed run stopped) and pushes them to the server. The
// test kills it with SIGKILL at random moments and starts it again.
//
//   crash_pusher --url URL --key KEY --db FILE --count N --contacts M
// Exit 0 when every edit reached the server; 3 when an edit failed.

#include "api/HeymarketClient.h"
#include "core/ApiJson.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "tests/sync/CrashScript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("server"),
                                 QStringLiteral("URL"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("API key"),
                                 QStringLiteral("KEY"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("store file"),
                                QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("edits"),
                                   QStringLiteral("N"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
                                      QStringLiteral("contacts created"), QStringLiteral("M"));
    parser.addOptions({url, key, db, count, contacts});
    parser.process(app);

    Store::ContactStore store;
    const QString problem = store.open(parser.value(db)).describe();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    const QList<CrashScript::Edit> script =
        CrashScript::edits(parser.value(count).toInt(), parser.value(contacts).toInt());
    // Make the edits not yet made: each is durable on its own, and the
    // position is saved after it (a kill in between repeats one edit, which
    // the script tolerates: same values, or a duplicate create of one phone).
    for (int i = store.syncValue(QStringLiteral("script.next")).toInt(); i < script.size(); ++i) {
        const CrashScript::Edit &edit = script.at(i);
        const QString phone = CrashScript::phone(edit.contact);
        if (edit.kind == CrashScript::Edit::Kind::Create) {
            store.createContact({{Field::phone, phone}, {Field::first, edit.value}});
        } else if (const auto contact = store.contactByPhone(phone)) {
            switch (edit.kind) {
            case CrashScript::Edit::Kind::Rename:
                store.editContact(contact->id, {{Field::first, edit.value}});
                break;
            case CrashScript::Edit::Kind::Custom:
                store.editContact(contact->id, {{QStringLiteral("custom.12"), edit.value}});
                break;
            case CrashScript::Edit::Kind::Tags: {
                QJsonArray tags;
                for (qint64 tag : edit.tags)
                    tags.append(tag);
                store.editContact(contact->id, {{Field::tags, tags}});
                break;
            }
            case CrashScript::Edit::Kind::Status: {
                store.setStatus(contact->id, ApiJson::statusChangeFromName(edit.value)
                                                 .value_or(ContactStatusChange::Active));
                break;
            }
            case CrashScript::Edit::Kind::Delete:
                store.deleteContact(contact->id);
                break;
            case CrashScript::Edit::Kind::Create:
                break;
            }
        }
        store.setSyncValue(QStringLiteral("script.next"), QString::number(i + 1));
        // The test aims its kills at these marks.
        std::printf("made %d\n", i + 1);
        std::fflush(stdout);
    }

    QNetworkAccessManager network;
    Api::HeymarketClient::Config config;
    config.baseUrl = QUrl(parser.value(url));
    config.credentials = Api::Credentials::fromApiKey(parser.value(key));
    config.retry = {4, 10, 100, 0.5};
    config.timeoutMs = 5000;
    config.limits.perMinute = 0;
    Api::HeymarketClient client(&network, config);
    Sync::SyncEngine::Options options;
    options.intervalMs = 3600 * 1000;
    options.retry = {1000000, 20, 200, 0.5};
    options.offlineProbeMs = 50;
    Sync::SyncEngine engine(&store, &client, options);
    int exitCode = 0;
    QTimer check;
    qint64 shownPending = -1;
    const auto showPending = [&shownPending](qint64 pending) {
        if (pending == shownPending)
            return;
        shownPending = pending;
        std::printf("pending %lld\n", static_cast<long long>(pending));
        std::fflush(stdout);
    };
    showPending(store.pendingCount());
    QObject::connect(&store, &Store::ContactStore::outboxChanged, &app,
                     [&] { showPending(store.pendingCount()); });
    QObject::connect(&check, &QTimer::timeout, &app, [&] {
        if (store.failedCount() > 0 || store.conflictCount() > 0) {
            for (const Store::OutboxEntry &entry : store.outbox())
                std::fprintf(stderr, "entry %lld: %s\n", static_cast<long long>(entry.seq),
                             qPrintable(entry.error));
            exitCode = 3;
            QCoreApplication::exit(3);
        } else if (store.pendingCount() == 0 && engine.isIdle()) {
            QCoreApplication::exit(0);
        }
    });
    check.start(20);
    engine.pushNow();
    const int code = QCoreApplication::exec();
    return exitCode ? exitCode : code;
}
