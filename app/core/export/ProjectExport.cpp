#include "export/ProjectExport.h"

#include "api/JsonCodec.h"
#include "util/Parts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <vector>

namespace fjord {

namespace {

const QLatin1String kDefaultApiBase("https://api.aiven.io");
const QLatin1String kListSeparator("; ");

QString joinTags(const QMap<QString, QString>& tags)
{
    QStringList parts;
    parts.reserve(tags.size());
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(kListSeparator);
}

QString baseWithoutSlash(const QUrl& apiBaseUrl)
{
    QString base = apiBaseUrl.isEmpty() ? QString(kDefaultApiBase)
                                        : apiBaseUrl.toString(QUrl::StripTrailingSlash);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// The parent avn and Terraform want: the organization when known, else the account.
QString parentId(const Project& project)
{
    return project.organizationId.isEmpty() ? project.accountId : project.organizationId;
}

// Lines of "key = value" aligned on '=' the way `terraform fmt` lays them out.
void appendAligned(QString& out, const QVector<QPair<QString, QString>>& attributes,
                   const QString& indent)
{
    qsizetype width = 0;
    for (const auto& attribute : attributes)
        width = std::max(width, attribute.first.size());
    for (const auto& attribute : attributes)
        out += indent + attribute.first.leftJustified(width) + QStringLiteral(" = ") +
               attribute.second + u'\n';
}

QString hclList(const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString& value : values)
        quoted.append(ProjectExport::hclString(value));
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

void appendTagBlocks(QString& out, const QMap<QString, QString>& tags)
{
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        out += QStringLiteral("\n  tag {\n");
        appendAligned(out,
                      {{QStringLiteral("key"), ProjectExport::hclString(it.key())},
                       {QStringLiteral("value"), ProjectExport::hclString(it.value())}},
                      QStringLiteral("    "));
        out += QStringLiteral("  }\n");
    }
}

// The fewest projects a thread of an export writes: fewer are not worth starting one.
constexpr qsizetype kProjectsPerThread = 256;

// Writes each project of `records` with `write` (read from its text first), in parts that
// threads write side by side, and gives the text in order: `head`, the projects with
// `separator` between them, `tail`. Empty when cancelled.
template <typename Write>
QByteArrayList projectPieces(const ProjectRecords& records, ProjectExport::Progress* progress,
                             const QByteArray& head, const QByteArray& separator,
                             const QByteArray& tail, const Write& write)
{
    const qsizetype count = records.records.size();
    std::vector<QByteArray> parts(std::size_t(partCount(count, kProjectsPerThread)));
    runInParts(count, qsizetype(parts.size()), [&](qsizetype part, qsizetype begin, qsizetype end) {
        QByteArray& text = parts[std::size_t(part)];
        // The projects are read in the order of their text, each block of a packed text
        // unpacked once, and written in the order asked for.
        std::vector<qsizetype> byPlace(std::size_t(end - begin));
        std::iota(byPlace.begin(), byPlace.end(), begin);
        const auto placeOf = [&records](qsizetype i) { return records.records.at(i).offset; };
        const bool inPlaceOrder =
            std::is_sorted(byPlace.begin(), byPlace.end(),
                           [&](qsizetype a, qsizetype b) { return placeOf(a) < placeOf(b); });
        if (!inPlaceOrder) {
            std::stable_sort(byPlace.begin(), byPlace.end(),
                             [&](qsizetype a, qsizetype b) { return placeOf(a) < placeOf(b); });
        }
        std::vector<QByteArray> written(inPlaceOrder ? 0 : byPlace.size());
        AnswerText::Reader reader(records.text); // one a thread
        for (const qsizetype i : byPlace) {
            if (progress && progress->cancelled.load(std::memory_order_relaxed))
                return;
            QByteArray& out = inPlaceOrder ? text : written[std::size_t(i - begin)];
            if (inPlaceOrder && i > begin)
                out += separator;
            const ProjectRecord& record = records.records.at(i);
            write(json::recordedProject(records.text, record, &reader), record, out);
            if (progress)
                progress->done.fetch_add(1, std::memory_order_relaxed);
        }
        for (std::size_t k = 0; k < written.size(); ++k) {
            if (k > 0)
                text += separator;
            text += written[k];
            written[k] = QByteArray();
        }
    });
    if (progress && progress->cancelled)
        return {};
    QByteArrayList pieces;
    pieces.reserve(qsizetype(parts.size()) * 2 + 1);
    pieces.append(head);
    for (std::size_t part = 0; part < parts.size(); ++part) {
        if (part > 0 && !parts[part].isEmpty())
            pieces.append(separator);
        pieces.append(std::move(parts[part]));
    }
    pieces.append(tail);
    return pieces;
}

void appendCsvRow(QByteArray& out, const QStringList& fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += u',';
        row += ProjectExport::csvField(fields.at(i));
    }
    row += QLatin1String("\r\n");
    out += row.toUtf8();
}

} // namespace

QStringList ProjectExport::csvColumns()
{
    return {QStringLiteral("project_name"),
            QStringLiteral("role"),
            QStringLiteral("organization_id"),
            QStringLiteral("account_id"),
            QStringLiteral("account_name"),
            QStringLiteral("default_cloud"),
            QStringLiteral("billing_group_id"),
            QStringLiteral("billing_group_name"),
            QStringLiteral("billing_currency"),
            QStringLiteral("estimated_balance"),
            QStringLiteral("estimated_balance_local"),
            QStringLiteral("payment_method"),
            QStringLiteral("company"),
            QStringLiteral("country_code"),
            QStringLiteral("tech_emails"),
            QStringLiteral("billing_emails"),
            QStringLiteral("tags")};
}

QString ProjectExport::csvField(const QString& value)
{
    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray ProjectExport::toCsv(const ProjectRecords& projects, Progress* progress)
{
    return csvPieces(projects, progress).join();
}

QByteArray ProjectExport::toJson(const ProjectRecords& projects, Progress* progress)
{
    return jsonPieces(projects, progress).join();
}

QByteArrayList ProjectExport::csvPieces(const ProjectRecords& projects, Progress* progress)
{
    QByteArray header;
    appendCsvRow(header, csvColumns());
    return projectPieces(
        projects, progress, header, {}, {},
        [](const Project& p, const ProjectRecord& record, QByteArray& out) {
            appendCsvRow(out,
                         {p.name, record.role, p.organizationId, p.accountId, p.accountName,
                          p.defaultCloud, p.billingGroupId, p.billingGroupName, p.billingCurrency,
                          p.estimatedBalance, p.estimatedBalanceLocal, p.paymentMethod, p.company,
                          p.countryCode, p.techEmails.join(kListSeparator),
                          p.billingEmails.join(kListSeparator), joinTags(p.tags)});
        });
}

QByteArrayList ProjectExport::jsonPieces(const ProjectRecords& projects, Progress* progress)
{
    if (projects.records.isEmpty())
        return progress && progress->cancelled ? QByteArrayList()
                                               : QByteArrayList{QByteArrayLiteral("[\n]\n")};
    // Each object as QJsonDocument lays it out alone, one level further in: its lines moved
    // four spaces right (a JSON string holds no line break of its own).
    return projectPieces(
        projects, progress, QByteArrayLiteral("[\n"), QByteArrayLiteral(",\n"),
        QByteArrayLiteral("\n]\n"), [](const Project& p, const ProjectRecord&, QByteArray& out) {
            QByteArray object = QJsonDocument(json::toJson(p)).toJson(QJsonDocument::Indented);
            object.chop(1); // its final line break
            object.replace('\n', QByteArrayLiteral("\n    "));
            out += "    " + object;
        });
}

QString ProjectExport::shellQuote(const QString& value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString ProjectExport::createUrl(const QUrl& apiBaseUrl)
{
    return baseWithoutSlash(apiBaseUrl) + QStringLiteral("/v1/project");
}

QString ProjectExport::curlCommand(const Project& project, const QUrl& apiBaseUrl)
{
    // The create body's current (non-deprecated) fields; billing details come with the
    // billing group.
    QJsonObject body;
    body.insert(QStringLiteral("project"), project.name);
    if (!project.accountId.isEmpty())
        body.insert(QStringLiteral("account_id"), project.accountId);
    if (!project.billingGroupId.isEmpty())
        body.insert(QStringLiteral("billing_group_id"), project.billingGroupId);
    if (!project.defaultCloud.isEmpty())
        body.insert(QStringLiteral("cloud"), project.defaultCloud);
    if (!project.tags.isEmpty()) {
        QJsonObject tags;
        for (auto it = project.tags.cbegin(); it != project.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        body.insert(QStringLiteral("tags"), tags);
    }
    if (!project.techEmails.isEmpty())
        body.insert(QStringLiteral("tech_emails"), json::emailsToJson(project.techEmails));
    const QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));

    // Double quotes around the header so that the shell expands the variable; the token
    // itself never reaches the clipboard.
    return QStringLiteral("curl -X POST ") + shellQuote(createUrl(apiBaseUrl)) +
           QStringLiteral(" \\\n  -H \"Authorization: aivenv1 $AIVEN_AUTH_TOKEN\" \\\n"
                          "  -H 'Content-Type: application/json' \\\n  --data-raw ") +
           shellQuote(json) + u'\n';
}

QString ProjectExport::avnCommand(const Project& project, const QUrl& apiBaseUrl)
{
    QString avn = QStringLiteral("avn");
    const QString base = baseWithoutSlash(apiBaseUrl);
    if (base != kDefaultApiBase)
        avn += QStringLiteral(" --url ") + shellQuote(base);

    QStringList lines{avn + QStringLiteral(" project create ") + shellQuote(project.name)};
    const QString parent = parentId(project);
    if (!parent.isEmpty())
        lines.append(QStringLiteral("  --parent-id ") + shellQuote(parent));
    if (!project.billingGroupId.isEmpty())
        lines.append(QStringLiteral("  --billing-group-id ") + shellQuote(project.billingGroupId));
    if (!project.defaultCloud.isEmpty())
        lines.append(QStringLiteral("  --cloud ") + shellQuote(project.defaultCloud));
    for (const QString& email : project.techEmails)
        lines.append(QStringLiteral("  --tech-email ") + shellQuote(email));
    QString out = lines.join(QStringLiteral(" \\\n")) + u'\n';

    if (!project.tags.isEmpty()) {
        QStringList tagLines{avn + QStringLiteral(" project tags update --project ") +
                             shellQuote(project.name)};
        for (auto it = project.tags.cbegin(); it != project.tags.cend(); ++it)
            tagLines.append(QStringLiteral("  --add-tag ") +
                            shellQuote(it.key() + u'=' + it.value()));
        out += tagLines.join(QStringLiteral(" \\\n")) + u'\n';
    }
    return out;
}

QString ProjectExport::hclString(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\r') {
            out += QStringLiteral("\\r");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if ((c == u'$' || c == u'%') && next == u'{') {
            // Template sequences would be interpolated; doubling the sigil keeps them literal.
            out += c;
            out += c;
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString ProjectExport::terraformName(const QString& projectName)
{
    QString name;
    name.reserve(projectName.size());
    for (const QChar c : projectName.toLower()) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        name += keep ? c : u'_';
    }
    if (name.isEmpty())
        return QStringLiteral("project");
    if (name.front().isDigit())
        name.prepend(u'_');
    return name;
}

QString ProjectExport::terraformProject(const Project& project)
{
    QVector<QPair<QString, QString>> attributes{
        {QStringLiteral("project"), hclString(project.name)}};
    const QString parent = parentId(project);
    if (!parent.isEmpty())
        attributes.append({QStringLiteral("parent_id"), hclString(parent)});
    if (!project.billingGroupId.isEmpty())
        attributes.append({QStringLiteral("billing_group"), hclString(project.billingGroupId)});
    if (!project.defaultCloud.isEmpty())
        attributes.append({QStringLiteral("default_cloud"), hclString(project.defaultCloud)});
    if (!project.techEmails.isEmpty())
        attributes.append({QStringLiteral("technical_emails"), hclList(project.techEmails)});

    QString out = QStringLiteral("resource \"aiven_project\" \"") + terraformName(project.name) +
                  QStringLiteral("\" {\n");
    appendAligned(out, attributes, QStringLiteral("  "));
    appendTagBlocks(out, project.tags);
    out += QStringLiteral("}\n");
    return out;
}

QString ProjectExport::terraformOrganizationProject(const Project& project)
{
    QVector<QPair<QString, QString>> attributes{
        {QStringLiteral("project_id"), hclString(project.name)}};
    if (!project.organizationId.isEmpty())
        attributes.append({QStringLiteral("organization_id"), hclString(project.organizationId)});
    if (!project.billingGroupId.isEmpty())
        attributes.append({QStringLiteral("billing_group_id"), hclString(project.billingGroupId)});
    if (!project.techEmails.isEmpty())
        attributes.append({QStringLiteral("technical_emails"), hclList(project.techEmails)});

    QString out = QStringLiteral("resource \"aiven_organization_project\" \"") +
                  terraformName(project.name) + QStringLiteral("\" {\n");
    appendAligned(out, attributes, QStringLiteral("  "));
    appendTagBlocks(out, project.tags);
    out += QStringLiteral("}\n");
    return out;
}

} // namespace fjord
