"""The spec stage: load, cut to the Orders scope (vendor), apply corrections (overlay), index, diff.

Not all of it is pure. `load` reads files and fetches https URLs; `pipeline` runs openapi-python-client
in a subprocess, writes `openapi.yaml` and `generated/`, and prints; the rest (`vendor`, `overlay`,
`scope`, `operations`, `diff`, `examples`, `refs`) works on documents in memory. See ARCHITECTURE.md.
"""
