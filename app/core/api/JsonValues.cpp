#include "api/JsonValues.h"

#include <QLocale>

#include <cmath>

namespace fjord::json {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QString numberText(const QJsonValue& value)
{
    const double d = value.toDouble();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d))
            return d;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

bool boolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString())
        return value.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    return false;
}

int count(const QJsonValue& value)
{
    double d = -1;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    }
    if (!std::isfinite(d) || d < 0 || d > 1.0e6 || std::floor(d) != d)
        return -1;
    return int(d);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (item.isString() || item.isDouble())
            out.append(text(item));
    }
    return out;
}

std::optional<QString> requiredName(const QJsonObject& obj, QLatin1String key, QString* error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        setError(error, QStringLiteral("Required key \"%1\" is missing.").arg(key));
        return std::nullopt;
    }
    if (!v.isString()) {
        setError(error, QStringLiteral("Key \"%1\" must be a string.").arg(key));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.isEmpty()) {
        setError(error, QStringLiteral("Key \"%1\" is empty.").arg(key));
        return std::nullopt;
    }
    return s;
}

} // namespace fjord::json
