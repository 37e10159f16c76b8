"""How long a drift run takes against a server that accepts connections and never answers.

    python benchmarks/bench_drift_hang.py [--max-examples 10]

Two loopback servers, each a plain socket: `silent` never answers anything; `token-only` answers the
token request (so the checks get past authentication) and never answers an API call. The full drift run
(`ingram-contract drift`, all three sections, the pinned upstream cut when ../shared/ is present) runs
against each; the figure is its wall time and what the report says about timeouts.
"""

from __future__ import annotations

import argparse
import json
import socket
import tempfile
import threading
import time
from pathlib import Path

from ingram_contract import facts
from ingram_contract.drift.run import run_drift

TOKEN_ANSWER = json.dumps({"access_token": "bench-token-0123456789", "token_type": "Bearer"}).encode()


def serve(answer_token: bool) -> tuple[str, threading.Event]:
    listener = socket.create_server((facts.LOCAL_SANDBOX_HOST, 0), backlog=64)
    listener.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def handle(connection: socket.socket) -> None:
        held.append(connection)
        if not answer_token:
            return
        data = connection.recv(65536)
        if facts.TOKEN_PATH.encode() in data.split(b"\r\n", 1)[0]:
            head = f"HTTP/1.1 200 OK\r\ncontent-length: {len(TOKEN_ANSWER)}\r\n"
            extra = b"content-type: application/json\r\nconnection: close\r\n\r\n"
            connection.sendall(head.encode() + extra + TOKEN_ANSWER)
            connection.close()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=handle, args=(connection,), daemon=True).start()
        for connection in held:
            connection.close()
        listener.close()

    threading.Thread(target=accept, daemon=True).start()
    return f"http://{facts.LOCAL_SANDBOX_HOST}:{listener.getsockname()[1]}{facts.SANDBOX_PREFIX}", stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=10)
    options = parser.parse_args()
    upstream = facts.SHARED_UPSTREAM_DIR / "XI-Resellers-API-Spec.yaml"
    for name, answer_token in (("silent", False), ("token-only", True)):
        base_url, stop = serve(answer_token)
        with tempfile.TemporaryDirectory() as out:
            args = argparse.Namespace(
                base_url=base_url,
                token_url=None,
                upstream=str(upstream if upstream.exists() else facts.UPSTREAM_URL),
                out=Path(out),
                baseline=None,
                max_examples=options.max_examples,
            )
            started = time.monotonic()
            code = run_drift(args)
            elapsed = time.monotonic() - started
            findings = json.loads((Path(out) / "drift.json").read_text())["findings"]
        stop.set()
        timeouts = sorted({f["operation"] for f in findings if f["check"] == "timeout"})
        print(f"{name:>10}: {elapsed:5.1f} s, exit {code}, {len(timeouts)} operations reported as timeouts")


if __name__ == "__main__":
    main()
