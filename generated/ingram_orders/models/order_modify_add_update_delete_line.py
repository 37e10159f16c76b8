from enum import StrEnum


class OrderModifyAddUpdateDeleteLine(StrEnum):
    ADD = "ADD"
    DELETE = "DELETE"
    UPDATE = "UPDATE"

    def __str__(self) -> str:
        return str(self.value)
