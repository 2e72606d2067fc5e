// The feedback queue file (reports waiting to be sent), read from disk as the app does: a
// file it cannot read is set aside, never a crash.
#include "fuzzsupport.h"

#include "feedback/feedbackqueue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Stethoscope;

STETHOSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        Fuzz::broken("no temporary folder");
    const QString path = dir.filePath(QStringLiteral("feedback.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            Fuzz::broken("cannot write the input file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Sources::Feedback::FeedbackQueue queue(path);
    const auto pending = queue.load();
    (void)pending;
    // Whatever was set aside is gone before the next input.
    QDir folder(dir.path());
    for (const QString &name : folder.entryList(QDir::Files))
        folder.remove(name);
    return 0;
}
