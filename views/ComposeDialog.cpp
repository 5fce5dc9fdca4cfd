#include "views/ComposeDialog.h"

#include "models/MessageModels.h"
#include "models/TemplateListModel.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"
#include "sync/StatusReader.h"
#include "views/Dialogs.h"
#include "views/TonedText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ContactDesk::Views {

using Compose::Medium;

namespace {

// A media URL as the sandbox and Heymarket take it: public http(s).
bool isMediaUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString quoted(const QStringList &characters)
{
    QStringList shown;
    for (const QString &c : characters)
        shown.append(QStringLiteral("“%1”").arg(c));
    return shown.join(QLatin1Char(' '));
}

} // namespace

ComposeDialog::ComposeDialog(QList<Compose::Recipient> recipients, Context context, QWidget *parent)
    : QDialog(parent)
    , m_recipients(std::move(recipients))
    , m_context(std::move(context))
    , m_model(new Models::ComposeRecipientModel(this))
{
    setWindowTitle(tr("Compose message"));
    setObjectName(QStringLiteral("composeDialog"));
    auto *outer = new QVBoxLayout(this);

    m_to = new QLabel(this);
    m_to->setObjectName(QStringLiteral("composeTo"));
    m_to->setTextFormat(Qt::PlainText); // a contact's name
    if (m_recipients.size() == 1)
        m_to->setText(tr("To: %1").arg(m_recipients.first().name));
    else
        m_to->setText(tr("To: %Ln contact(s)", nullptr, int(m_recipients.size())));
    outer->addWidget(m_to);

    auto *form = new QFormLayout;
    auto *mediumRow = new QHBoxLayout;
    m_sms = new QRadioButton(tr("&Text message (SMS/MMS)"), this);
    m_email = new QRadioButton(tr("E&mail"), this);
    m_mediumGroup = new QButtonGroup(this);
    m_mediumGroup->addButton(m_sms, int(Medium::Sms));
    m_mediumGroup->addButton(m_email, int(Medium::Email));
    m_sms->setEnabled(mediumAvailable(Medium::Sms));
    m_email->setEnabled(mediumAvailable(Medium::Email));
    if (!m_sms->isEnabled())
        m_sms->setToolTip(tr("None of the recipients has a phone number."));
    if (!m_email->isEnabled())
        m_email->setToolTip(tr("None of the recipients has an email address."));
    mediumRow->addWidget(m_sms);
    mediumRow->addWidget(m_email);
    mediumRow->addStretch(1);
    form->addRow(tr("Send as:"), mediumRow);

    m_inbox = new QComboBox(this);
    m_inbox->setObjectName(QStringLiteral("composeInbox"));
    m_inbox->setAccessibleName(tr("Inbox"));
    form->addRow(tr("&Inbox:"), m_inbox);
    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("composeSender"));
    m_sender->setAccessibleName(tr("Sender"));
    form->addRow(tr("Se&nder:"), m_sender);

    auto *templateRow = new QHBoxLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("composeTemplate"));
    m_template->setAccessibleName(tr("Template"));
    m_template->addItem(tr("No template"), 0);
    m_templateStatus = new QLabel(this);
    m_templateStatus->setTextFormat(Qt::PlainText); // may quote the server
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_templateStatus);
    auto *templateLabel = new QLabel(tr("Tem&plate:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, templateRow);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("composeSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subjectLabel = new QLabel(tr("Su&bject:"), this);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, m_subject);
    m_media = new QLineEdit(this);
    m_media->setObjectName(QStringLiteral("composeMedia"));
    m_media->setAccessibleName(tr("Media URL"));
    m_media->setPlaceholderText(tr("https://… (an image or video makes it an MMS)"));
    m_mediaLabel = new QLabel(tr("Me&dia URL:"), this);
    m_mediaLabel->setBuddy(m_media);
    form->addRow(m_mediaLabel, m_media);
    outer->addLayout(form);

    auto *bodyHeader = new QHBoxLayout;
    auto *bodyLabel = new QLabel(tr("M&essage:"), this);
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch(1);
    // A push button with a menu: its arrow has room beside the text (a
    // tool button's drew over it).
    m_insertField = new QPushButton(tr("Insert &field"), this);
    m_insertField->setObjectName(QStringLiteral("composeInsertField"));
    auto *fields = new QMenu(m_insertField);
    QStringList tokens{Compose::Token::firstName, Compose::Token::lastName,
                       Compose::Token::displayName, Compose::Token::phone, Compose::Token::email};
    tokens += m_context.customFieldTitles;
    for (const QString &token : std::as_const(tokens)) {
        const QString written = QStringLiteral("{{%1}}").arg(token);
        fields->addAction(written, this, [this, written] { m_body->insertPlainText(written); });
    }
    m_insertField->setMenu(fields);
    bodyHeader->addWidget(m_insertField);
    outer->addLayout(bodyHeader);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("composeBody"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Hi {{first_name}}, …"));
    bodyLabel->setBuddy(m_body);
    outer->addWidget(m_body, 2);
    m_plainLabel = new QLabel(tr("Plain-te&xt version (optional; made from the message when "
                                 "empty):"),
                              this);
    m_plain = new QPlainTextEdit(this);
    m_plain->setObjectName(QStringLiteral("composePlain"));
    m_plain->setAccessibleName(tr("Plain-text version"));
    m_plain->setTabChangesFocus(true);
    m_plainLabel->setBuddy(m_plain);
    outer->addWidget(m_plainLabel);
    outer->addWidget(m_plain, 1);

    auto *segmentRow = new QHBoxLayout;
    m_segments = new QLabel(this);
    m_segments->setObjectName(QStringLiteral("composeSegments"));
    m_segments->setWordWrap(true);
    m_plainPunctuation = new QPushButton(tr("Use plain &punctuation"), this);
    m_plainPunctuation->setToolTip(
        tr("Replaces smart quotes, dashes and ellipses with plain characters, so the message "
           "stays GSM-7 and costs fewer segments."));
    segmentRow->addWidget(m_segments, 1);
    segmentRow->addWidget(m_plainPunctuation);
    outer->addLayout(segmentRow);

    auto *previewRow = new QHBoxLayout;
    auto *previewLabel = new QLabel(tr("Pre&view for:"), this);
    m_previewFor = new QComboBox(this);
    m_previewFor->setAccessibleName(tr("Preview for recipient"));
    previewLabel->setBuddy(m_previewFor);
    for (const Compose::Recipient &recipient : std::as_const(m_recipients))
        m_previewFor->addItem(recipient.name);
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_previewFor, 1);
    outer->addLayout(previewRow);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("composePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    outer->addWidget(m_preview, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("composeRecipients"));
    m_table->setAccessibleName(tr("Recipients"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Models::ComposeRecipientModel::Name,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Models::ComposeRecipientModel::Address,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Models::ComposeRecipientModel::Verdict,
                                                      QHeaderView::ResizeToContents);
    outer->addWidget(m_table, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("composeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    outer->addWidget(m_summary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("composeProblem"));
    m_problem->setTextFormat(Qt::PlainText); // may quote the store or the server
    m_problem->setWordWrap(true);
    setTone(m_problem, ContrastColors::Tone::Error);
    outer->addWidget(m_problem);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->hide();
    outer->addWidget(m_progress);

    // Stop and Send again come and go, so they live beside the button box
    // (which shows every button it lays out).
    auto *buttonRow = new QHBoxLayout;
    m_cancel = new QPushButton(tr("S&top sending"), this);
    m_cancel->hide();
    m_retry = new QPushButton(tr("Send a&gain"), this);
    m_retry->setToolTip(tr("Sends the messages that failed or were not sent yet."));
    m_retry->hide();
    buttonRow->addWidget(m_cancel);
    buttonRow->addWidget(m_retry);
    buttonRow->addStretch(1);
    m_buttons = new QDialogButtonBox(this);
    m_send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("composeSend"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    buttonRow->addWidget(m_buttons);
    outer->addLayout(buttonRow);
    // Send only by its button: Enter in the form must not send to everyone.
    m_send->setAutoDefault(false);
    m_send->setDefault(false);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_cancel, &QPushButton::clicked, this, &ComposeDialog::cancelSending);
    connect(m_retry, &QPushButton::clicked, this, [this] { retry(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_mediumGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        fillInboxes();
        refresh();
    });
    connect(m_inbox, &QComboBox::currentIndexChanged, this, [this] {
        fillSenders();
        refresh();
    });
    connect(m_sender, &QComboBox::currentIndexChanged, this, &ComposeDialog::refresh);
    connect(m_template, &QComboBox::activated, this,
            [this](int index) { applyTemplate(m_template->itemData(index).toLongLong()); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposeDialog::scheduleRefresh);
    connect(m_plain, &QPlainTextEdit::textChanged, this, &ComposeDialog::scheduleRefresh);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposeDialog::scheduleRefresh);
    connect(m_media, &QLineEdit::textChanged, this, &ComposeDialog::scheduleRefresh);
    connect(m_plainPunctuation, &QPushButton::clicked, this, &ComposeDialog::usePlainPunctuation);
    connect(m_previewFor, &QComboBox::currentIndexChanged, this, &ComposeDialog::updatePreview);
    if (m_context.outbox) {
        connect(m_context.outbox, &Sync::MessageSender::entryChanged, this,
                &ComposeDialog::onEntryChanged);
        connect(m_context.outbox, &Sync::MessageSender::progress, this,
                [this](int done, int total) {
                    if (!m_progress->isVisible())
                        return;
                    m_progress->setMaximum(qMax(total, 1));
                    m_progress->setValue(done);
                });
        connect(m_context.outbox, &Sync::MessageSender::finished, this, &ComposeDialog::onFinished);
        connect(m_context.outbox, &Sync::MessageSender::emailRefusalsChanged, this, [this] {
            fillInboxes();
            refresh();
        });
    }

    (mediumAvailable(Medium::Sms) ? m_sms : m_email)->setChecked(true);
    fillInboxes();
    checkStatuses();
    refresh();
    loadTemplates();
    resize(760, 820);
}

ComposeDialog::~ComposeDialog() = default;

void ComposeDialog::scheduleRefresh()
{
    // Typing to thousands re-renders for each of them: wait for a pause.
    if (m_recipients.size() < largeAudience) {
        refresh();
        return;
    }
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        m_refreshTimer->setSingleShot(true);
        m_refreshTimer->setInterval(250);
        connect(m_refreshTimer, &QTimer::timeout, this, &ComposeDialog::refresh);
    }
    m_refreshTimer->start();
}

bool ComposeDialog::mediumAvailable(Medium medium) const
{
    return std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                       [medium](const Compose::Recipient &r) {
                           return medium == Medium::Sms ? !r.phone.isEmpty() : !r.email.isEmpty();
                       });
}

Medium ComposeDialog::medium() const
{
    return m_email->isChecked() ? Medium::Email : Medium::Sms;
}

void ComposeDialog::setMedium(Medium medium)
{
    (medium == Medium::Email ? m_email : m_sms)->setChecked(true);
}

void ComposeDialog::setText(const QString &text)
{
    m_body->setPlainText(text);
}

QString ComposeDialog::text() const
{
    return m_body->toPlainText();
}

void ComposeDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void ComposeDialog::setMediaUrl(const QString &url)
{
    m_media->setText(url);
}

bool ComposeDialog::selectInbox(qint64 inboxId)
{
    const int index = m_inbox->findData(inboxId);
    if (index < 0)
        return false;
    m_inbox->setCurrentIndex(index);
    return true;
}

qint64 ComposeDialog::inboxId() const
{
    return m_inbox->currentData().toLongLong();
}

qint64 ComposeDialog::senderId() const
{
    return m_sender->currentData().toLongLong();
}

bool ComposeDialog::isSending() const
{
    return m_context.outbox && m_batch && m_context.outbox->sendingBatch() == m_batch;
}

void ComposeDialog::fillInboxes()
{
    const qint64 previous = inboxId();
    QSignalBlocker blocker(m_inbox);
    m_inbox->clear();
    const QHash<qint64, QString> refused = emailRefusals();
    for (const Inbox &inbox : Compose::inboxesFor(medium(), m_context.inboxes, refused)) {
        if (medium() == Medium::Sms) {
            const QString phone = inbox.phones.isEmpty() ? inbox.phone : inbox.phones.first();
            m_inbox->addItem(tr("%1 (+%2)").arg(inbox.name, phone), inbox.id);
        } else {
            // Every inbox: nothing in an inbox says whether it sends email.
            m_inbox->addItem(refused.contains(inbox.id)
                                 ? tr("%1 (refused email before)").arg(inbox.name)
                                 : inbox.name,
                             inbox.id);
        }
    }
    // Another medium starts from its best inbox (email: every inbox is
    // listed, so the SMS choice would otherwise stay).
    const int keep = m_inboxMedium == medium() ? m_inbox->findData(previous) : -1;
    m_inboxMedium = medium();
    m_inbox->setCurrentIndex(keep >= 0 ? keep : 0);
    fillSenders();
}

void ComposeDialog::checkStatuses()
{
    if (!m_context.statuses || !m_context.outbox)
        return;
    m_checking = true;
    QPointer<ComposeDialog> self(this);
    const quint64 job = m_context.statuses->read(
        Sync::contactIdsOf(m_recipients), Api::RequestScheduler::Priority::User,
        [self](const Sync::StatusReader::Result &result) {
            if (!self)
                return;
            // An unblock made elsewhere counts too.
            Sync::takeStatuses(self->m_recipients, result.statuses);
            self->m_checking = false;
            if (result.error.isError())
                self->m_checkProblem =
                    tr("The recipients' messaging status could not be checked with Heymarket "
                       "(%1); it refuses blocked and opted-out contacts itself.")
                        .arg(result.error.describe());
            self->refresh();
            Q_EMIT self->statusChecked();
        });
    if (!m_checking) // answered at once (nothing to ask)
        return;
    connect(m_context.statuses, &Sync::StatusReader::progress, this,
            [this, job](quint64 which, int done, int total) {
                if (m_checking && which == job)
                    m_problem->setText(
                        tr("Checking the recipients' messaging status with Heymarket… %1 of %2")
                            .arg(done)
                            .arg(total));
            });
}

QHash<qint64, QString> ComposeDialog::emailRefusals() const
{
    return m_context.outbox ? m_context.outbox->emailRefusals() : QHash<qint64, QString>();
}

void ComposeDialog::fillSenders()
{
    const qint64 previous = senderId();
    QSignalBlocker blocker(m_sender);
    m_sender->clear();
    const qint64 inbox = inboxId();
    for (const Inbox &candidate : std::as_const(m_context.inboxes)) {
        if (candidate.id != inbox)
            continue;
        for (const TeamMember &member : std::as_const(m_context.members))
            if (candidate.memberIds.contains(member.id))
                m_sender->addItem(member.name, member.id);
    }
    int index = m_sender->findData(previous);
    if (index < 0)
        index = m_sender->findData(m_context.preferredSender);
    m_sender->setCurrentIndex(qMax(index, 0));
}

void ComposeDialog::loadTemplates()
{
    if (!m_context.templates) {
        m_template->setEnabled(false);
        m_templateStatus->setText(tr("Templates need a connected account."));
        return;
    }
    m_templateStatus->setText(tr("Loading templates…"));
    connect(m_context.templates, &Models::TemplateListModel::loaded, this,
            &ComposeDialog::showTemplates);
    m_context.templates->load();
}

void ComposeDialog::showTemplates()
{
    const Models::TemplateListModel *model = m_context.templates;
    if (!model->error().isEmpty()) {
        m_templateStatus->setText(tr("Templates could not be loaded: %1").arg(model->error()));
        return;
    }
    // Another dialog may have asked again: the list is the newest answer,
    // the one chosen stays chosen if it is still there.
    const QVariant chosen = m_template->currentData();
    const QSignalBlocker blocker(m_template);
    while (m_template->count() > 1)
        m_template->removeItem(1);
    m_templates = model->templates();
    for (const Template &t : std::as_const(m_templates))
        m_template->addItem(t.name, t.id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
    m_templateStatus->setText(m_templates.isEmpty() ? tr("The team has no templates.") : QString());
}

void ComposeDialog::applyTemplate(qint64 templateId)
{
    for (const Template &t : std::as_const(m_templates)) {
        if (t.id != templateId)
            continue;
        // Through the cursor, so Ctrl+Z brings the earlier text back.
        QTextCursor cursor = m_body->textCursor();
        cursor.select(QTextCursor::Document);
        cursor.insertText(t.text);
        m_template->setCurrentIndex(m_template->findData(templateId));
        return;
    }
}

qint64 ComposeDialog::unchangedTemplate() const
{
    if (medium() != Compose::Medium::Sms)
        return 0;
    const qint64 chosen = m_template->currentData().toLongLong();
    const QString typed = m_body->toPlainText();
    for (const Template &t : std::as_const(m_templates)) {
        if (t.id != chosen || !chosen)
            continue;
        QString saved = t.text;
        saved.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return saved == typed ? chosen : 0;
    }
    return 0;
}

void ComposeDialog::usePlainPunctuation()
{
    const QString plain = Sms::plainPunctuation(m_body->toPlainText());
    if (plain == m_body->toPlainText())
        return;
    QTextCursor cursor = m_body->textCursor();
    cursor.select(QTextCursor::Document);
    cursor.insertText(plain);
}

QString ComposeDialog::segmentText() const
{
    return m_segments->text();
}

QString ComposeDialog::summaryText() const
{
    return m_summary->text();
}

QString ComposeDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ComposeDialog::setPreviewRecipient(int index)
{
    m_previewFor->setCurrentIndex(index);
}

void ComposeDialog::refresh()
{
    const Medium current = medium();
    const bool sms = current == Medium::Sms;
    m_subject->setVisible(!sms);
    m_subjectLabel->setVisible(!sms);
    m_plain->setVisible(!sms);
    m_plainLabel->setVisible(!sms);
    m_media->setVisible(sms);
    m_mediaLabel->setVisible(sms);
    m_segments->setVisible(sms);
    const QString body = m_body->toPlainText();
    m_plainPunctuation->setVisible(sms && Sms::plainPunctuation(body) != body);

    m_preflight = Compose::preflight(m_recipients, body, current);
    // The subject's merge values count too.
    if (!sms && !m_subject->text().isEmpty()) {
        for (Compose::Check &check : m_preflight.checks) {
            const Compose::Rendered subject =
                Compose::render(m_subject->text(), check.recipient.values);
            if (check.send && !subject.empty.isEmpty() && check.reason.isEmpty()) {
                check.reason = tr("no value for %1").arg(subject.empty.join(QStringLiteral(", ")));
                ++m_preflight.flagged;
            }
        }
    }
    m_model->setPreflight(m_preflight, current);

    if (sms) {
        const Sms::Segments &s = m_preflight.longest;
        QString text;
        if (s.segments == 0) {
            text = tr("Empty message");
        } else if (s.encoding == Sms::Encoding::Gsm7) {
            text = tr("GSM-7 · %Ln segment(s)", nullptr, s.segments) + QStringLiteral(" · ") +
                   tr("%Ln character(s) left", nullptr, s.remaining);
        } else {
            text = tr("UCS-2 (Unicode) · %Ln segment(s)", nullptr, s.segments) +
                   QStringLiteral(" · ") + tr("%Ln character(s) left", nullptr, s.remaining);
            if (!s.forcing.isEmpty())
                text += QStringLiteral(" · ") + tr("Unicode because of %1").arg(quoted(s.forcing));
        }
        if (m_recipients.size() > 1 && s.segments > 0)
            text += QStringLiteral(" · ") + tr("counted on the longest message");
        if (!m_media->text().trimmed().isEmpty())
            text += QStringLiteral(" · ") + tr("MMS");
        m_segments->setText(text);
    }

    QStringList summary{tr("%Ln will receive it", nullptr, m_preflight.sending)};
    if (m_preflight.excluded > 0)
        summary.append(tr("%Ln excluded", nullptr, m_preflight.excluded));
    if (m_preflight.flagged > 0)
        summary.append(tr("%Ln with an empty merge value", nullptr, m_preflight.flagged));
    if (!m_batch)
        m_summary->setText(summary.join(QStringLiteral(" · ")));

    // Why Send is not possible, or what to look at before sending.
    QString problem;
    QStringList unknown;
    for (const Compose::Check &check : std::as_const(m_preflight.checks))
        for (const QString &token : check.rendered.unknown)
            if (!unknown.contains(token))
                unknown.append(token);
    const QString media = m_media->text().trimmed();
    bool canSend = true;
    if (!m_context.outbox) {
        problem = tr("Messages can be sent once an account is connected.");
        canSend = false;
    } else if (m_inbox->count() == 0) {
        problem = sms ? tr("The team has no SMS inbox.") : tr("The team has no inbox.");
        canSend = false;
    } else if (m_sender->count() == 0) {
        problem = tr("Nobody on the team is a member of this inbox.");
        canSend = false;
    } else if (body.trimmed().isEmpty() && (!sms || media.isEmpty())) {
        problem = tr("Write a message.");
        canSend = false;
    } else if (sms && !media.isEmpty() && !isMediaUrl(media)) {
        problem = tr("The media URL must be a public http:// or https:// address.");
        canSend = false;
    } else if (m_checking) {
        problem = tr("Checking the recipients' messaging status with Heymarket…");
        canSend = false;
    } else if (m_preflight.sending == 0) {
        problem = tr("None of the recipients can receive it.");
        canSend = false;
    } else if (!m_checkProblem.isEmpty()) {
        problem = m_checkProblem;
    } else if (const QString refusal = sms ? QString() : emailRefusals().value(inboxId());
               !refusal.isEmpty()) {
        // Not a block: the inbox may have been set up for email since.
        problem = tr("Heymarket refused email from this inbox before: %1").arg(refusal);
    } else if (!unknown.isEmpty()) {
        QStringList written;
        for (const QString &token : std::as_const(unknown))
            written.append(QStringLiteral("{{%1}}").arg(token));
        problem = tr("%1 is not a merge field and would be sent as written.")
                      .arg(written.join(QStringLiteral(", ")));
    }
    m_problem->setText(problem);
    m_send->setEnabled(canSend && !m_batch);
    updatePreview();
}

void ComposeDialog::updatePreview()
{
    const int index = m_previewFor->currentIndex();
    if (index < 0 || index >= m_preflight.checks.size()) {
        m_preview->clear();
        return;
    }
    const Compose::Check &check = m_preflight.checks.at(index);
    QString note;
    if (!check.send)
        note = tr("Not sent to %1: %2").arg(check.recipient.name, check.reason);
    else if (!check.reason.isEmpty())
        note = tr("Note: %1").arg(check.reason);
    if (medium() == Medium::Email) {
        const QString subject = Compose::render(m_subject->text(), check.recipient.values).text;
        QString html;
        if (!note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p><hr/>")
                    .arg(tr("Subject:").toHtmlEscaped(), subject.toHtmlEscaped());
        html += check.rendered.text;
        m_preview->setHtml(html);
    } else {
        QString text = check.rendered.text;
        if (!m_media->text().trimmed().isEmpty())
            text += QStringLiteral("\n") + tr("[media: %1]").arg(m_media->text().trimmed());
        if (!note.isEmpty())
            text = QStringLiteral("(%1)\n\n").arg(note) + text;
        m_preview->setPlainText(text);
    }
}

void ComposeDialog::setEditable(bool editable)
{
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_sms, m_email, m_inbox, m_sender, m_template, m_subject,
                                          m_media, m_insertField, m_plainPunctuation})
        widget->setEnabled(editable);
    m_body->setReadOnly(!editable);
    m_plain->setReadOnly(!editable);
    if (editable) {
        m_sms->setEnabled(mediumAvailable(Medium::Sms));
        m_email->setEnabled(mediumAvailable(Medium::Email));
    }
}

bool ComposeDialog::send()
{
    if (m_refreshTimer)
        m_refreshTimer->stop();
    refresh();
    if (!m_send->isEnabled())
        return false;
    Dialogs::Message ask;
    ask.title = tr("Send message");
    ask.text = tr("Send this message to %Ln recipient(s)?", nullptr, m_preflight.sending);
    ask.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    // Sending is not taken back: Enter in the box keeps it unsent.
    ask.defaultButton = QMessageBox::Cancel;
    ask.buttonTexts = {
        {QMessageBox::Yes, tr("Send to %Ln recipient(s)", nullptr, m_preflight.sending)}};
    QStringList details;
    if (m_preflight.excluded > 0) {
        details.append(tr("%Ln excluded:", nullptr, m_preflight.excluded));
        int listed = 0;
        for (const Compose::Check &check : std::as_const(m_preflight.checks)) {
            if (check.send)
                continue;
            if (++listed > 10) {
                details.append(tr("… and %Ln more", nullptr, m_preflight.excluded - 10));
                break;
            }
            details.append(tr("%1 — %2").arg(check.recipient.name, check.reason));
        }
    }
    if (m_preflight.flagged > 0)
        details.append(
            tr("%Ln will get a message with an empty merge value.", nullptr, m_preflight.flagged));
    ask.informativeText = details.join(QLatin1Char('\n'));
    if (Dialogs::ask(this, ask) != QMessageBox::Yes)
        return false;

    Sync::Envelope envelope;
    envelope.medium = medium();
    envelope.inboxId = inboxId();
    envelope.creatorId = senderId();
    envelope.mediaUrl = m_media->text().trimmed();
    envelope.subject = m_subject->text();
    envelope.plain = m_plain->toPlainText();
    envelope.templateId = unchangedTemplate();
    const QList<Store::OutgoingMessage> messages = Sync::outgoingMessages(m_preflight, envelope);
    QString error;
    const qint64 batch = m_context.outbox->enqueue(messages, &error);
    if (!batch) {
        m_problem->setText(error);
        return false;
    }
    m_batch = batch;
    m_model->clearResults();
    for (const Store::OutgoingEntry &entry : m_context.outbox->entries(batch))
        m_model->setResult(entry);
    setEditable(false);
    m_send->setEnabled(false);
    m_summary->setText(tr("Sending to %Ln recipient(s)…", nullptr, int(messages.size())));
    return retry();
}

bool ComposeDialog::retry()
{
    if (!m_batch || !m_context.outbox)
        return false;
    m_progress->setValue(0);
    m_progress->show();
    if (!m_context.outbox->send(m_batch, true)) {
        m_progress->hide();
        m_retry->show();
        m_problem->setText(tr("Other messages are still being sent; send these again when they "
                              "are done. They are kept in the outbox."));
        return false;
    }
    m_problem->clear();
    m_retry->hide();
    m_cancel->setVisible(isSending());
    return true;
}

void ComposeDialog::cancelSending()
{
    if (isSending())
        m_context.outbox->cancel();
}

void ComposeDialog::onEntryChanged(const Store::OutgoingEntry &entry)
{
    if (entry.batch == m_batch)
        m_model->setResult(entry);
}

void ComposeDialog::onFinished(qint64 batch, int sent, int failed, int unsent)
{
    if (batch != m_batch)
        return;
    m_progress->hide();
    m_cancel->hide();
    m_retry->setVisible(failed + unsent > 0);
    QStringList summary{tr("Sent to %Ln recipient(s)", nullptr, sent)};
    if (failed > 0)
        summary.append(tr("%Ln failed", nullptr, failed));
    if (unsent > 0)
        summary.append(tr("%Ln not sent", nullptr, unsent));
    if (m_preflight.excluded > 0)
        summary.append(tr("%Ln excluded", nullptr, m_preflight.excluded));
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    if (failed + unsent > 0)
        m_problem->setText(tr("The messages that did not go are kept in the outbox: Send again "
                              "now, or later from the status bar."));
    Q_EMIT sendingFinished(sent, failed, unsent);
}

} // namespace ContactDesk::Views
