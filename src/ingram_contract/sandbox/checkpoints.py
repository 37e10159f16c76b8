"""WAL checkpoints off the event loop's thread.

SQLite's automatic checkpoint runs inside the commit that crosses the threshold: that one request copies
the WAL back into the database file and waits for two fsyncs (measured: a create's p99 went from 0.3 to
5 ms, and its mean rose by a third). Here a thread with its own connection runs PASSIVE checkpoints,
which never block the writer; the sqlite3 module releases the GIL while SQLite works, so the event loop
goes on answering meanwhile.

Durability is unchanged: a commit's WAL frames are written before it returns, whoever checkpoints later.
The WAL stays bounded. The thread checkpoints every `interval` seconds and at once after `every_commits`
commits; SQLite starts the WAL over at the next write once a checkpoint has copied all of it. Under
continuous writes the thread never quite catches up (frames arrive while it copies), so the store's
connection keeps SQLite's automatic checkpoint as a backstop at `BACKSTOP_PAGES`: it then copies only
the frames the thread has not, and the WAL starts over (measured: 20,000 creates, WAL at most 22 MB;
without the backstop it grew to 722 MB).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Final

# Commits after which a checkpoint is asked for at once (a create writes about 4 pages).
EVERY_COMMITS: Final = 250
# At most this long between a write and the checkpoint that folds it in, in seconds.
INTERVAL: Final = 1.0
# The store connection's own automatic checkpoint (SQLite's default is 1,000 pages), in pages.
BACKSTOP_PAGES: Final = 4000


class Checkpointer:
    """A daemon thread folding one database's WAL into its file; `committed()` after each commit."""

    def __init__(self, path: Path, every_commits: int | None = None, interval: float | None = None) -> None:
        self._path = path
        self._every = every_commits if every_commits is not None else EVERY_COMMITS
        self._interval = interval if interval is not None else INTERVAL
        self._pending = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="sandbox-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """A transaction was committed on the store's connection (called on the event loop's thread)."""
        self._pending += 1
        if self._pending >= self._every:
            self._pending = 0
            self._wake.set()

    def stop(self) -> None:
        """Stop the thread (the store's close then checkpoints what is left)."""
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout=5000")
            while not self._stopping:
                self._wake.wait(self._interval)
                self._wake.clear()
                if self._stopping:
                    break
                # Cheap when there is nothing new: SQLite copies only frames not yet in the file.
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return  # the database went away (closed under us): the store's close checkpoints
        finally:
            db.close()
