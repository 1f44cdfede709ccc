#!/usr/bin/env python3
"""Writes the coverage manifest of the fallback fonts: for each font file, the code point ranges its
cmap maps, as JSON {"NotoNaskhArabic-Regular.ttf": [[32, 32], [1536, 1791], ...], ...}.
The viewer reads it to fetch only the fallback fonts an article's characters need.

A group of slices of one font (--group NAME PATTERN: the files matching PATTERN) gets a manifest of
its own, NAME (e.g. NotoSansCJK-Regular-ja.json, beside OUTPUT), and one entry NAME in OUTPUT with
the union of their ranges: the viewer fetches a group's manifest only for an article that needs it.

Files matching the patterns after --each (e.g. the slices of the viewer's own faces) get an
entry each.

Usage: font_coverage.py OUTPUT FONT_FILE... [--group NAME PATTERN]... [--each PATTERN...]
"""
import glob
import json
import os
import sys

from fontTools.ttLib import TTFont


def ranges_of(codes):
    ranges = []
    for cp in sorted(codes):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def codes_of(path):
    return set(TTFont(path, lazy=True).getBestCmap().keys())


def write(path, manifest):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(manifest, out, separators=(",", ":"), sort_keys=True)
        out.write("\n")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    output = args.pop(0)
    manifest = {}
    while args:
        arg = args.pop(0)
        if arg == "--each":
            for path in sorted(p for pattern in args for p in glob.glob(pattern)):
                manifest[os.path.basename(path)] = ranges_of(codes_of(path))
            break
        if arg == "--group":
            name, pattern = args.pop(0), args.pop(0)
            group = {}
            union = set()
            for path in sorted(glob.glob(pattern)):
                codes = codes_of(path)
                group[os.path.basename(path)] = ranges_of(codes)
                union |= codes
            write(os.path.join(os.path.dirname(output), name), group)
            manifest[name] = ranges_of(union)
        else:
            manifest[os.path.basename(arg)] = ranges_of(codes_of(arg))
    write(output, manifest)


if __name__ == "__main__":
    main()
