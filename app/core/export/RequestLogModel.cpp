#include "export/RequestLogModel.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace fjord {

namespace {

bool isError(const RequestLogEntry& entry)
{
    return entry.httpStatus == 0 || entry.httpStatus >= 400 || !entry.error.isEmpty();
}

} // namespace

RequestLogModel::RequestLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RequestLogModel::attach(AivenClient* client)
{
    if (client)
        connect(client, &AivenClient::requestLogged, this, &RequestLogModel::append,
                Qt::UniqueConnection);
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = static_cast<int>(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void RequestLogModel::append(const RequestLogEntry& entry)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    RequestLogEntry clean = entry;
    clean.path = redactedPath(entry.path);
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(clean);
    endInsertRows();
    Q_EMIT entryAppended();
}

void RequestLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RequestLogModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), isError));
}

QString RequestLogModel::redactedPath(const QString& path)
{
    const qsizetype question = path.indexOf(u'?');
    if (question < 0)
        return path;
    static const QRegularExpression secret(
        QStringLiteral("token|password|passwd|secret|auth|key|otp"),
        QRegularExpression::CaseInsensitiveOption);
    QUrlQuery query(path.mid(question + 1));
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto& item : items) {
        if (secret.match(item.first).hasMatch())
            item.second = QStringLiteral("REDACTED");
    }
    query.setQueryItems(items);
    return path.left(question + 1) + query.toString(QUrl::FullyEncoded);
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::displayText(const RequestLogEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return entry.method;
    case PathColumn:
        return entry.path;
    case StatusColumn:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus)
                                    : tr("none", "no HTTP status: the request got no answer");
    case DurationColumn:
        return tr("%1 ms").arg(entry.durationMs);
    case AttemptColumn:
        return QString::number(entry.attempt);
    case ErrorColumn:
        return entry.error;
    default:
        return {};
    }
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return entry.started.toLocalTime().toString(Qt::ISODateWithMs);
        return displayText(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn ||
            index.column() == AttemptColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.started;
        case StatusColumn:
            return entry.httpStatus;
        case DurationColumn:
            return entry.durationMs;
        case AttemptColumn:
            return entry.attempt;
        default:
            return displayText(entry, index.column());
        }
    case IsErrorRole:
        return isError(entry);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QString RequestLogModel::toPlainText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    for (const RequestLogEntry& entry : m_entries) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column) {
            QString text = column == TimeColumn
                               ? entry.started.toLocalTime().toString(Qt::ISODateWithMs)
                               : displayText(entry, column);
            text.replace(u'\t', u' ');
            text.replace(u'\n', u' ');
            fields.append(text);
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace fjord
