#pragma once

#include "sync/ImportSession.h"

#include <QAbstractTableModel>

namespace ContactDesk::Models {

// The rows of an import preview for the wizard's table: line, result,
// problems (then warnings), then the file's columns. Shows the rows that
// need attention (invalid, skipped, with a warning, or one of them), or the
// first rows of the file.
// Editing a cell of the file's columns fixes that row: it is checked again
// (Preview::fix) and the counts follow (countsChanged).
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum class Show
    {
        Attention, // invalid and skipped, and rows with a warning
        Invalid,
        Skipped,
        Warnings, // imported, with a warning (an owner not found, a value left out)
        First     // the first rows, whatever they are
    };
    enum Column
    {
        Line,
        Result,
        Problems,
        FirstField // then one per file column
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // Import::Row::Action as int
        LineRole
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setPreview(Sync::Preview *preview);
    void setShow(Show show);
    Show show() const { return m_show; }
    // The lines the user fixed, with their fields as fixed (for staging).
    const QHash<qint64, QStringList> &fixes() const { return m_fixes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString actionText(Import::Row::Action action);

Q_SIGNALS:
    void countsChanged();

private:
    void rebuild();
    const Sync::PreviewRow &rowAt(int row) const;

    Sync::Preview *m_preview = nullptr;
    Show m_show = Show::Attention;
    QList<int> m_rows; // indexes into the preview's list for m_show
    QHash<qint64, QStringList> m_fixes;
};

} // namespace ContactDesk::Models
