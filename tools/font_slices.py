#!/usr/bin/env python3
"""Splits one font of a CJK collection into unicode-range slices for the web viewer, so that an
article fetches only the slices its characters need (as large CJK web fonts are served).

Characters are ordered by how common they are, then cut into slices: 100 characters for the
commonest, growing to 150 for the rest of the everyday ones and to 1,500 for the rare ones, so that
an article needs the first slices and few others. The order: CJK and general punctuation, fullwidth
forms;
kana (Japanese) or the 2,350 everyday Hangul syllables (Korean); ideographs by their frequency in
Unicode's Unihan database (kHanyuPinlu counts, then the kFrequency level), the Joyo kanji or the
Korean education hanja first; the remaining symbols and characters of the region's legacy character
set (GB 2312, Big5, JIS X 0208, KS X 1001); then everything else the font has.

Usage: font_slices.py COLLECTION INDEX LANGUAGE STEM OUTPUT_DIR [UNIHAN_DIR]
Writes OUTPUT_DIR/STEM-LANGUAGE.NN.otf (NN from 00) and OUTPUT_DIR/STEM-LANGUAGE.stamp.
"""
import bz2
import io
import os
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

EUC_TRAIL = list(range(0xA1, 0xFF))
BIG5_TRAIL = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
# language: (codec, trail bytes, lead byte ranges of [symbols and letters, level 1, level 2])
LEGACY = {
    "zh-Hans": ("gb2312", EUC_TRAIL, [(0xA1, 0xA9), (0xB0, 0xD7), (0xD8, 0xF7)]),
    "zh-Hant": ("big5", BIG5_TRAIL, [(0xA1, 0xA3), (0xA4, 0xC6), (0xC9, 0xF9)]),
    "zh-HK": ("big5", BIG5_TRAIL, [(0xA1, 0xA3), (0xA4, 0xC6), (0xC9, 0xF9)]),
    "ja": ("euc_jp", EUC_TRAIL, [(0xA1, 0xA8), (0xB0, 0xCF), (0xD0, 0xF4)]),
    "ko": ("euc_kr", EUC_TRAIL, [(0xA1, 0xAC), (0xB0, 0xC8), (0xCA, 0xFD)]),
}
FIRST_SLICE = 100     # characters in the first slice; each next one is a third larger,
EVERYDAY_SLICE = 150  # up to this many while the everyday characters last (small: an article's
                      # rarer everyday characters each cost their slice),
RARE_SLICE = 1500     # and this many for the rare ones


def legacy_chars(codec, trail, leads):
    chars = []
    for lead in range(leads[0], leads[1] + 1):
        for byte in trail:
            try:
                text = bytes([lead, byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                chars.append(ord(text))
    return chars


def unihan(unihan_dir, name, field):
    """{code point: value} of one Unihan field."""
    values = {}
    pattern = re.compile(r"^U\+([0-9A-F]+)\t%s\t(.*)$" % field)
    with bz2.open(os.path.join(unihan_dir, name), "rt", encoding="utf-8") as lines:
        for line in lines:
            match = pattern.match(line)
            if match:
                values[int(match.group(1), 16)] = match.group(2)
    return values


def ideographs_by_frequency(unihan_dir, language):
    counts = {cp: sum(int(n) for n in re.findall(r"\((\d+)\)", value))
              for cp, value in unihan(unihan_dir, "Unihan_Readings.txt.bz2", "kHanyuPinlu").items()}
    levels = {cp: int(value) for cp, value in
              unihan(unihan_dir, "Unihan_DictionaryLikeData.txt.bz2", "kFrequency").items()}
    first = set()
    if language == "ja":
        first = set(unihan(unihan_dir, "Unihan_OtherMappings.txt.bz2", "kJoyoKanji"))
    elif language == "ko":
        first = set(unihan(unihan_dir, "Unihan_OtherMappings.txt.bz2", "kKoreanEducationHanja"))
    ranked = set(counts) | set(levels) | first
    return sorted(ranked, key=lambda cp: (cp not in first, -counts.get(cp, 0), levels.get(cp, 6), cp))


def main():
    if len(sys.argv) not in (6, 7):
        sys.exit(__doc__)
    collection, index, language, stem, out_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    unihan_dir = sys.argv[6] if len(sys.argv) == 7 else "/usr/share/unicode"
    os.makedirs(out_dir, exist_ok=True)
    buffer = io.BytesIO()
    TTCollection(collection).fonts[index].save(buffer)
    data = buffer.getvalue()
    have = set(TTFont(io.BytesIO(data), lazy=True).getBestCmap().keys())

    codec, trail, leads = LEGACY[language]
    order = list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFF66)) + list(range(0x2010, 0x2030))
    if language == "ja":
        order += list(range(0x3040, 0x3100))
    if language == "ko":
        order += legacy_chars(codec, trail, leads[1])
    order += ideographs_by_frequency(unihan_dir, language)
    everyday = len([cp for cp in dict.fromkeys(order) if cp in have])
    order += legacy_chars(codec, trail, leads[0])
    for level in leads[1:]:
        order += legacy_chars(codec, trail, level)
    order += sorted(have)
    chars = [cp for cp in dict.fromkeys(order) if cp in have and cp >= 0x100]  # Latin: the viewer's faces

    slices = []
    size = FIRST_SLICE
    done = 0
    while done < len(chars):
        slices.append(chars[done:done + size])
        done += size
        size = min(EVERYDAY_SLICE, size * 4 // 3) if done < everyday else RARE_SLICE

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    for number, part in enumerate(slices):
        font = TTFont(io.BytesIO(data))
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=part)
        subsetter.subset(font)
        font.save(os.path.join(out_dir, "%s-%s.%02d.otf" % (stem, language, number)))
    with open(os.path.join(out_dir, "%s-%s.stamp" % (stem, language)), "w") as stamp:
        stamp.write("%d slices\n" % len(slices))


if __name__ == "__main__":
    main()
