from enum import StrEnum


class GetOrderdetailsV61SimulateStatus(StrEnum):
    IMHOLD = "IM::HOLD"
    IMINVOICED = "IM::INVOICED"
    IMPARTIALLY_SHIPPED = "IM::PARTIALLY_SHIPPED"
    IMSHIPPED = "IM::SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
