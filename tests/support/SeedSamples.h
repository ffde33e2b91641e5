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

} // namespace fjord::test
