from enum import StrEnum


class GetResellersV6OrdersearchOrderStatus(StrEnum):
    BACKORDERED = "BACKORDERED"
    CANCELLED = "CANCELLED"
    ON_HOLD = "ON HOLD"
    PROCESSING = "PROCESSING"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
