"""A client library for accessing Ingram Micro Reseller API: Orders contract"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
