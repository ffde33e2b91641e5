#!/usr/bin/env python3
"""Writes the part of Aiven's OpenAPI document that Fjord's oracle test needs.

    python3 tests/support/openapi_subset.py <openapi.json> tests/support/aiven-openapi-subset.json

Input: Aiven's public OpenAPI 3 document (Apache-2.0; the copy published in Aiven-Open/mcp-aiven,
mcp_aiven/openapi.json, commit ca1279b). Output: the paths below with, per method, the
operationId, the request body schema and the response schemas, plus every components.schemas
entry they reference, and the machine-readable error codes the document names (its "Error
codes" list and its examples). Prose (description, title, summary, example) is left out: what stays is the
API's shape (types, enums, lengths, required flags) and its error codes, unchanged.
"""

import json
import re
import sys

PATHS = [
    "/project",
    "/project/{project}",
    "/clouds",
    "/project/{project}/clouds",
    "/project/{project}/tags",
    "/project/{project}/service",
    "/project/{project}/users",
    "/project/{project}/invite",
    "/project/{project}/invite/{invited_email}",
    "/project/{project}/user/{user_email}",
    "/project/{project}/events",
    "/project/{project}/kms/ca",
    "/organization/{organization_id}",
    "/organization/{organization_id}/projects",
    "/organizations",
    "/billing-group",
    "/account",
    "/me",
    "/me/logout",
    "/userauth",
]
PROSE = {"description", "title", "summary", "example", "examples", "externalDocs"}
METHODS = {"get", "put", "post", "patch", "delete"}


def strip(node):
    if isinstance(node, dict):
        # "properties" maps field names to schemas: never drop a field named like a prose key.
        return {
            k: (strip_props(v) if k == "properties" else strip(v))
            for k, v in node.items()
            if k not in PROSE or not isinstance(v, (str, dict, list))
        }
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def strip_props(props):
    return {name: strip(schema) for name, schema in props.items()}


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for v in node.values():
            refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    paths = {}
    for path in PATHS:
        item = doc["paths"][path]
        out = {}
        for method, op in item.items():
            if method not in METHODS:
                continue
            entry = {"operationId": op.get("operationId")}
            body = op.get("requestBody")
            if body:
                entry["requestBody"] = {
                    "required": body.get("required", False),
                    "schema": body["content"]["application/json"]["schema"],
                }
            entry["responses"] = {
                status: response.get("content", {}).get("application/json", {}).get("schema", {})
                for status, response in op.get("responses", {}).items()
            }
            out[method] = entry
        paths[path] = out
    schemas = doc["components"]["schemas"]
    needed, todo = set(), set()
    refs(paths, todo)
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        refs(schemas[name], todo)
    description = doc["info"]["description"]
    codes_section = description.split("## Error codes", 1)[1].split("\n#", 1)[0]
    listed = re.findall(r"^- `([a-z0-9_]+)`", codes_section, re.MULTILINE)
    in_examples = re.findall(r'"error_code": "([a-z0-9_]+)"', description)
    error_codes = sorted(set(listed) | set(in_examples))
    subset = {
        "source": "Aiven OpenAPI document (Apache-2.0), Aiven-Open/mcp-aiven "
        "mcp_aiven/openapi.json at ca1279b; shapes only, see tests/support/openapi_subset.py",
        "servers": doc.get("servers", []),
        "error_codes": error_codes,
        "paths": strip(paths),
        "components": {"schemas": {n: strip(schemas[n]) for n in sorted(needed)}},
    }
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(subset, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
