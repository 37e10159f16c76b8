from enum import StrEnum


class GetResellersV6OrdersearchOrderStatus(StrEnum):
    BACKORDERED = "BACKORDERED"
    CANCELLED = "CANCELLED"
    CLOSED = "CLOSED"
    ON_HOLD = "ON HOLD"
    OPEN = "OPEN"
    PROCESSING = "PROCESSING"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
