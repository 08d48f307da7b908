"""A TrueType font cut down to the characters a page uses, for a font embedded in a single HTML file."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping

# Tables a subset keeps as they are; the rest go (layout tables, vertical metrics, hdmx, kern, DSIG:
# they name glyphs by their old numbers, and the fonts cut down here, CJK ideographs and emoji, draw
# each character alone, with no shaping to lose). hmtx, loca, glyf and cmap are made anew.
_KEPT = {b"head", b"hhea", b"maxp", b"OS/2", b"name", b"post", b"cvt ", b"fpgm", b"prep", b"gasp"}

# Composite glyph flags (OpenType 'glyf'): how long each component's record is, and whether one follows.
_WORDS, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x0001, 0x0008, 0x0020, 0x0040, 0x0080


def _tables(font: bytes) -> dict[bytes, bytes]:
    count = struct.unpack_from(">H", font, 4)[0]
    found = {}
    for n in range(count):
        tag, _sum, offset, length = struct.unpack_from(">4sLLL", font, 12 + 16 * n)
        found[tag] = font[offset : offset + length]
    return found


def _glyphs(tables: Mapping[bytes, bytes]) -> list[bytes]:
    """Each glyph's outline bytes, by glyph number."""
    count = struct.unpack_from(">H", tables[b"maxp"], 4)[0]
    long_offsets = struct.unpack_from(">h", tables[b"head"], 50)[0] == 1
    loca = tables[b"loca"]
    if long_offsets:
        offsets = struct.unpack_from(f">{count + 1}L", loca)
    else:
        offsets = tuple(2 * o for o in struct.unpack_from(f">{count + 1}H", loca))
    glyf = tables[b"glyf"]
    return [glyf[offsets[g] : offsets[g + 1]] for g in range(count)]


def _components(outline: bytes) -> list[tuple[int, int]]:
    """(byte offset of the glyph number, glyph number) of each component of a composite glyph."""
    if len(outline) < 10 or struct.unpack_from(">h", outline, 0)[0] >= 0:
        return []
    found, at = [], 10
    while True:
        flags, glyph = struct.unpack_from(">HH", outline, at)
        found.append((at + 2, glyph))
        at += 4 + (4 if flags & _WORDS else 2)
        at += 8 if flags & _TWO_BY_TWO else 4 if flags & _XY_SCALE else 2 if flags & _SCALE else 0
        if not flags & _MORE:
            return found


def _cmap(chars: list[tuple[int, int]]) -> bytes:
    """A cmap with a BMP subtable (format 4) and a full one (format 12) for `chars` (code, new glyph)."""
    bmp = [(c, g) for c, g in chars if c <= 0xFFFF and c != 0xFFFF] + [(0xFFFF, 0)]
    seg = len(bmp)
    ends = [c for c, _g in bmp]
    deltas = [(g - c) % 0x10000 if c != 0xFFFF else 1 for c, g in bmp]
    power = 1 << (seg.bit_length() - 1)
    fmt4 = struct.pack(">HHHHHHH", 4, 0, 0, 2 * seg, 2 * power, power.bit_length() - 1, 2 * (seg - power))
    fmt4 += struct.pack(f">{seg}H", *ends) + b"\0\0" + struct.pack(f">{seg}H", *ends)
    fmt4 += struct.pack(f">{seg}H", *deltas) + struct.pack(f">{seg}H", *([0] * seg))
    fmt4 = fmt4[:2] + struct.pack(">H", len(fmt4)) + fmt4[4:]
    groups = b"".join(struct.pack(">LLL", c, c, g) for c, g in chars)
    fmt12 = struct.pack(">HHLLL", 12, 0, 16 + len(groups), 0, len(chars)) + groups
    header = (
        struct.pack(">HH", 0, 2) + struct.pack(">HHL", 3, 1, 20) + struct.pack(">HHL", 3, 10, 20 + len(fmt4))
    )
    return header + fmt4 + fmt12


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(data) // 4}L", data)
    return sum(words) & 0xFFFFFFFF


def _assemble(tables: dict[bytes, bytes]) -> bytes:
    tags = sorted(tables)
    power = 1 << (len(tags).bit_length() - 1)
    head = struct.pack(
        ">LHHHH", 0x00010000, len(tags), 16 * power, power.bit_length() - 1, 16 * (len(tags) - power)
    )
    offset = 12 + 16 * len(tags)
    directory, body = b"", b""
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sLLL", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(head + directory + body)
    at = (
        12 + 16 * len(tags) + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[: tags.index(b"head")])
    )
    struct.pack_into(">L", font, at + 8, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def subset(font: bytes, char_to_glyph: Mapping[int, int], codes: Iterable[int]) -> bytes:
    """`font` (TrueType outlines) holding only the glyphs of `codes` (those it has) and .notdef.

    Glyphs are renumbered in order; composite glyphs keep their components. Layout tables go (see
    _KEPT), so this is for fonts that need no shaping, not Arabic."""
    tables = _tables(font)
    outlines = _glyphs(tables)
    wanted = sorted(c for c in set(codes) if c in char_to_glyph)
    keep = [0] + [char_to_glyph[c] for c in wanted]
    at = 0
    while at < len(keep):  # components join the glyphs kept, each once
        for _offset, part in _components(outlines[keep[at]]):
            if part not in keep:
                keep.append(part)
        at += 1
    order = list(dict.fromkeys(keep))
    new = {old: n for n, old in enumerate(order)}
    glyf, loca = b"", [0]
    for old in order:
        outline = bytearray(outlines[old])
        for offset, part in _components(bytes(outline)):
            struct.pack_into(">H", outline, offset, new[part])
        glyf += bytes(outline) + b"\0" * (-len(outline) % 4)
        loca.append(len(glyf))
    hhea = tables[b"hhea"]
    metrics_count = struct.unpack_from(">H", hhea, 34)[0]
    hmtx = tables[b"hmtx"]
    last_advance = struct.unpack_from(">H", hmtx, 4 * (metrics_count - 1))[0]

    def metric(glyph: int) -> bytes:
        if glyph < metrics_count:
            return hmtx[4 * glyph : 4 * glyph + 4]
        lsb = hmtx[4 * metrics_count + 2 * (glyph - metrics_count) :][:2]
        return struct.pack(">H", last_advance) + lsb

    out = {tag: data for tag, data in tables.items() if tag in _KEPT}
    head = bytearray(out[b"head"])
    struct.pack_into(">L", head, 8, 0)
    struct.pack_into(">h", head, 50, 1)  # long loca offsets
    out[b"head"] = bytes(head)
    out[b"hhea"] = hhea[:34] + struct.pack(">H", len(order)) + hhea[36:]
    out[b"maxp"] = out[b"maxp"][:4] + struct.pack(">H", len(order)) + out[b"maxp"][6:]
    out[b"post"] = struct.pack(">L", 0x00030000) + out[b"post"][4:32]  # no glyph names
    out[b"hmtx"] = b"".join(metric(g) for g in order)
    out[b"glyf"] = glyf
    out[b"loca"] = struct.pack(f">{len(loca)}L", *loca)
    out[b"cmap"] = _cmap([(c, new[char_to_glyph[c]]) for c in wanted])
    return _assemble(out)


def _coverage(table: bytes, at: int) -> list[int]:
    """The glyphs of a Coverage table, in coverage order."""
    form, count = struct.unpack_from(">HH", table, at)
    if form == 1:
        return list(struct.unpack_from(f">{count}H", table, at + 4))
    glyphs: list[int] = []
    for n in range(count):
        start, end, _index = struct.unpack_from(">HHH", table, at + 4 + 6 * n)
        glyphs += range(start, end + 1)
    return glyphs


def _sets(table: bytes, at: int) -> list[list[int]]:
    """The glyph lists a multiple or alternate substitution offers, one per covered glyph."""
    count = struct.unpack_from(">H", table, at + 4)[0]
    found = []
    for offset in struct.unpack_from(f">{count}H", table, at + 6):
        size = struct.unpack_from(">H", table, at + offset)[0]
        found.append(list(struct.unpack_from(f">{size}H", table, at + offset + 2)))
    return found


def _rules(gsub: bytes) -> list[tuple[tuple[int, ...], list[int]]] | None:
    """Each substitution of GSUB as (glyphs in, glyphs out), context ignored (more kept, never less);
    None for a kind of lookup not read here (then every glyph is kept)."""
    rules: list[tuple[tuple[int, ...], list[int]]] = []
    lookups = struct.unpack_from(">H", gsub, 8)[0]
    count = struct.unpack_from(">H", gsub, lookups)[0]
    for lookup_offset in struct.unpack_from(f">{count}H", gsub, lookups + 2):
        lookup = lookups + lookup_offset
        kind, _flag, subtables = struct.unpack_from(">HHH", gsub, lookup)
        for sub_offset in struct.unpack_from(f">{subtables}H", gsub, lookup + 6):
            at, sub_kind = lookup + sub_offset, kind
            if kind == 7:  # extension: the real subtable further on
                sub_kind, far = struct.unpack_from(">HL", gsub, at + 2)
                at += far
            if sub_kind in (5, 6):
                continue  # contexts only call other lookups, each read in its own right
            form, cover = struct.unpack_from(">HH", gsub, at)
            covered = _coverage(gsub, at + cover)
            if sub_kind == 1 and form == 1:
                delta = struct.unpack_from(">h", gsub, at + 4)[0]
                rules += [((g,), [(g + delta) % 0x10000]) for g in covered]
            elif sub_kind == 1:
                size = struct.unpack_from(">H", gsub, at + 4)[0]
                outs = struct.unpack_from(f">{size}H", gsub, at + 6)
                rules += [((g,), [o]) for g, o in zip(covered, outs, strict=False)]
            elif sub_kind in (2, 3):
                rules += [((g,), outs) for g, outs in zip(covered, _sets(gsub, at), strict=False)]
            elif sub_kind == 4:
                set_count = struct.unpack_from(">H", gsub, at + 4)[0]
                for first, set_offset in zip(
                    covered, struct.unpack_from(f">{set_count}H", gsub, at + 6), strict=False
                ):
                    ligatures = at + set_offset
                    lig_count = struct.unpack_from(">H", gsub, ligatures)[0]
                    for lig_offset in struct.unpack_from(f">{lig_count}H", gsub, ligatures + 2):
                        glyph, parts = struct.unpack_from(">HH", gsub, ligatures + lig_offset)
                        rest = struct.unpack_from(f">{parts - 1}H", gsub, ligatures + lig_offset + 4)
                        rules.append(((first, *rest), [glyph]))
            else:
                return None
    return rules


def hollow(font: bytes, char_to_glyph: Mapping[int, int], codes: Iterable[int]) -> bytes:
    """`font` with the outlines of glyphs `codes` cannot reach emptied, every glyph keeping its number,
    so that its shaping tables (Arabic joining forms, ligatures, marks) still hold: a glyph is kept when
    a character of `codes` maps to it, a substitution from kept glyphs makes it, or a kept composite
    uses it."""
    tables = _tables(font)
    outlines = _glyphs(tables)
    keep = {0} | {char_to_glyph[c] for c in set(codes) if c in char_to_glyph}
    rules = _rules(tables[b"GSUB"]) if b"GSUB" in tables else []
    if rules is None:
        keep = set(range(len(outlines)))
    grown = True
    while grown:
        before = len(keep)
        for ins, outs in rules or ():
            if all(g in keep for g in ins):
                keep.update(outs)
        for glyph in list(keep):
            keep.update(part for _offset, part in _components(outlines[glyph]))
        grown = len(keep) > before
    glyf, loca = b"", [0]
    for glyph, outline in enumerate(outlines):
        if glyph in keep:
            glyf += outline + b"\0" * (-len(outline) % 4)
        loca.append(len(glyf))
    out = {tag: data for tag, data in tables.items() if tag != b"DSIG"}
    head = bytearray(out[b"head"])
    struct.pack_into(">L", head, 8, 0)
    struct.pack_into(">h", head, 50, 1)
    out[b"head"] = bytes(head)
    out[b"glyf"] = glyf
    out[b"loca"] = struct.pack(f">{len(loca)}L", *loca)
    out[b"post"] = struct.pack(">L", 0x00030000) + out[b"post"][4:32]
    return _assemble(out)
