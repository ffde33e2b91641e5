#pragma once

#include "api/ApiCall.h"
#include "api/ProjectInfoTypes.h"
#include "api/ProjectMembers.h"
#include "api/Types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace fjord {

// A line of the request log (View > Activity). Never holds a token or a header.
struct RequestLogEntry
{
    QDateTime started;
    QString method;
    QString path;
    int httpStatus = 0; // 0 when there was no HTTP answer
    qint64 durationMs = 0;
    int attempt = 1;
    QString error; // ApiError::userMessage(), empty on success
};

struct RetryPolicy
{
    int maxAttempts = 4;      // total attempts for a GET, including the first
    int initialDelayMs = 500; // doubled on each retry ...
    int maxDelayMs = 8000;    // ... up to this cap (also caps Retry-After)
};

// The Aiven REST API over an injected QNetworkAccessManager.
// Base URL default https://api.aiven.io; "/v1" is appended to it.
class AivenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AivenClient)

public:
    static QUrl defaultBaseUrl(); // https://api.aiven.io
    static QString userAgent();   // "fjord/<version>"

    explicit AivenClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AivenClient() override;

    void setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const;
    void setToken(const QString& token); // empty = no Authorization header
    bool hasToken() const;
    void setTimeoutMs(int timeoutMs); // per attempt; default 30000
    int timeoutMs() const;
    void setRetryPolicy(const RetryPolicy& policy);
    RetryPolicy retryPolicy() const;
    // The cap on an answer's size, default 64 MiB. The project list may be larger (up to
    // 1 GiB: it grows with the organization); an error answer is held to 4 MiB at most.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

    // Every call returns a new ApiCall (see its contract). value<T>() types in comments.
    ApiCall* listProjects();                                                     // ProjectRecords
    ApiCall* getProject(const QString& project);                                 // Project
    ApiCall* createProject(const ProjectCreateRequest& request);                 // Project
    ApiCall* updateProject(const QString& project, const ProjectUpdate& update); // Project
    ApiCall* deleteProject(const QString& project);                              // no value
    ApiCall* listClouds(); // QVector<Cloud>; sends no Authorization header
    ApiCall* listProjectClouds(const QString& project); // QVector<Cloud>
    ApiCall* listBillingGroups();                       // QVector<BillingGroup>
    ApiCall* listAccounts();                            // QVector<Account>
    ApiCall* getMe();                                   // UserInfo
    ApiCall* login(const QString& email, const QString& password,
                   const QString& otp = {}); // LoginResult; no Authorization header
    ApiCall* logout();                       // POST /v1/me/logout, no value

    // Members and invitations of a project (only admins may change them).
    ApiCall* listProjectMembers(const QString& project); // ProjectPeople
    ApiCall* inviteProjectMember(const QString& project, const QString& email,
                                 const QString& memberType); // no value
    ApiCall* updateProjectMember(const QString& project, const QString& email,
                                 const QString& memberType);                        // no value
    ApiCall* removeProjectMember(const QString& project, const QString& email);     // no value
    ApiCall* cancelProjectInvitation(const QString& project, const QString& email); // no value
    // PATCH /v1/project/{project}/tags: merges, so that tags not named stay. No value.
    ApiCall* patchProjectTags(const QString& project, const TagChanges& changes);

    // What a project holds (read-only).
    ApiCall* listServices(const QString& project);            // QVector<Service>
    ApiCall* listProjectEvents(const QString& project);       // QVector<ProjectEvent>, newest first
    ApiCall* getProjectCaCertificate(const QString& project); // CaCertificate

    // Abandons every call in flight (used when the user switches profile).
    void abandonAll();

Q_SIGNALS:
    void requestLogged(const fjord::RequestLogEntry& entry);
    // An authenticated call got 401: the token is missing, wrong or expired.
    void unauthorized(fjord::ApiCall* call);
    // A call has reported its outcome (after its last attempt); canceled ones too.
    void callFinished(fjord::ApiCall* call);

private:
    struct Private;
    Private* d;
};

} // namespace fjord

Q_DECLARE_METATYPE(fjord::RequestLogEntry)
Q_DECLARE_METATYPE(QVector<fjord::Cloud>)
Q_DECLARE_METATYPE(QVector<fjord::BillingGroup>)
Q_DECLARE_METATYPE(QVector<fjord::Account>)
