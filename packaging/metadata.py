"""Render each recipe's metadata (desktop entry, AppStream, MIME, icons, Inno Setup, plist) from app.toml.

Usage: python packaging/metadata.py shell | linux OUTDIR | icons OUTDIR | iss OUTFILE
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent


def load() -> dict[str, Any]:
    """app.toml plus the version from pyproject.toml, checked against councildesk.__version__."""
    meta = tomllib.loads((PACKAGING / "app.toml").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = project["version"]
    init = (ROOT / "councildesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', init, re.MULTILINE)
    if found is None or found.group(1) != version:
        raise SystemExit(f"councildesk/__init__.py's __version__ differs from pyproject.toml's {version}.")
    meta["version"] = version
    return meta


def desktop_entry(meta: dict[str, Any]) -> str:
    app, archive = meta["app"], meta["archive"]
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={app['name']}",
            f"GenericName={app['generic_name']}",
            f"Comment={app['summary']}",
            f"Exec={app['executable']}",
            f"Icon={app['id']}",
            "Terminal=false",
            f"Categories={';'.join(app['categories'])};",
            f"Keywords={';'.join(app['keywords'])};",
            f"MimeType={archive['mime_type']};",
            f"StartupWMClass={app['name']}",
            "",
        ]
    )


def metainfo(meta: dict[str, Any]) -> str:
    app = meta["app"]
    categories = "".join(f"<category>{escape(c)}</category>" for c in app["categories"])
    keywords = "".join(f"<keyword>{escape(k)}</keyword>" for k in app["keywords"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{app["id"]}</id>
  <metadata_license>{app["metadata_license"]}</metadata_license>
  <project_license>{app["license"]}</project_license>
  <name>{escape(app["name"])}</name>
  <summary>{escape(app["summary"])}</summary>
  <developer id="{app["id"].rsplit(".", 1)[0]}"><name>{escape(app["developer"])}</name></developer>
  <description>
    <p>{escape(app["description"])}</p>
  </description>
  <url type="homepage">{escape(app["homepage"])}</url>
  <launchable type="desktop-id">{app["id"]}.desktop</launchable>
  <provides><binary>{app["executable"]}</binary><mediatype>{meta["archive"]["mime_type"]}</mediatype></provides>
  <categories>{categories}</categories>
  <keywords>{keywords}</keywords>
  <content_rating type="oars-1.1"/>
  <releases><release version="{meta["version"]}" date="{app["release_date"]}"/></releases>
</component>
"""


def mime_xml(meta: dict[str, Any]) -> str:
    archive = meta["archive"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{archive["mime_type"]}">
    <comment>{escape(archive["comment"])}</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="{meta["app"]["id"]}"/>
    <glob pattern="*{archive["extension"]}" weight="60"/>
  </mime-type>
</mime-info>
"""


def shell(meta: dict[str, Any]) -> str:
    """Variables for the shell recipes (`eval "$(python packaging/metadata.py shell)"`)."""
    app = meta["app"]
    values = {
        "APP_VERSION": meta["version"],
        "APP_ID": app["id"],
        "APP_NAME": app["name"],
        "APP_EXECUTABLE": app["executable"],
        "APP_SUMMARY": app["summary"],
        "APP_HOMEPAGE": app["homepage"],
        "APP_ICON_SIZES": " ".join(str(s) for s in app["icon_sizes"]),
        "APP_MIME_TYPE": meta["archive"]["mime_type"],
        "DEB_MAINTAINER": meta["deb"]["maintainer"],
        "DEB_SECTION": meta["deb"]["section"],
        "DEB_DEPENDS": ", ".join(meta["deb"]["depends"]),
    }
    return "".join(f"{key}='{value.replace(chr(39), '')}'\n" for key, value in values.items())


def inno_defines(meta: dict[str, Any]) -> str:
    app, archive = meta["app"], meta["archive"]
    values = {
        "AppGuid": app["windows_app_guid"],
        "AppName": app["name"],
        "AppVersion": meta["version"],
        "AppPublisher": app["developer"],
        "AppURL": app["homepage"],
        "AppExe": f"{app['executable']}.exe",
        "ArchiveExt": archive["extension"],
        "ArchiveProgId": f"{app['name']}.Archive",
        "ArchiveComment": archive["comment"],
    }
    return "".join(f'#define {key} "{value}"\n' for key, value in values.items())


def info_plist(meta: dict[str, Any]) -> dict[str, Any]:
    """The macOS bundle's Info.plist entries (used by councildesk.spec)."""
    app, archive = meta["app"], meta["archive"]
    return {
        "CFBundleName": app["name"],
        "CFBundleDisplayName": app["name"],
        "CFBundleShortVersionString": meta["version"],
        "CFBundleVersion": meta["version"],
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": archive["comment"],
                "CFBundleTypeRole": "Viewer",
                "LSItemContentTypes": [f"{app['id']}.archive"],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": f"{app['id']}.archive",
                "UTTypeDescription": archive["comment"],
                "UTTypeConformsTo": ["public.zip-archive"],
                "UTTypeTagSpecification": {"public.filename-extension": [archive["extension"].lstrip(".")]},
            }
        ],
    }


def render_icons(meta: dict[str, Any], out: Path) -> list[Path]:
    """PNG icons at the hicolor sizes, drawn from the SVG with Qt (no other rasteriser needed)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / meta["app"]["icon"]))
    if not renderer.isValid():
        raise SystemExit(f"{meta['app']['icon']} is not a valid SVG.")
    written = []
    for size in meta["app"]["icon_sizes"]:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{meta['app']['id']}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    meta = load()
    if argv == ["shell"]:
        sys.stdout.write(shell(meta))
    elif len(argv) == 2 and argv[0] == "linux":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        app_id = meta["app"]["id"]
        (out / f"{app_id}.desktop").write_text(desktop_entry(meta), encoding="utf-8")
        (out / f"{app_id}.metainfo.xml").write_text(metainfo(meta), encoding="utf-8")
        (out / f"{app_id}.mime.xml").write_text(mime_xml(meta), encoding="utf-8")
    elif len(argv) == 2 and argv[0] == "icons":
        render_icons(meta, Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "iss":
        Path(argv[1]).write_text(inno_defines(meta), encoding="utf-8")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
