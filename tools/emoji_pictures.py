#!/usr/bin/env python3
"""Makes the web's copy of a colour emoji font (Noto Color Emoji, Debian fonts-noto-color-emoji): the
font keeps everything shaping needs (cmap, GSUB for sequences: families, flags, keycaps, skin
tones) and every glyph's place in its CBLC/CBDT tables, but no picture; each glyph's picture
(a PNG, as the font stores it) becomes a file of its own, fetched only for the emoji an article
shows. The whole font is 10.9 MB; its copy about 125 KB (29 KB gzip), a picture about 3 KB.

Usage: emoji_pictures.py FONT_FILE FONTS_DIR PICTURES_DIR
Writes FONTS_DIR/<stem>.ttf for FONT_FILE <stem>.ttf, PICTURES_DIR/<stem>.<glyph id>.png for each
glyph with a picture, and FONTS_DIR/<stem>.stamp. The core reads the places
(src/core/color_glyphs.cpp); the viewer fetches the pictures by those names (web/folio.js).
"""
import os
import sys

from fontTools.ttLib import TTFont


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, fonts_dir, pictures_dir = sys.argv[1:]
    stem = os.path.splitext(os.path.basename(source))[0]
    os.makedirs(fonts_dir, exist_ok=True)
    os.makedirs(pictures_dir, exist_ok=True)
    for old in os.listdir(pictures_dir):  # pictures of an earlier build of another font version
        if old.startswith(stem + ".") and old.endswith(".png"):
            os.remove(os.path.join(pictures_dir, old))
    font = TTFont(source)
    if "CBDT" not in font or "CBLC" not in font:
        sys.exit(f"{source} has no CBDT/CBLC colour pictures")
    pictures = 0
    for strike in font["CBDT"].strikeData:
        for name, glyph in strike.items():
            if glyph.getFormat() not in (17, 18, 19):
                sys.exit(f"{source}: glyph {name} is not a PNG picture (format {glyph.getFormat()})")
            with open(os.path.join(pictures_dir, f"{stem}.{font.getGlyphID(name)}.png"), "wb") as out:
                out.write(glyph.imageData)
            glyph.imageData = b""  # its place and metrics stay
            pictures += 1
    font.save(os.path.join(fonts_dir, stem + ".ttf"))
    with open(os.path.join(fonts_dir, stem + ".stamp"), "w", encoding="utf-8") as stamp:
        stamp.write(f"{pictures} pictures\n")


if __name__ == "__main__":
    main()
