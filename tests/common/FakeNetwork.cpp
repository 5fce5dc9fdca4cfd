#include "tests/common/FakeNetwork.h"

#include <QTimer>

namespace ContactDesk::Tests {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int FakeNetworkManager::count(const QString &path) const
{
    return static_cast<int>(
        std::count_if(m_requests.cbegin(), m_requests.cend(),
                      [&path](const RecordedRequest &r) { return r.url.path() == path; }));
}

QNetworkReply *FakeNetworkManager::createRequest(Operation op, const QNetworkRequest &request,
                                                 QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.method = op == CustomOperation
                          ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                      : op == GetOperation  ? QByteArray("GET")
                      : op == PostOperation ? QByteArray("POST")
                      : op == PutOperation  ? QByteArray("PUT")
                                            : QByteArray("DELETE");
    recorded.url = request.url();
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({name, request.rawHeader(name)});
    m_requests.append(recorded);
    return new FakeReply(request, op, recorded.method, m_handler(recorded), this);
}

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                     const QByteArray &verb, FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly);
    if (!m_response.hang)
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::respond);
}

void FakeReply::respond()
{
    if (m_done)
        return;
    m_done = true;
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &header : std::as_const(m_response.headers))
            setRawHeader(header.first, header.second);
        m_data = m_response.body;
        if (m_response.status >= 400)
            setError(QNetworkReply::ProtocolInvalidOperationError,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        Q_EMIT metaDataChanged();
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        Q_EMIT readyRead();
    } else {
        setError(m_response.error,
                 QStringLiteral("fake network error %1").arg(int(m_response.error)));
        Q_EMIT errorOccurred(m_response.error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

} // namespace ContactDesk::Tests
