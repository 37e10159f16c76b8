"""Hand-written half of ingram-orders-contract: spec pipeline, runtime helpers, sandbox, checks, drift."""

__version__ = "0.1.0"
