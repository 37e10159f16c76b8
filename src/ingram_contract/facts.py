"""Every fixed fact about the vendor's API and this project, defined once.

Nothing here imports anything beyond the standard library (`resources` is stdlib only): the runtime
helpers, the sandbox, the tests and the tooling all read their URLs, header names, env var names and
test data from here.
"""

from __future__ import annotations

from typing import Final

from ingram_contract import resources

# The vendor's published document, pinned (see ../shared/upstream/README.md).
UPSTREAM_REPO: Final = "ingrammicro-xvantage/xi-sdk-openapispec"
UPSTREAM_COMMIT: Final = "3b3df918c10a3a19a9c034d828cb4bc60f601b89"
UPSTREAM_PATH: Final = "openapispec/unified/XI-Resellers-API-Spec.yaml"
UPSTREAM_SHA256: Final = "e29758434a9022393a0082ba83236595213ea19dba329e291f7315bcc03c9e69"
UPSTREAM_URL: Final = f"https://raw.githubusercontent.com/{UPSTREAM_REPO}/{UPSTREAM_COMMIT}/{UPSTREAM_PATH}"
# The vendor's document as published today (default branch head): what the nightly drift run compares with.
UPSTREAM_LATEST_URL: Final = f"https://raw.githubusercontent.com/{UPSTREAM_REPO}/main/{UPSTREAM_PATH}"

# Hosts. The token endpoint has no /sandbox prefix, in the sandbox as in production.
PRODUCTION_URL: Final = "https://api.ingrammicro.com:443"
SANDBOX_URL: Final = "https://api.ingrammicro.com:443/sandbox"
TOKEN_PATH: Final = "/oauth/oauth20/token"  # noqa: S105 - a name, not a secret
SANDBOX_PREFIX: Final = "/sandbox"

# Environment variables read by the runtime helpers, the contract suite and the drift run.
ENV_CLIENT_ID: Final = "INGRAM_CLIENT_ID"
ENV_CLIENT_SECRET: Final = "INGRAM_CLIENT_SECRET"  # noqa: S105 - a name, not a secret
ENV_CUSTOMER_NUMBER: Final = "INGRAM_CUSTOMER_NUMBER"
ENV_COUNTRY_CODE: Final = "INGRAM_COUNTRY_CODE"
ENV_SENDER_ID: Final = "INGRAM_SENDER_ID"
# The webhook secret an integrator verifies x-hub-signature with (the examples read it).
ENV_WEBHOOK_SECRET: Final = "INGRAM_WEBHOOK_SECRET"  # noqa: S105 - a name, not a secret
ENV_ALLOW_PRODUCTION_WRITES: Final = "INGRAM_ALLOW_PRODUCTION_WRITES"
# The live contract suite's politeness (requests/s, requests per session) towards the shared sandbox.
ENV_RATE: Final = "INGRAM_RATE"
ENV_REQUEST_BUDGET: Final = "INGRAM_REQUEST_BUDGET"
# The drift run's upstream document (path or URL) when --upstream is not given.
ENV_UPSTREAM: Final = "INGRAM_UPSTREAM"
ENV_SANDBOX_CLIENT_SECRET: Final = "INGRAM_SANDBOX_CLIENT_SECRET"  # noqa: S105 - a name, not a secret

# The vendor's sandbox test account and test data (static order numbers from its examples, SKUs).
DEFAULT_CUSTOMER_NUMBER: Final = "20-222222"
DEFAULT_COUNTRY_CODE: Final = "US"
SANDBOX_ORDER_NUMBERS: Final = ("20-RD128", "20-RC1RD", "20-RD3QV")
SKU_IN_STOCK: Final = "TSXML3"
SKU_NO_STOCK: Final = "TSXML1"
SKU_DIRECT_SHIP: Final = "TSXML2"
SIMULATE_STATUSES: Final = ("IM::SHIPPED", "IM::PARTIALLY_SHIPPED", "IM::HOLD", "IM::INVOICED")
SANDBOX_REGION_CODE: Final = "CS"
# Order search pages hold 1 to this many orders (the contract's `pageSize` maximum).
MAX_PAGE_SIZE: Final = 100
# The additional attribute (value "true") that asks for an order to wait on customer hold until released.
CUSTOMER_HOLD_ATTRIBUTE: Final = "allowOrderOnCustomerHold"
# The additional attribute (value "true") that lets an order repeat an earlier customerOrderNumber.
DUPLICATE_PO_ATTRIBUTE: Final = "allowDuplicateCustomerOrderNumber"

# Request headers every order operation needs; the correlation id is at most 32 characters.
HEADER_CUSTOMER_NUMBER: Final = "IM-CustomerNumber"
HEADER_COUNTRY_CODE: Final = "IM-CountryCode"
HEADER_CORRELATION_ID: Final = "IM-CorrelationID"
HEADER_SENDER_ID: Final = "IM-SenderID"
CORRELATION_ID_MAX_LENGTH: Final = 32
WEBHOOK_SIGNATURE_HEADER: Final = "x-hub-signature"
# The order-status webhook: its request body is sent BY the vendor TO the integrator.
ORDER_STATUS_WEBHOOK_PATH: Final = "/resellers/v1/webhooks/orderstatusevent"

# The local sandbox's defaults (documented in the README).
LOCAL_SANDBOX_HOST: Final = "127.0.0.1"
LOCAL_SANDBOX_PORT: Final = 8765
LOCAL_SANDBOX_CLIENT_ID: Final = "sandbox-client"
LOCAL_SANDBOX_CLIENT_SECRET: Final = "sandbox-secret"  # noqa: S105 - a documented test credential

# The project's data files: the installed package's copies, or the checkout's (ingram_contract.resources).
DATA_ROOT: Final = resources.DATA_ROOT
CONTRACT_PATH: Final = DATA_ROOT / "openapi.yaml"
CORRECTIONS_PATH: Final = DATA_ROOT / "spec" / "corrections.yaml"
DESCRIPTIONS_PATH: Final = DATA_ROOT / "spec" / "descriptions.yaml"
DRIFT_BASELINE_PATH: Final = DATA_ROOT / "spec" / "drift-baseline.json"
RESPONSE_SHAPES_PATH: Final = DATA_ROOT / "spec" / "response-shapes.json"
GENERATOR_CONFIG_PATH: Final = DATA_ROOT / "generator-config.yml"
# Development only (generate, validate, the tests): these exist in a checkout, never in the wheel.
REPO_ROOT: Final = resources.CHECKOUT_ROOT
GENERATED_DIR: Final = REPO_ROOT / "generated"
# The pinned upstream document, vendored (gzip) so generate/validate need no network.
PINNED_UPSTREAM_PATH: Final = REPO_ROOT / "spec" / "upstream" / "XI-Resellers-API-Spec.yaml.gz"
# The vendor's data laid beside the checkout (its revision history): a test fixture only.
SHARED_UPSTREAM_DIR: Final = REPO_ROOT.parent / "shared" / "upstream"
