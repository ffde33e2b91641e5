#include "api/Types.h"

#include "api/JsonCodec.h"

namespace fjord {

bool Project::operator==(const Project& o) const
{
    return name == o.name && accountId == o.accountId && accountName == o.accountName &&
           organizationId == o.organizationId && tenantId == o.tenantId &&
           addressLines == o.addressLines && availableCredits == o.availableCredits &&
           billingAddress == o.billingAddress && billingCurrency == o.billingCurrency &&
           billingEmails == o.billingEmails && billingExtraText == o.billingExtraText &&
           billingGroupId == o.billingGroupId && billingGroupName == o.billingGroupName &&
           cardInfo == o.cardInfo && city == o.city && company == o.company &&
           country == o.country && countryCode == o.countryCode && defaultCloud == o.defaultCloud &&
           endOfLifeExtension == o.endOfLifeExtension && estimatedBalance == o.estimatedBalance &&
           estimatedBalanceLocal == o.estimatedBalanceLocal && features == o.features &&
           paymentMethod == o.paymentMethod && state == o.state && tags == o.tags &&
           techEmails == o.techEmails && trialExpirationTime == o.trialExpirationTime &&
           vatId == o.vatId && zipCode == o.zipCode && extra == o.extra;
}

ProjectSummary ProjectSummary::of(Project p)
{
    return {std::move(p.name),
            std::move(p.accountId),
            std::move(p.accountName),
            std::move(p.billingCurrency),
            std::move(p.billingGroupId),
            std::move(p.billingGroupName),
            std::move(p.defaultCloud),
            std::move(p.estimatedBalance),
            std::move(p.estimatedBalanceLocal),
            std::move(p.paymentMethod),
            std::move(p.tags)};
}

Project ProjectSummary::toProject() const
{
    Project p;
    p.name = name;
    p.accountId = accountId;
    p.accountName = accountName;
    p.billingCurrency = billingCurrency;
    p.billingGroupId = billingGroupId;
    p.billingGroupName = billingGroupName;
    p.defaultCloud = defaultCloud;
    p.estimatedBalance = estimatedBalance;
    p.estimatedBalanceLocal = estimatedBalanceLocal;
    p.paymentMethod = paymentMethod;
    p.tags = tags;
    return p;
}

bool ProjectSummary::operator==(const ProjectSummary& o) const
{
    return name == o.name && accountId == o.accountId && accountName == o.accountName &&
           billingCurrency == o.billingCurrency && billingGroupId == o.billingGroupId &&
           billingGroupName == o.billingGroupName && defaultCloud == o.defaultCloud &&
           estimatedBalance == o.estimatedBalance &&
           estimatedBalanceLocal == o.estimatedBalanceLocal && paymentMethod == o.paymentMethod &&
           tags == o.tags;
}

Project ProjectRecords::project(qsizetype i) const
{
    return json::recordedProject(text, records.at(i));
}

QVector<Project> ProjectRecords::projects() const
{
    QVector<Project> all;
    all.reserve(records.size());
    AnswerText::Reader reader(text);
    for (const ProjectRecord& record : records)
        all.append(json::recordedProject(text, record, &reader));
    return all;
}

ProjectRecords ProjectRecords::fromList(ProjectList list)
{
    ProjectRecords out;
    out.records.reserve(list.projects.size());
    for (Project& project : list.projects) {
        auto shared = std::make_shared<const Project>(std::move(project));
        const QString& name = shared->name;
        out.records.append(ProjectRecord{ProjectSummary::of(*shared), 0, 0, shared,
                                         list.membership.value(name),
                                         list.memberships.value(name)});
    }
    return out;
}

bool Cloud::operator==(const Cloud& o) const
{
    return name == o.name && description == o.description && geoRegion == o.geoRegion &&
           provider == o.provider && providerDescription == o.providerDescription &&
           latitude == o.latitude && longitude == o.longitude && extra == o.extra;
}

ProjectUpdate ProjectUpdate::between(const Project& before, const Project& after)
{
    ProjectUpdate update;
    const auto changed = [](auto& field, const auto& a, const auto& b) {
        if (a != b)
            field = b;
    };
    changed(update.name, before.name, after.name);
    changed(update.accountId, before.accountId, after.accountId);
    changed(update.billingGroupId, before.billingGroupId, after.billingGroupId);
    changed(update.cloud, before.defaultCloud, after.defaultCloud);
    changed(update.tags, before.tags, after.tags);
    changed(update.techEmails, before.techEmails, after.techEmails);
    changed(update.billingAddress, before.billingAddress, after.billingAddress);
    changed(update.addressLines, before.addressLines, after.addressLines);
    changed(update.billingCurrency, before.billingCurrency, after.billingCurrency);
    changed(update.billingEmails, before.billingEmails, after.billingEmails);
    changed(update.billingExtraText, before.billingExtraText, after.billingExtraText);
    changed(update.city, before.city, after.city);
    changed(update.company, before.company, after.company);
    changed(update.countryCode, before.countryCode, after.countryCode);
    changed(update.state, before.state, after.state);
    changed(update.vatId, before.vatId, after.vatId);
    changed(update.zipCode, before.zipCode, after.zipCode);
    return update;
}

bool ProjectUpdate::isEmpty() const
{
    return !name && !accountId && !billingGroupId && !cloud && !tags && !techEmails &&
           !billingAddress && !addressLines && !billingCurrency && !billingEmails &&
           !billingExtraText && !city && !company && !countryCode && !state && !vatId && !zipCode;
}

QStringList billingCurrencies()
{
    return {QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("CHF"),
            QStringLiteral("DKK"), QStringLiteral("EUR"), QStringLiteral("GBP"),
            QStringLiteral("JPY"), QStringLiteral("NOK"), QStringLiteral("NZD"),
            QStringLiteral("SEK"), QStringLiteral("SGD"), QStringLiteral("USD")};
}

} // namespace fjord
