#pragma once

// What the sandbox accepts in a request body, field by field, as Aiven's OpenAPI document
// gives it (its request schemas: names, types, enums, lengths, required flags). The table is
// written by hand; tst_requestrules checks it against the document
// (tests/support/aiven-openapi-subset.json), so that it cannot drift. Where the sandbox asks
// more than the document, because the document is silent and Aiven's docs say more, the rule
// says so in `beyondDocument`.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fjord::sandbox {

enum class FieldKind {
    String,
    Boolean,
    Integer,
    Tags,       // object of string values (the document: "object")
    Emails,     // array of {"email": string}
    StringList, // array of strings
};

struct FieldRule
{
    QLatin1StringView name;
    FieldKind kind = FieldKind::String;
    int maxLength = -1; // String: characters; Emails: each address; StringList: each item
    int minLength = -1; // String
    int maxItems = -1;  // Emails, StringList
    int minimum = 0;    // Integer, when maximum >= minimum
    int maximum = -1;
    QStringList allowed; // String: the document's enum
    bool required = false;
    bool nullable = false;
    // Tags: a null value removes that tag (PATCH merges); the count is then checked by the
    // caller, after merging.
    bool nullRemovesTag = false;
    // Why the sandbox is stricter or looser than the document here; empty = exactly it.
    QLatin1StringView beyondDocument;
};

struct BodyRules
{
    QLatin1StringView method;     // "POST"
    QLatin1StringView path;       // the document's path, below /v1: "/project/{project}"
    QLatin1StringView schemaName; // its request schema: "ProjectUpdateRequestBody"
    QList<FieldRule> fields;
};

// Every request body the sandbox reads.
const QList<BodyRules>& requestBodyRules();
const BodyRules& rulesFor(QLatin1StringView method, QLatin1StringView path);

struct BodyProblem
{
    int status = 400;
    QString message; // "Invalid input for <field>: <what is wrong>"
};

// Checks `body` against `rules`: unknown fields (refused: a client's typo shows up instead of
// silently doing nothing), types, lengths, enums, required fields, and the value rules of
// project names, tags, emails, country codes and base ports. Email lists come back
// normalised as Aiven stores them (domain lowercased, duplicates dropped, sorted).
std::optional<BodyProblem> checkBody(const QJsonObject& body, const BodyRules& rules,
                                     QHash<QString, QJsonArray>* normalisedEmails = nullptr);

// The anchored value patterns (a trailing newline never passes).
bool isProjectName(const QString& name);
bool isTagKey(const QString& key);
bool isEmailAddress(const QString& email);
// The document's "Project member type" enum (admin, developer, operator, read_only and the
// fine-grained permission strings).
const QStringList& memberTypes();

} // namespace fjord::sandbox
