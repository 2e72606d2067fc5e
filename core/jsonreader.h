#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stethoscope::Core {

// Reads values out of a parsed JSON document with type checks, remembering the first problem
// together with the path of the offending key ("os_versions.Mac.required"). Every accessor
// returns std::nullopt when the key is absent or null, and also when it has the wrong type, in
// which case the reader fails; callers check failed() once at the end.
class JsonReader
{
public:
    // `document` names the file in messages: "The policy file", "The status cache".
    explicit JsonReader(QString document)
        : m_document(std::move(document))
    { }

    static Result<QJsonObject> parseObject(QByteArrayView bytes, const QString &document,
                                           Error::Category category);
    // The "schema" number of one of our own files: an error when it is missing or invalid, or
    // when a newer version of Stethoscope wrote it (this one may not understand it).
    static std::optional<Error> checkSchema(const QJsonObject &root, const QString &document,
                                            int supported);

    bool failed() const { return m_error.has_value(); }
    Error error(Error::Category category) const;

    void fail(const QString &path, const QString &problem);

    // Fails for any key of `object` not in `allowed`: a misspelt key in a hand-written file
    // must not silently do nothing.
    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed);

    std::optional<QString> string(const QJsonObject &object, const QString &path,
                                  const QString &key);
    std::optional<qint64> integer(const QJsonObject &object, const QString &path,
                                  const QString &key, qint64 min, qint64 max);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const QString &key);
    std::optional<QDateTime> dateTime(const QJsonObject &object, const QString &path,
                                      const QString &key);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path,
                                      const QString &key);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path,
                                    const QString &key);
    // An array whose every element must be a string.
    std::optional<QStringList> strings(const QJsonObject &object, const QString &path,
                                       const QString &key);

    // "a.b" + "c" → "a.b.c"; "a" + 2 → "a[2]".
    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, qsizetype index);

private:
    std::optional<QJsonValue> value(const QJsonObject &object, const QString &key) const;
    void wrongType(const QString &path, const QString &key, const QString &expected);

    QString m_document;
    std::optional<QString> m_error;
};

// RFC 3339 in UTC, with milliseconds only when there are any.
QString toRfc3339(const QDateTime &time);
std::optional<QDateTime> fromRfc3339(const QString &text);

} // namespace Stethoscope::Core
