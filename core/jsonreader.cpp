#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Stethoscope::Core {

Result<QJsonObject> JsonReader::parseObject(QByteArrayView bytes, const QString &document,
                                            Error::Category category)
{
    QJsonParseError parseError;
    const QJsonDocument json
        = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {
            category,
            QCoreApplication::translate("JsonReader", "%1 is not valid JSON: %2 at byte %3.")
                .arg(document, parseError.errorString())
                .arg(parseError.offset),
            {}};
    }
    if (!json.isObject()) {
        return Error {category,
                      QCoreApplication::translate("JsonReader", "%1 must contain a JSON object.")
                          .arg(document),
                      {}};
    }
    return json.object();
}

Error JsonReader::error(Error::Category category) const
{
    return Error {category, m_error.value_or(QString()), {}};
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (m_error)
        return;
    //: %1 is the file ("The policy file"), %2 a key path like os_versions.Mac, %3 the problem.
    m_error = QCoreApplication::translate("JsonReader", "%1: \"%2\" %3.")
                  .arg(m_document, path, problem);
}

void JsonReader::allowOnly(const QJsonObject &object, const QString &path,
                           const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(join(path, it.key()),
                 QCoreApplication::translate("JsonReader",
                                             "is not a known key (expected one of: %1)")
                     .arg(allowed.join(QStringLiteral(", "))));
            return;
        }
    }
}

std::optional<QJsonValue> JsonReader::value(const QJsonObject &object, const QString &key) const
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isNull() || it->isUndefined())
        return std::nullopt;
    return *it;
}

void JsonReader::wrongType(const QString &path, const QString &key, const QString &expected)
{
    fail(join(path, key), QCoreApplication::translate("JsonReader", "must be %1").arg(expected));
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const QString &path,
                                          const QString &key)
{
    const auto v = value(object, key);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(path, key, QCoreApplication::translate("JsonReader", "a string"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<qint64> JsonReader::integer(const QJsonObject &object, const QString &path,
                                          const QString &key, qint64 min, qint64 max)
{
    const auto v = value(object, key);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    // The range comes first: converting a double beyond qint64 to qint64 is undefined.
    const bool inRange
        = v->isDouble() && d >= double(min) && d <= double(max) && d >= -0x1p63 && d < 0x1p63;
    if (!inRange || d != std::trunc(d)) {
        wrongType(path, key,
                  QCoreApplication::translate("JsonReader", "a whole number from %1 to %2")
                      .arg(min)
                      .arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &path,
                                        const QString &key)
{
    const auto v = value(object, key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(path, key, QCoreApplication::translate("JsonReader", "true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDateTime> JsonReader::dateTime(const QJsonObject &object, const QString &path,
                                              const QString &key)
{
    const auto text = string(object, path, key);
    if (!text)
        return std::nullopt;
    auto time = fromRfc3339(*text);
    if (!time)
        wrongType(path, key,
                  QCoreApplication::translate("JsonReader", "an RFC 3339 date and time"));
    return time;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &path,
                                              const QString &key)
{
    const auto v = value(object, key);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        wrongType(path, key, QCoreApplication::translate("JsonReader", "an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &path,
                                            const QString &key)
{
    const auto v = value(object, key);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(path, key, QCoreApplication::translate("JsonReader", "a list"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> JsonReader::strings(const QJsonObject &object, const QString &path,
                                               const QString &key)
{
    const auto list = array(object, path, key);
    if (!list)
        return std::nullopt;
    QStringList result;
    result.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue item = list->at(i);
        if (!item.isString()) {
            fail(join(join(path, key), i),
                 QCoreApplication::translate("JsonReader", "must be a string"));
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::join(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString toRfc3339(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<QDateTime> fromRfc3339(const QString &text)
{
    // Qt accepts a date without a time as midnight local time; RFC 3339 requires both, and
    // an offset, so that a cache written in one time zone reads the same in another.
    if (text.size() < 20 || text[10] != u'T')
        return std::nullopt;
    const QChar last = text.back();
    const bool hasOffset = last == u'Z' || last == u'z' || text[text.size() - 6] == u'+'
        || text[text.size() - 6] == u'-';
    if (!hasOffset)
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<Error> JsonReader::checkSchema(const QJsonObject &root, const QString &document,
                                             int supported)
{
    JsonReader reader(document);
    const auto schema
        = reader.integer(root, {}, QStringLiteral("schema"), 1, std::numeric_limits<int>::max());
    if (reader.failed() || !schema)
        return Error::parse(
            QCoreApplication::translate("JsonReader", "%1: no valid schema number.").arg(document));
    if (*schema > supported) {
        return Error::parse(
            QCoreApplication::translate(
                "JsonReader", "%1: written by a newer version of Stethoscope (schema %2).")
                .arg(document)
                .arg(*schema));
    }
    return std::nullopt;
}

} // namespace Stethoscope::Core
