#pragma once

#include "api/Types.h"
#include "models/ProjectPermissions.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QVector>

class QTimer;

namespace fjord {

class AivenClient;
class ApiCall;
class CloudCatalog;
class ServiceCountCache;

// The projects of the signed-in user, one row each, fed by AivenClient::listProjects().
// A refresh merges the answer into the rows in place (so views keep selection and scroll),
// and a reply that arrives after a newer refresh, reset() or setClient() is dropped.
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)
    Q_PROPERTY(fjord::ProjectListModel::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY emptyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY refreshed)

public:
    enum Column {
        NameColumn,
        RoleColumn,
        AccountColumn,
        CloudColumn,
        BillingGroupColumn,
        BalanceColumn,
        PaymentMethodColumn,
        TagsColumn,
        ServicesColumn, // from the ServiceCountCache, loaded lazily
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Qt::UserRole: the raw value sorting uses (money as double, text as lowercase).
        SortRole = Qt::UserRole,
        FilterTextRole,  // QString: lowercase name, cloud code and description, account, tags
        ProjectNameRole, // QString: the project's name, whatever the column
    };
    Q_ENUM(Role)

    // NotLoaded: nothing asked yet; Loading: first answer pending (rows may still be shown
    // during a later refresh, see isLoading()); Loaded: the last refresh succeeded;
    // Error: the last refresh failed (older rows, if any, are kept).
    enum class State { NotLoaded, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit ProjectListModel(AivenClient* client, CloudCatalog* clouds = nullptr,
                              QObject* parent = nullptr);
    ~ProjectListModel() override;

    // Switching profile: forgets every row and any reply still on its way.
    void setClient(AivenClient* client);
    AivenClient* client() const;
    void setCloudCatalog(CloudCatalog* clouds);
    // Where the Services column reads its counts (none: the column stays empty).
    void setServiceCounts(ServiceCountCache* counts);
    ServiceCountCache* serviceCounts() const;

    State state() const { return m_state; }
    bool isLoading() const { return !m_call.isNull(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetails() const { return m_errorDetails; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    // Applies an answer as if it had just been received: the rows keep its records and body.
    void setProjectRecords(ProjectRecords records);
    // The same for projects at hand in full (tests, and callers that built them).
    void setProjectList(ProjectList list);
    // After a dialog saved or deleted a project: changes one row, no reload. An existing row
    // keeps its memberships unless `role` or `memberships` is given; a new one gets them,
    // else "admin" (a project the user just created).
    void upsertProject(const Project& project, const QString& role = {},
                       const QStringList& memberships = {});
    void removeProject(const QString& name);
    // For a process about to end: empties the model (with a reset) but hands its rows to storage
    // that is never freed, instead of freeing every project's strings one by one, which was a
    // fifth of the CPU time of a run with 10,000 projects. The storage stays reachable, so leak
    // checkers do not report it.
    void releaseRowsForExit();

    // The whole project, read from the answer's text (a few microseconds): for one project at
    // a time, such as the selected one. What the row shows is in summaryAt().
    Project projectAt(int row) const;
    // The records of `rows` with the answer's body they point into, each with its row's
    // roles: what an export takes to another thread, which reads the projects there.
    ProjectRecords recordsAt(const QVector<int>& rows) const;
    const ProjectSummary& summaryAt(int row) const { return m_records.at(row).summary; }
    QString roleAt(int row) const { return m_records.at(row).role; } // as the API says it
    // Every role and permission the user holds on the project (project_memberships).
    const QStringList& membershipsAt(int row) const { return m_records.at(row).memberships; }
    ProjectPermissions permissionsAt(int row) const
    {
        return ProjectPermissions(m_records.at(row).memberships);
    }
    int rowOfProject(const QString& name) const { return m_rowByName.value(name, -1); }
    QStringList projectNames() const;
    // The row's lowercase search text. Built on first use, or while the application is idle
    // after rows arrive, so that it does not hold up the first paint of the list.
    const QString& filterTextAt(int row) const;
    // Whether search texts are still being built while idle (each is built on demand anyway).
    bool filterTextsPending() const;
    // Builds every search text not built yet, now, split over a few threads: a filter of all
    // rows needs them all at once (a key pressed the moment 100,000 rows arrived).
    void buildFilterTexts();
    // Orders two rows by a column the way SortRole does, without building QVariants.
    bool lessThan(int leftRow, int rightRow, int column) const;

    // Text shown for money: "12.50 EUR" (local currency) or "4.11 USD".
    static QString formatBalance(const ProjectSummary& project);
    static QString formatTags(const QMap<QString, QString>& tags);
    static QString describePaymentMethod(const QString& method);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();
    // Forgets every row and drops any reply still on its way.
    void reset();

Q_SIGNALS:
    void stateChanged(fjord::ProjectListModel::State state);
    void loadingChanged(bool loading);
    void emptyChanged(bool empty);
    void errorChanged(const QString& message);
    void refreshed(); // a refresh succeeded and its rows are in
    void refreshFailed(const QString& message);

private:
    // What a row shows besides its record, worked out when the project arrives. Kept apart
    // from the records, which come from the answer as they are: a list of rows that held
    // them would be a second list as large, filled while the first is still there.
    struct Row
    {
        QString roleText; // the memberships in words ("Read only")
        QString cloudDescription;
        mutable QString haystack; // empty until built (it never is empty then)
        double balance = 0.0;
    };
    // The memberships in words, worked out once per distinct list while rows are filled.
    // And the lowercase forms of the texts rows share (clouds, accounts, tags), worked out
    // once per distinct string: the parsed rows share one copy of each, so its data names it.
    struct FillCache
    {
        QHash<QStringList, QString> roleTexts;
        // Each keeps its text too, so that no other string can take its place meanwhile.
        QHash<std::pair<const QChar*, qsizetype>, std::pair<QString, QString>> lowered;
        QString lower(const QString& text); // a copy: an insert may move the others
    };

    void fillDerived(Row& row, const ProjectRecord& record, FillCache* cache = nullptr) const;
    void buildFilterText(const Row& row, const ProjectRecord& record, FillCache& shared) const;
    // Builds the search texts not built yet, a few milliseconds at a time while idle.
    void prefillFilterTexts();
    void startPrefill();
    // Whether a row's record and one of a new answer are the same project. Each text is read
    // through a reader of its own, which rows compared in order keep unpacking little.
    bool sameProject(const ProjectRecord& record, AnswerText::Reader* myText,
                     const ProjectRecords& records, const ProjectRecord& other,
                     AnswerText::Reader* theirText) const;
    int serviceCount(const QString& name) const; // -1 when not known
    // The Services cell: a number, "…" while loading, "–" when it failed; in words for the
    // tooltip and screen readers.
    QString servicesText(const QString& name, bool inWords = false) const;
    void rebuildIndex();
    void updateCloudDescriptions();
    void setState(State state);
    void setError(const QString& message, const QString& details);
    void finishRefresh(ApiCall* call, quint64 generation);
    void abandonCall();
    void emitEmptyIfChanged(bool wasEmpty);

    QPointer<AivenClient> m_client;
    QPointer<CloudCatalog> m_clouds;
    QPointer<ServiceCountCache> m_serviceCounts;
    QMetaObject::Connection m_serviceCountsConnection;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    // The text of the answer the rows' records point into.
    AnswerText m_text;
    // A record for each row (its role and memberships as the row has them), and beside it
    // what the row shows besides.
    QVector<ProjectRecord> m_records;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowByName;
    mutable FillCache m_filterCache; // the lowercase forms of the rows' shared texts
    QTimer* m_prefillTimer = nullptr;
    int m_prefillNext = 0; // rows before it have their search text
    // A large answer was taken in: once the search texts are built too, the free memory the
    // reading left in the heaps goes back to the system.
    bool m_giveBackMemory = false;
    State m_state = State::NotLoaded;
    QString m_errorMessage;
    QString m_errorDetails;
    QDateTime m_lastRefreshed;
};

} // namespace fjord
