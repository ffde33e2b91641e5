// Parse benchmark: a 10,000-project GET /v1/project answer into typed values, reported as a
// ratio to QJsonDocument::fromJson on the same bytes in the same run (the floor). The
// measured path is the one AivenClient takes (bytes straight to ProjectList); the old path
// through a QJsonDocument is shown for comparison.
// Usage: fjord-bench-parse [projects] [runs]. Prints figures; never fails on time.

#include "api/JsonCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray buildResponse(int count)
{
    static const char* const clouds[] = {"google-europe-north1", "aws-eu-west-1",
                                         "azure-germany-north", "do-tor", "upcloud-fi-hel"};
    static const char* const currencies[] = {"USD", "EUR", "GBP", "NOK", "SEK"};
    QJsonArray projects;
    QJsonObject membership;
    QJsonObject memberships;
    for (int i = 0; i < count; ++i) {
        const QString name = u"project-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        QJsonObject p{
            {u"account_id"_s, u"a225dad8d3c4"_s},
            {u"account_name"_s, u"Aiven Accounts"_s},
            {u"address_lines"_s, QJsonArray{u"Street %1"_s.arg(i), u"Floor 2"_s}},
            {u"available_credits"_s, u"0.00"_s},
            {u"billing_address"_s, u""_s},
            {u"billing_currency"_s, QLatin1String(currencies[i % 5])},
            {u"billing_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"billing@example.com"_s}}}},
            {u"billing_extra_text"_s, QJsonValue(QJsonValue::Null)},
            {u"billing_group_id"_s,
             u"588a8e63-fda7-4ff7-9bff-%1"_s.arg(i, 12, 10, QLatin1Char('0'))},
            {u"billing_group_name"_s, u"Billing"_s},
            {u"card_info"_s, QJsonValue(QJsonValue::Null)},
            {u"city"_s, u"Helsinki"_s},
            {u"company"_s, u"Example Oy"_s},
            {u"country"_s, u"Finland"_s},
            {u"country_code"_s, u"FI"_s},
            {u"default_cloud"_s, QLatin1String(clouds[i % 5])},
            {u"end_of_life_extension"_s, QJsonObject{}},
            {u"estimated_balance"_s,
             u"%1.%2"_s.arg(i % 1000).arg(i % 100, 2, 10, QLatin1Char('0'))},
            {u"estimated_balance_local"_s, u"%1.00"_s.arg(i % 1000)},
            {u"features"_s, QJsonObject{{u"service_integrations"_s, true}}},
            {u"organization_id"_s, u"org2131231"_s},
            {u"payment_method"_s, u"no_payment_expected"_s},
            {u"project_name"_s, name},
            {u"state"_s, u""_s},
            {u"tags"_s,
             QJsonObject{{u"env"_s, i % 2 ? u"prod"_s : u"dev"_s}, {u"team"_s, u"data"_s}}},
            {u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"ops@example.com"_s}}}},
            {u"tenant_id"_s, u"aiven"_s},
            {u"trial_expiration_time"_s, QJsonValue(QJsonValue::Null)},
            {u"vat_id"_s, u""_s},
            {u"zip_code"_s, u"00100"_s},
        };
        projects.append(p);
        membership.insert(name, u"admin"_s);
        memberships.insert(name, QJsonArray{u"admin"_s});
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

    const QByteArray bytes = buildResponse(count);
    out << "fjord-bench-parse: " << count << " projects, " << bytes.size() / 1024 << " KiB, "
        << runs << " runs (median)\n";

    std::vector<double> floorMs;
    std::vector<double> fullMs;
    std::vector<double> viaDocumentMs;
    qsizetype checksum = 0;
    // Interleaved so that both measurements see the same machine load.
    for (int run = 0; run < runs + 1; ++run) {
        // Each measurement in its own scope so that neither pays for the other's memory.
        double a = 0;
        double b = 0;
        double c = 0;
        {
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            a = timer.nsecsElapsed() / 1e6;
            checksum += doc.object().size();
        }
        {
            QElapsedTimer timer;
            timer.start();
            const std::optional<fjord::ProjectList> list =
                fjord::json::tryParseProjectListUtf8(bytes);
            b = timer.nsecsElapsed() / 1e6;
            if (!list || list->projects.size() != count) {
                out << "fast path did not handle the answer\n";
                return 1;
            }
            checksum += list->projects.size();
        }
        {
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            const std::optional<fjord::ProjectList> list =
                fjord::json::parseProjectList(doc.object());
            c = timer.nsecsElapsed() / 1e6;
            if (!list || list->projects.size() != count) {
                out << "parse failed\n";
                return 1;
            }
            checksum += list->projects.size();
        }
        if (run == 0)
            continue; // warm-up
        floorMs.push_back(a);
        fullMs.push_back(b);
        viaDocumentMs.push_back(c);
    }
    const double floor = median(floorMs);
    const double full = median(fullMs);
    const double viaDocument = median(viaDocumentMs);
    out << "QJsonDocument::fromJson (floor): " << QString::number(floor, 'f', 1) << " ms\n";
    out << "tryParseProjectListUtf8:         " << QString::number(full, 'f', 1) << " ms\n";
    out << "ratio: " << QString::number(full / floor, 'f', 2) << "x (goal <= 1.5x)\n";
    out << "via QJsonDocument (fromJson + parseProjectList): "
        << QString::number(viaDocument, 'f', 1) << " ms, "
        << QString::number(viaDocument / floor, 'f', 2) << "x\n";
    out << "(checksum " << checksum << ")\n";
    return 0;
}
