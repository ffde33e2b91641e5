#pragma once

// Typed values of the Aiven REST API: projects, clouds, memberships and errors.
// Money stays a decimal string until it is displayed. Keys the client does not know
// are kept in `extra` so that nothing the server sent is lost.

#include "api/AnswerText.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace fjord {

struct Project
{
    QString name; // project_name (required, must be a string)
    QString accountId;
    QString accountName;
    QString organizationId;
    QString tenantId;
    QStringList addressLines;
    QString availableCredits; // decimal string
    QString billingAddress;
    QString billingCurrency;   // one of billingCurrencies()
    QStringList billingEmails; // JSON: [{"email": ...}]
    QString billingExtraText;
    QString billingGroupId;
    QString billingGroupName;
    QJsonObject cardInfo; // empty when null or absent
    QString city;
    QString company;
    QString country;
    QString countryCode;
    QString defaultCloud;
    QJsonObject endOfLifeExtension;
    QString estimatedBalance;      // USD, decimal string
    QString estimatedBalanceLocal; // billing currency, decimal string
    QJsonObject features;
    QString paymentMethod;
    QString state;
    QMap<QString, QString> tags;
    QStringList techEmails;      // JSON: [{"email": ...}]
    QString trialExpirationTime; // ISO 8601, empty when null
    QString vatId;
    QString zipCode;
    QJsonObject extra; // unknown keys, kept verbatim

    bool operator==(const Project& other) const;
    bool operator!=(const Project& other) const { return !(*this == other); }
};

struct ProjectList
{
    QVector<Project> projects;
    QHash<QString, QString> membership;      // project_membership: name -> role
    QHash<QString, QStringList> memberships; // project_memberships: name -> roles
};

// The fields of a project that its row in a list shows, sorts and filters by.
struct ProjectSummary
{
    QString name;
    QString accountId;
    QString accountName;
    QString billingCurrency;
    QString billingGroupId;
    QString billingGroupName;
    QString defaultCloud;
    QString estimatedBalance;
    QString estimatedBalanceLocal;
    QString paymentMethod;
    QMap<QString, QString> tags;

    static ProjectSummary of(Project project);
    Project toProject() const; // the other fields empty
    bool operator==(const ProjectSummary& other) const;
};

// One project of a GET /v1/project answer, as ProjectRecords keeps it.
struct ProjectRecord
{
    ProjectSummary summary;
    // Where the project's JSON text is in the records' text. Or, for a project that did not
    // come in a body (a dialog saved it, a test built it), the project itself.
    qsizetype offset = 0;
    qsizetype length = 0;
    std::shared_ptr<const Project> project;
    // The user's role on the project (project_membership) and every role and permission the
    // user holds on it (project_memberships), as the same answer gives them; empty if not.
    QString role;
    QStringList memberships;
};

} // namespace fjord

// No member points into itself (QString, QMap, std::shared_ptr), so lists of records move
// them as bytes (realloc, memmove) when they grow or close a gap, not one record at a time.
Q_DECLARE_TYPEINFO(fjord::ProjectSummary, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(fjord::ProjectRecord, Q_RELOCATABLE_TYPE);

namespace fjord {

// GET /v1/project as it arrived: the answer's text, and for each project the fields its row
// shows and where its text is. The rest of a project is read from that text when it is asked
// for, one project at a time: reading every field of 10,000 projects first took most of the
// time to show them, and several times the memory of the body.
struct ProjectRecords
{
    AnswerText text;
    QVector<ProjectRecord> records;

    Project project(qsizetype i) const;
    QVector<Project> projects() const; // every project in full
    // Records of projects that are at hand in full.
    static ProjectRecords fromList(ProjectList list);
};

struct Cloud
{
    QString name;        // cloud_name (required)
    QString description; // cloud_description
    QString geoRegion;   // free text; labels changed over time
    QString provider;    // aws, azure, do, google, upcloud (derived from the name when absent)
    QString providerDescription;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QJsonObject extra;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }
    bool operator==(const Cloud& other) const;
};

struct BillingGroup
{
    QString id;   // billing_group_id
    QString name; // billing_group_name
    QString accountId;
    QString accountName;
    QString billingCurrency;
    QString paymentMethod;
    QString estimatedBalanceUsd;
    QString estimatedBalanceLocal;
    QStringList billingEmails;
    QString company;
    QString countryCode;
    QString vatId;
    QString createTime;
    QJsonObject extra;
};

struct Account
{
    QString id;   // account_id
    QString name; // account_name
    QString organizationId;
    QString parentAccountId;
    QString rootAccountId;
    QString tenantId;
    bool isAccountOwner = false;
    QJsonObject extra;
};

struct UserInfo
{
    QString email; // "user"
    QString userId;
    QString realName;
    QString state;
    QString tenant;
    QString tokenValidityBegin;
    QString createTime;
    QJsonObject extra;
};

// Answer of POST /v1/userauth.
struct LoginResult
{
    QString token;
    QString state;
    QString userEmail;
};

// Body of POST /v1/project. Only set fields are sent.
struct ProjectCreateRequest
{
    QString name; // "project"
    QString accountId;
    QString billingGroupId;
    QString cloud;
    QString copyFromProject;
    std::optional<bool> copyTags;
    std::optional<bool> useSourceProjectBillingGroup;
    std::optional<QMap<QString, QString>> tags;
    std::optional<QStringList> techEmails;
};

// Body of PUT /v1/project/{project}: the fields to change, each with its new value. Unset
// fields are left as they are by the server and are not sent.
struct ProjectUpdate
{
    std::optional<QString> name; // "project_name"
    std::optional<QString> accountId;
    std::optional<QString> billingGroupId;
    std::optional<QString> cloud;
    std::optional<QMap<QString, QString>> tags;
    std::optional<QStringList> techEmails;
    std::optional<QString> billingAddress;
    std::optional<QStringList> addressLines;
    std::optional<QString> billingCurrency;
    std::optional<QStringList> billingEmails;
    std::optional<QString> billingExtraText;
    std::optional<QString> city;
    std::optional<QString> company;
    std::optional<QString> countryCode;
    std::optional<QString> state;
    std::optional<QString> vatId;
    std::optional<QString> zipCode;

    // The fields the update endpoint accepts in which `after` differs from `before`.
    static ProjectUpdate between(const Project& before, const Project& after);
    bool isEmpty() const;
};

// The 12 currencies of the billing_currency enum.
QStringList billingCurrencies();

} // namespace fjord

Q_DECLARE_METATYPE(fjord::Project)
Q_DECLARE_METATYPE(fjord::ProjectList)
Q_DECLARE_METATYPE(fjord::ProjectRecords)
Q_DECLARE_METATYPE(fjord::Cloud)
Q_DECLARE_METATYPE(fjord::BillingGroup)
Q_DECLARE_METATYPE(fjord::Account)
Q_DECLARE_METATYPE(fjord::UserInfo)
Q_DECLARE_METATYPE(fjord::LoginResult)
