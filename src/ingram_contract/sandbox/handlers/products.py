"""Product questions: v7 vendor required info."""

from __future__ import annotations

from typing import Any

from ingram_contract.sandbox.endpoints import Call
from ingram_contract.sandbox.orders.catalogue import find_product
from ingram_contract.sandbox.orders.vendor_info import PLANS, VMF_ATTRIBUTES
from ingram_contract.sandbox.state import Sandbox


async def vendor_required_info(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v7 vendor required info: the sandbox's SKUs need no vendor-specific attributes."""
    body = call.body
    answers = []
    for product in body.get("products") or []:
        if not isinstance(product, dict):
            continue
        plan_id = str(product.get("planID") or "")
        plan = PLANS.get(plan_id)
        known = find_product(product.get("ingramPartNumber"), product.get("vendorPartNumber"))
        found = known is not None or plan is not None
        answers.append(
            {
                "quoteNumber": str(body.get("quoteNumber") or ""),
                "ingramPartNumber": known.ingram_part_number
                if known
                else str(product.get("ingramPartNumber") or ""),
                "vendorPartNumber": str(product.get("vendorPartNumber") or ""),
                "planId": plan_id,
                "planName": plan[0] if plan else "",
                "responseMessages": []
                if found
                else [{"type": "/errors/not-found", "message": "Product not found"}],
                "vmfAdditionalAttributes": VMF_ATTRIBUTES.get(known.ingram_part_number, []) if known else [],
                "vriAdditionalAttributes": plan[1] if plan else [],
            }
        )
    return 200, answers
