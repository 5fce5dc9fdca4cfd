#include "models/TemplateListModel.h"

#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "core/HtmlText.h"
#include "sync/TemplatePages.h"

namespace ContactDesk::Models {

TemplateListModel::TemplateListModel(Api::HeymarketClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_requests(new Api::RequestGroup(this))
{}

TemplateListModel::~TemplateListModel()
{
    m_requests->dropAll();
}

bool TemplateListModel::isLoading() const
{
    return m_requests->size() > 0;
}

void TemplateListModel::load()
{
    m_requests->dropAll();
    if (!m_client) {
        beginResetModel();
        m_templates.clear();
        m_error = tr("not connected to the server");
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    // Every page, not only the 30 most recent.
    Sync::TemplatePages::readAll(
        m_client, m_requests, [this](const QList<Template> &templates, const Api::ApiError &error) {
            beginResetModel();
            m_templates.clear();
            m_error.clear();
            if (error.isError())
                m_error = error.describe();
            // What was read before an error is offered still, with the error.
            for (const Template &t : templates)
                if (!t.archived)
                    m_templates.append(t);
            endResetModel();
            Q_EMIT loaded();
        });
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Template &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case Qt::ToolTipRole: // the server's text, as written
        return HtmlText::forToolTip(t.text);
    case TextRole:
        return t.text;
    case IdRole:
        return t.id;
    default:
        return {};
    }
}

} // namespace ContactDesk::Models
