#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiCall;

// A table whose rows one API call per project brings: the load state, the last failure and
// the call on its way live here, the rows in the subclass. load() asks for a project's rows;
// a reply that arrives after a newer load(), clear() or setClient() is dropped.
class RemoteTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteTableModel)
    Q_PROPERTY(fjord::RemoteTableModel::State state READ state NOTIFY stateChanged)

public:
    enum class State { NotLoaded, Loading, Loaded, Error };
    Q_ENUM(State)

    ~RemoteTableModel() override;

    void setClient(AivenClient* client);
    QString project() const { return m_project; }
    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    int errorStatus() const { return m_errorStatus; } // the HTTP status of the failure, or 0

public Q_SLOTS:
    void load(const QString& project);
    // Forgets the rows and any reply on its way.
    void clear();

Q_SIGNALS:
    void stateChanged(fjord::RemoteTableModel::State state);
    // A load finished (with rows or an error).
    void loaded(const QString& project);

protected:
    // What a failed load does to the rows already shown.
    enum class OnError { KeepRows, ClearRows };

    RemoteTableModel(AivenClient* client, OnError onError, QObject* parent);

    // The call that brings `project`'s rows.
    virtual ApiCall* request(AivenClient& client, const QString& project) = 0;
    // Takes the rows out of a successful call, through setRows().
    virtual void takeRows(const ApiCall& call) = 0;
    // Empties the rows; called inside a model reset.
    virtual void clearRows() = 0;

    // Shows `project`'s rows as if just received: `storeRows` stores them inside a model
    // reset, the state becomes Loaded and loaded() is emitted.
    template <typename StoreRows> void setRows(const QString& project, StoreRows&& storeRows)
    {
        dropCall();
        beginResetModel();
        m_project = project;
        storeRows();
        endResetModel();
        finishLoaded();
    }

private:
    void finish(ApiCall* call);
    void finishLoaded();
    void dropCall();
    void setState(State state);

    QPointer<AivenClient> m_client;
    QPointer<ApiCall> m_call;
    const OnError m_onError;
    QString m_project;
    State m_state = State::NotLoaded;
    QString m_errorMessage;
    int m_errorStatus = 0;
};

} // namespace fjord
