"""Before Qt starts on X11: name the system libraries its xcb plugin lacks and the package for each.

Qt aborts when its platform plugin cannot load, with a message that names the plugin, not the
library; so on Linux, with a display and no other platform asked for, `ldd` the plugin first.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# soname → (Debian/Ubuntu package, Fedora package). Every library libqxcb.so (and the Qt libraries
# it loads) needs that a minimal Debian 12 lacks; see README ▸ Install.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2", "krb5-libs"),
    "libbrotlidec.so.1": ("libbrotli1", "libbrotli"),
    "libbrotlicommon.so.1": ("libbrotli1", "libbrotli"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the PySide6 this process imports (bundle or pip install)."""
    import PySide6  # the package only; no Qt library is loaded by it

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def needs_check(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Only Linux with an X display, when Qt would pick xcb (nothing else asked for)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    return asked in ("", "xcb") and bool(environ.get("DISPLAY"))


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames `ldd` cannot resolve for `plugin` (empty when ldd itself is unavailable)."""
    try:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))


def missing_sentence(missing: list[str]) -> str:
    """One sentence naming what is missing and the packages that provide it on Debian/Ubuntu and Fedora."""
    debian = list(dict.fromkeys(PACKAGES.get(name, (name, name))[0] for name in missing))
    fedora = list(dict.fromkeys(PACKAGES.get(name, (name, name))[1] for name in missing))
    what = (
        f"the system library {missing[0]} is missing"
        if len(missing) == 1
        else f"the system libraries {', '.join(missing[:-1])} and {missing[-1]} are missing"
    )
    return (
        f"CouncilDesk cannot open its window because {what}: install "
        f"{'it' if len(missing) == 1 else 'them'} with `sudo apt install {' '.join(debian)}` "
        f"(Debian/Ubuntu) or `sudo dnf install {' '.join(fedora)}` (Fedora)."
    )


def platform_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """The sentence to show instead of Qt's abort, or None when Qt's xcb plugin can load."""
    environ = os.environ if environ is None else environ
    if not needs_check(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return missing_sentence(missing) if missing else None
