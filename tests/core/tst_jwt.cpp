#include "core/Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <limits>

using namespace ContactDesk;

namespace {

// Produced outside this code base (Python's hmac module) for
// iss "sid-123", key "s3cret", iat 1700000000, in the two key orders.
const QByteArray referenceSortedKeys =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3MDAwMDAwMDAsImlzcyI6InNpZC0xMjMifQ."
    "4uFU8iSjSOf8vUAvFKElEZdMBI3GHATf2nM1G3fRO38";
const QByteArray referenceIssFirst =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzaWQtMTIzIiwiaWF0IjoxNzAwMDAwMDAwfQ."
    "ylCfVDQ-q3Qpf15l0ZWiCrEQUDCUo7HucjVmobrENUQ";

std::optional<QString> knownSecret(const QString &issuer)
{
    if (issuer == QLatin1String("sid-123"))
        return QStringLiteral("s3cret");
    return std::nullopt;
}

QByteArray segment(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mintMatchesIndependentImplementation()
    {
        QCOMPARE(Jwt::mint(QStringLiteral("sid-123"), QStringLiteral("s3cret"), 1700000000),
                 referenceSortedKeys);
    }

    void signingKeyJoinsWithTwoPipes()
    {
        QCOMPARE(Jwt::signingKey(QStringLiteral("id"), QStringLiteral("key")),
                 QByteArray("id||key"));
    }

    void mintedHeaderAndClaims()
    {
        const QList<QByteArray> parts =
            Jwt::mint(QStringLiteral("abc"), QStringLiteral("k"), 42).split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(
                       QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
                .object();
        };
        const QJsonObject header = decode(parts.at(0));
        const QJsonObject payload = decode(parts.at(1));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(payload.value(QStringLiteral("iss")).toString(), QStringLiteral("abc"));
        QCOMPARE(payload.value(QStringLiteral("iat")).toInteger(), 42);
        QVERIFY(!parts.at(2).contains('='));
        QVERIFY(!parts.at(2).contains('+'));
        QVERIFY(!parts.at(2).contains('/'));
    }

    void verifyAcceptsTokensFromOtherImplementations_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("sorted keys") << referenceSortedKeys;
        QTest::newRow("iss first") << referenceIssFirst;
    }
    void verifyAcceptsTokensFromOtherImplementations()
    {
        QFETCH(QByteArray, token);
        const auto result = Jwt::verify(token, 1700000000 + 10, knownSecret);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.issuer, QStringLiteral("sid-123"));
    }

    void verifyWindow_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("problem");
        QTest::newRow("just issued") << qint64(1700000000) << true << QString();
        QTest::newRow("4:59 later") << qint64(1700000000 + 299) << true << QString();
        QTest::newRow("5:00 later") << qint64(1700000000 + 300) << true << QString();
        QTest::newRow("5:01 later")
            << qint64(1700000000 + 301) << false << QStringLiteral("expired");
        QTest::newRow("an hour later") << qint64(1700003600) << false << QStringLiteral("expired");
        QTest::newRow("clock 30 s behind") << qint64(1700000000 - 30) << true << QString();
        QTest::newRow("clock 2 min behind")
            << qint64(1700000000 - 120) << false << QStringLiteral("future");
    }
    void verifyWindow()
    {
        QFETCH(qint64, now);
        QFETCH(bool, ok);
        QFETCH(QString, problem);
        const auto result = Jwt::verify(referenceSortedKeys, now, knownSecret);
        QCOMPARE(result.ok, ok);
        QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    }

    void verifyRefuses_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("problem");
        const QList<QByteArray> parts = referenceSortedKeys.split('.');
        QByteArray tampered = parts.at(2);
        tampered[3] = tampered[3] == 'A' ? 'B' : 'A';
        QTest::newRow("bad signature")
            << parts.at(0) + '.' + parts.at(1) + '.' + tampered << QStringLiteral("signature");
        QTest::newRow("wrong key")
            << Jwt::mint(QStringLiteral("sid-123"), QStringLiteral("other"), 1700000000)
            << QStringLiteral("signature");
        QTest::newRow("unknown issuer")
            << Jwt::mint(QStringLiteral("sid-999"), QStringLiteral("s3cret"), 1700000000)
            << QStringLiteral("not known");
        QTest::newRow("two parts") << parts.at(0) + '.' + parts.at(1) << QStringLiteral("compact");
        QTest::newRow("not base64 json") << QByteArray("a.b.c") << QStringLiteral("base64url");
        const QByteArray noneHeader = segment({{QStringLiteral("alg"), QStringLiteral("none")}});
        QTest::newRow("alg none") << noneHeader + '.' + parts.at(1) + '.'
                                  << QStringLiteral("HS256");
        const QByteArray noIat = segment({{QStringLiteral("iss"), QStringLiteral("sid-123")}});
        QTest::newRow("no iat") << parts.at(0) + '.' + noIat + '.' + parts.at(2)
                                << QStringLiteral("iat");
        const QByteArray stringIat =
            segment({{QStringLiteral("iss"), QStringLiteral("sid-123")},
                     {QStringLiteral("iat"), QStringLiteral("1700000000")}});
        QTest::newRow("iat as string")
            << parts.at(0) + '.' + stringIat + '.' + parts.at(2) << QStringLiteral("iat");
        const QByteArray noIss = segment({{QStringLiteral("iat"), 1700000000}});
        QTest::newRow("no iss") << parts.at(0) + '.' + noIss + '.' + parts.at(2)
                                << QStringLiteral("iss");
    }
    void verifyRefuses()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, problem);
        const auto result = Jwt::verify(token, 1700000000, knownSecret);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
        QVERIFY(!result.problem.contains(QStringLiteral("s3cret")));
    }

    void hostileIatIsRefusedWithoutOverflow_data()
    {
        // Validly signed tokens whose iat no lifetime arithmetic may touch:
        // now - INT64_MIN overflows (undefined; UBSan catches it).
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("now");
        const qint64 now = 1700000000;
        QTest::newRow("INT64_MIN")
            << QByteArray("{\"iss\":\"sid-123\",\"iat\":-9223372036854775808}") << now;
        QTest::newRow("INT64_MAX")
            << QByteArray("{\"iss\":\"sid-123\",\"iat\":9223372036854775807}") << now;
        QTest::newRow("INT64_MIN, clock at INT64_MAX")
            << QByteArray("{\"iss\":\"sid-123\",\"iat\":-9223372036854775808}")
            << std::numeric_limits<qint64>::max();
        QTest::newRow("negative") << QByteArray("{\"iss\":\"sid-123\",\"iat\":-1}") << now;
        QTest::newRow("past 9999")
            << QByteArray("{\"iss\":\"sid-123\",\"iat\":253402300800}") << now;
        QTest::newRow("-9.2e18 as a double")
            << QByteArray("{\"iss\":\"sid-123\",\"iat\":-9.2e18}") << now;
        QTest::newRow("1e300") << QByteArray("{\"iss\":\"sid-123\",\"iat\":1e300}") << now;
    }
    void hostileIatIsRefusedWithoutOverflow()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, now);
        const QByteArray header = segment({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                           {QStringLiteral("typ"), QStringLiteral("JWT")}});
        const QByteArray input =
            header + '.' +
            payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray token =
            input + '.' +
            QMessageAuthenticationCode::hash(
                input, Jwt::signingKey(QStringLiteral("sid-123"), QStringLiteral("s3cret")),
                QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto result = Jwt::verify(token, now, knownSecret);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(QStringLiteral("\"iat\"")), qPrintable(result.problem));
    }

    void aClockOutOfRangeIsRefusedWithoutOverflow()
    {
        for (const qint64 now :
             {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}) {
            const auto result = Jwt::verify(referenceSortedKeys, now, knownSecret);
            QVERIFY(!result.ok);
            QVERIFY2(result.problem.contains(QStringLiteral("clock")), qPrintable(result.problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
