#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// File ▸ New contact: first and last name, phone and email, each checked
// as it is typed (the phone normalised for the default region, with the
// reason when it is not a number; the address checked; a number another
// contact has already named). A contact needs a phone or an email (an
// email-only contact is made through the v2 API); Create is offered once
// what is filled in is valid.
class NewContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewContactDialog)

public:
    NewContactDialog(Store::ContactStore *store, const QString &region, QWidget *parent = nullptr);
    ~NewContactDialog() override;

    // The new contact's fields (Field keys; phone as E.164 digits), once
    // what is typed is valid; empty before.
    QJsonObject fields() const;
    // What the contact is called, for the undo step ("New contact Ann Lee").
    QString name() const;

private:
    void check();

    QPointer<Store::ContactStore> m_store;
    QString m_region;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLabel *m_emailHint = nullptr;
    QLabel *m_needs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QJsonObject m_fields;
};

} // namespace ContactDesk::Views
