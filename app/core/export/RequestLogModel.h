#pragma once

#include "api/AivenClient.h"

#include <QAbstractTableModel>
#include <QVector>

namespace fjord {

// The API calls of this session for View > Activity: time, method, path, status, duration,
// attempt and error. Fed by AivenClient::requestLogged. Holds no token or header, and
// blanks credential-like query values in case a path ever carries one.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        AttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        // Qt::UserRole carries the raw value used for sorting (QDateTime, int, qint64).
        IsErrorRole = Qt::UserRole + 1, // bool: no HTTP answer, a status >= 400 or an error text
    };

    explicit RequestLogModel(QObject* parent = nullptr);

    // Listens to a client's requestLogged; call again for each new client (profile switch).
    void attach(AivenClient* client);

    // The oldest entries go once there are more than this many (default 5000).
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void append(const fjord::RequestLogEntry& entry);
    void clear();
    const RequestLogEntry& entryAt(int row) const { return m_entries.at(row); }
    int errorCount() const;

    // Tab-separated lines with a header, for "Copy" into a bug report.
    QString toPlainText() const;

    static QString redactedPath(const QString& path);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void entryAppended();

private:
    QString displayText(const RequestLogEntry& entry, int column) const;

    QVector<RequestLogEntry> m_entries;
    int m_capacity = 5000;
};

} // namespace fjord
