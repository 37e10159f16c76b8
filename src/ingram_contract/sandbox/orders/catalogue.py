"""The SKUs the sandbox sells, where each ships from, and the test account's address."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingram_contract import facts

IN_STOCK: Final = "in_stock"
NO_STOCK: Final = "no_stock"
DIRECT_SHIP: Final = "direct_ship"


@dataclass(frozen=True)
class Product:
    """A SKU the sandbox sells, and how it behaves when ordered."""

    ingram_part_number: str
    vendor_part_number: str
    vendor_name: str
    description: str
    unit_price: float
    availability: str
    upc: str
    unit_weight: float
    vendor_number: str = "V001"
    global_sku_id: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    service_contract: bool = False
    recycling_fee: float = 0.0

    @property
    def sku_id(self) -> str:
        """The global SKU id the vendor shows beside its own part number."""
        return self.global_sku_id or f"A300-{self.ingram_part_number}"


CATALOGUE: Final = {
    product.ingram_part_number: product
    for product in (
        Product(facts.SKU_IN_STOCK, "XML3-SBX", "SANDBOX TEST VENDOR", "SANDBOX PART IN STOCK", 110.0,
                IN_STOCK, "0887276000031", 1.2),
        Product(facts.SKU_NO_STOCK, "XML1-SBX", "SANDBOX TEST VENDOR", "SANDBOX PART NO STOCK", 75.5,
                NO_STOCK, "0887276000017", 0.8),
        Product(facts.SKU_DIRECT_SHIP, "XML2-SBX", "SANDBOX DIRECT VENDOR", "SANDBOX PART DIRECT SHIP",
                240.0, DIRECT_SHIP, "0887276000024", 2.5),
        Product("DF4128", "920-002555", "LOGITECH", "COMBO WAVE MK550 WRLS DESKTOP", 61.22, IN_STOCK,
                "0097855061292", 2.9, "L110", recycling_fee=0.5),
        Product("5DV320", "WS1-CLD-SBX", "OMNISSA  WS1", "WORKSPACE ONE CLOUD LICENSE", 35.0, DIRECT_SHIP,
                "", 0.0, "O201"),
        Product("4AW708", "BE7H-M5-K9", "CISCO - HW UNIFIED COMM", "BUSINESS ED 7000H M5 APPL", 20887.57,
                IN_STOCK, "0889728150314", 14.0, "C310",
                attributes=(("additional description", "EXPORT RESTR SW"),), service_contract=True,
                recycling_fee=4.7),
    )
}  # fmt: skip
# Customer part numbers the test account has set up (v6 create accepts one instead of an Ingram part).
CUSTOMER_PARTS: Final = {"90NB0GI4-M03110": facts.SKU_IN_STOCK}
_BY_VENDOR_PART: Final = {product.vendor_part_number.upper(): product for product in CATALOGUE.values()}

TEST_ACCOUNT_ADDRESS: Final = {
    "contact": "TOD DEBIE",
    "companyName": "INGRAM MICRO TEST ACCOUNT",
    "addressLine1": "1610 E SAINT ANDREW PL",
    "addressLine2": "",
    "addressLine3": "",
    "city": "SANTA ANA",
    "state": "CA",
    "postalCode": "927054931",
    "countryCode": "US",
    "phoneNumber": "7145665000",
    "email": "sandbox@example.com",
}
_ADDRESS_FIELDS: Final = (
    *TEST_ACCOUNT_ADDRESS,
    "addressId",
    "endUserId",
    "addressSequenceNumber",
    "contactId",
)
# The ship-to address id of the test account's default address, as the vendor's answers show it.
DEFAULT_SHIP_TO_ID: Final = "200"
RESELLER_INFO: Final = {**TEST_ACCOUNT_ADDRESS, "companyName": "INGRAM MICRO TEST CUSTOMER"}
# Where the account's dates are shown: the vendor answers in the local time of the account's country.
TIME_ZONES: Final = {
    "US": "America/Los_Angeles",
    "CA": "America/Toronto",
    "GB": "Europe/London",
    "ES": "Europe/Madrid",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "IN": "Asia/Kolkata",
    "AU": "Australia/Sydney",
}


@dataclass(frozen=True)
class Warehouse:
    """Where a line ships from, and with which carrier."""

    warehouse_id: str
    location: str
    carrier_code: str
    carrier_name: str


WAREHOUSES: Final = {
    IN_STOCK: Warehouse("10", "Mira Loma, CA", "FG", "FEDEX GROUND"),
    NO_STOCK: Warehouse("40", "Jonestown, PA", "FG", "FEDEX GROUND"),
    DIRECT_SHIP: Warehouse("DS", "Vendor direct ship", "VL", "VIRTUAL"),
}


def find_product(
    ingram_part_number: str | None, vendor_part_number: str | None, customer_part_number: str | None = None
) -> Product | None:
    """The catalogue entry for an order line: by Ingram part number, else vendor, else customer part."""
    if ingram_part_number:
        return CATALOGUE.get(ingram_part_number.strip().upper())
    if vendor_part_number:
        return _BY_VENDOR_PART.get(vendor_part_number.strip().upper())
    if customer_part_number:
        known = CUSTOMER_PARTS.get(customer_part_number.strip().upper())
        return CATALOGUE.get(known) if known else None
    return None


def product_of(line: Mapping[str, Any]) -> Product:
    """The catalogue entry of a stored (accepted) line."""
    return CATALOGUE[line["ingramPartNumber"]]


def address(value: Mapping[str, Any]) -> dict[str, str]:
    """The address fields the sandbox keeps from a request's address, as strings."""
    return {key: str(value[key]) for key in _ADDRESS_FIELDS if value.get(key) is not None}


@cache
def _zone(country: str) -> tzinfo:
    name = TIME_ZONES.get(country.upper())
    if name is None:
        return UTC
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a system without time-zone data shows UTC rather than failing
        return UTC


def local_time(instant: datetime, country: str) -> datetime:
    """`instant` in the local time of an account's country (UTC where the sandbox knows no zone)."""
    return instant.astimezone(_zone(country))
