#pragma once

#include "views/EditCommands.h"

#include <QGroupBox>
#include <QJsonArray>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ContactDesk::Views {

// A contact's channels ("phone: +1 415-555-0101", "email: …") and a row
// to add one: type, address, Add. A phone number is normalised with the
// default region and an address checked first, the reason shown beside the
// row when it cannot be. Enter (or a double-click) on a channel edits it:
// Add becomes Save and the new address replaces the old in one step.
// Remove takes the selected channel away. The editor changes nothing
// itself: changeRequested() gives the steps to run as one ChannelCommand.
class ChannelEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelEditor)

public:
    explicit ChannelEditor(QWidget *parent = nullptr);
    ~ChannelEditor() override;

    void setDefaultRegion(const QString &region) { m_region = region; }
    // The contact's channels as its field map holds them.
    void showChannels(const QJsonArray &channels);
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

    QString m_region = QStringLiteral("US");
    std::optional<QPair<QString, QString>> m_editing; // type, value being edited
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ContactDesk::Views
