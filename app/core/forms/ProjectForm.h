#pragma once

#include "api/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace fjord {

class ApiError;

// The fields of the project dialogs, so that a rule or a server error can point at one.
enum class ProjectField {
    None,
    Name,
    Account,
    BillingGroup,
    Cloud,
    CopyFrom,
    Tags,
    TechEmails,
    BillingEmails,
    Company,
    BillingAddress,
    City,
    ZipCode,
    State,
    Country,
    VatId,
    Currency,
};

// What the create/edit form holds, as the user typed it.
struct ProjectFormValues
{
    QString name;
    QString accountId; // empty: no account (create: a project outside any organization)
    // Create: false while the user has still to say which organization the project goes to.
    bool accountChosen = true;
    QString billingGroupId;
    QString cloud;
    QString copyFromProject; // create only
    bool copyTags = false;
    bool useSourceProjectBillingGroup = false;
    QList<QPair<QString, QString>> tags; // rows in table order; duplicates are an error
    QStringList techEmails;
    // Billing (edit only)
    QStringList billingEmails;
    QString company;
    // The address as the dialog shows it, one line per line: the project's billing_address,
    // or its address_lines (see ProjectForm::addressField).
    QString address;
    QString city;
    QString zipCode;
    QString state;
    QString countryCode;
    QString vatId;
    QString billingCurrency;
};

struct ProjectFieldError
{
    ProjectField field = ProjectField::None;
    QString message;
};

// The state logic behind ProjectEditDialog: from a project to form values and back, the
// create request, the update of the changed fields and its before/after summary, and which
// field a server error is about.
class ProjectForm
{
    Q_DECLARE_TR_FUNCTIONS(ProjectForm)

public:
    // Which of the two address fields of the API a project's address lives in.
    enum class AddressField { BillingAddress, AddressLines };

    static ProjectFormValues fromProject(const Project& project);

    // The deprecated free-text billing_address when the project has one; else address_lines,
    // the split field the document recommends (also for a project with no address yet).
    static AddressField addressField(const Project& project);
    // The address in that field as one text, one line per line.
    static QString addressText(const Project& project);

    // What a text field holds for the request: the value the project had when the user left
    // it as it was (even with the server's stray spaces), else what was typed, trimmed.
    static QString editedText(const QString& shown, const QString& original);

    // Create: the account the form starts on. The organization (root account) of
    // `selectedProjectAccountId`, the account of the project selected in the main window, when
    // it is listed; else the user's one organization, or no account when they have none. With
    // several organizations and no selected project, nullopt: the user must choose, as a guess
    // could put the project and its billing in the wrong organization unnoticed.
    static std::optional<QString> initialCreateAccount(const QVector<Account>& accounts,
                                                       const QString& selectedProjectAccountId);
    // True for an organization: a root account, with no parent.
    static bool isOrganization(const Account& account);

    // Create: every rule that fails, in form order.
    static QVector<ProjectFieldError> validateCreate(const ProjectFormValues& values,
                                                     const QStringList& existingNames);
    // Edit: the same against the project being edited (its own name is not "taken"). Only
    // what the user changed is judged (the API's own tags pass as they are), and a move to
    // another account needs a billing group of that account.
    static QVector<ProjectFieldError> validateEdit(const ProjectFormValues& values,
                                                   const Project& before,
                                                   const QStringList& existingNames);

    static ProjectCreateRequest createRequest(const ProjectFormValues& values);
    // `before` with the form's values applied; untouched fields keep their value. An empty
    // cloud, currency or billing group means "not chosen" and keeps the project's value: the
    // API cannot unset them (its schema refuses "" for each).
    static Project applyTo(const Project& before, const ProjectFormValues& values);
    // Only the changed fields; empty when nothing changed.
    static ProjectUpdate update(const Project& before, const ProjectFormValues& values);

    // One changed field: its label, its value before and after (lists and tags one item a
    // line, "—" for none), and the one-line summary of the change.
    struct FieldChange
    {
        QString field;
        QString before;
        QString after;
        QString summary;
    };
    // The fields of the update from `before` to `after`, in the form's order. Cloud codes are
    // passed through describeCloud when it is set.
    static QVector<FieldChange>
    changes(const Project& before, const Project& after,
            const std::function<QString(const QString&)>& describeCloud = {});
    // One line per changed field, "Label: before → after" (lists say what was added and
    // removed).
    static QStringList
    changeSummary(const Project& before, const Project& after,
                  const std::function<QString(const QString&)>& describeCloud = {});

    // The field a failed create/update is about, when the server says (409 name taken,
    // a 400 naming a field), else ProjectField::None.
    static ProjectField fieldForError(const ApiError& error);
    static QString fieldLabel(ProjectField field);
};

} // namespace fjord
