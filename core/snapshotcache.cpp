#include "snapshotcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Stethoscope::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCache)
};

// A cache is a few hundred kilobytes at most; anything far larger is not ours.
constexpr qint64 maxCacheBytes = 64 * 1024 * 1024;

} // namespace

SnapshotCache::SnapshotCache(QString path)
    : m_path(std::move(path))
{ }

Result<std::optional<Snapshot>> SnapshotCache::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<Snapshot>();
    if (file.size() > maxCacheBytes) {
        return Error {Error::Category::Parse,
                      Text::tr("The saved status %1 is too large to be Stethoscope's; it was "
                               "ignored.")
                          .arg(m_path),
                      {}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            Error::Category::Config,
            Text::tr("The saved status %1 cannot be read: %2.").arg(m_path, file.errorString()),
            {}};
    }
    auto snapshot = Snapshot::fromJson(file.readAll());
    if (!snapshot) {
        return Error {Error::Category::Parse,
                      Text::tr("The saved status %1 is damaged and was ignored.").arg(m_path),
                      snapshot.error().message};
    }
    return std::optional<Snapshot>(std::move(snapshot).value());
}

std::optional<Error> SnapshotCache::save(const Snapshot &snapshot) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {Error::Category::Config,
                      Text::tr("The folder for the saved status %1 cannot be created.")
                          .arg(info.absolutePath()),
                      {}};
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {
            Error::Category::Config,
            Text::tr("The status cannot be saved to %1: %2.").arg(m_path, file.errorString()),
            {}};
    }
    file.write(snapshot.toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return Error {
            Error::Category::Config,
            Text::tr("The status cannot be saved to %1: %2.").arg(m_path, file.errorString()),
            {}};
    }
    return std::nullopt;
}

} // namespace Stethoscope::Core
