#pragma once

#include "api/ProjectMembers.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace fjord {

class AivenClient;
class ApiCall;

// One tag change applied to many projects through PATCH /v1/project/{project}/tags (a merge,
// so no other tag is touched), one project at a time, with a row per project saying how it
// went. Cancel stops what has not started (the one on its way finishes and says so); retry
// sends again only to the projects that failed or were not sent. A project whose change went
// through is never sent again.
class BulkTagRun final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTagRun)

public:
    enum Column { ProjectColumn, ResultColumn, ColumnCount };
    enum class State { Waiting, Sending, Done, Failed, NotSent };
    enum Role { StateRole = Qt::UserRole + 1 };

    BulkTagRun(AivenClient* client, const QStringList& projects, const TagChanges& changes,
               QObject* parent = nullptr);
    ~BulkTagRun() override;

    const TagChanges& changes() const { return m_changes; }
    QStringList projects() const { return m_projects; }

    void start();
    void cancel();
    // Sends again to every project that failed or was not sent; false when there is none.
    bool retry();

    bool isRunning() const { return m_call != nullptr; }
    bool isCanceling() const { return m_canceling; }
    int count(State state) const;
    int finishedCount() const; // done + failed + not sent
    State stateAt(int row) const { return m_rows.at(row).state; }
    QString errorAt(int row) const { return m_rows.at(row).error; } // in words to act on
    QString serverMessageAt(int row) const { return m_rows.at(row).serverMessage; }
    QStringList projectsIn(State state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged();
    // The change went through on `project` (its tags are now merged with changes()).
    void projectChanged(const QString& project);
    // Nothing is being sent any more: all sent, or canceled.
    void finished();

private:
    struct Row
    {
        State state = State::Waiting;
        QString error;
        QString serverMessage; // the API's own words, for the tooltip
    };
    void sendNext();
    void setState(int row, State state, const QString& error = {},
                  const QString& serverMessage = {});

    QPointer<AivenClient> m_client;
    QStringList m_projects;
    TagChanges m_changes;
    QVector<Row> m_rows;
    QPointer<ApiCall> m_call;
    bool m_canceling = false;
};

} // namespace fjord
