#pragma once

// Samples shared by the parser tests.

#include <QByteArray>

namespace fjord::test {

// A project list answer as the API sends it.
inline const QByteArray kSeedProjectList = R"({
  "project_membership": {"my-project": "admin", "demo-project": "developer"},
  "projects": [
    {
      "account_id": "a225dad8d3c4",
      "account_name": "My Organization",
      "available_credits": "0.00",
      "billing_currency": "USD",
      "billing_group_id": "588a8e63-fda7-4ff7-9bff-577debfee604",
      "billing_group_name": "Default Billing Group",
      "default_cloud": "google-europe-west3",
      "estimated_balance": "4.11",
      "payment_method": "card",
      "project_name": "my-project",
      "country_code": "US",
      "vat_id": ""
    }
  ]
})";

// One project as a real project list answer carries it (every key, some null or empty).
inline const QByteArray kRealProject = R"({
  "account_id": "a225dad8d3c4", "account_name": "Aiven Accounts", "address_lines": [],
  "available_credits": "0.00", "billing_address": "", "billing_currency": "USD",
  "billing_emails": [], "billing_extra_text": null,
  "billing_group_id": "588a8e63-fda7-4ff7-9bff-577debfee604", "billing_group_name": "Billing",
  "card_info": null, "city": "", "company": "", "country": "", "country_code": "",
  "default_cloud": "google-europe-north1", "end_of_life_extension": {},
  "estimated_balance": "4.11", "estimated_balance_local": "4.11",
  "payment_method": "no_payment_expected", "project_name": "my-best-demo", "state": "",
  "tags": {}, "tech_emails": [], "tenant_id": "aiven", "trial_expiration_time": null,
  "vat_id": "", "zip_code": ""
})";

} // namespace fjord::test
