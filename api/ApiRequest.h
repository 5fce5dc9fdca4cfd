#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace ContactDesk::Api {

class HeymarketClient;

// The base of every endpoint's request type. It owns what they share: URL
// building, Authorization (a fresh JWT per attempt when the credentials are
// an API Secret), JSON in and out, the timeout, mapping failures to
// ApiError, waiting its turn in the client's scheduler, and bounded retry
// with backoff for transient failures of requests that are safe to repeat.
// A write that is not safe to repeat is retried only after a recovery probe
// (a lookup) shows it did not happen.
//
// Subclasses say what to send and how to read a 2xx answer; results are
// typed values from core/.
class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    explicit ApiRequest(HeymarketClient *client, QObject *parent = nullptr);
    ~ApiRequest() override;

    void setPriority(RequestScheduler::Priority priority) { m_priority = priority; }
    RequestScheduler::Priority priority() const { return m_priority; }

    void start();
    // Ends the request with Kind::Aborted (finished() is emitted).
    void abort();
    // The client is going away: aborts, and forgets the client.
    void detachFromClient();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    // True when the result came from a recovery probe, not the write itself.
    bool recovered() const { return m_recovered; }

Q_SIGNALS:
    void finished();

protected:
    virtual QByteArray method() const = 0;
    virtual QString path() const = 0;
    virtual QUrlQuery query() const { return {}; }
    virtual QJsonValue body() const { return QJsonValue(QJsonValue::Undefined); }
    // GET, PUT and DELETE are; POST is not unless the endpoint only reads.
    virtual bool isSafeToRepeat() const;
    // Reads a 2xx answer; returns a BadResponse error when it is not what
    // the endpoint promises.
    virtual ApiError parse(const QJsonValue &json) = 0;
    // For writes that are not safe to repeat: a request that finds out
    // whether the write already happened, or nullptr.
    virtual ApiRequest *makeRecoveryProbe() { return nullptr; }
    // A refusal that may be the echo of this very write: Qt's HTTP stack
    // silently re-sends a request whose connection closed before any answer
    // byte, so a create can meet its own earlier copy ("phone exists").
    // Such refusals run the recovery probe too, but are never retried.
    virtual bool mayBeOwnEcho(const ApiError &error) const
    {
        Q_UNUSED(error);
        return false;
    }
    // Called with the finished probe: true when it shows the write happened
    // (and this request took its result from it); false to repeat the write.
    virtual bool recoverFrom(ApiRequest *probe)
    {
        Q_UNUSED(probe);
        return false;
    }

    HeymarketClient *client() const { return m_client; }
    static ApiError badResponse(const QString &message);
    // Moves a decoded value into target, or reports why decoding failed.
    template<typename T>
    static ApiError take(std::optional<T> decoded, const QString &problem, T &target)
    {
        if (!decoded)
            return badResponse(problem);
        target = std::move(*decoded);
        return {};
    }

private:
    void enqueue();
    void send();
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void onDownloadProgress(qint64 received, qint64 total);
    // A redirect Qt did not follow (to another scheme, host or port).
    ApiError redirectError(QNetworkReply *reply, int status) const;
    void handleFailure(const ApiError &error);
    void runRecoveryProbe(const ApiError &error);
    void scheduleRetry(const ApiError &error);
    void finish(const ApiError &error);
    void releaseSlot();

    HeymarketClient *m_client;
    RequestScheduler::Priority m_priority = RequestScheduler::Priority::User;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;  // silence
    QTimer m_deadline; // the whole attempt
    QTimer m_retryTimer;
    quint64 m_ticket = 0;
    bool m_holdsSlot = false;
    enum class Cut
    {
        None,
        Silence,
        Deadline,
        TooLarge
    };
    Cut m_cut = Cut::None; // why this client aborted the reply
    bool m_reminted = false;
    bool m_finished = false;
    bool m_recovered = false;
    int m_attempts = 0;
    ApiError m_error;
};

// Any JSON value, including the bare strings ("ok", "success") some
// endpoints answer with. Nothing when text is not JSON.
std::optional<QJsonValue> parseJsonValue(const QByteArray &text);

} // namespace ContactDesk::Api
