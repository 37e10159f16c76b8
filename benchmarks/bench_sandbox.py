"""Throughput and latency of the local sandbox next to Stoplight Prism's mock, on loopback, in one run.

For each server, scenario (order details, order search, v6 create) and concurrency (1 and 32 keep-alive
connections) it reports requests/s, p50 and p99 latency and the count of unexpected statuses. The load
generator is a small asyncio HTTP/1.1 client sending pre-built requests, so the client costs little next
to the servers it measures. Bounded: a fixed time per cell and a hard cap on requests; loopback only.

A third server, `starlette`, is the floor for details: a bare Starlette app on the same uvicorn settings
and socket (`sandbox.server`) answering the sandbox's own details bytes with no auth, validation or state.

Then the sandbox's memory: RSS before and after details GETs of the largest orders it accepts (the
details cache is bounded in bytes: `sandbox.limits.DETAILS_CACHE_BYTES`).

    python benchmarks/bench_sandbox.py [--seconds 5] [--scenarios details search create]
        [--skip-prism] [--install-prism] [--memory-gets 50]

Prism (`@stoplight/prism-cli` 5.14) is looked for in benchmarks/.node (gitignored); `--install-prism`
installs it there with npm.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ingram_contract import facts  # noqa: E402
from ingram_contract.sandbox.server import bind, free_port, uvicorn_config  # noqa: E402

NODE_DIR = ROOT / "benchmarks" / ".node"
PRISM_PACKAGE = "@stoplight/prism-cli@5.14"
MAX_REQUESTS_PER_CELL = 200_000


@dataclass(frozen=True)
class Scenario:
    """One request repeated: method, path (after the server's prefix), body, and the statuses expected."""

    name: str
    method: str
    path: str
    body: bytes
    expected: frozenset[int]


SCENARIOS = (
    Scenario("details", "GET", "/resellers/v6.1/orders/20-RD128", b"", frozenset({200})),
    Scenario(
        "search", "GET", "/resellers/v6/orders/search?pageSize=25&orderStatus=SHIPPED", b"", frozenset({200})
    ),
    Scenario(
        "create",
        "POST",
        "/resellers/v6/orders",
        json.dumps(
            {
                "customerOrderNumber": "BENCH-1",
                # The same PO every time: the vendor refuses a repeated one unless this says otherwise.
                "additionalAttributes": [
                    {"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}
                ],
                "lines": [
                    {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 2},
                    {"customerLineNumber": "002", "ingramPartNumber": facts.SKU_NO_STOCK, "quantity": 1},
                ],
            }
        ).encode(),
        frozenset({201}),
    ),
)


@dataclass
class Cell:
    """The measurements of one server × scenario × concurrency."""

    server: str
    scenario: str
    connections: int
    count: int
    seconds: float
    latencies: list[float]
    statuses: Counter[int]
    expected: frozenset[int]

    @property
    def rps(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    @property
    def unexpected(self) -> int:
        return sum(count for status, count in self.statuses.items() if status not in self.expected)


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early with code {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


@contextlib.contextmanager
def serving(
    command: list[str], port: int, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        wait_for_port(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        if process.stderr is not None:
            process.stderr.close()


def fetch_token(port: int) -> str:
    body = (
        f"grant_type=client_credentials&client_id={facts.LOCAL_SANDBOX_CLIENT_ID}"
        f"&client_secret={facts.LOCAL_SANDBOX_CLIENT_SECRET}"
    ).encode()
    request = (
        f"POST {facts.TOKEN_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    head, _, payload = raw.partition(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n", 1)[0]:
        raise RuntimeError(f"token request failed: {head[:100]!r}")
    return str(json.loads(payload)["access_token"])


def fetch_details(port: int, prefix: str, token: str) -> bytes:
    """The sandbox's details body, as the bare Starlette app will answer it."""
    request = build_request(SCENARIOS[0], prefix, token).replace(
        b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, payload = b"".join(chunks).partition(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n", 1)[0]:
        raise RuntimeError(f"details request failed: {head[:100]!r}")
    return payload


def serve_bare(port: int, body_path: Path) -> int:
    """A bare Starlette app answering fixed details bytes, on the sandbox's uvicorn settings and socket."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    body = body_path.read_bytes()

    async def details(request: Request) -> Response:
        return Response(body, media_type="application/json")

    app = Starlette(routes=[Route(facts.SANDBOX_PREFIX + "/resellers/v6.1/orders/{orderNumber}", details)])
    sock = bind("127.0.0.1", port)
    uvicorn.Server(uvicorn_config(app)).run(sockets=[sock])
    return 0


def build_request(scenario: Scenario, prefix: str, token: str) -> bytes:
    headers = [
        f"{scenario.method} {prefix}{scenario.path} HTTP/1.1",
        "Host: 127.0.0.1",
        f"Authorization: Bearer {token}",
        f"{facts.HEADER_CUSTOMER_NUMBER}: {facts.DEFAULT_CUSTOMER_NUMBER}",
        f"{facts.HEADER_COUNTRY_CODE}: {facts.DEFAULT_COUNTRY_CODE}",
        f"{facts.HEADER_CORRELATION_ID}: bench-0001",
        "Accept: application/json",
    ]
    if scenario.body:
        headers += ["Content-Type: application/json", f"Content-Length: {len(scenario.body)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + scenario.body


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        lowered = name.strip().lower()
        if lowered == b"content-length":
            length = int(value.strip())
        elif lowered == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _connection(
    port: int,
    request: bytes,
    stop_at: float,
    budget: list[int],
    latencies: list[float],
    statuses: Counter[int],
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop_at and budget[0] > 0:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                writer.write(request)
                status = await _read_response(reader)
            except (ConnectionError, asyncio.IncompleteReadError):
                # A server that drops the connection: counted as status 0 (unexpected), then reconnect.
                statuses[0] += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            latencies.append(time.perf_counter() - started)
            statuses[status] += 1
    finally:
        writer.close()


async def _measure(
    port: int, request: bytes, connections: int, seconds: float
) -> tuple[int, float, list[float], Counter[int]]:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    warm_until = time.perf_counter() + min(1.0, seconds / 5)
    await asyncio.gather(
        *(_connection(port, request, warm_until, [10_000], [], Counter()) for _ in range(connections))
    )
    started = time.perf_counter()
    budget = [MAX_REQUESTS_PER_CELL]
    await asyncio.gather(
        *(
            _connection(port, request, started + seconds, budget, latencies, statuses)
            for _ in range(connections)
        )
    )
    return len(latencies), time.perf_counter() - started, latencies, statuses


def measure(
    server: str, scenario: Scenario, port: int, prefix: str, token: str, connections: int, seconds: float
) -> Cell:
    request = build_request(scenario, prefix, token)
    count, elapsed, latencies, statuses = asyncio.run(_measure(port, request, connections, seconds))
    cell = Cell(server, scenario.name, connections, count, elapsed, latencies, statuses, scenario.expected)
    print(f"  {server:8} {scenario.name:8} c={connections:<3} {cell.rps:9.0f} req/s", file=sys.stderr)
    return cell


def prism_binary(install: bool) -> Path | None:
    binary = NODE_DIR / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    if not install:
        return None
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not on PATH: cannot install Prism")
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    (NODE_DIR / ".gitignore").write_text("*\n")
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", PRISM_PACKAGE], cwd=NODE_DIR, check=True, timeout=600
    )
    return binary


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    return f"{os.cpu_count()} CPU(s), {model}, Python {platform.python_version()}, {system}"


def rss_mib(pid: int) -> float:
    """Resident memory of a process (Linux), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def memory(port: int, token: str, pid: int, orders: int, gets: int) -> str:
    """RSS before and after `gets` details GETs spread over `orders` of the largest shape the sandbox
    accepts (999 lines, 900-character notes: just under the 1 MiB body limit), every simulateStatus."""
    import httpx

    line = {"ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1, "notes": "n" * 900}
    headers = {
        "Authorization": f"Bearer {token}",
        facts.HEADER_CUSTOMER_NUMBER: facts.DEFAULT_CUSTOMER_NUMBER,
        facts.HEADER_COUNTRY_CODE: facts.DEFAULT_COUNTRY_CODE,
        facts.HEADER_CORRELATION_ID: "bench-memory",
    }
    simulated = [None, "IM::SHIPPED", "IM::PARTIALLY_SHIPPED", "IM::HOLD", "IM::INVOICED"]
    with httpx.Client(base_url=f"http://127.0.0.1:{port}{facts.SANDBOX_PREFIX}", timeout=120) as http:
        numbers = []
        for index in range(orders):
            lines = [{**line, "customerLineNumber": f"{n:03d}"} for n in range(1, 1000)]
            created = http.post(
                "/resellers/v6/orders",
                json={"customerOrderNumber": f"MEM-{index}", "lines": lines},
                headers=headers,
            )
            created.raise_for_status()
            numbers.append(created.json()["orders"][0]["ingramOrderNumber"])
        before = rss_mib(pid)
        largest = 0
        for index in range(gets):
            status = simulated[(index // orders) % len(simulated)]
            params = {"simulateStatus": status} if status else {}
            answer = http.get(
                f"/resellers/v6.1/orders/{numbers[index % orders]}", params=params, headers=headers
            )
            answer.raise_for_status()
            largest = max(largest, len(answer.content))
    after = rss_mib(pid)
    return (
        f"Memory: sandbox RSS {before:.0f} MiB before and {after:.0f} MiB after {gets} details GETs over"
        f" {orders} orders of 999 lines (answers up to {largest / 1024 / 1024:.1f} MiB each)."
    )


def ratios(cells: list[Cell]) -> list[str]:
    """Bare Starlette's details throughput over the sandbox's, per concurrency."""
    details = {(cell.server, cell.connections): cell.rps for cell in cells if cell.scenario == "details"}
    out = []
    for (server, connections), rps in sorted(details.items()):
        bare = details.get(("starlette", connections))
        if server == "sandbox" and bare and rps:
            out.append(f"details at {connections} connection(s): bare Starlette / sandbox = {bare / rps:.2f}")
    return out


def render(cells: list[Cell], seconds: float, load: tuple[float, float]) -> str:
    lines = [
        f"Machine: {machine()}; 1-minute load average {load[0]:.2f} before, {load[1]:.2f} after.",
        f"Each cell: {seconds:g} s after a short warm-up, keep-alive connections, loopback;"
        " the load generator shares the machine with the server; a dropped connection counts as status 0.",
        "",
        "| server | scenario | connections | requests/s | p50 ms | p99 ms | requests | unexpected status |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    order = {scenario.name: index for index, scenario in enumerate(SCENARIOS)}
    for cell in sorted(cells, key=lambda c: (order[c.scenario], c.connections, c.server)):
        lines.append(
            f"| {cell.server} | {cell.scenario} | {cell.connections} | {cell.rps:,.0f}"
            f" | {cell.percentile(0.5):.2f} | {cell.percentile(0.99):.2f}"
            f" | {cell.count:,} | {cell.unexpected} |"
        )
    return "\n".join([*lines, "", *ratios(cells)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measured time per cell (default 5)")
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 32])
    parser.add_argument(
        "--scenarios", nargs="+", choices=[s.name for s in SCENARIOS], default=[s.name for s in SCENARIOS]
    )
    parser.add_argument("--skip-prism", action="store_true")
    parser.add_argument(
        "--install-prism", action="store_true", help=f"npm install {PRISM_PACKAGE} into {NODE_DIR}"
    )
    parser.add_argument("--contract", type=Path, default=facts.CONTRACT_PATH)
    parser.add_argument("--memory-gets", type=int, default=50, help="details GETs of large orders; 0 skips")
    parser.add_argument("--serve-bare", nargs=2, metavar=("PORT", "BODY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_bare:
        return serve_bare(int(args.serve_bare[0]), Path(args.serve_bare[1]))
    if not 0 < args.seconds <= 60:
        parser.error("--seconds must be in (0, 60]")

    binary = None
    if not args.skip_prism:
        binary = prism_binary(args.install_prism)
        if binary is None:
            print(f"Prism not found in {NODE_DIR}; run with --install-prism or --skip-prism", file=sys.stderr)
            return 2

    cells: list[Cell] = []
    load_before = os.getloadavg()[0]
    with contextlib.ExitStack() as stack:
        workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-sandbox-"))
        sandbox_port = free_port()
        src = str(ROOT / "src")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
        command = [
            *(sys.executable, "-m", "ingram_contract.cli", "sandbox"),
            *("--port", str(sandbox_port), "--db", f"{workdir}/bench.db"),
        ]
        sandbox = stack.enter_context(serving(command, sandbox_port, env))
        sandbox_token = fetch_token(sandbox_port)
        every = frozenset(scenario.name for scenario in SCENARIOS)
        targets = [("sandbox", sandbox_port, facts.SANDBOX_PREFIX, sandbox_token, every)]
        body_path = Path(workdir) / "details.json"
        body_path.write_bytes(fetch_details(sandbox_port, facts.SANDBOX_PREFIX, sandbox_token))
        bare_port = free_port()
        bare = [sys.executable, __file__, "--serve-bare", str(bare_port), str(body_path)]
        stack.enter_context(serving(bare, bare_port, env))
        targets.append(("starlette", bare_port, facts.SANDBOX_PREFIX, "", frozenset({"details"})))
        if binary is not None:
            prism_port = free_port()
            prism = [
                str(binary),
                "mock",
                "-v",
                "silent",
                "-h",
                "127.0.0.1",
                "-p",
                str(prism_port),
                str(args.contract),
            ]
            stack.enter_context(serving(prism, prism_port))
            # Prism ignores the servers' base path: it serves the contract's paths at its root.
            targets.append(("prism", prism_port, "", "bench-token", every))
        # Cell by cell, one server right after the other, so a busy moment on the machine hits all of them.
        for connections in args.connections:
            for scenario in (s for s in SCENARIOS if s.name in args.scenarios):
                for server, port, prefix, token, serves in targets:
                    if scenario.name in serves:
                        cells.append(
                            measure(server, scenario, port, prefix, token, connections, args.seconds)
                        )
        footprint = (
            memory(sandbox_port, sandbox_token, sandbox.pid, 10, args.memory_gets) if args.memory_gets else ""
        )
    load_after = os.getloadavg()[0]

    print(render(cells, args.seconds, (load_before, load_after)))
    if footprint:
        print(footprint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
