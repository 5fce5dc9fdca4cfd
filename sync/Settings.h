#pragma once

#include "core/Phone.h"

#include <QLatin1String>
#include <QLocale>
#include <QSettings>
#include <QUrl>

// The profile's settings file (QSettings, INI): every key the programs read,
// with its meaning and default, in one place (the account and sync keys as
// constants; the others say below where they are kept). To add a setting: a key and
// an accessor here, a control in views/SettingsDialog, and a line in the
// settings table of docs/ARCHITECTURE.md.
namespace ContactDesk::Sync::Settings {

// "heymarket": the account below; anything else: the local sandbox.
inline constexpr QLatin1String accountKind{"account/kind"};
// The account's name: its keychain entry and its store file.
inline constexpr QLatin1String accountName{"account/name"};
inline constexpr QLatin1String accountBaseUrl{"account/baseUrl"};
inline constexpr QLatin1String syncInterval{"sync/intervalSeconds"};
inline constexpr QLatin1String defaultRegion{"phone/defaultRegion"}; // ISO 3166, "US"
// Owner values of imported files mapped to team members (value in lower
// case -> member id, 0 for nobody): sync/ImportSession's ownerChoices.
inline constexpr QLatin1String importOwners{"import/owners"};
// Import column mappings are remembered per header layout under
// "import/mapping-<hash>" (the key is made by core/ImportMapping, read and
// written by sync/ImportSession). The window's geometry, table columns and
// splitter live under "window/geometry", "window/columns" and
// "window/splitter" (views/MainWindow::saveLayout).

inline const QUrl defaultServer{QStringLiteral("https://api.heymarket.com")};

struct Account
{
    bool heymarket = false; // false: the local sandbox workspace
    QString name;
    QUrl baseUrl = defaultServer;
};

inline Account account(const QSettings &settings)
{
    Account a;
    a.heymarket = settings.value(accountKind).toString() == QLatin1String("heymarket");
    a.name = settings.value(accountName).toString();
    a.baseUrl = QUrl(settings.value(accountBaseUrl, defaultServer.toString()).toString());
    return a;
}

inline void setAccount(QSettings &settings, const Account &a)
{
    settings.setValue(accountKind,
                      a.heymarket ? QStringLiteral("heymarket") : QStringLiteral("sandbox"));
    if (a.heymarket) {
        settings.setValue(accountName, a.name);
        settings.setValue(accountBaseUrl, a.baseUrl.toString());
    }
}

// Not set: the system locale's territory ("de_DE" -> "DE"), else "US".
inline QString region(const QSettings &settings)
{
    const QString region = settings.value(defaultRegion).toString();
    return region.isEmpty() ? Phone::regionForLocale(QLocale::system()) : region;
}

// Seconds between syncs; at least 5.
inline int syncIntervalSeconds(const QSettings &settings)
{
    return std::max(5, settings.value(syncInterval, 60).toInt());
}

} // namespace ContactDesk::Sync::Settings
