#!/usr/bin/env python3
"""Writes a fjord-sandbox state file with COUNT realistic projects, for the benchmarks.

    make_projects.py COUNT OUT.json [--seed N]
    fjord-sandbox --data OUT.json        # then serves them at GET /v1/project

The projects have the shapes real accounts have: tags with
billing: keys (and some tags null), billing and tech emails as {"email": ...} objects,
accounts with unicode names (and one answer without account_name), organization_id missing in
older answers, an empty default cloud, tenant clouds that /v1/clouds does not list, the address
in address_lines or in the deprecated billing_address, card_info present or null, and the four
project roles. The same COUNT and seed always give the same file.
"""

import argparse
import json
import random
import uuid

# (account id, name or None for an answer without account_name, organization id or None)
ACCOUNTS = [
    ("a225dad8d3c4", "My Organization", "org4f9a1c2e7d3"),
    ("a3b1f0e9c2d7", "Nordlys Havbruk AS", "org51c0d3b2a8e"),
    ("a4c2e1fad3e8", "Müller & Söhne GmbH", "org62d1e4c3b9f"),
    ("a5d3f20be4f9", "Ålesund Fjordbåt Øst", "org73e2f5d4c0a"),
    ("a6e4031cf50a", "株式会社サンプルデータ", "org84f306e5d1b"),
    ("a7f5142d061b", "Škoda Digitální s.r.o.", None),
    ("a806253e172c", "Ωmega Analytics ΑΕ", "org05148207f3d"),
    ("a917364f283d", "Caffè Napoletano S.p.A.", "org16259318a4e"),
    ("aa28475a394e", None, "org2736a429b5f"),
    ("ab39586b4a5f", "Łódź Logistyka", "org3847b53ac60"),
    ("ac4a697c5b60", "Société Générale des Données", "org4958c64bd71"),
    ("ad5b7a8d6c71", "Kööpenhaminan Kala Oy", "org5a69d75ce82"),
]

TEAMS = ["payments", "checkout", "search", "analytics", "billing", "identity", "platform",
         "mobile", "ledger", "catalog", "shipping", "inventory", "pricing", "fraud", "support",
         "marketing", "data", "ml", "notifications", "gateway", "reporting", "audit"]
PARTS = ["api", "db", "cache", "events", "stream", "etl", "web", "worker", "kafka", "pg",
         "metrics", "logs", "index", "queue", "core", "sync"]
ENVS = ["prod", "staging", "dev", "test", "qa", "sandbox"]
REGIONS = ["eu", "us", "ap", "nordics", "de", "uk", "jp", "br"]
CLOUDS = ["aws-eu-west-1", "aws-eu-central-1", "aws-us-east-1", "aws-us-west-2",
          "aws-ap-southeast-1", "google-europe-north1", "google-europe-west3",
          "google-us-central1", "google-asia-northeast1", "azure-germany-westcentral",
          "azure-eastus", "azure-westeurope", "do-ams", "do-lon", "do-nyc",
          "upcloud-fi-hel", "upcloud-de-fra", "upcloud-es-mad"]
TENANT_CLOUDS = ["timescale-aws-us-east-2", "byoc-aws-eu-north-1-acme"]
ROLES = ["admin"] * 5 + ["operator"] * 3 + ["developer"] * 3 + ["read_only"]
CURRENCIES = ["USD", "USD", "EUR", "EUR", "GBP", "NOK", "SEK", "JPY", "CHF", "DKK"]
PAYMENT = ["card", "card", "no_payment_expected", "email", "marketplace", "partner"]
PEOPLE = ["ops", "oncall", "sre", "dba", "platform-team", "kari.nordmann", "jürgen.weiß",
          "aiko.tanaka", "dana", "finance", "invoices", "accounts-payable"]
DOMAINS = ["example.com", "example.org", "example.net", "müller-söhne.example", "nordlys.example"]
CITIES = [("Oslo", "NO", "Norway"), ("München", "DE", "Germany"), ("Tōkyō", "JP", "Japan"),
          ("Helsinki", "FI", "Finland"), ("Kraków", "PL", "Poland"),
          ("São Paulo", "BR", "Brazil"), ("Springfield", "US", "United States")]


def email(rng):
    return {"email": f"{rng.choice(PEOPLE)}@{rng.choice(DOMAINS)}"}


def make_billing_groups(rng):
    groups = []
    for account_id, account_name, _ in ACCOUNTS:
        for n in range(2):
            currency = rng.choice(CURRENCIES)
            groups.append({
                "account_id": account_id,
                "account_name": account_name or "",
                "billing_currency": currency,
                "billing_emails": [email(rng)],
                "billing_group_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "billing_group_name": f"{'Default' if n == 0 else 'Invoicing'} ({currency})",
                "payment_method": rng.choice(PAYMENT),
            })
    return groups


def make_project(rng, index, groups):
    team = TEAMS[index % len(TEAMS)]
    name = (f"{team}-{rng.choice(PARTS)}-{rng.choice(ENVS)}-{rng.choice(REGIONS)}"
            f"-{index:06d}")
    account_id, account_name, organization_id = ACCOUNTS[rng.randrange(len(ACCOUNTS))]
    group = rng.choice([g for g in groups if g["account_id"] == account_id])
    roll = rng.random()
    if roll < 0.04:
        cloud = ""  # no service yet, and none chosen
    elif roll < 0.07:
        cloud = rng.choice(TENANT_CLOUDS)
    else:
        cloud = rng.choice(CLOUDS)
    tags = {"env": name.split("-")[2], "team": team}
    if rng.random() < 0.6:
        tags["billing:cost-center"] = str(rng.randrange(1000, 9999))
    if rng.random() < 0.3:
        tags["billing:PO"] = f"PO-{rng.randrange(2020, 2026)}-{rng.randrange(1, 999):03d}"
    if rng.random() < 0.2:
        tags["owner"] = rng.choice(PEOPLE)
    if rng.random() < 0.1:
        tags["data-classification"] = rng.choice(["public", "internal", "confidential"])
    city, country_code, country = rng.choice(CITIES)
    street = f"{rng.choice(['Storgata', 'Hauptstraße', 'Main Street', 'Rua Augusta'])} {index % 300 + 1}"
    in_lines = rng.random() < 0.7
    balance = rng.randrange(0, 500000) / 100
    currency = group["billing_currency"]
    card = None
    if rng.random() < 0.5:
        card = {
            "brand": rng.choice(["Visa", "MasterCard", "American Express"]),
            "card_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "country": country, "country_code": country_code,
            "exp_month": rng.randrange(1, 13), "exp_year": rng.randrange(2026, 2032),
            "last4": f"{rng.randrange(0, 10000):04d}",
            "name": rng.choice(["Kari Nordmann", "Jürgen Weiß", "田中 愛子", "Dana Example"]),
            "user_email": email(rng)["email"],
        }
    project = {
        "account_id": account_id,
        "address_lines": [street, f"{country_code}-{rng.randrange(10000, 99999)} {city}"]
        if in_lines else [],
        "available_credits": "0.00",
        "billing_address": "" if in_lines else f"{street}\n{city}\n{country}",
        "billing_currency": currency,
        "billing_emails": [email(rng) for _ in range(rng.randrange(0, 3))],
        "billing_extra_text": rng.choice([None, "", "Ref. Ø-2025/114"]),
        "billing_group_id": group["billing_group_id"],
        "billing_group_name": group["billing_group_name"],
        "card_info": card,
        "city": city if in_lines else "",
        "company": account_name or "",
        "country": country,
        "country_code": country_code,
        "default_cloud": cloud,
        "end_of_life_extension": {},
        "estimated_balance": f"{balance:.2f}",
        "estimated_balance_local": f"{balance * 0.92:.2f}" if currency != "USD" else f"{balance:.2f}",
        "features": {} if rng.random() < 0.8 else {"service_integrations": True},
        "payment_method": group["payment_method"],
        "project_name": name,
        "state": "",
        "tags": None if rng.random() < 0.03 else tags,
        "tech_emails": [email(rng) for _ in range(rng.randrange(0, 4))],
        "tenant_id": "aiven",
        "trial_expiration_time": None,
        "vat_id": "" if rng.random() < 0.6 else f"{country_code}{rng.randrange(10**8, 10**9)}",
        "zip_code": str(rng.randrange(10000, 99999)),
    }
    if account_name is not None:
        project["account_name"] = account_name
    if organization_id is not None:
        project["organization_id"] = organization_id
    return {"role": rng.choice(ROLES), "project": project}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    groups = make_billing_groups(rng)
    accounts = [{"account_id": a, "account_name": n or "", "is_account_owner": True,
                 "organization_id": o or "", "root_account_id": a, "tenant_id": "aiven"}
                for a, n, o in ACCOUNTS]
    state = {
        "format": "fjord-sandbox",
        "version": 1,
        "accounts": accounts,
        "billing_groups": groups,
        "projects": [make_project(rng, i, groups) for i in range(args.count)],
    }
    with open(args.out, "w", encoding="utf-8") as out:
        # dumps, not dump: only the former uses the C encoder (100,000 projects in seconds).
        out.write(json.dumps(state, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
