// Parse benchmark: a 10,000-project GET /v1/project answer (make_projects.py's realistic
// projects) into typed values, reported as a ratio to QJsonDocument::fromJson on the same
// bytes in the same run (the floor). The measured path is the one AivenClient takes (bytes
// straight to ProjectRecords: each project's row fields, the rest checked); reading every
// field of every project, and the QJsonDocument path (fromJson + parseProjectList on the
// object, which the client takes only for answers the first refuses), are shown too.
// Usage: fjord-bench-parse [projects] [runs]. Prints figures; never fails on time.

#include "api/JsonCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The GET /v1/project answer fjord-sandbox gives for make_projects.py's realistic projects
// (tags, emails, unicode account names, card_info present or null).
QByteArray buildResponse(int count)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"projects.json"_s);
    QProcess python;
    python.start(u"python3"_s, {QStringLiteral(FJORD_MAKE_PROJECTS), QString::number(count), file});
    if (!python.waitForFinished(600000) || python.exitCode() != 0)
        return {};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries =
        QJsonDocument::fromJson(in.readAll()).object().value(u"projects"_s).toArray();
    QJsonArray projects;
    QJsonObject membership;
    QJsonObject memberships;
    for (const QJsonValue entry : entries) {
        const QJsonObject project = entry[u"project"_s].toObject();
        const QString name = project.value(u"project_name"_s).toString();
        projects.append(project);
        membership.insert(name, entry[u"role"_s]);
        memberships.insert(name, QJsonArray{entry[u"role"_s]});
    }
    return QJsonDocument(QJsonObject{{u"projects"_s, projects},
                                     {u"project_membership"_s, membership},
                                     {u"project_memberships"_s, memberships}})
        .toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 10000;
    const int runs = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 5;
    QTextStream out(stdout);

    // As the client holds it: with room for the reader to look past the end.
    QByteArray bytes = buildResponse(count);
    if (bytes.isEmpty()) {
        out << "make_projects.py failed\n";
        return 1;
    }
    bytes.reserve(bytes.size() + fjord::json::kReadPadding);
    out << "fjord-bench-parse: " << count << " projects, " << bytes.size() / 1024 << " KiB, "
        << runs << " runs (median)\n";

    // Wall time and this process's CPU time: the machine may be shared, and CPU time is
    // what the parse itself costs.
    struct Samples
    {
        std::vector<double> wall;
        std::vector<double> cpu;
    };
    Samples floor;
    Samples full;
    Samples recordsOnly;
    Samples viaDocument;
    qsizetype checksum = 0;
    const auto measure = [](Samples* samples, bool keep, auto&& work) {
        timespec cpu0{};
        timespec cpu1{};
        QElapsedTimer timer;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
        timer.start();
        const bool ok = work();
        const double wall = timer.nsecsElapsed() / 1e6;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
        if (keep) {
            samples->wall.push_back(wall);
            samples->cpu.push_back((cpu1.tv_sec - cpu0.tv_sec) * 1e3 +
                                   (cpu1.tv_nsec - cpu0.tv_nsec) / 1e6);
        }
        return ok;
    };
    // Interleaved so that all measurements see the same machine load; the first run warms up.
    // Results are dropped outside the timed part.
    for (int run = 0; run < runs + 1; ++run) {
        const bool keep = run > 0;
        QJsonDocument doc;
        measure(&floor, keep, [&] {
            doc = QJsonDocument::fromJson(bytes);
            return doc.isObject();
        });
        checksum += doc.object().size();
        doc = {};
        std::optional<fjord::ProjectList> list;
        if (!measure(&full, keep, [&] {
                list = fjord::json::tryParseProjectListUtf8(bytes);
                return list && list->projects.size() == count;
            })) {
            out << "the fast path did not handle the answer\n";
            return 1;
        }
        checksum += list->projects.size();
        list.reset();
        std::optional<fjord::ProjectRecords> records;
        if (!measure(&recordsOnly, keep, [&] {
                records = fjord::json::tryReadProjectRecords(bytes);
                return records && records->records.size() == count;
            })) {
            out << "the records' fast path did not handle the answer\n";
            return 1;
        }
        checksum += records->records.size();
        records.reset();
        if (!measure(&viaDocument, keep, [&] {
                list = fjord::json::parseProjectList(QJsonDocument::fromJson(bytes).object());
                return list && list->projects.size() == count;
            })) {
            out << "parse failed\n";
            return 1;
        }
        checksum += list->projects.size();
        list.reset();
    }
    const auto line = [&out, &floor](const char* what, const Samples& samples) {
        out << what << QString::number(median(samples.wall), 'f', 1) << " ms wall, "
            << QString::number(median(samples.cpu), 'f', 1) << " ms CPU";
        if (&samples != &floor)
            out << ", " << QString::number(median(samples.cpu) / median(floor.cpu), 'f', 2)
                << "x the floor's CPU";
        out << "\n";
    };
    line("QJsonDocument::fromJson (floor):                  ", floor);
    line("tryReadProjectRecords (what the client runs):     ", recordsOnly);
    line("tryParseProjectListUtf8 (every field of each):    ", full);
    line("via QJsonDocument (fromJson + parseProjectList):  ", viaDocument);
    out << "parse ratio (CPU): "
        << QString::number(median(recordsOnly.cpu) / median(floor.cpu), 'f', 2)
        << "x, wall: " << QString::number(median(recordsOnly.wall) / median(floor.wall), 'f', 2)
        << "x (goal <= 1.5x)\n";
    out << "(checksum " << checksum << ")\n";
    return 0;
}
