#!/usr/bin/env python3
"""Checks a JSON document against a JSON Schema (draft 2020-12) with python3-jsonschema, a
validator written by others than the schema's authors.

Usage: validate_json.py SCHEMA.json DOCUMENT.json
Exit 0: valid. 1: not valid (each problem on stderr, with where). 2: it could not check
(jsonschema missing, a file unreadable, the schema itself not valid)."""
import json
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    print("python3-jsonschema is not installed (tools/install-deps.sh installs it)",
          file=sys.stderr)
    sys.exit(2)

if len(sys.argv) != 3:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)
    Draft202012Validator.check_schema(schema)
except (OSError, ValueError, SchemaError) as e:
    print(f"cannot check: {e}", file=sys.stderr)
    sys.exit(2)

problems = sorted(Draft202012Validator(schema).iter_errors(document),
                  key=lambda e: [str(p) for p in e.absolute_path])
for p in problems:
    where = "/".join(str(x) for x in p.absolute_path) or "(the document)"
    print(f"{where}: {p.message}", file=sys.stderr)
sys.exit(1 if problems else 0)
