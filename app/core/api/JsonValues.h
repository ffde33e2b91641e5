#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

// The value helpers the JSON codecs share: tolerant conversions of one value, the required
// identifier check and the list walk, with the error wording they all give.
namespace fjord::json {

void setError(QString* error, const QString& message);

// Money and other decimals arrive as strings but some servers and mocks send numbers; the
// shortest round-trip form keeps 4.11 as "4.11" instead of "4.1100000000000003".
QString numberText(const QJsonValue& value);
// Tolerant text: strings as they are, numbers and booleans as text, anything else empty.
QString text(const QJsonValue& value);
// A finite number, or its text; anything else nothing.
std::optional<double> number(const QJsonValue& value);
// true, a non-zero number or the text "true" (any case).
bool boolean(const QJsonValue& value);
// A count: an integer (or its text) from 0 up, else -1.
int count(const QJsonValue& value);
// The strings and numbers of an array, as text.
QStringList stringList(const QJsonValue& value);

// A required identifier must be a non-empty string: a row without a usable name is worse
// than an error because it cannot be opened, edited or deleted.
std::optional<QString> requiredName(const QJsonObject& obj, QLatin1String key, QString* error);

// The array under `key`, each item an object read by `parseOne(object, &error)`. The first
// failure ends the walk, its error prefixed with the item's place ("services[2]: ...").
template <typename T, typename F>
std::optional<QVector<T>> parseArray(const QJsonObject& body, QLatin1String key, F parseOne,
                                     QString* error)
{
    const QJsonValue v = body.value(key);
    if (!v.isArray()) {
        setError(error, v.isUndefined() ? QStringLiteral("Required key \"%1\" is missing.").arg(key)
                                        : QStringLiteral("Key \"%1\" must be an array.").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    QVector<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            setError(error, QStringLiteral("%1[%2] is not an object.").arg(key).arg(i));
            return std::nullopt;
        }
        QString itemError;
        std::optional<T> parsed = parseOne(item.toObject(), &itemError);
        if (!parsed) {
            setError(error, QStringLiteral("%1[%2]: %3").arg(key).arg(i).arg(itemError));
            return std::nullopt;
        }
        out.append(std::move(*parsed));
    }
    return out;
}

} // namespace fjord::json
