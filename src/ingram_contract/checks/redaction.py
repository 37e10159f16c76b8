"""Secrets never leave the process: one redactor for curl reproductions, log records, reports and JUnit.

Known secret values (client secrets, issued tokens) are replaced wherever they appear; besides, anything
shaped like a credential is masked even when its value was never registered: a bearer or basic
`Authorization` header, `client_secret=` / `access_token=` in a form or query, and the same keys in JSON.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Final

REDACTED: Final = "[REDACTED]"
# Values shorter than this are not replaced verbatim: they would mask ordinary words.
_MIN_SECRET_LENGTH: Final = 6

_PATTERNS: Final = (
    # Authorization: Bearer x / Basic x, in curl -H '...', HTTP dumps and Python reprs of header dicts.
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?\s*(?:bearer|basic)\s+)[^\s'\",}]+"),
    re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9\-._~+/]{8,}=*"),
    # Form or query fields: client_secret=..., access_token=...
    re.compile(r"(?i)(\b(?:client_secret|access_token|refresh_token|password)=)[^&\s'\"]+"),
    # JSON fields: "client_secret": "...", "access_token": "..."
    re.compile(r"(?i)(['\"](?:client_secret|access_token|refresh_token|password)['\"]\s*:\s*['\"])[^'\"]*"),
)


class Redactor:
    """Masks registered secret values and credential-shaped text; thread-safe, shareable."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        """Register a secret value (a client secret, an issued access token)."""
        if secret and len(secret) >= _MIN_SECRET_LENGTH:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        """`text` with every registered secret and every credential-shaped value masked."""
        with self._lock:
            known = sorted(self._secrets, key=len, reverse=True)
        for secret in known:
            text = text.replace(secret, REDACTED)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
        return text

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"


class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's rendered message (attach it to handlers)."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redactor.redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback text is rendered later by the formatter: render it now, redacted.
            record.exc_text = self.redactor.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """One-off redaction of `text` with the given secrets and the credential patterns."""
    return Redactor(secrets).redact(text)
