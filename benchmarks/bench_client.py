"""What the runtime helpers cost: token requests per 1,000 calls, and the client's own overhead per call.

    python benchmarks/bench_client.py [--calls 2000] [--rounds 5]

1. Token requests per 1,000 calls through `connect()` — sequential, 20 threads, 1,000 asyncio tasks,
   and with a token that lives 1 s (renewals) — against an in-process fake (httpx.MockTransport).
2. Overhead per call of "get order details" through `connect()` + the generated client (auth flow,
   retry transport, error hook, fresh correlation id, model parsing), minus raw `httpx.Client.get` with
   a fixed bearer header and `json.loads`: in process (MockTransport, no I/O) and over loopback HTTP
   (a minimal ASGI app under uvicorn, in its own process, on 127.0.0.1). Medians of `--rounds` rounds
   of `--calls` calls, wall clock and this process's CPU time (the steadier figure on a busy machine).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from ingram_orders.api.orders import get_orderdetails_v6_1

from ingram_contract import facts
from ingram_contract.runtime import Account, RetryPolicy, connect

CLIENT_ID = "bench-client"
CLIENT_SECRET = "bench-secret"  # noqa: S105 - a benchmark credential
ORDER = {"ingramOrderNumber": "20-RD3QV", "orderStatus": "Shipped", "orderTotal": 120.5, "lines": []}
ORDER_BODY = json.dumps(ORDER).encode()
ACCOUNT = Account.sandbox()


class TokenCounter:
    """A fake API that counts token requests; tokens live `lifetime` seconds."""

    def __init__(self, lifetime: int = 86399) -> None:
        self.lifetime = lifetime
        self.token_requests = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == facts.TOKEN_PATH:
            with self._lock:
                self.token_requests += 1
            body = {"access_token": f"t{self.token_requests}", "expires_in": str(self.lifetime)}
            return httpx.Response(200, json=body)
        return httpx.Response(200, content=ORDER_BODY, headers={"Content-Type": "application/json"})

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def token_requests_per_1000() -> dict[str, float]:
    """Token requests made by 1,000 calls in each concurrency pattern."""
    results: dict[str, float] = {}

    def client_for(fake: TokenCounter) -> Any:
        return connect(
            "http://bench.invalid",
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            transport=httpx.MockTransport(fake),
            async_transport=httpx.MockTransport(fake.handle_async),
            environ={},
        )

    fake = TokenCounter()
    client = client_for(fake)
    for _ in range(1000):
        get_orderdetails_v6_1.sync_detailed("20-RD3QV", client=client, **ACCOUNT.kwargs())
    results["sequential"] = fake.token_requests

    fake = TokenCounter()
    client = client_for(fake)
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(
            pool.map(
                lambda _: get_orderdetails_v6_1.sync_detailed("20-RD3QV", client=client, **ACCOUNT.kwargs()),
                range(1000),
            )
        )
    results["20 threads"] = fake.token_requests

    fake = TokenCounter()
    client = client_for(fake)

    async def thousand_tasks() -> None:
        await asyncio.gather(
            *(
                get_orderdetails_v6_1.asyncio_detailed("20-RD3QV", client=client, **ACCOUNT.kwargs())
                for _ in range(1000)
            )
        )

    asyncio.run(thousand_tasks())
    results["1,000 asyncio tasks"] = fake.token_requests

    # A 1 s token renewed half-way through its life: the count follows elapsed time, not the call count.
    fake = TokenCounter(lifetime=1)
    client = client_for(fake)
    started = time.perf_counter()
    for _ in range(1000):
        get_orderdetails_v6_1.sync_detailed("20-RD3QV", client=client, **ACCOUNT.kwargs())
        time.sleep(0.001)
    results[f"token lifetime 1 s over {time.perf_counter() - started:.1f} s"] = fake.token_requests
    return results


def _block(call: Callable[[], object], calls: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(calls):
        call()
    return (time.perf_counter() - wall) / calls, (time.process_time() - cpu) / calls


def compare(
    raw: Callable[[], object], client: Callable[[], object], calls: int, rounds: int
) -> dict[str, tuple[float, float]]:
    """Median per-call (raw, client) seconds, wall clock and this process's CPU time.

    Raw and client blocks alternate within each round so that load from elsewhere on the machine hits
    both alike; CPU time of this process excludes the server's work on loopback.
    """
    for _ in range(min(200, calls)):
        raw()
        client()
    samples: dict[str, list[tuple[float, float]]] = {"wall": [], "cpu": []}
    for _ in range(rounds):
        raw_wall, raw_cpu = _block(raw, calls)
        client_wall, client_cpu = _block(client, calls)
        samples["wall"].append((raw_wall, client_wall))
        samples["cpu"].append((raw_cpu, client_cpu))
    return {
        kind: (statistics.median(r for r, _ in pairs), statistics.median(c for _, c in pairs))
        for kind, pairs in samples.items()
    }


def raw_and_client(
    base_url: str,
    transport: httpx.BaseTransport | None,
) -> tuple[Callable[[], object], Callable[[], object], Callable[[], None]]:
    """The baseline call (raw httpx) and the same call through connect() + the generated client."""
    headers = {"Authorization": "Bearer fixed", **ACCOUNT.headers(correlation_id="fixed")}
    raw_client = httpx.Client(base_url=base_url, transport=transport, headers=headers)

    def raw() -> object:
        return json.loads(raw_client.get("/resellers/v6.1/orders/20-RD3QV").content)

    client = connect(
        base_url,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        transport=transport,
        retry=RetryPolicy(),
        environ={},
    )

    def generated() -> object:
        return get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())

    def close() -> None:
        raw_client.close()
        client.get_httpx_client().close()

    return raw, generated, close


async def tiny_api(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The smallest ASGI app that answers the token and order-details calls."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    if scope["path"] == facts.TOKEN_PATH:
        body = json.dumps({"access_token": "loopback", "expires_in": "86399"}).encode()
    else:
        body = ORDER_BODY
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def serve_loopback() -> tuple[str, Callable[[], None]]:
    """Start uvicorn serving `tiny_api` in its own process (no GIL shared with the client) on a free
    loopback port; return its URL and a stop function."""
    # Not `uvicorn --fd`: it wraps the descriptor as a UNIX socket, so TCP_NODELAY is never set and every
    # call waits ~40 ms for a delayed ACK. A free port picked here is reused at once by the child.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--log-level", "warning", "--no-access-log", "--lifespan", "off"]
    server = subprocess.Popen([*command, "--app-dir", str(Path(__file__).parent), "bench_client:tiny_api"])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.post(url + facts.TOKEN_PATH, timeout=1)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise
            time.sleep(0.05)

    def stop() -> None:
        server.terminate()
        server.wait(timeout=10)

    return url, stop


def overhead(calls: int, rounds: int) -> dict[str, tuple[float, float]]:
    """(raw, through the client) microseconds per call, in process and over loopback."""
    results = {}
    fake = TokenCounter()
    raw, generated, close = raw_and_client("http://bench.invalid", httpx.MockTransport(fake))
    for kind, (raw_s, client_s) in compare(raw, generated, calls, rounds).items():
        results[f"in process, {kind}"] = (raw_s * 1e6, client_s * 1e6)
    close()
    url, stop = serve_loopback()
    try:
        raw, generated, close = raw_and_client(url, None)
        for kind, (raw_s, client_s) in compare(raw, generated, calls, rounds).items():
            results[f"loopback HTTP, {kind}"] = (raw_s * 1e6, client_s * 1e6)
        close()
    finally:
        stop()
    return results


def main() -> None:
    """Run both measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    print("Token requests per 1,000 calls")
    for pattern, count in token_requests_per_1000().items():
        print(f"  {pattern:<36} {count:>6.0f}")

    print(f"\nPer call, median of {args.rounds} rounds x {args.calls} calls (µs)")
    print(f"  {'':<28} {'raw httpx':>10} {'client':>10} {'overhead':>10}")
    for setting, (raw_us, client_us) in overhead(args.calls, args.rounds).items():
        print(f"  {setting:<28} {raw_us:>10.1f} {client_us:>10.1f} {client_us - raw_us:>+10.1f}")


if __name__ == "__main__":
    main()
