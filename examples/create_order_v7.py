"""Place a v7 order and receive its result on your webhook: `python create_order_v7.py`.

v7 create answers with a confirmation number only; the order itself arrives as an `IM::created` event
POSTed to your webhook URL, signed with your webhook secret. This script serves a `WebhookReceiver` on
127.0.0.1:INGRAM_WEBHOOK_PORT (default 8766) while it places the order; point the local sandbox at it:

    ingram-contract sandbox --webhook-url http://127.0.0.1:8766/ --webhook-secret example-webhook-secret

In production the receiver is one ASGI app of your service: `Mount("/ingram", app=receiver)`.
"""

from __future__ import annotations

import asyncio
import os

import settings
import uvicorn
from ingram_orders.models import OrderCreateV7Request, OrderCreateV7Response, OrderV7Line

from ingram_contract import facts
from ingram_contract.runtime import AsyncOrders, WebhookReceiver
from ingram_contract.runtime.webhooks import WebhookEvent

PORT = int(os.environ.get("INGRAM_WEBHOOK_PORT", "8766"))
SECRET = os.environ.get(facts.ENV_WEBHOOK_SECRET, "example-webhook-secret")
WAIT_SECONDS = 60


async def main() -> None:
    created: asyncio.Queue[OrderCreateV7Response] = asyncio.Queue()

    async def on_event(event: WebhookEvent) -> None:
        if isinstance(event, OrderCreateV7Response):
            await created.put(event)

    receiver = WebhookReceiver(SECRET, on_event)
    server = uvicorn.Server(uvicorn.Config(receiver, host="127.0.0.1", port=PORT, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            raise SystemExit(f"cannot serve the webhook receiver on port {PORT}")
        await asyncio.sleep(0.05)
    try:
        body = OrderCreateV7Request(
            customer_order_number="PO-EXAMPLE-V7",
            lines=[OrderV7Line(customer_line_number="001", ingram_part_number="TSXML3", quantity=1)],
        )
        async with settings.client() as client:
            confirmation = await AsyncOrders(client, settings.account()).create_v7(body)
        print(f"confirmation {confirmation.confirmation_number}: waiting for the order-created event")
        event = await asyncio.wait_for(created.get(), WAIT_SECONDS)
        resource = event.resource
        if resource:
            for order in resource.orders or []:
                print(
                    f"{event.event}: order {order.ingram_order_number} for {resource.customer_order_number}"
                )
    finally:
        server.should_exit = True
        await serving


if __name__ == "__main__":
    settings.run(lambda: asyncio.run(main()))
