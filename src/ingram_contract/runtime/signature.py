"""The vendor's webhook signature: base64(HMAC-SHA512(key=webhook secret, message=eventId)).

Shared by the sandbox (which signs) and the webhook receiver (which verifies), so the two can never
disagree on the algorithm.
"""

from __future__ import annotations

import base64
import hashlib
import hmac


def sign_event_id(secret: str, event_id: str) -> str:
    """The `x-hub-signature` value the vendor sends for an event."""
    digest = hmac.new(secret.encode(), event_id.encode(), hashlib.sha512).digest()
    return base64.b64encode(digest).decode("ascii")


def signature_matches(secret: str, event_id: str, signature: str | None) -> bool:
    """Constant-time check of a received `x-hub-signature` against the expected one."""
    if not signature:
        return False
    try:
        expected = sign_event_id(secret, event_id).encode()
        received = signature.strip().encode()
    except UnicodeEncodeError:  # a lone surrogate: nobody can have signed it
        return False
    return hmac.compare_digest(expected, received)
