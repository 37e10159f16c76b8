"""What users of the generated `ingram_orders` client import: auth, connect, IM headers, pagination,
retries, webhooks. Imports nothing from sandbox/, checks/ or drift/ and needs only httpx and attrs."""
