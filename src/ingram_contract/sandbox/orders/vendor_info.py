"""What the vendor asks before it takes some products (v7 vendor required info): the attributes a
vendor (VMF) or a cloud plan (VRI) needs, with their choices."""

from __future__ import annotations

from typing import Any, Final


def _attribute(
    name: str, description: str, value: str = "", hint: str | None = None, **more: Any
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "attributeName": name,
        "attributeValue": value,
        "attributeDescription": description,
    }
    if hint is not None:
        entry["attributeHint"] = hint
    entry["choices"] = more.get("choices", [])
    return entry


def _choice(value: str, description: str, *attributes: dict[str, Any]) -> dict[str, Any]:
    return {"attributeValue": value, "attributeDescription": description, "choices": list(attributes)}


# By Ingram part number: the vendor's attributes an order of that SKU must carry.
VMF_ATTRIBUTES: Final = {
    "5DV320": [
        {
            "vendorName": "OMNISSA  WS1",
            "additionalAttributes": [
                _attribute("HEADER_ENDUSER", "HeaderEndUser"),
                _attribute("VEUD_AUTH_NBR_FLG", "Authorization Number"),
            ],
        }
    ]
}
_DOMAIN: Final = _attribute(
    "microsoft_domain", "Microsoft Domain Name", "onmicrosoft.com", "Up to 27 characters long"
)
_ATTESTATION: Final = _attribute(
    "partner_on_record_attestation_accepted", "Partner on Record Attestation", "attestation_accepted"
)

# By plan id: the cloud plan's name and the attributes a subscription order needs.
PLANS: Final = {
    "438308": (
        "Microsoft 365 F3 (NCE COM MTH)",
        [
            {
                "vendorName": "Microsoft",
                "productId": "PRD-814-505-018",
                "additionalAttributes": [
                    _attribute("tier1_mpn", "Microsoft Partner Number", "5068860"),
                    _attribute(
                        "tenant_preference",
                        "Please select the desired option for the CSP account",
                        "new,existing",
                        choices=[
                            _choice(
                                "new",
                                "Create new Microsoft CSP end customer account",
                                _DOMAIN,
                                _attribute("effective_address", "Address Line 1"),
                                _attribute("mca_acceptance", "MCA Acceptance", "yes,no", ""),
                                _ATTESTATION,
                            ),
                            _choice(
                                "existing",
                                "Use an existing Microsoft CSP end customer account",
                                _DOMAIN,
                                _attribute(
                                    "relationship_url",
                                    "Confirm if the customer-partner authorization is done.",
                                    "yes,no",
                                    "",
                                ),
                                _ATTESTATION,
                            ),
                        ],
                    ),
                    _attribute(
                        "indirect_reseller_domain",
                        "Indirect Reseller Domain",
                        "sandbox-reseller.onmicrosoft.com",
                        "MyBusinessName.onmicrosoft.com",
                    ),
                ],
            }
        ],
    )
}
