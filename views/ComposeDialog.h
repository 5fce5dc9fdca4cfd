#pragma once

#include "core/Compose.h"
#include "core/Domain.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace ContactDesk::Models {
class ComposeRecipientModel;
class TemplateListModel;
} // namespace ContactDesk::Models
namespace ContactDesk::Store {
struct OutgoingEntry;
} // namespace ContactDesk::Store
namespace ContactDesk::Sync {
class MessageSender;
class StatusReader;
} // namespace ContactDesk::Sync

namespace ContactDesk::Views {

// Composes one message for one contact, a selection or the filtered view:
// SMS/MMS or email (offered by the recipients' channels), inbox and sender,
// a template, merge tokens with a preview for each recipient, the SMS
// segment count of the longest rendering (naming the characters that force
// UCS-2, offering plain punctuation), and the preflight: who receives it,
// who is excluded and why, whose merge values are empty. Send asks with the
// summary, then every recipient's message goes through the outbox with its
// own local_id; the table shows each result, failures can be sent again.
class ComposeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeDialog)

public:
    struct Context
    {
        QList<Inbox> inboxes;
        QList<TeamMember> members;
        QStringList customFieldTitles;         // for the merge field menu
        Sync::MessageSender *outbox = nullptr; // nullptr: cannot send (offline)
        // The team's templates, loaded again when the dialog opens; nullptr
        // while not connected.
        Models::TemplateListModel *templates = nullptr;
        qint64 preferredSender = 0; // a member id, 0 for none
        // Reads every recipient's messaging status from Heymarket before
        // Send (a block made in its web app excludes the contact); nullptr:
        // the store's knowledge only.
        Sync::StatusReader *statuses = nullptr;
    };

    ComposeDialog(QList<Compose::Recipient> recipients, Context context, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    Compose::Medium medium() const;
    void setMedium(Compose::Medium medium);
    bool mediumAvailable(Compose::Medium medium) const;
    void setText(const QString &text);
    QString text() const;
    void setSubject(const QString &subject);
    void setMediaUrl(const QString &url);
    bool selectInbox(qint64 inboxId);
    qint64 inboxId() const;
    qint64 senderId() const;
    // The templates offered (empty until the server answered).
    QList<Template> templates() const { return m_templates; }
    void applyTemplate(qint64 templateId);
    // The template chosen, when the SMS text is still that template as
    // saved (sent as template_id then); else 0.
    qint64 unchangedTemplate() const;

    const Compose::Preflight &preflight() const { return m_preflight; }
    // "GSM-7 · 1 segment · 120 characters left", and the like.
    QString segmentText() const;
    QString summaryText() const;
    QString previewText() const;
    void setPreviewRecipient(int index);
    Models::ComposeRecipientModel *recipientModel() const { return m_model; }
    // Replaces smart quotes, dashes and the like with plain characters.
    void usePlainPunctuation();

    // Asks with the summary, then sends. False when nothing went (nothing
    // to send, declined, or the outbox refused).
    bool send();
    void cancelSending();
    // Sends the batch's failed and unsent messages again.
    bool retry();
    qint64 batch() const { return m_batch; }
    bool isSending() const;
    // The recipients' statuses are being read from Heymarket (Send waits).
    bool isCheckingStatus() const { return m_checking; }

Q_SIGNALS:
    // The batch finished (or was cancelled): counts as the outbox gives them.
    void sendingFinished(int sent, int failed, int unsent);
    // Every recipient's status was read (or could not be: the problem line says so).
    void statusChecked();

private:
    void fillInboxes();
    void fillSenders();
    QHash<qint64, QString> emailRefusals() const;
    void checkStatuses();
    void loadTemplates();
    void showTemplates();
    void refresh();
    void scheduleRefresh();
    void updatePreview();
    void setEditable(bool editable);
    void onEntryChanged(const Store::OutgoingEntry &entry);
    void onFinished(qint64 batch, int sent, int failed, int unsent);

    QList<Compose::Recipient> m_recipients;
    Context m_context;
    Compose::Preflight m_preflight;
    QList<Template> m_templates;
    qint64 m_batch = 0;
    bool m_checking = false;
    Compose::Medium m_inboxMedium = Compose::Medium::Sms; // what m_inbox lists
    QString m_checkProblem;                               // the status check failed: why
    QTimer *m_refreshTimer = nullptr;
    static constexpr int largeAudience = 2000;

    QLabel *m_to = nullptr;
    QRadioButton *m_sms = nullptr;
    QRadioButton *m_email = nullptr;
    QButtonGroup *m_mediumGroup = nullptr;
    QComboBox *m_inbox = nullptr;
    QComboBox *m_sender = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_templateStatus = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_mediaLabel = nullptr;
    QLineEdit *m_media = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_plainLabel = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QPushButton *m_insertField = nullptr;
    QLabel *m_segments = nullptr;
    QPushButton *m_plainPunctuation = nullptr;
    QComboBox *m_previewFor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTableView *m_table = nullptr;
    Models::ComposeRecipientModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk::Views
