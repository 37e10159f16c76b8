"""The error raised for a failed call: status, vendor body, correlation id, a readable message."""

from __future__ import annotations

import httpx

from ingram_contract import facts
from ingram_contract.runtime.errors import IngramAPIError, decode_body, vendor_messages


def test_from_response_reads_the_correlation_id_of_the_request() -> None:
    request = httpx.Request(
        "GET",
        "https://api.test.invalid/resellers/v6.1/orders/20-X?simulateStatus=IM::HOLD",
        headers={facts.HEADER_CORRELATION_ID: "cid-42"},
    )
    response = httpx.Response(500, json={"fault": {"faultstring": "Gateway timeout"}}, request=request)
    error = IngramAPIError.from_response(response)
    assert (error.status_code, error.correlation_id, error.method) == (500, "cid-42", "GET")
    assert error.url == "https://api.test.invalid/resellers/v6.1/orders/20-X"
    assert str(error) == (
        "HTTP 500 GET https://api.test.invalid/resellers/v6.1/orders/20-X"
        " [correlation id cid-42]: Gateway timeout"
    )


def test_vendor_error_shapes_give_their_messages() -> None:
    assert vendor_messages({"errors": [{"code": "E1", "message": "bad sku"}, {"message": "bad qty"}]}) == [
        "E1 bad sku",
        "bad qty",
    ]
    assert vendor_messages({"message": "Invalid client"}) == ["Invalid client"]
    assert vendor_messages("plain text") == []


def test_bodies_that_are_not_json_are_kept_as_text_and_long_ones_are_cut_in_the_message() -> None:
    assert decode_body(b"") == ""
    assert decode_body(b"<html>oops</html>") == "<html>oops</html>"
    error = IngramAPIError(502, "x" * 1000)
    assert error.body == "x" * 1000
    assert len(str(error)) < 400
