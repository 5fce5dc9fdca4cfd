#pragma once

#include "core/Domain.h"

#include <QAbstractListModel>
#include <QPointer>

namespace ContactDesk::Api {
class HeymarketClient;
class RequestGroup;
} // namespace ContactDesk::Api

namespace ContactDesk::Models {

// The team's templates that can be used (not archived), newest first, as
// POST /v1/templates gives its first page: the name to show, the id and
// the text in roles. load() asks the server (again); loaded() follows, with
// error() saying why when it failed (the list is empty then). The compose
// dialog offers these.
class TemplateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        TextRole                   // the template's text, merge tokens and all
    };

    // The client the templates come from (not owned).
    explicit TemplateListModel(Api::HeymarketClient *client, QObject *parent = nullptr);
    ~TemplateListModel() override;

    // A load still on its way is dropped: only the newest answers.
    void load();
    bool isLoading() const;
    // Why the last load failed; empty when it did not.
    QString error() const { return m_error; }
    const QList<Template> &templates() const { return m_templates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    QPointer<Api::HeymarketClient> m_client;
    Api::RequestGroup *m_requests = nullptr;
    QList<Template> m_templates;
    QString m_error;
};

} // namespace ContactDesk::Models
