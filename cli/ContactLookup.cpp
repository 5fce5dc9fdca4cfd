#include "cli/ContactLookup.h"

#include "core/ContactFields.h"
#include "core/SearchText.h"

#include <QJsonArray>
#include <QSet>

namespace ContactDesk::Cli {

QList<Store::StoredContact> ContactLookup::matching(const Store::ContactStore &store,
                                                    const QString &text,
                                                    const QStringList &tagNames, QString *problem)
{
    QSet<qint64> wanted;
    const QList<Tag> tags = store.tags();
    for (const QString &name : tagNames) {
        const auto it = std::find_if(tags.cbegin(), tags.cend(), [&name](const Tag &tag) {
            return tag.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == tags.cend()) {
            *problem = tr("--tag: the team has no tag “%1”").arg(name);
            return {};
        }
        wanted.insert(it->id);
    }
    // What the window's search box matches, the same way.
    const SearchText::Query query = SearchText::parse(text);
    QList<Store::StoredContact> found;
    store.forEachContact([&](const Store::StoredContact &contact) {
        if (!wanted.isEmpty()) {
            QSet<qint64> has;
            for (const QJsonValue &tag : contact.fields.value(Field::tags).toArray())
                has.insert(tag.toInteger());
            if (!has.contains(wanted))
                return true;
        }
        const QByteArray phone = contact.fields.value(Field::phone).toString().toLatin1();
        const QByteArray words = query.phone ? QByteArray() : SearchText::ofContact(contact.fields);
        if (SearchText::matches(query, std::string_view(phone.constData(), phone.size()),
                                std::string_view(words.constData(), words.size())))
            found.append(contact);
        return true;
    });
    return found;
}

} // namespace ContactDesk::Cli
