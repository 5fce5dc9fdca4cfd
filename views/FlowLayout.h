#pragma once

#include <QLayout>
#include <QList>

namespace ContactDesk::Views {

// Lays its widgets out left to right and wraps to a new line when the
// width runs out, as words in a paragraph: the tag chips, which must never
// widen the detail form (it would scroll sideways). Its height follows its
// width (heightForWidth), so the form grows downwards instead.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, with apply false);
    // returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace ContactDesk::Views
