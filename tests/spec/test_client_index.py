"""JSON locations ↔ Python names of the committed client, and the oracle's annotation rule (no codegen)."""

from __future__ import annotations

import pytest

from ingram_contract import facts
from ingram_contract.spec.client_api import _annotation_changes, _api_key
from ingram_contract.spec.client_index import ClientIndex

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"


@pytest.fixture(scope="module")
def index() -> ClientIndex:
    return ClientIndex.read(facts.REPO_ROOT / "generated")


@pytest.mark.parametrize(
    ("operation", "location", "python"),
    [
        (
            DETAILS,
            "response.200.body.lines[].backOrderETADate",
            "ingram_orders.models.OrderDetailLine.back_order_eta_date",
        ),
        (
            "POST /resellers/v7/orders",
            "request.body.endCustomerOrderNumber",
            "ingram_orders.models.OrderCreateV7Request.end_customer_order_number",
        ),
        (
            "GET /resellers/v6/orders/search",
            "parameter.query.pageSize",
            "ingram_orders.api.orders.get_resellers_v6_ordersearch.sync(page_size=)",
        ),
        (
            "GET /resellers/v6/orders/search",
            "parameter.header.im-customernumber",
            "ingram_orders.api.orders.get_resellers_v6_ordersearch.sync(im_customer_number=)",
        ),
        (
            "DELETE /resellers/v6/orders/{orderNumber}",
            "parameter.path.orderNumber",
            "ingram_orders.api.orders.delete_ordercancel.sync(order_number=)",
        ),
        ("PUT /resellers/v6/orders/{orderNumber}", "operationId", "ingram_orders.api.orders.put_ordermodify"),
    ],
)
def test_a_json_location_names_the_generated_python(
    index: ClientIndex, operation: str, location: str, python: str
) -> None:
    assert index.python_for(operation, location)[-1] == python


def test_an_unknown_operation_or_field_names_no_deeper_than_it_can(index: ClientIndex) -> None:
    assert index.python_for("GET /resellers/v9/nothing", "path") == ()
    names = index.python_for(DETAILS, "response.200.body.noSuchField")
    assert names == ("ingram_orders.api.orders.get_orderdetails_v6_1", "ingram_orders.models.OrderDetailB2B")


def test_every_model_attribute_traces_back_to_a_json_location(index: ClientIndex) -> None:
    operation, location = index.origin["ingram_orders.models.OrderDetailLine.back_order_eta_date"]
    assert (operation, location) == (
        "GET /resellers/v6.1/orders/{}",
        "response.200.body.lines[].backOrderETADate",
    )


def test_griffe_paths_become_the_names_the_index_uses() -> None:
    api = "ingram_orders.api.orders.get_resellers_v6_ordersearch"
    assert _api_key(f"{api}.asyncio_detailed", "page_size") == f"{api}.sync(page_size=)"
    model = "ingram_orders.models.order_detail_line.OrderDetailLine"
    assert _api_key(f"{model}.__init__", "notes") == "ingram_orders.models.OrderDetailLine.notes"
    assert _api_key(model, None) == "ingram_orders.models.OrderDetailLine"
    assert _api_key("ingram_orders.models.order_detail_line", None) is None
    assert _api_key(f"{model}.to_dict", None) is None


def test_an_output_that_may_be_something_else_or_an_input_that_accepts_less_breaks() -> None:
    attr, arg = "ingram_orders.models.X.date", "ingram_orders.api.a.f.sync(client=)"
    changes = _annotation_changes(
        {attr: "str | Unset", arg: "AuthenticatedClient | Client", "ingram_orders.models.X.n": "int | None"},
        {attr: "datetime.datetime | Unset", arg: "AuthenticatedClient", "ingram_orders.models.X.n": "int"},
    )
    assert [(key, breaking) for key, breaking, _ in changes] == [
        (attr, True),
        (arg, True),
        ("ingram_orders.models.X.n", False),
    ]
    widened = _annotation_changes({arg: "AuthenticatedClient"}, {arg: "AuthenticatedClient | Client"})
    assert [breaking for _, breaking, _ in widened] == [False]
