#include "api/Types.h"

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

bool Cloud::operator==(const Cloud& o) const
{
    return name == o.name && description == o.description && geoRegion == o.geoRegion &&
           provider == o.provider && providerDescription == o.providerDescription &&
           latitude == o.latitude && longitude == o.longitude && extra == o.extra;
}

QStringList billingCurrencies()
{
    return {QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("CHF"),
            QStringLiteral("DKK"), QStringLiteral("EUR"), QStringLiteral("GBP"),
            QStringLiteral("JPY"), QStringLiteral("NOK"), QStringLiteral("NZD"),
            QStringLiteral("SEK"), QStringLiteral("SGD"), QStringLiteral("USD")};
}

} // namespace fjord
