#include "forms/ProjectForm.h"

#include "api/ApiError.h"
#include "forms/CountryList.h"
#include "forms/ProjectValidation.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QStringList normalizedEmails(const QStringList& emails)
{
    QStringList result;
    result.reserve(emails.size());
    for (const QString& email : emails)
        result.append(ProjectValidation::normalizedEmail(email));
    return result;
}

QMap<QString, QString> tagMap(const QList<QPair<QString, QString>>& rows)
{
    QMap<QString, QString> tags;
    for (const auto& [key, value] : rows)
        tags.insert(key.trimmed(), value);
    return tags;
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? ProjectForm::tr("(none)") : text;
}

QString arrow()
{
    return QStringLiteral(" \u2192 ");
}

QString listChange(const QString& label, const QStringList& before, const QStringList& after)
{
    QStringList added;
    QStringList removed;
    for (const QString& item : after) {
        if (!before.contains(item))
            added.append(item);
    }
    for (const QString& item : before) {
        if (!after.contains(item))
            removed.append(item);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(ProjectForm::tr("add %1").arg(added.join(u", ")));
    if (!removed.isEmpty())
        parts.append(ProjectForm::tr("remove %1").arg(removed.join(u", ")));
    if (parts.isEmpty())
        parts.append(ProjectForm::tr("reorder"));
    return label + u": " + parts.join(u"; ");
}

QString tagChange(const QString& label, const QMap<QString, QString>& before,
                  const QMap<QString, QString>& after)
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            parts.append(ProjectForm::tr("add %1=%2").arg(it.key(), it.value()));
        else if (before.value(it.key()) != it.value())
            parts.append(
                ProjectForm::tr("change %1: %2%3%4")
                    .arg(it.key(), orNone(before.value(it.key())), arrow(), orNone(it.value())));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            parts.append(ProjectForm::tr("remove %1").arg(it.key()));
    }
    return label + u": " + parts.join(u"; ");
}

QString valueChange(const QString& label, const QString& before, const QString& after)
{
    return label + u": " + orNone(before) + arrow() + orNone(after);
}

QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(QStringLiteral("\n"), QStringLiteral(", "));
    return line;
}

// The lines of an address as typed, without blank ones.
QStringList addressLines(const QString& text)
{
    QStringList lines;
    const QStringList typed = text.split(u'\n');
    for (const QString& line : typed) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// The document's limits of the two address fields.
constexpr int maxAddressLines = 16;
constexpr int maxBillingAddressLength = 1000;

QString nameOrId(const QString& name, const QString& id)
{
    if (name.isEmpty() || name == id)
        return id;
    return name;
}

} // namespace

ProjectFormValues ProjectForm::fromProject(const Project& project)
{
    ProjectFormValues values;
    values.name = project.name;
    values.accountId = project.accountId;
    values.billingGroupId = project.billingGroupId;
    values.cloud = project.defaultCloud;
    for (auto it = project.tags.cbegin(); it != project.tags.cend(); ++it)
        values.tags.append({it.key(), it.value()});
    values.techEmails = project.techEmails;
    values.billingEmails = project.billingEmails;
    values.company = project.company;
    values.address = addressText(project);
    values.city = project.city;
    values.zipCode = project.zipCode;
    values.state = project.state;
    values.countryCode = project.countryCode;
    values.vatId = project.vatId;
    values.billingCurrency = project.billingCurrency;
    return values;
}

ProjectForm::AddressField ProjectForm::addressField(const Project& project)
{
    return project.billingAddress.isEmpty() ? AddressField::AddressLines
                                            : AddressField::BillingAddress;
}

QString ProjectForm::addressText(const Project& project)
{
    return addressField(project) == AddressField::BillingAddress ? project.billingAddress
                                                                 : project.addressLines.join(u'\n');
}

QString ProjectForm::editedText(const QString& shown, const QString& original)
{
    return shown == original ? original : shown.trimmed();
}

bool ProjectForm::isOrganization(const Account& account)
{
    return account.parentAccountId.isEmpty() &&
           (account.rootAccountId.isEmpty() || account.rootAccountId == account.id);
}

std::optional<QString> ProjectForm::initialCreateAccount(const QVector<Account>& accounts,
                                                         const QString& selectedProjectAccountId)
{
    const auto find = [&accounts](const QString& id) {
        return std::find_if(accounts.cbegin(), accounts.cend(),
                            [&id](const Account& account) { return account.id == id; });
    };
    if (!selectedProjectAccountId.isEmpty()) {
        const auto own = find(selectedProjectAccountId);
        if (own != accounts.cend()) {
            // A project in an organizational unit: its organization, when the user sees it.
            const QString root = own->rootAccountId.isEmpty() ? own->id : own->rootAccountId;
            return find(root) != accounts.cend() ? root : own->id;
        }
    }
    QStringList organizations;
    for (const Account& account : accounts) {
        if (isOrganization(account))
            organizations.append(account.id);
    }
    if (organizations.size() > 1)
        return std::nullopt;
    return organizations.isEmpty() ? QString() : organizations.constFirst();
}

QVector<ProjectFieldError> ProjectForm::validateCreate(const ProjectFormValues& values,
                                                       const QStringList& existingNames)
{
    QVector<ProjectFieldError> errors;
    auto check = [&errors](ProjectField field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    check(ProjectField::Name, ProjectValidation::projectNameError(values.name, existingNames));
    if (!values.accountChosen)
        check(ProjectField::Account, tr("Choose the organization the project belongs to."));
    if (!values.copyFromProject.isEmpty() && values.copyFromProject == values.name)
        check(ProjectField::CopyFrom, tr("A project cannot copy its settings from itself."));
    check(ProjectField::Tags, ProjectValidation::tagListError(values.tags));
    check(ProjectField::TechEmails, ProjectValidation::emailListError(values.techEmails));
    return errors;
}

QVector<ProjectFieldError> ProjectForm::validateEdit(const ProjectFormValues& values,
                                                     const Project& before,
                                                     const QStringList& existingNames)
{
    QVector<ProjectFieldError> errors;
    auto check = [&errors](ProjectField field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    QStringList taken = existingNames;
    taken.removeAll(before.name);
    if (values.name != before.name)
        check(ProjectField::Name, ProjectValidation::projectNameError(values.name, taken));
    const bool moving = !values.accountId.isEmpty() && values.accountId != before.accountId;
    if (moving &&
        (values.billingGroupId.isEmpty() || values.billingGroupId == before.billingGroupId))
        check(ProjectField::BillingGroup,
              tr("Choose a billing group of the new account: the project moves together with "
                 "one of its billing groups."));
    check(ProjectField::Tags, ProjectValidation::tagListError(values.tags, nullptr, before.tags));
    if (values.techEmails != before.techEmails)
        check(ProjectField::TechEmails, ProjectValidation::emailListError(values.techEmails));
    if (values.billingEmails != before.billingEmails)
        check(ProjectField::BillingEmails, ProjectValidation::emailListError(values.billingEmails));
    if (values.address != addressText(before)) {
        if (addressField(before) == AddressField::AddressLines) {
            if (addressLines(values.address).size() > maxAddressLines)
                check(ProjectField::BillingAddress,
                      tr("An address can have at most %1 lines.").arg(maxAddressLines));
        } else if (values.address.size() > maxBillingAddressLength) {
            check(ProjectField::BillingAddress,
                  tr("An address can have at most %1 characters.").arg(maxBillingAddressLength));
        }
    }
    if (values.countryCode != before.countryCode)
        check(ProjectField::Country, ProjectValidation::countryCodeError(values.countryCode));
    if (values.billingCurrency != before.billingCurrency)
        check(ProjectField::Currency, ProjectValidation::currencyError(values.billingCurrency));
    return errors;
}

ProjectCreateRequest ProjectForm::createRequest(const ProjectFormValues& values)
{
    ProjectCreateRequest request;
    request.name = values.name;
    request.accountId = values.accountId;
    request.billingGroupId = values.billingGroupId;
    request.cloud = values.cloud;
    if (!values.copyFromProject.isEmpty()) {
        request.copyFromProject = values.copyFromProject;
        request.copyTags = values.copyTags;
        request.useSourceProjectBillingGroup = values.useSourceProjectBillingGroup;
    }
    if (!values.tags.isEmpty())
        request.tags = tagMap(values.tags);
    // Sending an empty list would wipe emails copied from the source project.
    if (!values.techEmails.isEmpty())
        request.techEmails = normalizedEmails(values.techEmails);
    return request;
}

Project ProjectForm::applyTo(const Project& before, const ProjectFormValues& values)
{
    Project after = before;
    after.name = values.name;
    if (!values.accountId.isEmpty() && after.accountId != values.accountId) {
        after.accountId = values.accountId;
        after.accountName.clear();
    }
    if (!values.billingGroupId.isEmpty() && after.billingGroupId != values.billingGroupId) {
        after.billingGroupId = values.billingGroupId;
        after.billingGroupName.clear();
    }
    if (!values.cloud.isEmpty())
        after.defaultCloud = values.cloud;
    after.tags = tagMap(values.tags);
    // Unchanged lists keep the server's spelling, so that normalising alone is no change.
    if (values.techEmails != before.techEmails)
        after.techEmails = normalizedEmails(values.techEmails);
    if (values.billingEmails != before.billingEmails)
        after.billingEmails = normalizedEmails(values.billingEmails);
    after.company = values.company;
    if (values.address != addressText(before)) {
        if (addressField(before) == AddressField::AddressLines)
            after.addressLines = addressLines(values.address);
        else
            after.billingAddress = values.address;
    }
    after.city = values.city;
    after.zipCode = values.zipCode;
    after.state = values.state;
    if (after.countryCode != values.countryCode) {
        after.countryCode = values.countryCode;
        after.country = CountryList::nameForCode(values.countryCode);
    }
    after.vatId = values.vatId;
    if (!values.billingCurrency.isEmpty())
        after.billingCurrency = values.billingCurrency;
    return after;
}

ProjectUpdate ProjectForm::update(const Project& before, const ProjectFormValues& values)
{
    return ProjectUpdate::between(before, applyTo(before, values));
}

QVector<ProjectForm::FieldChange>
ProjectForm::changes(const Project& before, const Project& after,
                     const std::function<QString(const QString&)>& describeCloud)
{
    const ProjectUpdate change = ProjectUpdate::between(before, after);
    QVector<FieldChange> lines;
    // A value as the table shows it: the text, or a dash for none.
    const auto shown = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("\u2014") : text;
    };
    const auto value = [&lines, &shown](bool changed, ProjectField field, const QString& from,
                                        const QString& to) {
        if (changed)
            lines.append({fieldLabel(field), shown(from), shown(to),
                          valueChange(fieldLabel(field), from, to)});
    };
    const auto items = [&lines, &shown](ProjectField field, const QStringList& from,
                                        const QStringList& to) {
        lines.append({fieldLabel(field), shown(from.join(u'\n')), shown(to.join(u'\n')),
                      listChange(fieldLabel(field), from, to)});
    };
    const auto tagLines = [](const QMap<QString, QString>& tags) {
        QStringList result;
        for (auto it = tags.cbegin(); it != tags.cend(); ++it)
            result.append(it.key() + QStringLiteral(" = ") + it.value());
        return result;
    };
    const auto cloud = [&describeCloud](const QString& name) {
        return describeCloud && !name.isEmpty() ? describeCloud(name) : name;
    };
    const auto country = [](const QString& code) {
        const QString name = CountryList::nameForCode(code);
        return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
    };
    value(change.name.has_value(), ProjectField::Name, before.name, after.name);
    value(change.accountId.has_value(), ProjectField::Account,
          nameOrId(before.accountName, before.accountId),
          nameOrId(after.accountName, after.accountId));
    value(change.billingGroupId.has_value(), ProjectField::BillingGroup,
          nameOrId(before.billingGroupName, before.billingGroupId),
          nameOrId(after.billingGroupName, after.billingGroupId));
    value(change.cloud.has_value(), ProjectField::Cloud, cloud(before.defaultCloud),
          cloud(after.defaultCloud));
    if (change.tags)
        lines.append({fieldLabel(ProjectField::Tags), shown(tagLines(before.tags).join(u'\n')),
                      shown(tagLines(after.tags).join(u'\n')),
                      tagChange(fieldLabel(ProjectField::Tags), before.tags, after.tags)});
    if (change.techEmails)
        items(ProjectField::TechEmails, before.techEmails, after.techEmails);
    if (change.billingEmails)
        items(ProjectField::BillingEmails, before.billingEmails, after.billingEmails);
    value(change.company.has_value(), ProjectField::Company, before.company, after.company);
    value(change.billingAddress.has_value(), ProjectField::BillingAddress,
          oneLine(before.billingAddress), oneLine(after.billingAddress));
    value(change.addressLines.has_value(), ProjectField::BillingAddress,
          before.addressLines.join(u", "), after.addressLines.join(u", "));
    value(change.city.has_value(), ProjectField::City, before.city, after.city);
    value(change.zipCode.has_value(), ProjectField::ZipCode, before.zipCode, after.zipCode);
    value(change.state.has_value(), ProjectField::State, before.state, after.state);
    value(change.countryCode.has_value(), ProjectField::Country, country(before.countryCode),
          country(after.countryCode));
    value(change.vatId.has_value(), ProjectField::VatId, before.vatId, after.vatId);
    value(change.billingCurrency.has_value(), ProjectField::Currency, before.billingCurrency,
          after.billingCurrency);
    return lines;
}

QStringList ProjectForm::changeSummary(const Project& before, const Project& after,
                                       const std::function<QString(const QString&)>& describeCloud)
{
    QStringList lines;
    const auto fields = changes(before, after, describeCloud);
    for (const FieldChange& field : fields)
        lines.append(field.summary);
    return lines;
}

ProjectField ProjectForm::fieldForError(const ApiError& error)
{
    if (!error.isError() || error.kind() != ApiError::Kind::Http)
        return ProjectField::None;
    const QString code = error.errorCode();
    if (error.httpStatus() == 409 || code == u"project_already_exists")
        return ProjectField::Name;
    if (code == u"billing_group_not_found")
        return ProjectField::BillingGroup;
    if (code == u"account_not_found" || code == u"organization_not_found")
        return ProjectField::Account;
    const int status = error.httpStatus();
    if (status != 400 && status != 404 && status != 422)
        return ProjectField::None;

    // The API names fields by their JSON key or in words; the more specific needles first,
    // so that "copy_from_project" is not read as the project name.
    struct Needle
    {
        QLatin1String text;
        ProjectField field;
    };
    static const Needle needles[] = {
        {"copy_from_project"_L1, ProjectField::CopyFrom},
        {"source project"_L1, ProjectField::CopyFrom},
        {"project_name"_L1, ProjectField::Name},
        {"project name"_L1, ProjectField::Name},
        {"'project'"_L1, ProjectField::Name},
        {"\"project\""_L1, ProjectField::Name},
        {"billing_group"_L1, ProjectField::BillingGroup},
        {"billing group"_L1, ProjectField::BillingGroup},
        {"tech_email"_L1, ProjectField::TechEmails},
        {"technical email"_L1, ProjectField::TechEmails},
        {"technical contact"_L1, ProjectField::TechEmails},
        {"billing_email"_L1, ProjectField::BillingEmails},
        {"billing email"_L1, ProjectField::BillingEmails},
        {"billing_currency"_L1, ProjectField::Currency},
        {"currency"_L1, ProjectField::Currency},
        {"country"_L1, ProjectField::Country},
        {"billing_address"_L1, ProjectField::BillingAddress},
        {"address_lines"_L1, ProjectField::BillingAddress},
        {"billing address"_L1, ProjectField::BillingAddress},
        {"vat"_L1, ProjectField::VatId},
        {"zip"_L1, ProjectField::ZipCode},
        {"account_id"_L1, ProjectField::Account},
        {"account"_L1, ProjectField::Account},
        {"cloud"_L1, ProjectField::Cloud},
        {"tag"_L1, ProjectField::Tags},
        {"company"_L1, ProjectField::Company},
        {"city"_L1, ProjectField::City},
    };
    const QString message = error.serverMessage().toLower();
    for (const Needle& needle : needles) {
        if (message.contains(needle.text))
            return needle.field;
    }
    return ProjectField::None;
}

QString ProjectForm::fieldLabel(ProjectField field)
{
    static const QPair<ProjectField, const char*> labels[] = {
        {ProjectField::Name, QT_TR_NOOP("Name")},
        {ProjectField::Account, QT_TR_NOOP("Account")},
        {ProjectField::BillingGroup, QT_TR_NOOP("Billing group")},
        {ProjectField::Cloud, QT_TR_NOOP("Default cloud")},
        {ProjectField::CopyFrom, QT_TR_NOOP("Copy settings from")},
        {ProjectField::Tags, QT_TR_NOOP("Tags")},
        {ProjectField::TechEmails, QT_TR_NOOP("Technical emails")},
        {ProjectField::BillingEmails, QT_TR_NOOP("Billing emails")},
        {ProjectField::Company, QT_TR_NOOP("Company")},
        {ProjectField::BillingAddress, QT_TR_NOOP("Billing address")},
        {ProjectField::City, QT_TR_NOOP("City")},
        {ProjectField::ZipCode, QT_TR_NOOP("ZIP code")},
        {ProjectField::State, QT_TR_NOOP("State")},
        {ProjectField::Country, QT_TR_NOOP("Country")},
        {ProjectField::VatId, QT_TR_NOOP("VAT ID")},
        {ProjectField::Currency, QT_TR_NOOP("Currency")},
    };
    for (const auto& [labelled, label] : labels) {
        if (labelled == field)
            return tr(label);
    }
    return {};
}

} // namespace fjord
