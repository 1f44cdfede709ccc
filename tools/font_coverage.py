#!/usr/bin/env python3
"""Writes the coverage manifest of the fallback fonts: for each font file, the code point ranges its
cmap maps, as JSON {"NotoNaskhArabic-Regular.ttf": [[32, 32], [1536, 1791], ...], ...}.
The viewer reads it to fetch only the fallback fonts an article's characters need.

Usage: font_coverage.py OUTPUT FONT_FILE...
"""
import json
import os
import sys

from fontTools.ttLib import TTFont


def ranges_of(path):
    font = TTFont(path, lazy=True)
    codes = sorted(font.getBestCmap().keys())
    ranges = []
    for cp in codes:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    manifest = {os.path.basename(path): ranges_of(path) for path in sys.argv[2:]}
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(manifest, out, separators=(",", ":"), sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
