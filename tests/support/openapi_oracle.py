#!/usr/bin/env python3
"""Checks requests a client sent against Aiven's OpenAPI document (the oracle).

    python3 openapi_oracle.py <aiven-openapi-subset.json> <requests.json>

requests.json: [{"method": "PUT", "path": "/v1/project/x", "body": "<the raw body>"}, ...]
as the sandbox received them. For every request:
  - its path and method exist in the document;
  - a method without a request body in the document was sent no body;
  - a body is a JSON object that validates against the document's request schema of that
    path and method (jsonschema's Draft7Validator, with components resolved), and names only
    fields the schema lists (the document leaves additionalProperties open; a key it does not
    list is a key the real API does not know).
Prints how many distinct bodies were validated (and, with FJORD_ORACLE_VERBOSE=1, each of
them); exits 1 with every problem otherwise.
"""

import json
import os
import re
import sys

import jsonschema


def template_for(paths, path):
    """The document's path template for `path` (without /v1), literal segments first."""
    best = None
    for template in paths:
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            params = template.count("{")
            if best is None or params < best[0]:
                best = (params, template)
    return best[1] if best else None


def closed(schema, components):
    """`schema` (resolving a top-level $ref) with additionalProperties false at the top."""
    while "$ref" in schema:
        schema = components["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    schema = dict(schema)
    if "properties" in schema and "additionalProperties" not in schema:
        schema["additionalProperties"] = False
    return schema


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    requests = json.load(open(sys.argv[2], encoding="utf-8"))
    paths = doc["paths"]
    problems = []
    distinct = set()
    for index, request in enumerate(requests):
        method = request["method"].lower()
        path = request["path"]
        where = f"request {index + 1}: {request['method']} {path}"
        if not path.startswith("/v1/"):
            problems.append(f"{where}: not under /v1")
            continue
        template = template_for(paths, path[3:])
        if template is None:
            problems.append(f"{where}: the document has no such path")
            continue
        operation = paths[template].get(method)
        if operation is None:
            problems.append(f"{where}: the document has no {request['method']} for {template}")
            continue
        raw = request.get("body", "")
        spec = operation.get("requestBody")
        if spec is None:
            if raw.strip():
                problems.append(f"{where}: sends a body, but {template} {method} takes none")
            continue
        try:
            body = json.loads(raw)
        except ValueError as error:
            problems.append(f"{where}: body is not JSON ({error}): {raw[:200]!r}")
            continue
        schema = {**closed(spec["schema"], doc["components"]), "components": doc["components"]}
        validator = jsonschema.Draft7Validator(schema)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        for error in errors:
            field = "/".join(str(p) for p in error.absolute_path) or "(body)"
            problems.append(
                f"{where} ({operation.get('operationId')}): {field}: {error.message}\n"
                f"    body: {json.dumps(body, sort_keys=True)[:400]}"
            )
        distinct.add((method, template, json.dumps(body, sort_keys=True)))
    if problems:
        print(f"{len(problems)} problem(s) against the OpenAPI document:")
        for problem in problems:
            print("  " + problem)
        return 1
    print(
        f"OpenAPI oracle: {len(requests)} requests checked, "
        f"{len(distinct)} distinct request bodies validated"
    )
    if os.environ.get("FJORD_ORACLE_VERBOSE"):
        for method, template, body in sorted(distinct):
            print(f"  {method.upper()} {template} {body}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
