#pragma once

#include "api/Credentials.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ContactDesk::Views {

// What the settings dialog edits.
struct AppSettings
{
    bool heymarket = false; // false: the local sandbox workspace
    QString accountName;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.heymarket.com"));
    // New credentials to keep in the keychain; empty keeps the stored ones.
    Api::Credentials credentials;
    QString region = QStringLiteral("US"); // ISO 3166 code for numbers typed without one
    int syncIntervalSeconds = 60;
};

// Account (the local sandbox, or Heymarket with a team API key or a Secret
// ID/Key, with a "Test connection" button), default phone region and sync
// interval. Secrets typed here leave through settings().credentials only;
// the caller puts them in the keychain.
//
// The server must be https:// (plain http:// only on this computer's
// loopback, the sandbox). A stored secret belongs to its account and server:
// empty key fields keep it only while both stay as they were; a changed
// Server or Name asks for the key again (a note says so, and Save is
// refused until it is given).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // Tries the credentials against the server; `done` gets an empty string
    // on success, else what went wrong, for people.
    using Tester = std::function<void(const QUrl &baseUrl, const Api::Credentials &credentials,
                                      std::function<void(const QString &problem)> done)>;

    explicit SettingsDialog(const AppSettings &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setConnectionTester(Tester tester) { m_tester = std::move(tester); }
    AppSettings settings() const;
    // Why the form cannot be saved as it is, or an empty string.
    QString problem() const;
    void testConnection();
    QString testResult() const;

    void accept() override;

private:
    void updateEnabled();
    Api::Credentials typedCredentials() const;
    // True when the stored secret goes with the account and server typed
    // now (the same Heymarket account as when the dialog opened).
    bool keepsStoredCredentials() const;

    // What the form says now, as a test compares it (a digest of the server
    // and the credentials).
    QString testedWhat() const;

    Tester m_tester;
    // The last test that failed and for what: saving exactly that asks first.
    QString m_failedTest;
    QString m_failedWhat;
    bool m_hadCredentials = false;
    QString m_storedName;   // the account the stored secret belongs to
    QString m_storedServer; // and its server (Api::serverIdentity)
    QLabel *m_keyNote = nullptr;
    QRadioButton *m_sandbox = nullptr;
    QRadioButton *m_heymarket = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QRadioButton *m_useKey = nullptr;
    QRadioButton *m_useSecret = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_secretId = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QComboBox *m_region = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ContactDesk::Views
