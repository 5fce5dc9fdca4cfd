// The translations are complete and current: lupdate run on the sources
// now (into copies of the .ts files) leaves nothing unfinished, vanished
// or obsolete; every translation keeps its source's placeholders; plural
// forms are all there; and the compiled catalogues the programs carry
// translate, with plurals, in German, Spanish and English.

#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QStringList languages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("en")};

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // unfinished, vanished, obsolete or empty
    QStringList forms;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{context,
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          {},
                          {}};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms.append(xml.readElementText());
            } else {
                entry.forms.append(xml.readElementText());
            }
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// The placeholders a text uses: %1..%99, %L1.., %n, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // What Translations::install() put on the application, gone again.
    static void removeInstalledTranslators()
    {
        for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>(
                 Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(installed);
            delete installed;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Copies of the committed files, brought up to date with the
        // sources exactly as `update_translations` does.
        const QDir source(QStringLiteral(SOURCE_DIR));
        for (const QString &language : languages) {
            const QString name = QStringLiteral("contactdesk_%1.ts").arg(language);
            QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/") + name),
                                m_dir.filePath(name)));
            // The repository root is the include root, as for the compiler.
            QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-I"), source.path()};
            if (language == QLatin1String("en"))
                arguments.append(QStringLiteral("-pluralonly"));
            arguments += QStringLiteral(TRANSLATED_DIRS).split(QLatin1Char(','));
            arguments << QStringLiteral("-ts") << m_dir.filePath(name);
            QProcess lupdate;
            lupdate.setWorkingDirectory(source.path());
            lupdate.start(QStringLiteral(LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        }
    }

    void completeAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void completeAndCurrent()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Entry> entries =
            readTs(m_dir.filePath(QStringLiteral("contactdesk_%1.ts").arg(language)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = QStringLiteral("%1: “%2”").arg(e.context, e.source);
            if (!e.type.isEmpty()) {
                problems.append(QStringLiteral("%1 is %2").arg(where, e.type));
                continue;
            }
            if (e.numerus && e.forms.size() != 2)
                problems.append(
                    QStringLiteral("%1 has %2 plural forms, not 2").arg(where).arg(e.forms.size()));
            for (const QString &form : e.forms) {
                if (form.trimmed().isEmpty() && !e.source.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("%1 has an empty translation").arg(where));
                    continue;
                }
                QStringList expected = placeholders(e.source);
                QStringList got = placeholders(form);
                // A singular form may say "one" instead of %n.
                if (e.numerus && !got.contains(QLatin1String("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    problems.append(QStringLiteral("%1 → “%2” uses %3 instead of %4")
                                        .arg(where, form, got.join(QLatin1Char(' ')),
                                             expected.join(QLatin1Char(' '))));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theProgramsFollowTheLocale()
    {
        // What both programs do at start, for a German system.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ContactDesk::Translations::install(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("ContactDesk::Views::MainWindowActions", "&File"),
                 QStringLiteral("&Datei"));
        // Qt's own dialogs and buttons too (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QLocale::setDefault(QLocale::c());
        removeInstalledTranslators();
    }

    // A terminal's or container's C locale, and a language we have no
    // catalogue for, read English plurals, not "contact(s)"; counts carry
    // the locale's thousands separators.
    void otherLocalesReadEnglish_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("1 contact")
                           << QStringLiteral("185988 contacts");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << QStringLiteral("1 contact") << QStringLiteral("185,988 contacts");
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France)
                               << QStringLiteral("1 contact")
                               << QStringLiteral("185\u202f988 contacts");
    }

    void otherLocalesReadEnglish()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QLocale::setDefault(locale);
        ContactDesk::Translations::install(*QCoreApplication::instance());
        const auto count = [](int n) {
            return QCoreApplication::translate("ContactDesk::Views::FilterBar", "%Ln contact(s)",
                                               nullptr, n);
        };
        QCOMPARE(count(1), one);
        QCOMPARE(count(185988), many);
        QLocale::setDefault(QLocale::c());
        removeInstalledTranslators();
    }

    void compiledCataloguesTranslate()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("contactdesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCOMPARE(german.translate("ContactDesk::Views::MainWindowActions", "&File"),
                 QStringLiteral("&Datei"));
        QCOMPARE(german.translate("ContactDesk::Views::FilterBar", "%Ln contact(s)", nullptr, 1),
                 QStringLiteral("%Ln Kontakt"));
        QCOMPARE(german.translate("ContactDesk::Views::FilterBar", "%Ln contact(s)", nullptr, 3),
                 QStringLiteral("%Ln Kontakte"));
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Spain),
                             QStringLiteral("contactdesk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCOMPARE(spanish.translate("ContactDesk::Compose", "opted out of messages"),
                 QStringLiteral("se ha dado de baja de los mensajes"));
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates),
                             QStringLiteral("contactdesk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCOMPARE(english.translate("ContactDesk::Views::FilterBar", "%Ln contact(s)", nullptr, 1),
                 QStringLiteral("%Ln contact"));
        QCOMPARE(english.translate("ContactDesk::Views::FilterBar", "%Ln contact(s)", nullptr, 2),
                 QStringLiteral("%Ln contacts"));
        // Through the application, as the programs install it.
        QCoreApplication::installTranslator(&german);
        QCOMPARE(QCoreApplication::translate("ContactDesk::Views::ComposeDialog",
                                             "%Ln will receive it", nullptr, 2)
                     .replace(QStringLiteral("%Ln"), QStringLiteral("2")),
                 QStringLiteral("2 erhalten sie"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
