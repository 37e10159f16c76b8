"""What a vendor needs to know before a v7 order of its SKUs: `python vendor_required_info.py [SKU ...]`."""

from __future__ import annotations

import sys

import settings
from ingram_orders.models import VendorRequiredInfoQueryProduct, VendorRequiredInfoRequest

from ingram_contract.runtime import Orders


def main() -> None:
    skus = sys.argv[1:] or ["TSXML3"]
    body = VendorRequiredInfoRequest(
        products=[VendorRequiredInfoQueryProduct(ingram_part_number=s) for s in skus]
    )
    with settings.client() as client:
        answers = Orders(client, settings.account()).vendor_required_info(body)
    for answer in answers:
        needed = [
            a.attribute_name
            for c in answer.vri_additional_attributes or []
            for a in c.additional_attributes or []
        ]
        problems = [m.message for m in answer.response_messages or []]
        print(f"{answer.ingram_part_number}: vendor attributes required {needed}, messages {problems}")


if __name__ == "__main__":
    settings.run(main)
