"""The site's web fonts: those its records' scripts need, once, in assets/fonts/ beside their licences."""

from __future__ import annotations

from councildesk.paths import resource
from councildesk.publish.site_folder import SiteFolder
from councildesk.reports.html_fonts import WEB_FONTS, file_name, font_face, font_file, shown_text


class SiteFonts:
    """What the pages written need: each page passes through page(); ship() writes the fonts."""

    def __init__(self) -> None:
        self.needed: dict[str, set[str]] = {}

    def page(self, html: str) -> str:
        """The page with its unprintable characters marked, its other scripts' characters noted."""
        return shown_text(html, self.needed)

    def ship(self, folder: SiteFolder, previous: dict[str, object], cache: dict[str, object]) -> str:
        """Write the fonts the pages need (and their licences); the @font-face rules for site.css.

        A re-publish that kept pages it did not write again keeps the characters those needed, from
        the last publish's cache (`previous` is empty for a whole publish)."""
        kept = previous.get("fonts")
        for name, chars in (kept if isinstance(kept, dict) else {}).items():
            self.needed.setdefault(str(name), set()).update(str(chars))
        cache["fonts"] = {name: "".join(sorted(chars)) for name, chars in self.needed.items()}
        rules = []
        for font in WEB_FONTS:
            chars = self.needed.get(font.name)
            if not chars:
                continue
            data = font_file(font, chars)
            name = file_name(font, data).lower()  # the site's paths are lower case
            folder.write(f"assets/fonts/{name}", data)
            licence = resource("fonts", font.licence).read_bytes()
            folder.write(f"assets/fonts/{font.licence.lower()}", licence)
            rules.append(font_face(font, chars, f"fonts/{name}"))
        return "".join(rules)
