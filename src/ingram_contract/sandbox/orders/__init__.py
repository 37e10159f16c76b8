"""The sandbox's order domain, free of HTTP: what it sells (`catalogue`), how an order is built and
changed (`rules`), the states `simulateStatus` shows (`states`, one entry per status), the shipment data
behind them (`shipments`), how each operation renders an order (`render`), and the seeded orders (`seed`).
"""
