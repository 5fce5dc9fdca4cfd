#pragma once

#include "views/EditCommands.h"

#include <QGroupBox>
#include <QJsonArray>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ContactDesk::Views {

// A contact's channels, every one of them ("Phone: +1 415-555-0101
// (primary)", "Email: …", "Facebook: …"), and a row to add one: type,
// address, Add. A phone number is normalised with the default region and an
// address checked first, the reason shown beside the row when it cannot be.
// Enter (or a double-click) on a channel edits it: Add becomes Save and the
// new address replaces the old in one step. Remove takes the selected
// channel away. Heymarket's API changes and removes a channel only by its
// type, which is the primary one (spec 5.9): only a primary phone or email
// can be edited or removed; selecting another says why, and its Edit and
// Remove are off. The editor changes nothing itself: changeRequested() gives
// the steps to run as one ChannelCommand.
class ChannelEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelEditor)

public:
    explicit ChannelEditor(QWidget *parent = nullptr);
    ~ChannelEditor() override;

    void setDefaultRegion(const QString &region) { m_region = region; }
    // The contact's channels as ContactStore::channelsOf gives them;
    // `listed`: read from the server's channel list (else only the primary
    // phone and email are known, and the box says so).
    void showChannels(const QJsonArray &channels, bool listed = true);
    // A sentence about the channels (why an undo could not take a channel
    // back, why the list could not be read), shown beside the row.
    void explain(const QString &text, bool error);
    // Whether (type, value) is the primary of its type in `channels`: the
    // only channel of a type the API can change or remove.
    static bool isPrimary(const QJsonArray &channels, const QString &type, const QString &value);
    // "Phone", "Email", "Facebook", or the type as the API names it.
    static QString typeLabel(const QString &type);
    // Another contact: no channel being edited, no hint.
    void reset();
    // The last control of the box in Tab order (the form puts what follows
    // after it).
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    // Steps to run, and the undo text for them.
    void changeRequested(const QList<ContactDesk::Views::ChannelCommand::Step> &steps,
                         const QString &what);

private:
    void addChannel();
    void editSelectedChannel();
    void removeSelectedChannel();
    void selectionChanged();
    // The selected channel when it can be edited (a primary phone or
    // email); otherwise says why not and gives nothing.
    QListWidgetItem *editableSelection();

    QString m_region = QStringLiteral("US");
    std::optional<QPair<QString, QString>> m_editing; // type, value being edited
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_listed = nullptr; // "only the primary phone and email are known so far"
    QJsonArray m_channels;
};

} // namespace ContactDesk::Views
