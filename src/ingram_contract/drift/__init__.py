"""The drift report: what changed upstream, how the server behaves against the contract, whether the
generated client is fresh; rendered as drift.md, drift.json and junit.xml.

`run.run_drift(args)` is the CLI entry; `python -m ingram_contract.drift` is the nightly job (it starts a
local sandbox when there are no credentials).
"""
