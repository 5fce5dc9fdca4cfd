// Import preview speed: a generated CSV of N rows (mixed phone formats and
// countries, emails, opt-outs, tags, some duplicates and bad values) read,
// normalised, validated and de-duplicated by Csv::Reader + Import::Validator,
// against a baseline doing the same with Python's csv module and
// python3-phonenumbers on the same file, in the same run. And vCard: a
// generated .vcf of N contacts (2.1 with quoted-printable names and bare
// parameters, 3.0 with preferences and folded notes, several phones and
// emails each) read by VCard::Reader, against Python's vobject
// (python3-vobject) parsing the same file into the same values.

#include "bench/BenchData.h"
#include "bench/BenchSupport.h"
#include "core/CsvReader.h"
#include "core/ImportValidator.h"
#include "core/Phone.h"
#include "core/VCardReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace ContactDesk;

namespace {

const char *const regions[] = {"US", "US", "US", "GB", "DE", "FR", "IN", "BR", "AU"};

// Writes rows like a team's spreadsheet; returns false on I/O failure.
bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "First Name,Last Name,Phone Number,Email,Opt Out,List\n";
    for (int i = 0; i < rows; ++i) {
        const char *region = regions[i % std::size(regions)];
        QString phone = Phone::exampleNumber(QString::fromLatin1(region), quint32(i / 7 * 7));
        // Formats people type: "+1 415...", "(415) 555-..." for US, digits for others.
        if (i % 3 == 0 && phone.startsWith(QLatin1Char('1')))
            phone =
                QStringLiteral("(%1) %2-%3").arg(phone.mid(1, 3), phone.mid(4, 3), phone.mid(7));
        else
            phone.prepend(QLatin1Char('+'));
        if (i % 97 == 0)
            phone = QStringLiteral("555-01"); // invalid
        out += "Name" + QByteArray::number(i) + ",Müller," + phone.toUtf8() + ",person" +
               QByteArray::number(i) + "@example.com," + (i % 11 == 0 ? "yes" : "no") +
               (i % 5 == 0 ? ",VIP;Newsletter\n" : ",\n");
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return true;
}

const char *baselineScript = R"PY(
import csv, sys, phonenumbers
seen_phone, seen_email = {}, {}
counts = {"new": 0, "skip": 0, "invalid": 0}
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    reader = csv.reader(f)
    header = next(reader)
    for line, row in enumerate(reader, start=2):
        problems = []
        phone = None
        try:
            n = phonenumbers.parse(row[2], "US")
            if phonenumbers.is_valid_number(n):
                phone = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)[1:]
            else:
                problems.append("invalid")
        except phonenumbers.NumberParseException:
            problems.append("invalid")
        email = row[3].strip().lower()
        if email.count("@") != 1:
            problems.append("email")
        if row[4].strip().lower() not in ("", "yes", "y", "true", "t", "1", "no", "n", "false", "f", "0"):
            problems.append("opt out")
        tags = [t.strip() for t in row[5].replace(",", ";").split(";") if t.strip()]
        if len(tags) > 5:
            problems.append("tags")
        if problems:
            counts["invalid"] += 1
        elif phone in seen_phone or (email and email in seen_email):
            counts["skip"] += 1
        else:
            seen_phone[phone] = line
            if email:
                seen_email[email] = line
            counts["new"] += 1
print(counts["new"], counts["skip"], counts["invalid"])
)PY";

struct Run
{
    double ms = -1;
    Import::Counts counts;
};

// The import's check of a file (read, normalise, validate, de-duplicate),
// CSV or vCard, as ImportSession::preview runs it without a team.
Run runOurs(const QString &path, bool vCard = false)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return run;
    std::unique_ptr<Csv::RecordSource> source;
    if (vCard)
        source = std::make_unique<VCard::Reader>(&file);
    else
        source = std::make_unique<Csv::Reader>(&file);
    Csv::RecordSource &reader = *source;
    if (!reader.open())
        return run;
    Csv::Record header;
    reader.next(header);
    Import::Validator validator(header.fields, Import::guessMapping(header.fields, {}), {}, {});
    qint64 rows = 0;
    Import::validateAll(reader, validator,
                        [&rows](const Import::Row &, const Csv::Record &) { ++rows; });
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.counts = validator.counts();
    return run;
}

double runBaseline(const QString &path, QString *output)
{
    // Debian's python3, where python3-phonenumbers is installed (a python3
    // earlier on PATH, such as pyenv's, would not have it).
    QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return -1;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(baselineScript), path});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "baseline failed (is python3-phonenumbers installed?): %s\n",
                     process.readAllStandardError().constData());
        return -1;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return double(timer.nsecsElapsed()) / 1e6;
}

void measure(int rows, const char *name, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("import-%1.csv").arg(rows));
    if (!writeCsv(path, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    const Run ours = runOurs(path);
    std::fprintf(stderr, "ours, %d rows: %.0f ms (new %d, skipped %d, invalid %d)\n", rows, ours.ms,
                 ours.counts.newRows, ours.counts.skipped, ours.counts.invalid);
    Bench::metric(name, ours.ms, "ms");
    QString baselineCounts;
    const double baseline = runBaseline(path, &baselineCounts);
    if (baseline > 0) {
        std::fprintf(stderr,
                     "baseline (python csv + phonenumbers): %.0f ms (new skipped invalid: %s)\n",
                     baseline, qPrintable(baselineCounts));
        const QByteArray ratio = QByteArray(name) + QByteArray("_vs_baseline");
        Bench::metric(ratio.constData(), ours.ms / baseline, "x");
    }
}

// Writes N contacts as a phone or address book exports them: every other
// one vCard 2.1 (Android, Outlook), the rest 3.0 (Google, Apple).
bool writeVcf(const QString &path, int contacts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out;
    for (int i = 0; i < contacts; ++i) {
        const QByteArray n = QByteArray::number(i);
        // Each contact's numbers its own (the check de-duplicates by phone).
        const QByteArray phone = "+1 415 " + QByteArray::number(2000000 + i);
        if (i % 2 == 0) {
            out += "BEGIN:VCARD\r\nVERSION:2.1\r\n";
            if (i % 4 == 0) // "Müller" quoted-printable, as Android writes it
                out += "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller" + n +
                       ";Anna;;;\r\n"
                       "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Anna M=C3=BCller" +
                       n + "\r\n";
            else
                out += "N:Smith" + n + ";John;;;\r\nFN:John Smith" + n + "\r\n";
            out += "TEL;CELL;PREF:" + phone + "\r\nTEL;HOME:+1 212 555 " +
                   QByteArray::number(2000 + i % 7000) + "\r\nTEL;WORK:(650) 555-0" +
                   QByteArray::number(100 + i % 900) + "\r\nEMAIL;HOME:person" + n +
                   "@example.com\r\nEMAIL;WORK:person" + n + "@work.example\r\n";
            if (i % 10 == 0)
                out += "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the fair=0D=0Acall back in the "
                       "spring, ask for the price li=\r\nst\r\n";
            out += "END:VCARD\r\n";
        } else {
            out += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zo\xC3\xAB Lee" + n + "\r\nN:Lee" + n +
                   ";Zo\xC3\xAB;;;\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:zoe" + n +
                   "@example.org\r\nEMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=pref:zoe.lee" + n +
                   "@work.example\r\nTEL;TYPE=CELL:" + phone + "\r\nitem1.TEL;TYPE=pref:+44 20 3" +
                   QByteArray::number(1000000 + i) +
                   "\r\nitem1.X-ABLabel:Office\r\nORG:Acme\\, Inc.;Sales\r\nCATEGORIES:myContacts,"
                   "Customers\r\n";
            if (i % 5 == 1)
                out += "NOTE:Prefers email\\, not calls. Met at the trade fair in Berlin\\; wants"
                       " the\r\n  catalogue in German\\nand a call in March.\r\n";
            out += "BDAY:1985-04-12\r\nEND:VCARD\r\n";
        }
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return true;
}

// vobject parsing the same file into the same nine values per card.
const char *vobjectScript = R"PY(
import sys, vobject
def text(card, name):
    return str(card.contents[name][0].value).strip() if name in card.contents else ""
cards = values = 0
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for card in vobject.readComponents(f, allowQP=True):
        row = [text(card, "fn")]
        if "n" in card.contents:
            n = card.n.value
            row += [str(n.given), str(n.family)]
        tels = card.contents.get("tel", [])
        emails = card.contents.get("email", [])
        row.append(" ::: ".join(str(t.value).strip() for t in tels))
        row.append(" ::: ".join(str(e.value).strip() for e in emails))
        row.append(", ".join(str(c) for p in card.contents.get("categories", []) for c in p.value))
        if "org" in card.contents:
            row.append(", ".join(x for x in card.org.value if x))
        row += [text(card, "note"), text(card, "bday")]
        cards += 1
        values += sum(1 for v in row if v)
print(cards, values)
)PY";

void measureVcf(int contacts, const char *name, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("contacts-%1.vcf").arg(contacts));
    if (!writeVcf(path, contacts)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    VCard::Reader reader(&file);
    qint64 cards = -1; // the header is not a card
    qint64 values = 0;
    Csv::Record record;
    if (reader.open()) {
        while (reader.next(record)) {
            if (++cards == 0)
                continue;
            for (const QString &field : record.fields)
                values += field.isEmpty() ? 0 : 1;
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!reader.error().isEmpty() || cards != contacts) {
        std::fprintf(stderr, "VCard::Reader read %lld of %d cards: %s\n", cards, contacts,
                     qPrintable(reader.error()));
        return;
    }
    std::fprintf(stderr, "ours, %d vCards (%.1f MB): %.0f ms (%lld values)\n", contacts,
                 double(file.size()) / 1e6, ms, values);
    Bench::metric(name, ms, "ms");

    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)) {
        std::fprintf(stderr, "baseline unavailable: /usr/bin/python3 is missing\n");
        return;
    }
    QProcess check;
    check.start(python, {QStringLiteral("-c"), QStringLiteral("import vobject")});
    if (!check.waitForFinished(-1) || check.exitStatus() != QProcess::NormalExit ||
        check.exitCode() != 0) {
        std::fprintf(stderr, "baseline unavailable: python3-vobject is not installed "
                             "(apt-get install python3-vobject)\n");
        return;
    }
    QProcess process;
    timer.restart();
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(vobjectScript), path});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "baseline (vobject) failed: %s\n",
                     process.readAllStandardError().constData());
        return;
    }
    const double baseline = double(timer.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "baseline (python vobject): %.0f ms (cards values: %s)\n", baseline,
                 process.readAllStandardOutput().trimmed().constData());
    const QByteArray ratio = QByteArray(name) + QByteArray("_vs_baseline");
    Bench::metric(ratio.constData(), ms / baseline, "x");
}

// The whole check of the same .vcf (the figure a user waits for on the
// check page), with the read alone above as its baseline.
void measureVcfCheck(int contacts, const char *name, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("contacts-%1.vcf").arg(contacts));
    const Run run = runOurs(path, true);
    if (run.ms < 0) {
        std::fprintf(stderr, "the vCard check of %s failed\n", qPrintable(path));
        return;
    }
    std::fprintf(stderr, "ours, %d vCards checked: %.0f ms (new %d, skipped %d, invalid %d)\n",
                 contacts, run.ms, run.counts.newRows, run.counts.skipped, run.counts.invalid);
    Bench::metric(name, run.ms, "ms");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int size = Bench::sizeFromArguments(2000, 100000);
    if (size < 0)
        return 2;
    QTemporaryDir dir;
    if (size >= 100000) {
        measure(100000, "import_preview_100k_ms", dir);
        measure(1000000, "import_preview_1m_ms", dir);
        // Peak memory of this process (the generator's buffers included).
        Bench::metric("import_preview_1m_rss_mb", Bench::rssPeakMb(), "MB");
        measureVcf(100000, "vcard_read_100k_ms", dir);
        measureVcfCheck(100000, "vcard_check_100k_ms", dir);
    } else {
        measure(size, "import_preview_smoke_ms", dir);
        measureVcf(size, "vcard_read_smoke_ms", dir);
        measureVcfCheck(size, "vcard_check_smoke_ms", dir);
    }
    return 0;
}
