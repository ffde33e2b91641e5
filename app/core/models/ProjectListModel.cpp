#include "models/ProjectListModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/JsonCodec.h"
#include "models/CloudCatalog.h"
#include "models/ServiceCountCache.h"
#include "util/Allocator.h"
#include "util/Parts.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

namespace fjord {

namespace {

double moneyValue(const QString& text)
{
    // Amounts are plain decimals ("1652.29"): those are read without the general parser of
    // QString::toDouble, which took a fifth of the time to fill 10,000 rows.
    std::array<char, 32> ascii{};
    if (text.size() <= qsizetype(ascii.size())) {
        qsizetype n = 0;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (!((u >= u'0' && u <= u'9') || u == u'.' || (u == u'-' && n == 0)))
                break;
            ascii[std::size_t(n++)] = char(u);
        }
        double value = 0.0;
        const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + n, value);
        if (n == text.size() && error == std::errc() && end == ascii.data() + n)
            return value;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : 0.0;
}

} // namespace

ProjectListModel::ProjectListModel(AivenClient* client, CloudCatalog* clouds, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_prefillTimer(new QTimer(this))
{
    m_prefillTimer->setSingleShot(true);
    m_prefillTimer->setInterval(0);
    connect(m_prefillTimer, &QTimer::timeout, this, &ProjectListModel::prefillFilterTexts);
    setCloudCatalog(clouds);
}

ProjectListModel::~ProjectListModel()
{
    // Destruction is quiet: the receivers may be half destroyed themselves (a window whose
    // destructor is deleting its children, this model among them), so no signal may reach
    // them now. destroyed() still goes out, as Qt always sends it.
    blockSignals(true);
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void ProjectListModel::setClient(AivenClient* client)
{
    reset();
    m_client = client;
}

AivenClient* ProjectListModel::client() const
{
    return m_client;
}

void ProjectListModel::setCloudCatalog(CloudCatalog* clouds)
{
    if (m_clouds == clouds)
        return;
    if (m_clouds)
        disconnect(m_clouds, nullptr, this, nullptr);
    m_clouds = clouds;
    if (m_clouds)
        connect(m_clouds, &CloudCatalog::cloudsChanged, this,
                &ProjectListModel::updateCloudDescriptions);
    updateCloudDescriptions();
}

void ProjectListModel::refresh()
{
    if (!m_client) {
        setError(tr("Not connected to any Aiven API."), {});
        return;
    }
    // Every refresh gets a new generation; a reply tagged with an older one is stale.
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    ApiCall* call = m_client->listProjects();
    m_call = call;
    connect(call, &ApiCall::finished, this,
            [this, call, generation] { finishRefresh(call, generation); });
    if (m_state != State::Loaded || m_rows.isEmpty())
        setState(State::Loading);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ProjectListModel::reset()
{
    ++m_generation;
    abandonCall();
    const bool wasEmpty = m_rows.isEmpty();
    beginResetModel();
    m_prefillTimer->stop();
    m_filterCache = {};
    m_text = {};
    m_records.clear();
    m_rows.clear();
    m_rowByName.clear();
    endResetModel();
    m_lastRefreshed = {};
    if (!m_errorMessage.isEmpty()) {
        m_errorMessage.clear();
        m_errorDetails.clear();
        Q_EMIT errorChanged({});
    }
    setState(State::NotLoaded);
    emitEmptyIfChanged(wasEmpty);
}

void ProjectListModel::abandonCall()
{
    if (!m_call)
        return;
    ApiCall* call = m_call;
    m_call = nullptr;
    call->abandon();
    Q_EMIT loadingChanged(false);
}

void ProjectListModel::finishRefresh(ApiCall* call, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer refresh, a reset or a profile switch happened meanwhile
    m_call = nullptr;
    Q_EMIT loadingChanged(false);
    if (call->error().kind() == ApiError::Kind::Canceled)
        return;
    if (!call->isSuccess()) {
        setError(call->error().userMessage(), call->error().details());
        setState(State::Error);
        Q_EMIT refreshFailed(m_errorMessage);
        return;
    }
    // Taken out of the call, which then lets go of its own reference to the body.
    ProjectRecords records = call->takeValue<ProjectRecords>();
    call->releaseBody();
    setProjectRecords(std::move(records));
}

void ProjectListModel::setProjectList(ProjectList list)
{
    setProjectRecords(ProjectRecords::fromList(std::move(list)));
}

bool ProjectListModel::sameProject(const ProjectRecord& record, AnswerText::Reader* myText,
                                   const ProjectRecords& records, const ProjectRecord& other,
                                   AnswerText::Reader* theirText) const
{
    // The same text is the same project; other text may still be (keys in another order).
    if (!record.project && !other.project && record.length == other.length) {
        // Two readers: each one's part stays good while the other reads.
        const QByteArrayView mine = myText->read(record.offset, record.length);
        if (!mine.isEmpty() && mine == theirText->read(other.offset, other.length))
            return true;
    }
    return json::recordedProject(m_text, record, myText) ==
           json::recordedProject(records.text, other, theirText);
}

void ProjectListModel::setProjectRecords(ProjectRecords answer)
{
    const bool wasEmpty = m_rows.isEmpty();
    const qsizetype previousCount = m_records.size();
    m_filterCache = {}; // its strings are the rows' that are going

    QVector<ProjectRecord> incoming = std::move(answer.records);
    QHash<QString, int> incomingRow;
    incomingRow.reserve(incoming.size());
    int count = 0; // the distinct names so far, in incoming[0, count)
    for (ProjectRecord& record : incoming) {
        const auto existing = incomingRow.constFind(record.summary.name);
        if (existing != incomingRow.constEnd()) {
            // A duplicate name: the later one wins, in the place of the first.
            incoming[existing.value()] = std::move(record);
            continue;
        }
        incomingRow.insert(record.summary.name, count);
        if (&record != &incoming[count])
            incoming[count] = std::move(record);
        ++count;
    }
    incoming.resize(count);

    // The records stay where the answer made them; each gets the role and memberships its row
    // shows, and a row of what it shows besides.
    QVector<Row> incomingRows(count);
    FillCache cache;
    for (int i = 0; i < count; ++i) {
        ProjectRecord& record = incoming[i];
        const QStringList memberships = std::move(record.memberships);
        record.memberships =
            ProjectPermissions::fromMemberships(memberships, record.role).memberships();
        if (record.role.isEmpty())
            record.role = memberships.join(QStringLiteral(", "));
        fillDerived(incomingRows[i], record, &cache);
    }

    if (m_rows.isEmpty() || incomingRows.isEmpty()) {
        beginResetModel();
        m_text = std::move(answer.text);
        m_records = std::move(incoming);
        m_rows = std::move(incomingRows);
        m_rowByName = std::move(incomingRow); // already the rows' index
        endResetModel();
    } else {
        // Merge in place: remove rows that went away, update the ones that stayed, append
        // new ones. Views keep their selection and scroll position that way.
        for (int row = m_rows.size() - 1; row >= 0;) {
            if (incomingRow.contains(m_records.at(row).summary.name)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incomingRow.contains(m_records.at(first - 1).summary.name))
                --first;
            beginRemoveRows({}, first, row);
            m_records.remove(first, row - first + 1);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        // Every row that stays takes its new record, whose text is in the new answer's; only
        // those that changed are told to the views, once the new text is in place.
        QVector<bool> kept(incomingRows.size(), false);
        int firstChanged = -1;
        int lastChanged = -1;
        AnswerText::Reader myText(m_text);
        AnswerText::Reader theirText(answer.text);
        for (int row = 0; row < m_rows.size(); ++row) {
            const int from = incomingRow.value(m_records.at(row).summary.name);
            kept[from] = true;
            const ProjectRecord& mine = m_records.at(row);
            const ProjectRecord& theirs = incoming.at(from);
            const bool same = mine.role == theirs.role && mine.memberships == theirs.memberships &&
                              sameProject(mine, &myText, answer, theirs, &theirText);
            m_records[row] = std::move(incoming[from]);
            m_rows[row] = std::move(incomingRows[from]);
            if (same)
                continue;
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
        m_text = std::move(answer.text);
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
        QVector<ProjectRecord> addedRecords;
        QVector<Row> addedRows;
        for (int from = 0; from < incomingRows.size(); ++from) {
            if (!kept.at(from)) {
                addedRecords.append(std::move(incoming[from]));
                addedRows.append(std::move(incomingRows[from]));
            }
        }
        if (!addedRows.isEmpty()) {
            const int first = m_rows.size();
            beginInsertRows({}, first, first + addedRows.size() - 1);
            m_records.append(std::move(addedRecords));
            m_rows.append(std::move(addedRows));
            endInsertRows();
        }
        rebuildIndex();
    }

    // From a few thousand projects, the answer's reading leaves megabytes free in the heaps
    // (Qt's network buffers, the readers' scratch space): 19 MB with 100,000.
    constexpr qsizetype kGiveBackMemoryFrom = 2000;
    m_giveBackMemory = m_giveBackMemory || previousCount >= kGiveBackMemoryFrom ||
                       m_records.size() >= kGiveBackMemoryFrom;
    startPrefill();
    m_lastRefreshed = QDateTime::currentDateTime();
    if (!m_errorMessage.isEmpty()) {
        m_errorMessage.clear();
        m_errorDetails.clear();
        Q_EMIT errorChanged({});
    }
    setState(State::Loaded);
    emitEmptyIfChanged(wasEmpty);
    Q_EMIT refreshed();
}

Project ProjectListModel::projectAt(int row) const
{
    return json::recordedProject(m_text, m_records.at(row));
}

ProjectRecords ProjectListModel::recordsAt(const QVector<int>& rows) const
{
    ProjectRecords out;
    out.text = m_text;
    // Every row in the model's order (an export of the whole list, unsorted or sorted as the
    // answer came): the list itself, shared, rather than a copy of 100,000 records.
    bool everyRowInOrder = rows.size() == m_records.size();
    for (qsizetype i = 0; everyRowInOrder && i < rows.size(); ++i)
        everyRowInOrder = rows.at(i) == i;
    if (everyRowInOrder) {
        out.records = m_records;
        return out;
    }
    out.records.reserve(rows.size());
    for (const int row : rows)
        out.records.append(m_records.at(row));
    return out;
}

void ProjectListModel::upsertProject(const Project& project, const QString& role,
                                     const QStringList& memberships)
{
    const bool wasEmpty = m_rows.isEmpty();
    ProjectRecord record{ProjectSummary::of(project), 0, 0,
                         std::make_shared<const Project>(project)};
    const int existing = rowOfProject(project.name);
    if (existing >= 0) {
        ProjectRecord& kept = m_records[existing];
        if (!role.isEmpty() || !memberships.isEmpty()) {
            record.role = role.isEmpty() ? memberships.join(QStringLiteral(", ")) : role;
            record.memberships =
                ProjectPermissions::fromMemberships(memberships, role).memberships();
        } else {
            record.role = std::move(kept.role);
            record.memberships = std::move(kept.memberships);
        }
        kept = std::move(record);
        fillDerived(m_rows[existing], kept);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        startPrefill();
        return;
    }
    // A project the user just created is theirs to administer.
    record.memberships = ProjectPermissions::fromMemberships(memberships, role).memberships();
    if (record.memberships.isEmpty())
        record.memberships = QStringList{QStringLiteral("admin")};
    record.role = role.isEmpty() ? record.memberships.join(QStringLiteral(", ")) : role;
    Row row;
    fillDerived(row, record);
    const int at = m_rows.size();
    beginInsertRows({}, at, at);
    m_records.append(std::move(record));
    m_rows.append(std::move(row));
    m_rowByName.insert(project.name, at);
    endInsertRows();
    startPrefill();
    if (m_state != State::Loaded)
        setState(State::Loaded);
    emitEmptyIfChanged(wasEmpty);
}

void ProjectListModel::removeProject(const QString& name)
{
    const int row = rowOfProject(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.remove(row);
    m_rows.remove(row);
    rebuildIndex();
    endRemoveRows();
    emitEmptyIfChanged(false);
}

void ProjectListModel::releaseRowsForExit()
{
    struct Released
    {
        AnswerText text;
        QVector<ProjectRecord> records;
        QVector<Row> rows;
        QHash<QString, int> index;
    };
    // Never destroyed, so what it points to stays reachable to the end.
    static auto* const released = new std::vector<Released*>();
    ++m_generation;
    abandonCall();
    m_prefillTimer->stop();
    beginResetModel();
    released->push_back(new Released{std::move(m_text), std::move(m_records), std::move(m_rows),
                                     std::move(m_rowByName)});
    m_text = {};
    m_records = {};
    m_rows = {};
    m_rowByName = {};
    endResetModel();
}

QStringList ProjectListModel::projectNames() const
{
    QStringList names;
    names.reserve(m_records.size());
    for (const ProjectRecord& record : m_records)
        names.append(record.summary.name);
    return names;
}

QString ProjectListModel::FillCache::lower(const QString& text)
{
    const std::pair<const QChar*, qsizetype> key(text.constData(), text.size());
    auto known = lowered.constFind(key);
    if (known == lowered.constEnd())
        known = lowered.insert(key, {text, text.toLower()});
    return known.value().second;
}

void ProjectListModel::fillDerived(Row& row, const ProjectRecord& record, FillCache* cache) const
{
    const ProjectSummary& p = record.summary;
    FillCache single;
    FillCache& shared = cache ? *cache : single;
    // Most rows share one of a few membership lists, and the words come from tr().
    auto known = shared.roleTexts.constFind(record.memberships);
    if (known == shared.roleTexts.constEnd())
        known = shared.roleTexts.insert(record.memberships,
                                        ProjectPermissions(record.memberships).roleText());
    row.roleText = known.value();
    row.cloudDescription = m_clouds ? m_clouds->describe(p.defaultCloud) : p.defaultCloud;
    row.balance =
        moneyValue(p.estimatedBalance.isEmpty() ? p.estimatedBalanceLocal : p.estimatedBalance);
    row.haystack.clear(); // built when first needed
}

const QString& ProjectListModel::filterTextAt(int row) const
{
    const Row& r = m_rows.at(row);
    if (r.haystack.isEmpty())
        buildFilterText(r, m_records.at(row), m_filterCache);
    return r.haystack;
}

void ProjectListModel::buildFilterTexts()
{
    if (!m_prefillTimer->isActive())
        return; // every row has its text (an edit starts the idle pass again)
    m_prefillTimer->stop();
    // Enough rows each that starting a thread pays for itself.
    constexpr qsizetype kRowsPerThread = 4096;
    const qsizetype first = m_prefillNext;
    const qsizetype count = m_rows.size();
    const qsizetype parts = partCount(count - first, kRowsPerThread);
    // Each part writes only its own rows' texts, and lowercases the shared parts in a cache
    // of its own.
    std::vector<FillCache> caches(std::size_t(parts - 1));
    const Row* const rows = std::as_const(m_rows).constData() + first;
    const ProjectRecord* const records = std::as_const(m_records).constData() + first;
    runInParts(count - first, parts, [&](qsizetype part, qsizetype begin, qsizetype end) {
        FillCache& cache = part == 0 ? m_filterCache : caches[std::size_t(part - 1)];
        for (qsizetype i = begin; i < end; ++i) {
            if (rows[i].haystack.isEmpty())
                buildFilterText(rows[i], records[i], cache);
        }
    });
    m_prefillNext = int(count);
}

bool ProjectListModel::filterTextsPending() const
{
    return m_prefillTimer->isActive();
}

void ProjectListModel::buildFilterText(const Row& row, const ProjectRecord& record,
                                       FillCache& shared) const
{
    const ProjectSummary& p = record.summary;
    // Lowercase part by part (the same as lowercasing the whole): the shared parts once.
    const QString name = p.name.toLower();
    const QString cloud = shared.lower(p.defaultCloud);
    const QString cloudDescription = shared.lower(row.cloudDescription);
    const QString accountName = shared.lower(p.accountName);
    const QString accountId = shared.lower(p.accountId);
    // Sized once: appending the tags would grow it to twice what it needs, for every row.
    qsizetype size = name.size() + cloud.size() + cloudDescription.size() + accountName.size() +
                     accountId.size() + 4;
    for (auto it = p.tags.constBegin(); it != p.tags.constEnd(); ++it)
        size += it.key().size() + it.value().size() + 2;
    QString haystack;
    haystack.reserve(size);
    haystack +=
        name % u'\n' % cloud % u'\n' % cloudDescription % u'\n' % accountName % u'\n' % accountId;
    for (auto it = p.tags.constBegin(); it != p.tags.constEnd(); ++it)
        haystack += u'\n' % shared.lower(it.key()) % u'=' % shared.lower(it.value());
    row.haystack = std::move(haystack);
}

void ProjectListModel::startPrefill()
{
    m_prefillNext = 0;
    if (!m_rows.isEmpty())
        m_prefillTimer->start();
}

void ProjectListModel::prefillFilterTexts()
{
    // Slices short enough that a key press waits for one at most.
    constexpr qint64 kSliceNs = 4'000'000;
    QElapsedTimer slice;
    slice.start();
    while (m_prefillNext < m_rows.size()) {
        const int at = m_prefillNext++;
        const Row& row = m_rows.at(at);
        if (row.haystack.isEmpty())
            buildFilterText(row, m_records.at(at), m_filterCache);
        if ((m_prefillNext & 63) == 0 && slice.nsecsElapsed() > kSliceNs) {
            m_prefillTimer->start();
            return;
        }
    }
    if (m_giveBackMemory) {
        m_giveBackMemory = false;
        QThreadPool::globalInstance()->start([] { giveBackFreeMemory(); });
    }
}

void ProjectListModel::rebuildIndex()
{
    m_rowByName.clear();
    m_rowByName.reserve(m_records.size());
    for (int i = 0; i < m_records.size(); ++i)
        m_rowByName.insert(m_records.at(i).summary.name, i);
}

void ProjectListModel::updateCloudDescriptions()
{
    if (m_rows.isEmpty())
        return;
    FillCache cache;
    for (int i = 0; i < m_rows.size(); ++i)
        fillDerived(m_rows[i], m_records.at(i), &cache);
    Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    startPrefill();
}

void ProjectListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProjectListModel::setError(const QString& message, const QString& details)
{
    m_errorDetails = details;
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorChanged(message);
}

void ProjectListModel::emitEmptyIfChanged(bool wasEmpty)
{
    if (wasEmpty != m_rows.isEmpty())
        Q_EMIT emptyChanged(m_rows.isEmpty());
}

QString ProjectListModel::formatBalance(const ProjectSummary& project)
{
    const bool hasLocal = !project.estimatedBalanceLocal.isEmpty();
    const QString amount = hasLocal ? project.estimatedBalanceLocal : project.estimatedBalance;
    if (amount.isEmpty())
        return {};
    QString currency = hasLocal ? project.billingCurrency : QString();
    if (currency.isEmpty())
        currency = QStringLiteral("USD");
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount % u' ' % currency;
    // Whole-number currencies (JPY) keep no decimals; the others show two.
    const int decimals = currency == QLatin1String("JPY") ? 0 : 2;
    return QLocale().toString(value, 'f', decimals) % u' ' % currency;
}

void ProjectListModel::setServiceCounts(ServiceCountCache* counts)
{
    if (m_serviceCounts == counts)
        return;
    disconnect(m_serviceCountsConnection);
    m_serviceCounts = counts;
    if (counts) {
        m_serviceCountsConnection =
            connect(counts, &ServiceCountCache::changed, this, [this](const QString& name) {
                const int row = rowOfProject(name);
                if (row >= 0)
                    Q_EMIT dataChanged(index(row, ServicesColumn), index(row, ServicesColumn));
            });
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ServicesColumn), index(rowCount() - 1, ServicesColumn));
}

ServiceCountCache* ProjectListModel::serviceCounts() const
{
    return m_serviceCounts;
}

int ProjectListModel::serviceCount(const QString& name) const
{
    return m_serviceCounts ? m_serviceCounts->count(name) : -1;
}

QString ProjectListModel::servicesText(const QString& name, bool inWords) const
{
    if (!m_serviceCounts)
        return {};
    switch (m_serviceCounts->status(name)) {
    case ServiceCountCache::Status::Known: {
        const int count = m_serviceCounts->count(name);
        if (!inWords)
            return QString::number(count);
        return count == 1 ? tr("1 service") : tr("%1 services").arg(count);
    }
    case ServiceCountCache::Status::Queued:
    case ServiceCountCache::Status::Loading:
        return inWords ? tr("Loading services") : QStringLiteral("…");
    case ServiceCountCache::Status::Failed:
        return inWords ? tr("Services not available: %1").arg(m_serviceCounts->errorMessage(name))
                       : QStringLiteral("–");
    case ServiceCountCache::Status::Unknown:
        break;
    }
    return {};
}

QString ProjectListModel::formatTags(const QMap<QString, QString>& tags)
{
    QStringList parts;
    parts.reserve(tags.size());
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        parts.append(it.value().isEmpty() ? it.key() : it.key() % u'=' % it.value());
    return parts.join(QStringLiteral(", "));
}

QString ProjectListModel::describePaymentMethod(const QString& method)
{
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("no_payment_expected"))
        return tr("No payment expected");
    if (method == QLatin1String("email"))
        return tr("Invoice by email");
    if (method == QLatin1String("marketplace"))
        return tr("Marketplace");
    if (method == QLatin1String("partner"))
        return tr("Partner");
    if (method == QLatin1String("none"))
        return tr("None");
    QString text = method;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ProjectSummary& p = m_records.at(index.row()).summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case RoleColumn:
            return row.roleText;
        case AccountColumn:
            return p.accountName.isEmpty() ? p.accountId : p.accountName;
        case CloudColumn:
            return row.cloudDescription;
        case BillingGroupColumn:
            return p.billingGroupName;
        case BalanceColumn:
            return formatBalance(p);
        case PaymentMethodColumn:
            return describePaymentMethod(p.paymentMethod);
        case TagsColumn:
            return formatTags(p.tags);
        case ServicesColumn:
            return servicesText(p.name);
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ServicesColumn)
            return servicesText(p.name, true);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AccountColumn:
            return p.accountId.isEmpty() ? QVariant()
                                         : QVariant(tr("Account ID: %1").arg(p.accountId));
        case CloudColumn:
            return p.defaultCloud;
        case BillingGroupColumn:
            return p.billingGroupId.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Billing group ID: %1").arg(p.billingGroupId));
        case BalanceColumn:
            return p.estimatedBalance.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Estimated balance: %1 USD").arg(p.estimatedBalance));
        case TagsColumn:
            return formatTags(p.tags);
        case ServicesColumn:
            return servicesText(p.name, true);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == ServicesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case BalanceColumn:
            return row.balance;
        case CloudColumn:
            return row.cloudDescription.toLower();
        case ServicesColumn:
            return serviceCount(p.name);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case FilterTextRole:
        return filterTextAt(index.row());
    case ProjectNameRole:
        return p.name;
    }
    return {};
}

bool ProjectListModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row& l = m_rows.at(leftRow);
    const Row& r = m_rows.at(rightRow);
    const ProjectSummary& lp = m_records.at(leftRow).summary;
    const ProjectSummary& rp = m_records.at(rightRow).summary;
    const auto text = [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c < 0;
    };
    switch (column) {
    case NameColumn:
        return text(lp.name, rp.name);
    case RoleColumn:
        return text(l.roleText, r.roleText);
    case AccountColumn:
        return text(lp.accountName.isEmpty() ? lp.accountId : lp.accountName,
                    rp.accountName.isEmpty() ? rp.accountId : rp.accountName);
    case CloudColumn:
        return text(l.cloudDescription, r.cloudDescription);
    case BillingGroupColumn:
        return text(lp.billingGroupName, rp.billingGroupName);
    case BalanceColumn:
        return l.balance < r.balance;
    case PaymentMethodColumn:
        return text(describePaymentMethod(lp.paymentMethod),
                    describePaymentMethod(rp.paymentMethod));
    case TagsColumn:
        return text(formatTags(lp.tags), formatTags(rp.tags));
    case ServicesColumn:
        return serviceCount(lp.name) < serviceCount(rp.name);
    }
    return false;
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant((section == BalanceColumn || section == ServicesColumn ? Qt::AlignRight
                                                                               : Qt::AlignLeft) |
                        Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Your role");
    case AccountColumn:
        return tr("Account");
    case CloudColumn:
        return tr("Default cloud");
    case BillingGroupColumn:
        return tr("Billing group");
    case BalanceColumn:
        return tr("Estimated balance");
    case PaymentMethodColumn:
        return tr("Payment method");
    case TagsColumn:
        return tr("Tags");
    case ServicesColumn:
        return tr("Services");
    }
    return {};
}

} // namespace fjord
