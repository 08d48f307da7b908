"""Reports write through the one atomic writer (councildesk/atomic_output.py): whole or not at all."""

from __future__ import annotations

from councildesk.atomic_output import write_atomically

__all__ = ["write_atomically"]
