// How the app looks and is reached: every colour it adds reads (WCAG 4.5:1)
// on light and dark palettes and follows a palette change; action icons are
// drawn from SVG at the device's pixels and in the palette's colours; every
// control of the main window and its dialogs has an accessible name; the
// detail panel is walked in order with Tab and Shift+Tab.

#include "models/ContrastColors.h"
#include "store/ContactStore.h"
#include "views/BulkEditDialog.h"
#include "views/ComposeDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/Icons.h"
#include "views/ImportWizard.h"
#include "views/MainWindow.h"
#include "views/SettingsDialog.h"
#include "views/TonedText.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The controls under `root` a keyboard or screen reader user meets, and
// the ones among them without a name.
QStringList unnamed(QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || w->isWindow())
            continue;
        // Parts of compound widgets (a combo's line edit and its popup list,
        // a view's viewport, spin box internals) are named by their owner.
        const auto partOfCompound = [](const QWidget *part) {
            for (const QWidget *up = part->parentWidget(); up; up = up->parentWidget())
                if (qobject_cast<const QComboBox *>(up) || up->inherits("QAbstractSpinBox"))
                    return true;
            return false;
        };
        if (partOfCompound(w))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QHeaderView") ||
            w->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing.append(QStringLiteral("%1 (%2)").arg(
                w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
                QString::fromLatin1(w->metaObject()->className())));
    }
    return missing;
}

} // namespace

class TestLookAndAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void tonesReadOnLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void tonesReadOnLightAndDark()
    {
        QFETCH(QPalette, palette);
        for (ContrastColors::Tone tone :
             {ContrastColors::Tone::Error, ContrastColors::Tone::Warning,
              ContrastColors::Tone::Conflict, ContrastColors::Tone::Muted}) {
            const QColor color = ContrastColors::text(tone, palette);
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
                const double ratio = ContrastColors::contrast(color, palette.color(background));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                                                      .arg(int(tone))
                                                      .arg(palette.color(background).name())
                                                      .arg(ratio)));
            }
        }
        // Chip text on the seeded tag colours and on a tag without one.
        for (const QColor &background :
             {QColor(0x1f, 0x6f, 0xeb), QColor(0x2d, 0xa4, 0x4e), QColor(0xbf, 0x87, 0x00),
              QColor(0xcf, 0x22, 0x2e), QColor(0xe6, 0xed, 0xf3),
              ContrastColors::tagWithoutColor()}) {
            QVERIFY2(ContrastColors::contrast(ContrastColors::textOn(background), background) >=
                         4.5,
                     qPrintable(background.name()));
        }
        // The error banner brings its own background: it reads on any palette.
        QVERIFY(ContrastColors::contrast(ContrastColors::errorBannerText(),
                                         ContrastColors::errorBannerBackground()) >= 4.5);
    }

    void labelsFollowAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        QLabel label(QStringLiteral("Not saved"));
        Views::setTone(&label, ContrastColors::Tone::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 ContrastColors::text(ContrastColors::Tone::Error, lightPalette()));
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 ContrastColors::text(ContrastColors::Tone::Error, darkPalette()));
        QVERIFY(ContrastColors::contrast(label.palette().color(QPalette::WindowText),
                                         darkPalette().color(QPalette::Window)) >= 4.5);
        Views::clearTone(&label);
        QApplication::setPalette(lightPalette());
        QCoreApplication::processEvents();
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 lightPalette().color(QPalette::WindowText));
    }

    void iconsAreSharpAndThemed()
    {
        const QIcon light = Views::Icons::themed(QStringLiteral("sync"), lightPalette());
        const QIcon dark = Views::Icons::themed(QStringLiteral("sync"), darkPalette());
        QVERIFY(!light.isNull());
        const QPixmap one = light.pixmap(QSize(24, 24), 1.0);
        const QPixmap two = light.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(one.size(), QSize(24, 24));
        QCOMPARE(two.size(), QSize(48, 48));
        QCOMPARE(two.devicePixelRatio(), 2.0);
        // Drawn at 48 px, not the 24 px picture blown up.
        const QImage blownUp = one.toImage().scaled(48, 48);
        QVERIFY(two.toImage().convertToFormat(blownUp.format()) != blownUp);
        const auto strokeLightness = [](const QPixmap &pixmap) {
            const QImage image = pixmap.toImage();
            int lightest = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) == 255)
                        lightest = std::max(lightest, QColor(image.pixel(x, y)).lightness());
            return lightest;
        };
        QVERIFY(strokeLightness(light.pixmap(QSize(48, 48))) < 80);
        QVERIFY(strokeLightness(dark.pixmap(QSize(48, 48))) > 200);
        QVERIFY(Views::Icons::themed(QStringLiteral("no-such-icon"), lightPalette()).isNull());
    }

    void everyControlHasAName()
    {
        Store::ContactStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("names.sqlite"))).describe(), QString());
        Views::MainWindow window;
        window.setStore(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList main = unnamed(&window);
        QVERIFY2(main.isEmpty(),
                 qPrintable(QStringLiteral("main window: ") + main.join(QStringLiteral(", "))));
        // Every toolbar and menu action is reachable by its text and icon.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->menu() ||
                action->objectName().startsWith(QLatin1String("_q_"))) // Qt's own, named by Qt
                continue;
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }

        Views::SettingsDialog settings(Views::AppSettings{}, &window);
        settings.show();
        QVERIFY2(unnamed(&settings).isEmpty(),
                 qPrintable(QStringLiteral("settings: ") +
                            unnamed(&settings).join(QStringLiteral(", "))));
        settings.hide();

        Compose::Recipient recipient;
        recipient.contactId = 1;
        recipient.name = QStringLiteral("Ann Lee");
        recipient.phone = QStringLiteral("14155550101");
        Views::ComposeDialog compose({recipient}, {}, &window);
        compose.show();
        QVERIFY2(
            unnamed(&compose).isEmpty(),
            qPrintable(QStringLiteral("compose: ") + unnamed(&compose).join(QStringLiteral(", "))));
        compose.hide();

        const QString csv = m_dir.filePath(QStringLiteral("names.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Phone Number\nAnn,(415) 555-0101\n");
        file.close();
        QWidget *wizard = window.openImport(csv);
        QVERIFY(wizard);
        QVERIFY2(unnamed(wizard).isEmpty(), qPrintable(QStringLiteral("import wizard: ") +
                                                       unnamed(wizard).join(QStringLiteral(", "))));
        wizard->close();

        Views::BulkEditDialog bulk(&store, {}, &window);
        bulk.show();
        QVERIFY2(unnamed(&bulk).isEmpty(), qPrintable(QStringLiteral("bulk edit: ") +
                                                      unnamed(&bulk).join(QStringLiteral(", "))));
    }

    void tabWalksTheDetailPanel()
    {
        Store::ContactStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("tab.sqlite"))).describe(), QString());
        store.replaceFields({{1, QStringLiteral("Plan")}});
        Contact ann;
        ann.id = 7;
        ann.first = QStringLiteral("Ann");
        ann.last = QStringLiteral("Lee");
        ann.phone = QStringLiteral("14155550101");
        store.applyServerContacts({ann});
        Views::ContactDetailPanel panel;
        panel.setStore(&store);
        panel.resize(420, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showContact(7);
        auto *first = panel.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"));
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);

        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = focus->objectName();
            if (i > 0 && focus == first)
                break; // back at the start: the whole panel was walked
            visited.append(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const QStringList expected{
            QStringLiteral("firstNameEdit"),       QStringLiteral("lastNameEdit"),
            QStringLiteral("displayNameEdit"),     QStringLiteral("phoneEdit"),
            QStringLiteral("emailEdit"),           QStringLiteral("tagInput"),
            QStringLiteral("ownerCombo"),          QStringLiteral("statusCombo"),
            QStringLiteral("channelList"),         QStringLiteral("channelTypeCombo"),
            QStringLiteral("channelValueEdit"),    QStringLiteral("addChannelButton"),
            QStringLiteral("removeChannelButton"), QStringLiteral("customField_1"),
            QStringLiteral("composeButton"),       QStringLiteral("historyView")};
        int last = -1;
        for (const QString &name : expected) {
            const int at = int(visited.indexOf(name));
            QVERIFY2(at > last, qPrintable(QStringLiteral("%1 not reached in order; Tab went: %2")
                                               .arg(name, visited.join(QStringLiteral(" → ")))));
            last = at;
        }
        // And back with Shift+Tab.
        auto *status = panel.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setFocus(Qt::TabFocusReason);
        QTest::keyClick(status, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ownerCombo"));
    }
};

QTEST_MAIN(TestLookAndAccess)
#include "tst_look_and_access.moc"
