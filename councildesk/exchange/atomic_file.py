"""Exports write through the one atomic writer (councildesk/atomic_output.py): whole or not at all."""

from __future__ import annotations

from councildesk.atomic_output import atomic_path, staged_folder, write_atomically

__all__ = ["atomic_path", "staged_folder", "write_atomically"]
