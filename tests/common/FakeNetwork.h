#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

#include <functional>

namespace ContactDesk::Tests {

// What a scripted peer answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // with status 0: a network failure
    int delayMs = 0;
    bool hang = false; // never answers (until aborted)

    static FakeResponse json(int status, const QByteArray &body)
    {
        return {status, body, {}, QNetworkReply::NoError, 0, false};
    }
    static FakeResponse refused()
    {
        return {0, {}, {}, QNetworkReply::ConnectionRefusedError, 0, false};
    }
    static FakeResponse hanging() { return {0, {}, {}, QNetworkReply::NoError, 0, true}; }
};

struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

// A network manager whose replies are scripted and answer asynchronously,
// from the event loop, like real ones: success, error, delayed, hanging.
class FakeNetworkManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &request)>;

    explicit FakeNetworkManager(Handler handler, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_handler(std::move(handler))
    {}

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QString &path) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
              const QByteArray &verb, FakeResponse response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace ContactDesk::Tests
