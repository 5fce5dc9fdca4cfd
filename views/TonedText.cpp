#include "views/TonedText.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace ContactDesk::Views {

namespace {

const char *const toneProperty = "contactdeskTone";

// Re-applies a widget's tone when the application palette changes.
class ToneKeeper final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange) {
            auto *widget = static_cast<QWidget *>(watched);
            const QVariant tone = widget->property(toneProperty);
            if (tone.isValid())
                setTone(widget, ContrastColors::Tone(tone.toInt()));
        }
        return false;
    }
};

} // namespace

void setTone(QWidget *widget, ContrastColors::Tone tone)
{
    QPalette palette = widget->palette();
    const QColor color = ContrastColors::text(tone, QApplication::palette());
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, color);
    widget->setPalette(palette);
    if (!widget->property(toneProperty).isValid())
        widget->installEventFilter(new ToneKeeper(widget));
    widget->setProperty(toneProperty, int(tone));
}

void clearTone(QWidget *widget)
{
    widget->setProperty(toneProperty, QVariant());
    widget->setPalette(QPalette());
}

QLabel *hintLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showHint(QLabel *hint, const QString &text, bool error)
{
    hint->setText(text);
    setTone(hint, error ? ContrastColors::Tone::Error : ContrastColors::Tone::Muted);
    hint->setVisible(!text.isEmpty());
}

} // namespace ContactDesk::Views
