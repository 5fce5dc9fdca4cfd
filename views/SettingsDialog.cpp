#include "views/SettingsDialog.h"

#include "core/Phone.h"
#include "views/Dialogs.h"
#include "views/TonedText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk::Views {

namespace {

QLineEdit *field(QWidget *parent, const QString &name, const QString &accessible, bool secret)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_hadCredentials(current.heymarket)
    , m_storedName(current.accountName.trimmed())
    , m_storedServer(Api::serverIdentity(current.baseUrl))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *account = new QGroupBox(tr("Account"), this);
    auto *accountLayout = new QVBoxLayout(account);
    m_sandbox =
        new QRadioButton(tr("&Local sandbox workspace (demo data on this computer)"), account);
    m_sandbox->setObjectName(QStringLiteral("sandboxRadio"));
    m_heymarket = new QRadioButton(tr("&Heymarket account"), account);
    m_heymarket->setObjectName(QStringLiteral("heymarketRadio"));
    accountLayout->addWidget(m_sandbox);
    accountLayout->addWidget(m_heymarket);
    auto *form = new QFormLayout;
    m_name = field(account, QStringLiteral("accountNameEdit"), tr("Account name"), false);
    m_name->setPlaceholderText(tr("For example: Support team"));
    m_baseUrl = field(account, QStringLiteral("baseUrlEdit"), tr("Server address"), false);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_baseUrl);
    m_useKey = new QRadioButton(tr("Team API &key"), account);
    m_useKey->setObjectName(QStringLiteral("apiKeyRadio"));
    m_useSecret = new QRadioButton(tr("Secret &ID and Secret Key"), account);
    m_useSecret->setObjectName(QStringLiteral("secretRadio"));
    auto *authGroup = new QButtonGroup(this);
    authGroup->addButton(m_useKey);
    authGroup->addButton(m_useSecret);
    m_apiKey = field(account, QStringLiteral("apiKeyEdit"), tr("API key"), true);
    m_secretId = field(account, QStringLiteral("secretIdEdit"), tr("Secret ID"), false);
    m_secretKey = field(account, QStringLiteral("secretKeyEdit"), tr("Secret key"), true);
    form->addRow(m_useKey);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(m_useSecret);
    form->addRow(tr("Secret I&D:"), m_secretId);
    form->addRow(tr("Secret K&ey:"), m_secretKey);
    accountLayout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), account);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(account);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setTextFormat(Qt::PlainText); // the server's answer
    m_testResult->setWordWrap(true);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    accountLayout->addLayout(testRow);
    auto *keychainNote = new QLabel(
        tr("Keys are kept in this computer's keychain, never in the settings file, each for "
           "its own account and server. Leave them empty to keep the ones already stored."),
        account);
    keychainNote->setWordWrap(true);
    accountLayout->addWidget(keychainNote);
    m_keyNote = new QLabel(
        tr("The server or the name changed: enter the key for it. A stored key is only sent "
           "to the server it was saved for."),
        account);
    m_keyNote->setObjectName(QStringLiteral("keyRequiredLabel"));
    m_keyNote->setWordWrap(true);
    setTone(m_keyNote, ContrastColors::Tone::Error);
    m_keyNote->hide();
    accountLayout->addWidget(m_keyNote);
    layout->addWidget(account);

    auto *general = new QGroupBox(tr("Contacts"), this);
    auto *generalForm = new QFormLayout(general);
    m_region = new QComboBox(general);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Default phone region"));
    for (const Phone::NamedRegion &region : Phone::namedRegions())
        m_region->addItem(region.label, region.code);
    generalForm->addRow(tr("Default phone &region:"), m_region);
    m_interval = new QSpinBox(general);
    m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_interval->setAccessibleName(tr("Sync interval"));
    m_interval->setRange(5, 24 * 3600);
    m_interval->setSuffix(tr(" s"));
    generalForm->addRow(tr("S&ync every:"), m_interval);
    layout->addWidget(general);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    setTone(m_problem, ContrastColors::Tone::Error);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    for (QRadioButton *radio : {m_sandbox, m_heymarket, m_useKey, m_useSecret})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    for (QLineEdit *edit : {m_name, m_baseUrl})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);

    (current.heymarket ? m_heymarket : m_sandbox)->setChecked(true);
    m_name->setText(current.accountName);
    m_baseUrl->setText(current.baseUrl.toString());
    (current.credentials.secretId.isEmpty() ? m_useKey : m_useSecret)->setChecked(true);
    m_region->setCurrentIndex(std::max(0, m_region->findData(current.region)));
    m_interval->setValue(current.syncIntervalSeconds);
    updateEnabled();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateEnabled()
{
    const bool remote = m_heymarket->isChecked();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_name, m_baseUrl, m_useKey, m_useSecret, m_test})
        widget->setEnabled(remote);
    m_apiKey->setEnabled(remote && m_useKey->isChecked());
    m_secretId->setEnabled(remote && m_useSecret->isChecked());
    m_secretKey->setEnabled(remote && m_useSecret->isChecked());
    m_keyNote->setVisible(remote && m_hadCredentials && !keepsStoredCredentials());
}

bool SettingsDialog::keepsStoredCredentials() const
{
    return m_hadCredentials && m_name->text().trimmed() == m_storedName &&
           Api::serverIdentity(QUrl(m_baseUrl->text().trimmed())) == m_storedServer;
}

Api::Credentials SettingsDialog::typedCredentials() const
{
    if (m_useKey->isChecked())
        return Api::Credentials::fromApiKey(m_apiKey->text().trimmed());
    return Api::Credentials::fromSecret(m_secretId->text().trimmed(),
                                        m_secretKey->text().trimmed());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.heymarket = m_heymarket->isChecked();
    s.accountName = m_name->text().trimmed();
    s.baseUrl = QUrl(m_baseUrl->text().trimmed());
    const Api::Credentials typed = typedCredentials();
    if (s.heymarket && typed.isValid())
        s.credentials = typed;
    s.region = m_region->currentData().toString();
    s.syncIntervalSeconds = m_interval->value();
    return s;
}

QString SettingsDialog::problem() const
{
    if (!m_heymarket->isChecked())
        return {};
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the account a name.");
    const QUrl url(m_baseUrl->text().trimmed());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return tr("The server address must be an https address such as "
                  "https://api.heymarket.com.");
    if (!Api::isSecureServer(url))
        return tr("The server address “%1” is not https://: the key would travel in clear. Use "
                  "https:// (plain http:// is only for this computer's own addresses, such as "
                  "http://127.0.0.1).")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const Api::Credentials typed = typedCredentials();
    const bool anyTyped = !m_apiKey->text().trimmed().isEmpty() ||
                          !m_secretId->text().trimmed().isEmpty() ||
                          !m_secretKey->text().trimmed().isEmpty();
    if (anyTyped && !typed.isValid())
        return m_useKey->isChecked() ? tr("Enter the team API key.")
                                     : tr("Enter both the Secret ID and the Secret Key.");
    if (!anyTyped && !m_hadCredentials)
        return m_useKey->isChecked() ? tr("Enter the team API key.")
                                     : tr("Enter the Secret ID and the Secret Key.");
    if (!anyTyped && !keepsStoredCredentials())
        return m_useKey->isChecked()
                   ? tr("The server or the name changed: enter the team API key for it (the "
                        "stored key is only sent to the server it was saved for).")
                   : tr("The server or the name changed: enter the Secret ID and the Secret Key "
                        "for it (the stored secret is only sent to the server it was saved for).");
    return {};
}

void SettingsDialog::testConnection()
{
    const QString wrong = problem();
    const Api::Credentials typed = typedCredentials();
    if (!wrong.isEmpty() || !typed.isValid()) {
        m_testResult->setText(wrong.isEmpty() ? tr("Enter the credentials to test them.") : wrong);
        return;
    }
    if (!m_tester) {
        m_testResult->setText(tr("Testing is not available here."));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_tester(QUrl(m_baseUrl->text().trimmed()), typed,
             [self = QPointer<SettingsDialog>(this), what = testedWhat()](const QString &problem) {
                 if (!self)
                     return; // closed while testing
                 SettingsDialog *const that = self;
                 that->m_failedTest = problem;
                 that->m_failedWhat = problem.isEmpty() ? QString() : what;
                 that->m_test->setEnabled(that->m_heymarket->isChecked());
                 that->m_testResult->setText(problem.isEmpty()
                                                 ? tr("Connected: the server accepted the "
                                                      "credentials.")
                                                 : tr("Could not connect: %1").arg(problem));
             });
}

QString SettingsDialog::testResult() const
{
    return m_testResult->text();
}

QString SettingsDialog::testedWhat() const
{
    // A digest: the dialog keeps no second copy of a secret.
    const Api::Credentials typed = typedCredentials();
    return QString::fromLatin1(
        QCryptographicHash::hash(
            QStringList{m_baseUrl->text().trimmed(), typed.apiKey, typed.secretId, typed.secretKey}
                .join(QChar(0x1f))
                .toUtf8(),
            QCryptographicHash::Sha256)
            .toHex());
}

void SettingsDialog::accept()
{
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_problem->setVisible(!wrong.isEmpty());
    if (!wrong.isEmpty())
        return;
    // The connection was tested with exactly these and failed: saved only
    // when the user says so (a server may be down for a moment; a mistyped
    // key would fail every sync). As mail clients ask after a failed check.
    if (m_heymarket->isChecked() && !m_failedWhat.isEmpty() && m_failedWhat == testedWhat()) {
        Dialogs::Confirmation ask;
        ask.title = tr("Save settings");
        ask.text = tr("The connection test failed: %1").arg(m_failedTest);
        ask.informativeText = tr("ContactDesk will keep trying this server and show what it "
                                 "answers. Save these settings anyway?");
        ask.action = tr("Save anyway");
        ask.destructive = true; // Enter goes back to the form
        if (!Dialogs::confirm(this, ask))
            return;
    }
    QDialog::accept();
}

} // namespace ContactDesk::Views
