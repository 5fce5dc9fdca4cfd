#pragma once

#include "tests/common/SandboxFixture.h"

#include <memory>

namespace ContactDesk::Tests {

// One sandbox at a time on one port, each of a team of its own: team A,
// stopped, then team B on the same URL, as the one-team-per-store tests
// need (tests/cli/tst_cli_team, tests/app/tst_team_window).
struct TeamSandbox
{
    std::unique_ptr<SandboxFixture> sandbox;
    quint16 port = 0; // a free one the first time, then the same

    // Stops the running one and starts team `teamId` accepting `keys` (the
    // fixture's own requests use the first); its data in `dataFile` (in
    // memory when empty).
    bool start(qint64 teamId, const QString &name, const QStringList &keys,
               const QString &dataFile = {})
    {
        sandbox.reset();
        Sandbox::Options options;
        options.port = port;
        options.teamId = teamId;
        options.teamName = name;
        options.apiKeys = keys;
        options.dataFile = dataFile;
        sandbox = std::make_unique<SandboxFixture>(0, options);
        if (!sandbox->isRunning()) {
            qWarning("%s", qPrintable(sandbox->errorString()));
            return false;
        }
        sandbox->http().setAuthorization(QByteArray("Bearer ") + keys.first().toUtf8());
        port = sandbox->server().port();
        return true;
    }

    // A contact made on the running sandbox; the HTTP status.
    int makeContact(const QString &phone, const QString &first, const QString &last)
    {
        return sandbox
            ->post(QStringLiteral("/v1/contact"), QJsonObject{{QStringLiteral("phone"), phone},
                                                              {QStringLiteral("first"), first},
                                                              {QStringLiteral("last"), last}})
            .status;
    }
};

} // namespace ContactDesk::Tests
