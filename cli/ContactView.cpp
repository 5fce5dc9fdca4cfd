#include "cli/ContactView.h"

#include "cli/Output.h"
#include "core/ContactFields.h"
#include "core/Phone.h"

#include <QJsonArray>

namespace ContactDesk::Cli {

namespace {

QString text(const QJsonObject &fields, QLatin1String key)
{
    return fields.value(key).toString();
}

} // namespace

QString ContactView::line(const Store::StoredContact &contact)
{
    const QJsonObject &f = contact.fields;
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(contact.id)
        .arg(text(f, Field::displayName), Phone::formatForDisplay(text(f, Field::phone)),
             text(f, Field::email));
}

void ContactView::printList(const QList<Store::StoredContact> &contacts, bool json)
{
    if (!json) {
        for (const Store::StoredContact &c : contacts)
            out(line(c));
        return;
    }
    QJsonArray array;
    for (const Store::StoredContact &c : contacts) {
        QJsonObject object = c.fields;
        object.insert(QStringLiteral("id"), c.id);
        array.append(object);
    }
    printJson(array);
}

} // namespace ContactDesk::Cli
