#!/usr/bin/env python3
"""Cuts the symbol and emoji face (Symbola, Debian fonts-symbola: monochrome outlines of the symbols,
pictographs and emoji no Noto face of the viewer has) into unicode-range slices for the web, so that
an article with one emoji fetches one small slice, not the whole 3 MB face.

Only the symbol blocks are kept (RANGES: punctuation, arrows, maths, technical, box drawing, shapes,
dingbats, Braille, musical symbols, mathematical letters, game symbols, enclosed characters,
pictographs, emoticons, transport, emoji): the letters of scripts that the face also draws are left
to the Noto faces of those scripts. Characters are taken in code point order, each slice closed
once its glyphs reach about SLICE_BYTES (so a slice is about 20 KB gzip, whether its characters are
small arrows or detailed pictographs). Slices hold no hinting (the viewer rasterises without it).

Usage: symbol_slices.py FONT_FILE OUTPUT_DIR
Writes OUTPUT_DIR/<stem>.<number>.ttf for FONT_FILE <stem>.ttf (numbers from 1, two digits), and
OUTPUT_DIR/<stem>.stamp. The core knows a slice of a fallback file by that name
(src/core/fallback_fonts.cpp, fallbackFontFile).
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

RANGES = [(0x2000, 0x2BFF), (0x2E00, 0x2E7F), (0x1D000, 0x1D24F), (0x1D300, 0x1D35F), (0x1D400, 0x1D7FF),
          (0x1F000, 0x1FAFF)]
SLICE_BYTES = 40000  # of glyph outlines (glyf) per slice, before compression


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, out_dir = sys.argv[1], sys.argv[2]
    stem = os.path.splitext(os.path.basename(path))[0]
    os.makedirs(out_dir, exist_ok=True)
    font = TTFont(path)
    cmap = font.getBestCmap()
    glyf = font['glyf']
    slices, current, size = [], [], 0
    for cp in sorted(cp for cp in cmap if any(first <= cp <= last for first, last in RANGES)):
        glyph = glyf[cmap[cp]]
        glyph_bytes = len(glyph.compile(glyf)) if glyph.numberOfContours != 0 else 0
        if current and size + glyph_bytes > SLICE_BYTES:
            slices.append(current)
            current, size = [], 0
        current.append(cp)
        size += glyph_bytes
    if current:
        slices.append(current)
    for old in os.listdir(out_dir):  # slices of an earlier cut that this one does not make
        if old.startswith(stem + '.') and old.endswith('.ttf'):
            os.remove(os.path.join(out_dir, old))
    for number, chars in enumerate(slices, 1):
        options = subset.Options()
        options.hinting = False
        options.name_IDs = ['*']
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=chars)
        piece = TTFont(path)
        subsetter.subset(piece)
        piece.save(os.path.join(out_dir, f'{stem}.{number:02d}.ttf'))
    with open(os.path.join(out_dir, f'{stem}.stamp'), 'w', encoding='utf-8') as stamp:
        stamp.write(f'{len(slices)} slices\n')


if __name__ == '__main__':
    main()
