#!/usr/bin/env python3
"""Cuts one of the viewer's own faces (Noto Serif or Noto Sans, one weight and slant) into
unicode-range slices for the web, so that a page fetches only the slices its text needs:

  (core)     Basic Latin, Latin-1, Latin Extended-A, the combining diacritics, general
             punctuation and the commonest symbols: what most articles in languages written in
             Latin letters need, and the viewer's own labels. The viewer fetches this slice as the
             face itself; the others are fetched when an article's characters need them.
  latin-ext  the other Latin letters (Extended-B, IPA, Vietnamese, Extended Additional...)
  greek      Greek and Coptic, Greek Extended
  cyrillic   Cyrillic and its supplements and extensions
  symbols    everything else the face has (currency, letterlike symbols, arrows, maths...)

Every slice but latin also holds the combining diacritics, so that a mark is shaped in the font of
the letter it sits on. A slice holds the layout features the core shapes with (fontTools' default
set: kerning, ligatures, mark positioning...), no hinting (the viewer rasterises without it) and
keeps the face's names. Slices with no character of their own are not written.

Usage: face_slices.py FONT_FILE OUTPUT_DIR CORE_NAME
Writes OUTPUT_DIR/<stem>.<slice>.ttf for FONT_FILE <stem>.ttf, the core slice named CORE_NAME (the
core's name for it: include/folio/font_files.h, kFaceCoreSlice), and OUTPUT_DIR/<stem>.stamp.
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

MARKS = [(0x0300, 0x036F)]
# name: ranges (inclusive); the first slice, named by the caller, is the one the viewer fetches as
# the face.
SLICES = [
    (None, [(0x0000, 0x017F), (0x0192, 0x0192), (0x0218, 0x021B), (0x0237, 0x0237), (0x02BB, 0x02BC),
               (0x02C6, 0x02C7), (0x02C9, 0x02C9), (0x02D8, 0x02DD), *MARKS, (0x1E9E, 0x1E9E),
               (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2116, 0x2116), (0x2122, 0x2122), (0x2190, 0x2193),
               (0x2212, 0x2212), (0x2215, 0x2215), (0xFB01, 0xFB02), (0xFEFF, 0xFEFF), (0xFFFD, 0xFFFD)]),
    ("latin-ext", [(0x0180, 0x024F), (0x0250, 0x02FF), *MARKS, (0x1D00, 0x1DBF), (0x1E00, 0x1EFF),
                   (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F)]),
    ("greek", [(0x0370, 0x03FF), *MARKS, (0x1F00, 0x1FFF)]),
    ("cyrillic", [(0x0400, 0x052F), *MARKS, (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)]),
]
REST = "symbols"


def covered(cp, ranges):
    return any(first <= cp <= last for first, last in ranges)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    path, out_dir, core = sys.argv[1], sys.argv[2], sys.argv[3]
    stem = os.path.splitext(os.path.basename(path))[0]
    os.makedirs(out_dir, exist_ok=True)
    have = set(TTFont(path, lazy=True).getBestCmap().keys())
    parts = []
    claimed = set()
    for name, ranges in SLICES:
        name = name or core
        chars = {cp for cp in have if covered(cp, ranges)}
        parts.append((name, chars))
        claimed |= chars
    parts.append((REST, have - claimed))
    marks = {cp for cp in have if covered(cp, MARKS)}

    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    for name, chars in parts:
        if not chars - marks:
            continue
        font = TTFont(path)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(chars | marks))
        subsetter.subset(font)
        font.save(os.path.join(out_dir, "%s.%s.ttf" % (stem, name)))
    with open(os.path.join(out_dir, stem + ".stamp"), "w", encoding="utf-8"):
        pass


if __name__ == "__main__":
    main()
