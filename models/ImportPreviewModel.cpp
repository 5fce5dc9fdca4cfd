#include "models/ImportPreviewModel.h"

#include "core/HtmlText.h"
#include "models/ContrastColors.h"

#include <QColor>
#include <QPalette>

namespace ContactDesk::Models {

using Action = Import::Row::Action;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPreview(Sync::Preview *preview)
{
    beginResetModel();
    m_preview = preview;
    m_fixes.clear();
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    m_rows.clear();
    if (!m_preview)
        return;
    const QList<Sync::PreviewRow> &list =
        m_show == Show::First ? m_preview->first : m_preview->attention;
    for (int i = 0; i < list.size(); ++i) {
        const Action action = list.at(i).action;
        const bool wanted = m_show == Show::First || m_show == Show::Attention ||
                            (m_show == Show::Invalid && action == Action::Invalid) ||
                            (m_show == Show::Skipped && action == Action::Skip) ||
                            (m_show == Show::Warnings && !list.at(i).warnings.isEmpty() &&
                             action != Action::Invalid);
        if (wanted)
            m_rows.append(i);
    }
}

const Sync::PreviewRow &ImportPreviewModel::rowAt(int row) const
{
    const QList<Sync::PreviewRow> &list =
        m_show == Show::First ? m_preview->first : m_preview->attention;
    return list.at(m_rows.at(row));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_preview)
        return 0;
    return FirstField + int(m_preview->header.size());
}

QString ImportPreviewModel::actionText(Action action)
{
    switch (action) {
    case Action::New:
        return tr("New");
    case Action::Update:
        return tr("Update");
    case Action::Skip:
        return tr("Skipped");
    case Action::Invalid:
        return tr("Invalid");
    case Action::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sync::PreviewRow &row = rowAt(index.row());
    if (role == ActionRole)
        return int(row.action);
    if (role == LineRole)
        return row.line;
    switch (index.column()) {
    case Line:
        if (role == Qt::DisplayRole)
            return row.line;
        break;
    case Result:
        if (role == Qt::DisplayRole)
            return actionText(row.action);
        if (role == Qt::ForegroundRole && row.action == Action::Invalid)
            return ContrastColors::text(ContrastColors::Tone::Error,
                                        ContrastColors::applicationPalette());
        if (role == Qt::ForegroundRole && !row.warnings.isEmpty())
            return ContrastColors::text(ContrastColors::Tone::Warning,
                                        ContrastColors::applicationPalette());
        break;
    case Problems:
        if (role == Qt::DisplayRole)
            return (row.problems + row.warnings).join(QLatin1String("; "));
        if (role == Qt::ToolTipRole) // they quote the file
            return HtmlText::forToolTip((row.problems + row.warnings).join(QLatin1Char('\n')));
        break;
    default:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.fields.value(index.column() - FirstField);
        if (role == Qt::ToolTipRole && row.action == Action::Invalid)
            return tr("Double-click to correct this value; the row is checked again.");
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The file's line as the row's header: it stays in view however far
    // the table scrolls sideways.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 &&
        section < rowCount())
        return rowAt(section).line;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Result:
        return tr("Result");
    case Problems:
        return tr("Problems");
    default:
        return m_preview ? m_preview->header.value(section - FirstField) : QVariant();
    }
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= FirstField)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Sync::PreviewRow &row = rowAt(index.row());
    QStringList fields = row.fields;
    const int field = index.column() - FirstField;
    while (fields.size() <= field)
        fields.append(QString());
    if (fields.at(field) == value.toString())
        return false;
    fields[field] = value.toString();
    const qint64 line = row.line;
    m_preview->fix(line, fields); // updates the row in both lists
    m_fixes.insert(line, fields);
    // The row stays where it is (the user sees the result of the fix).
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT countsChanged();
    return true;
}

} // namespace ContactDesk::Models
