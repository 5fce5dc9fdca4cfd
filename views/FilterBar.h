#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ContactDesk::Models {
class ContactFilterModel;
}
namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// The bar above the contact table: a search field (filtering as you type,
// after a short pause), tag, owner and status filters (the team's tags and
// members from the store; "needs attention" and "waiting to sync" among the
// statuses) and how many contacts are shown of how many. It sets the
// filter model's ContactFilter.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The model filtered (not owned).
    void setContacts(Models::ContactFilterModel *contacts);
    // Where the tags and members offered come from (not owned; nullptr: none).
    void setStore(Store::ContactStore *store);
    // How many contacts the team has, for "12 of 5,000 contacts", until
    // the model lists them (then its rows are counted).
    void setTotal(qint64 total);
    qint64 total() const { return m_total; }

    // Something narrows the view: search text or a filter.
    bool isFiltering() const;
    // Back to every contact: no search text, every filter on "any".
    void clear();
    // Ctrl+F: the search field, its text selected.
    void focusSearch();

Q_SIGNALS:
    // Down (or Return) in the search field: on to the results.
    void resultsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCombos();
    void apply();
    void updateCounts();

    QPointer<Models::ContactFilterModel> m_contacts;
    QPointer<Store::ContactStore> m_store;
    qint64 m_total = 0;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_counts = nullptr;
    int m_countsWidth = 0; // the widest count shown so far: the bar never shifts back
};

} // namespace ContactDesk::Views
