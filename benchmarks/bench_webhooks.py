"""What a hostile webhook sender costs the receiver: time to refuse a 1 MiB body, and to accept a good one.

    python benchmarks/bench_webhooks.py [--rounds 7]

`WebhookReceiver.receive` in process (no HTTP): a forged 1 MiB body nested 500,000 deep (refused after
the scan for the `eventId`), the same body with a valid signature (refused by the depth scan), a valid
1 MiB event (parsed), a small valid event (parsed and handled). Medians of `--rounds` rounds, in ms per
delivery (CPU time of this process).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Callable

from ingram_contract.runtime.errors import WebhookRejected
from ingram_contract.runtime.signature import sign_event_id
from ingram_contract.runtime.webhooks import WebhookReceiver

SECRET = "bench-webhook-secret"  # noqa: S105 - a benchmark credential
MIB = 1024 * 1024


def event(event_id: str, pad: int = 0) -> bytes:
    payload = {
        "topic": "resellers/orders",
        "event": "im::order_shipped",
        "eventId": event_id,
        "resource": [{"orderNumber": "20-RD128", "lines": [{"lineStatus": "Shipped"}]}],
        "pad": "x" * pad,
    }
    return json.dumps(payload).encode()


def per_delivery_ms(deliver: Callable[[], None], rounds: int, per_round: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(per_round):
            deliver()
        samples.append((time.process_time() - started) / per_round * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    receiver = WebhookReceiver(SECRET, lambda _: None, max_body_bytes=2 * MIB)
    levels = (MIB - 64) // 2
    deep = b'{"eventId": "evt-deep", "pad": ' + b"[" * levels + b"]" * levels + b"}"
    counter = iter(range(10**9))

    def refuse(body: bytes, signature: str) -> Callable[[], None]:
        def deliver() -> None:
            try:
                asyncio.run(receiver.receive(body, signature))
            except WebhookRejected:
                return
            raise AssertionError("a hostile delivery was accepted")

        return deliver

    def accept(pad: int) -> Callable[[], None]:
        def deliver() -> None:
            event_id = f"evt-{next(counter)}"
            assert (
                asyncio.run(receiver.receive(event(event_id, pad), sign_event_id(SECRET, event_id)))
                == "accepted"
            )

        return deliver

    cases = [
        ("forged, 1 MiB nested 500,000 deep", refuse(deep, "Zm9yZ2Vk"), 20),
        ("signed, 1 MiB nested 500,000 deep", refuse(deep, sign_event_id(SECRET, "evt-deep")), 5),
        ("valid event, 1 MiB", accept(MIB - 300), 20),
        ("valid event, 300 bytes", accept(0), 200),
    ]
    print("| delivery | ms per delivery (CPU) |")
    print("|---|---:|")
    for name, deliver, per_round in cases:
        print(f"| {name} | {per_delivery_ms(deliver, args.rounds, per_round):.2f} |")


if __name__ == "__main__":
    main()
