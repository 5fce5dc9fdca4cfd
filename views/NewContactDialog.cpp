#include "views/NewContactDialog.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "store/ContactStore.h"
#include "views/TonedText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk::Views {

namespace {

QLineEdit *field(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

NewContactDialog::NewContactDialog(Store::ContactStore *store, const QString &region,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_region(region)
{
    setObjectName(QStringLiteral("newContactDialog"));
    setWindowTitle(tr("New contact"));
    auto *layout = new QVBoxLayout(this);
    // Wide enough for a hint on one line; taller when one wraps.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    auto *form = new QFormLayout;
    m_first = field(this, QStringLiteral("newFirstName"), tr("First name"));
    m_last = field(this, QStringLiteral("newLastName"), tr("Last name"));
    m_phone = field(this, QStringLiteral("newPhone"), tr("Phone"));
    m_phone->setPlaceholderText(tr("e.g. (415) 555-0134"));
    m_email = field(this, QStringLiteral("newEmail"), tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phoneHint = hintLabel(this, QStringLiteral("newPhoneHint"));
    m_emailHint = hintLabel(this, QStringLiteral("newEmailHint"));
    form->addRow(tr("Fi&rst name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneHint);
    form->addRow(tr("Em&ail:"), m_email);
    form->addRow(QString(), m_emailHint);
    layout->addLayout(form);
    m_needs = new QLabel(tr("A contact needs a phone number or an email address."), this);
    m_needs->setObjectName(QStringLiteral("newContactNeeds"));
    m_needs->setWordWrap(true);
    setTone(m_needs, ContrastColors::Tone::Muted);
    layout->addWidget(m_needs);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newContactCreate"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Return creates, once valid
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (!m_fields.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_first, m_last, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &NewContactDialog::check);
    check();
}

NewContactDialog::~NewContactDialog() = default;

void NewContactDialog::check()
{
    m_fields = {};
    bool valid = true;
    QString digits;
    const QString typedPhone = m_phone->text().trimmed();
    if (!typedPhone.isEmpty()) {
        const Phone::Normalized number = Phone::normalize(typedPhone, m_region);
        if (!number.problem.isEmpty()) {
            showHint(m_phoneHint, tr("Not a valid phone number: %1").arg(number.problem), true);
            valid = false;
        } else if (m_store && m_store->contactByPhone(number.digits)) {
            showHint(
                m_phoneHint,
                tr("%1 already belongs to a contact.").arg(Phone::formatForDisplay(number.digits)),
                true);
            valid = false;
        } else {
            showHint(m_phoneHint, tr("Saved as %1").arg(Phone::formatForDisplay(number.digits)),
                     false);
            digits = number.digits;
        }
    } else {
        showHint(m_phoneHint, {}, false);
    }
    const QString address = m_email->text().trimmed();
    if (const QString problem = address.isEmpty() ? QString() : Email::problem(address);
        !problem.isEmpty()) {
        showHint(m_emailHint, tr("Not a valid email address: %1").arg(problem), true);
        valid = false;
    } else {
        showHint(m_emailHint, {}, false);
    }
    const bool reachable = !digits.isEmpty() || !address.isEmpty();
    m_needs->setVisible(!reachable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && reachable);
    if (!valid || !reachable)
        return;
    const auto put = [this](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            m_fields.insert(key, value);
    };
    put(Field::first, m_first->text().trimmed());
    put(Field::last, m_last->text().trimmed());
    put(Field::phone, digits);
    put(Field::email, address);
}

QJsonObject NewContactDialog::fields() const
{
    return m_fields;
}

QString NewContactDialog::name() const
{
    const QString named =
        QStringList{m_fields.value(Field::first).toString(), m_fields.value(Field::last).toString()}
            .join(QLatin1Char(' '))
            .trimmed();
    if (!named.isEmpty())
        return named;
    const QString phone = m_fields.value(Field::phone).toString();
    return phone.isEmpty() ? m_fields.value(Field::email).toString()
                           : Phone::formatForDisplay(phone);
}

} // namespace ContactDesk::Views
