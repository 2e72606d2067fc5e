#pragma once

// Makes QAbstractItemModelTester's complaints fail a test case instead of aborting the run.
#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

namespace Stethoscope::Desktop::Test {

// Collects what QAbstractItemModelTester (in Warning mode) complains about, so that a broken
// model fails the test with the complaint instead of aborting the whole run. Create it before
// the tester, then check that complaints() is empty.
class ModelTestComplaints
{
public:
    ModelTestComplaints()
    {
        s_complaints.clear();
        s_previous = qInstallMessageHandler(&collect);
    }
    ~ModelTestComplaints() { qInstallMessageHandler(s_previous); }
    ModelTestComplaints(const ModelTestComplaints &) = delete;
    ModelTestComplaints &operator=(const ModelTestComplaints &) = delete;

    QStringList complaints() const { return s_complaints; }

private:
    static void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg
            && type != QtInfoMsg)
            s_complaints.append(message);
        else if (s_previous)
            s_previous(type, context, message);
    }

    static inline QStringList s_complaints;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace Stethoscope::Desktop::Test
