"""Where things live: the user's data folder (platformdirs) and the shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "CouncilDesk"
DB_FILE_NAME = "councildesk.db"


def user_data_dir() -> Path:
    """The per-user data folder; created on first use, never at import."""
    from platformdirs import user_data_path

    folder = user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def frozen_bundle_dir() -> Path | None:
    """The unpacked bundle's folder when running from a PyInstaller bundle, else None."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return None


def resources_dir() -> Path:
    """`resources/` of a bundle or a checkout (or editable install), else `<prefix>/share/councildesk`."""
    bundle = frozen_bundle_dir()
    if bundle is not None:
        return bundle / "resources"  # packaging/councildesk.spec puts them there
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    for prefix in (sys.prefix, sys.base_prefix):
        installed = Path(prefix) / "share" / "councildesk"
        if installed.is_dir():
            return installed
    raise FileNotFoundError("CouncilDesk's resources folder is missing; reinstall CouncilDesk.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
