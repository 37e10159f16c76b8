"""A drift run through a slow, throttling proxy: the real sandbox as seen from CI, on loopback.

    python benchmarks/bench_drift_polite.py [--rate 5] [--max-examples 5] [--share 0.05]

The local sandbox is served behind an ASGI wrapper that adds 150 ms to every answer and answers a share
of the API requests (5 % by default, a fixed random sequence; never the token request) with 429 or 503,
each with `Retry-After: 1`. The full drift run (`run_drift`, the polite session at `--rate`) runs
through it; the figures are its wall time, its server findings (expected: none), the requests the proxy
saw and the most it saw in any one-second window (expected: at most the rate, plus the burst of one).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from ingram_contract import facts
from ingram_contract.drift.run import DriftConfig, run_drift
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import serve_app

LATENCY = 0.150


class ThrottlingProxy:
    """Adds `LATENCY` to every answer; `share` of API requests get 429/503 with `Retry-After: 1`."""

    def __init__(self, inner: Any, share: float, seed: int = 7) -> None:
        self.inner = inner
        self.share = share
        self.random = random.Random(seed)
        self.arrivals: list[float] = []
        self.refused = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        with self._lock:
            self.arrivals.append(time.monotonic())
            refuse = not scope["path"].endswith(facts.TOKEN_PATH) and self.random.random() < self.share
            status = self.random.choice((429, 503)) if refuse else 0
            self.refused += int(refuse)
        await asyncio.sleep(LATENCY)
        if not refuse:
            await self.inner(scope, receive, send)
            return
        headers = [(b"content-type", b"application/json"), (b"retry-after", b"1")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"errors": [{"message": "slow down"}]}'})

    def most_in_one_second(self) -> int:
        times = sorted(self.arrivals)
        return max((sum(1 for t in times if start <= t < start + 1.0) for start in times), default=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=5.0, help="the drift run's requests per second")
    parser.add_argument("--max-examples", type=int, default=5)
    parser.add_argument("--share", type=float, default=0.05, help="share of requests answered 429/503")
    args = parser.parse_args()
    upstream = facts.PINNED_UPSTREAM_PATH
    with tempfile.TemporaryDirectory() as tmp:
        proxy = ThrottlingProxy(create_app(SandboxConfig(db_path=Path(tmp) / "sandbox.db")), args.share)
        with serve_app(proxy) as origin:
            config = DriftConfig.resolve(
                origin + facts.SANDBOX_PREFIX,
                upstream=str(upstream),
                out=Path(tmp) / "out",
                environ={},
                max_examples=args.max_examples,
                rate=args.rate,
            )
            started = time.perf_counter()
            code = run_drift(config)
            seconds = time.perf_counter() - started
        report = json.loads((Path(tmp) / "out" / "drift.json").read_text())
    server = [f for f in report["findings"] if f["source"] == "server" and f["status"] == "new"]
    traffic = report["summary"]["sections"]["server"].get("traffic", {})
    print(f"drift exit {code} in {seconds:.1f} s at --rate {args.rate:g}, --max-examples {args.max_examples}")
    print(f"server findings: {len(server)} {[f['check'] for f in server]}")
    print(f"proxy saw {len(proxy.arrivals)} requests, refused {proxy.refused} (429/503, Retry-After: 1)")
    print(f"most requests in any one-second window: {proxy.most_in_one_second()} (rate {args.rate:g})")
    print(f"drift's own count: {json.dumps(traffic)}")


if __name__ == "__main__":
    main()
