#include "views/Icons.h"

#include <QAction>
#include <QFile>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>

namespace ContactDesk::Views::Icons {

namespace {

// The SVGs are drawn in #000000; that colour is replaced per mode.
class ThemedSvgEngine final : public QIconEngine
{
public:
    ThemedSvgEngine(QByteArray svg, QColor normal, QColor disabled)
        : m_svg(std::move(svg))
        , m_normal(std::move(normal))
        , m_disabled(std::move(disabled))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(colored(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // QIcon asks in device pixels (the logical size times `scale`):
        // rendered at that size, not scaled up from a small one.
        const QSize pixels = size;
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer renderer(colored(mode));
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        painter.end();
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("ContactDeskThemedSvg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray colored(QIcon::Mode mode) const
    {
        QByteArray svg = m_svg;
        const QColor &color = mode == QIcon::Disabled ? m_disabled : m_normal;
        return svg.replace("#000000", color.name().toLatin1());
    }

    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
};

} // namespace

QIcon themed(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgEngine(file.readAll(),
                                     palette.color(QPalette::Active, QPalette::ButtonText),
                                     palette.color(QPalette::Disabled, QPalette::ButtonText)));
}

void applyToActions(QWidget *root)
{
    const QPalette palette = root->palette();
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property("iconName").toString();
        if (!name.isEmpty())
            action->setIcon(themed(name, palette));
    }
}

} // namespace ContactDesk::Views::Icons
