// contactdesk-sandbox: the local Heymarket-compatible API server on its own.

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace ContactDesk::Sandbox;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

bool parseRate(const QString &text, double &out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0)
        return false;
    out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local server with the same paths, bodies and limits as the Heymarket REST API "
                "(contacts v1/v2, channels, custom fields, tags, team, users, inboxes), for "
                "ContactDesk and its tests. Listens on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "TCP port; 0 picks a free one. The address is printed "
                                            "as \"listening on http://127.0.0.1:PORT\"."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate("main", "SQLite data file (created when missing). Without it "
                                            "the data lives in memory and is gone at exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QCoreApplication::translate(
            "main", "Team API key accepted as \"Authorization: Bearer KEY\". Repeat for several. "
                    "Default when no credential is given: \"sandbox\"."),
        QStringLiteral("KEY"));
    const QCommandLineOption secretId(
        QStringLiteral("secret-id"),
        QCoreApplication::translate("main", "API Secret ID for HS256 JWTs (with --secret-key; "
                                            "repeat the pair for a second secret)."),
        QStringLiteral("ID"));
    const QCommandLineOption secretKey(
        QStringLiteral("secret-key"),
        QCoreApplication::translate(
            "main", "API Secret Key that goes with the --secret-id in the same position."),
        QStringLiteral("KEY"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate(
            "main", "On an empty database, create a deterministic demo team with N contacts."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate(
            "main", "Requests per rolling minute per credential before 429 (0 = unlimited)."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"),
        QCoreApplication::translate("main", "Delay every answer by N milliseconds."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption failRate(
        QStringLiteral("fail-rate"),
        QCoreApplication::translate(
            "main", "Share (0..1) of requests answered 500 without doing anything."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption dropRate(
        QStringLiteral("drop-rate"),
        QCoreApplication::translate("main", "Share (0..1) of requests whose connection is closed "
                                            "without an answer, after the work is done."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption latencyRange(
        QStringLiteral("latency-range-ms"),
        QCoreApplication::translate(
            "main", "Delay every answer by a further random 0..N milliseconds (seeded dice)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tooManyRate(
        QStringLiteral("too-many-rate"),
        QCoreApplication::translate("main",
                                    "Share (0..1) of requests answered 429 without doing anything "
                                    "(Retry-After in the lenient reading only)."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption dropBeforeRate(
        QStringLiteral("drop-before-rate"),
        QCoreApplication::translate("main", "Share (0..1) of requests whose connection is closed "
                                            "without an answer, before anything is done."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(
        QStringLiteral("fault-seed"),
        QCoreApplication::translate("main", "Seed of the fault-injection dice."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body"),
        QCoreApplication::translate("main",
                                    "Largest accepted request body in bytes; larger ones get 413."),
        QStringLiteral("BYTES"), QString::number(Options().maxBodyBytes));
    const QCommandLineOption quiet(
        QStringLiteral("quiet"),
        QCoreApplication::translate("main", "Do not log one line per request on stderr."));
    const QCommandLineOption reading(
        QStringLiteral("reading"),
        QCoreApplication::translate(
            "main", "How to read the points the Heymarket docs leave open: \"lenient\" (the "
                    "default: kind to a client) or \"strict\" (hardest for a client: omitted "
                    "fields cleared on "
                    "update, no Retry-After, plain-text errors, ...). See sandbox/README.md."),
        QStringLiteral("lenient|strict"), QStringLiteral("lenient"));
    const QCommandLineOption teamId(
        QStringLiteral("team-id"),
        QCoreApplication::translate("main", "The team's id (GET /v1/team) for a new database; "
                                            "default 7. A data file of another team is refused."),
        QStringLiteral("N"));
    const QCommandLineOption teamName(
        QStringLiteral("team-name"),
        QCoreApplication::translate("main", "The team's name (GET /v1/team)."),
        QStringLiteral("NAME"));
    parser.addOptions({port, data, apiKey, secretId, secretKey, seed, rateLimit, latency,
                       latencyRange, failRate, tooManyRate, dropBeforeRate, dropRate, faultSeed,
                       maxBody, reading, teamId, teamName, quiet});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "contactdesk-sandbox: " << message << Qt::endl;
        return 2;
    };

    Options options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535"));
    options.port = static_cast<quint16>(portValue);
    options.dataFile = parser.value(data);
    options.apiKeys = parser.values(apiKey);
    const QStringList ids = parser.values(secretId);
    const QStringList keys = parser.values(secretKey);
    if (ids.size() != keys.size())
        return fail(QStringLiteral("give --secret-id and --secret-key in pairs"));
    for (qsizetype i = 0; i < ids.size(); ++i)
        options.secrets.insert(ids.at(i), keys.at(i));
    if (options.apiKeys.isEmpty() && options.secrets.isEmpty())
        options.apiKeys.append(QStringLiteral("sandbox"));
    options.seedContacts = parser.value(seed).toInt(&ok);
    if (!ok || options.seedContacts < 0)
        return fail(QStringLiteral("--seed takes a number of contacts (0 or more)"));
    options.rateLimitPerMinute = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.rateLimitPerMinute < 0)
        return fail(
            QStringLiteral("--rate-limit takes a number of requests per minute (0 = unlimited)"));
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(QStringLiteral("--latency-ms takes a number of milliseconds"));
    options.latencyRangeMs = parser.value(latencyRange).toInt(&ok);
    if (!ok || options.latencyRangeMs < 0)
        return fail(QStringLiteral("--latency-range-ms takes a number of milliseconds"));
    if (!parseRate(parser.value(failRate), options.failRate))
        return fail(QStringLiteral("--fail-rate takes a share from 0 to 1"));
    if (!parseRate(parser.value(tooManyRate), options.tooManyRate))
        return fail(QStringLiteral("--too-many-rate takes a share from 0 to 1"));
    if (!parseRate(parser.value(dropBeforeRate), options.dropBeforeRate))
        return fail(QStringLiteral("--drop-before-rate takes a share from 0 to 1"));
    if (!parseRate(parser.value(dropRate), options.dropRate))
        return fail(QStringLiteral("--drop-rate takes a share from 0 to 1"));
    if (options.failRate + options.tooManyRate + options.dropBeforeRate > 1.0)
        return fail(QStringLiteral(
            "--fail-rate, --too-many-rate and --drop-before-rate add up to more than 1"));
    options.faultSeed = parser.value(faultSeed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--fault-seed takes a number"));
    options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.maxBodyBytes <= 0)
        return fail(QStringLiteral("--max-body takes a number of bytes"));
    options.accessLog = !parser.isSet(quiet);
    const std::optional<Reading> readingValue = readingFromName(parser.value(reading));
    if (!readingValue)
        return fail(QStringLiteral("--reading takes \"lenient\" or \"strict\""));
    options.reading = *readingValue;
    if (parser.isSet(teamId)) {
        options.teamId = parser.value(teamId).toLongLong(&ok);
        if (!ok || *options.teamId <= 0)
            return fail(QStringLiteral("--team-id takes a team id (1 or more)"));
    }
    if (parser.isSet(teamName))
        options.teamName = parser.value(teamName);

    SandboxServer server(options);
    if (!server.start())
        return fail(server.errorString());

    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    out << "contacts: " << server.contactCount() << Qt::endl;
    out << "reading: " << readingName(options.reading) << Qt::endl;
    out << "team: " << server.store().team().id << Qt::endl;
    if (!options.dataFile.isEmpty())
        out << "data: " << options.dataFile << Qt::endl;
    else
        out << "data: in memory (use --data FILE to keep it)" << Qt::endl;
    if (parser.values(apiKey).isEmpty() && options.secrets.isEmpty())
        out << "api key: sandbox" << Qt::endl;

    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}
