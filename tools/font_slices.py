#!/usr/bin/env python3
"""Splits one font of a CJK collection into unicode-range slices for the web viewer, so that an
article fetches only the slices its characters need (as large CJK web fonts are served).

Characters are ordered by how common they are in the region's writing, commonest first:
  1. CJK and general punctuation, fullwidth forms; kana for Japanese;
  2. Chinese characters (hanzi, kanji) or Hangul syllables by their frequency in a modern source:
     - Simplified Chinese (zh-Hans): the word-frequency dictionary of the jieba segmenter (Debian
       python3-jieba, dict.txt: about 349,000 words with their counts in a corpus of modern text;
       MIT licence); a character's count is the sum of the counts of the words holding it.
     - Traditional Chinese (zh-Hant, also served to Hong Kong): the same counts carried to the
       traditional forms that Unihan names (kTraditionalVariant, kSimplifiedVariant, and the
       kSemanticVariant in Big5 level 1, as 週 for 周; a character with several forms shares its
       count equally among them), weighed by the Big5 level of the form (level 1, Taiwan's
       everyday characters, in full; level 2 a tenth; any other a hundredth).
     - Japanese (ja): the newspaper frequency ranks of KANJIDIC (Debian kanjidic, the F field: the
       2,501 commonest kanji in Japanese newspapers). KANJIDIC is the property of the Electronic
       Dictionary Research and Development Group (EDRDG), used under its licence (CC BY-SA).
     - Korean (ko): Hangul syllables by the number of words they occur in in the Korean hunspell
       dictionary (Debian hunspell-ko, ko.dic: about 100,000 words of modern Korean; MPL 1.1, GPL 2
       or LGPL 2.1), then the rest of the 2,350 syllables of KS X 1001; hanja come after, the
       Korean education hanja first.
     Unihan (Debian unicode-data; Unicode licence) gives the variants and the Korean hanja list.
     These sources are read at build time only: the slices hold the font's glyphs, nothing of them.
  3. the symbols of the region's legacy character set (GB 2312, Big5, JIS X 0208, KS X 1001: ℃,
     ○, ①, ※...), placed after the 2,000 commonest characters (in Korean, after the 2,350
     everyday syllables); the rest of the legacy set;
  4. everything else the font has.

Then the order is cut into slices (sizes in characters, see SIZES): of the EVERYDAY commonest
characters, FIRST in the first slice, each next slice GROWTH times as many, at most LARGEST; the
rarer characters by code point: those of the script's own block (CJK ideographs, Hangul) in
slices of RARE, any other in slices of four times RARE. The commonest characters, which any
article needs, come in a few files; an everyday character costs a slice of its neighbours in rank,
a rare one a slice of its neighbours in code point (whose ranges are few: a shorter manifest). The
sizes were chosen by measuring requests and bytes over several articles per language
(bench/cjk_fonts_bench.mjs, bench/README.md "Scripts").

Each slice keeps the OpenType features HarfBuzz and browsers apply to horizontal text by default,
and the localized forms (locl) only of the languages whose articles use the region's slices (the
Traditional slices keep Hong Kong's forms): the other regions' forms would double a slice's size.

Usage: font_slices.py [options] COLLECTION INDEX LANGUAGE STEM OUTPUT_DIR
Options (the defaults are where Debian installs the data):
  --unihan DIR        Unihan_*.txt.bz2 (unicode-data)             [/usr/share/unicode]
  --jieba FILE        jieba's dict.txt (python3-jieba)            [/usr/lib/python3/dist-packages/jieba/dict.txt]
  --kanjidic FILE     KANJIDIC, EUC-JP (kanjidic)                 [/usr/share/edict/kanjidic]
  --korean-words FILE ko.dic (hunspell-ko)                        [/usr/share/hunspell/ko.dic]
  --sizes FIRST,GROWTH,LARGEST,EVERYDAY,RARE  how to cut the order [SIZES, EVERYDAY]
  --order-only        print the characters in order (one slice a line) and write nothing
Writes OUTPUT_DIR/STEM-LANGUAGE.NN.otf (NN from 00; earlier slices of STEM-LANGUAGE are removed)
and OUTPUT_DIR/STEM-LANGUAGE.stamp.
"""
import bz2
import collections
import glob
import io
import os
import re
import sys
import unicodedata

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
# The OpenType language systems of the articles each region's slices serve (HarfBuzz's tags for
# zh-CN/zh-Hans, zh-TW/zh-Hant, zh-HK/zh-MO, ja, ko): only their localized forms are kept.
LANGUAGE_SYSTEMS = {"zh-Hans": {"ZHS"}, "zh-Hant": {"ZHT", "ZHH", "ZHTM"}, "zh-HK": {"ZHH", "ZHTM"},
                    "ja": {"JAN"}, "ko": {"KOR"}}
# What HarfBuzz applies to horizontal text by default (browsers apply a subset of it).
LAYOUT_FEATURES = ["abvm", "blwm", "ccmp", "locl", "mark", "mkmk", "rlig", "calt", "clig", "curs", "dist",
                   "kern", "liga", "rclt", "rvrn", "ltra", "ltrm", "frac", "numr", "dnom"]
SIZES = (300, 1.1, 250, 400)  # first, growth, largest, rare: see cut()
# How many characters are everyday ones (cut by rank): about a national standard set's worth of
# hanzi or kanji; in Korean the 2,350 syllables, the symbols and the commonest hanja.
EVERYDAY = {"zh-Hans": 7000, "zh-Hant": 7000, "zh-HK": 7000, "ja": 7000, "ko": 4000}
# The block of the script's rarer everyday characters: CJK Unified Ideographs, Hangul syllables.
OWN_BLOCK = {"zh-Hans": range(0x4E00, 0xA000), "zh-Hant": range(0x4E00, 0xA000), "zh-HK": range(0x4E00, 0xA000),
             "ja": range(0x4E00, 0xA000), "ko": range(0xAC00, 0xD7A4)}
SYMBOLS_AFTER = 2000  # where the legacy set's symbols go in the order

DEFAULTS = {
    "--unihan": "/usr/share/unicode",
    "--jieba": "/usr/lib/python3/dist-packages/jieba/dict.txt",
    "--kanjidic": "/usr/share/edict/kanjidic",
    "--korean-words": "/usr/share/hunspell/ko.dic",
}
PACKAGES = {"--unihan": "unicode-data", "--jieba": "python3-jieba", "--kanjidic": "kanjidic",
            "--korean-words": "hunspell-ko"}


def need(path, option):
    """`path`, or an exit with a message naming the Debian package that provides it."""
    if not os.path.exists(path):
        sys.exit("font_slices.py: %s is missing: install the Debian package %s (tools/setup.sh does)"
                 % (path, PACKAGES[option]))
    return path


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
    with bz2.open(need(os.path.join(unihan_dir, name), "--unihan"), "rt", encoding="utf-8") as lines:
        for line in lines:
            match = pattern.match(line)
            if match:
                values[int(match.group(1), 16)] = match.group(2)
    if not values:
        sys.exit("font_slices.py: %s has no %s field" % (os.path.join(unihan_dir, name), field))
    return values


def code_points(value):
    """The code points of a Unihan variant field, e.g. "U+5F8C U+540E<kMatthews" -> [0x5F8C, 0x540E]."""
    return [int(item[2:].split("<")[0], 16) for item in value.split()]


def is_ideograph(cp):
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def jieba_counts(path):
    """{character: the summed counts of the words of jieba's dictionary holding it} (ideographs)."""
    counts = collections.Counter()
    with open(need(path, "--jieba"), encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2 and fields[1].isdigit():
                for char in fields[0]:
                    if is_ideograph(ord(char)):
                        counts[ord(char)] += int(fields[1])
    if len(counts) < 5000:
        sys.exit("font_slices.py: %s holds too few words to rank characters" % path)
    return counts


def traditional_counts(simplified, unihan_dir, big5_levels):
    """jieba's counts carried to traditional forms, weighed by Big5 level (see the docstring)."""
    traditional = {cp: set(code_points(value)) for cp, value in
                   unihan(unihan_dir, "Unihan_Variants.txt.bz2", "kTraditionalVariant").items()}
    forms = collections.defaultdict(set)
    for cp, value in unihan(unihan_dir, "Unihan_Variants.txt.bz2", "kSimplifiedVariant").items():
        for simple in code_points(value):
            if simple != cp:
                forms[simple].add(cp)  # 們 simplifies to 们: 们's count goes to 們
    for cp, written in traditional.items():
        forms[cp] |= written
    level1, level2 = big5_levels
    for cp, value in unihan(unihan_dir, "Unihan_Variants.txt.bz2", "kSemanticVariant").items():
        # 周 and 週, 游 and 遊: the same word, two everyday characters in Taiwan
        forms[cp] |= {variant for variant in code_points(value) if variant in level1}
    for cp in forms:
        if cp not in traditional:
            forms[cp].add(cp)  # 周 itself is traditional too (Unihan names no traditional form of it)
    counts = collections.Counter()
    for cp, count in simplified.items():
        written = forms.get(cp) or {cp}
        for form in written:
            counts[form] += count / len(written)
    return {cp: count * (1 if cp in level1 else 0.1 if cp in level2 else 0.01) for cp, count in counts.items()}


def kanjidic_ranks(path):
    """{kanji: newspaper frequency rank (1 = commonest)} from KANJIDIC's F field."""
    ranks = {}
    with open(need(path, "--kanjidic"), encoding="euc_jp", errors="replace") as lines:
        for line in lines:
            match = re.match(r"^(\S) [0-9A-F]{4} .* F(\d+) ", line)
            if match:
                ranks[ord(match.group(1))] = int(match.group(2))
    if len(ranks) < 2000:
        sys.exit("font_slices.py: %s has too few frequency ranks (F fields)" % path)
    return ranks


def hangul_counts(path):
    """{Hangul syllable: the number of words of the hunspell dictionary it occurs in}."""
    counts = collections.Counter()
    with open(need(path, "--korean-words"), encoding="utf-8") as lines:
        next(lines, None)  # the word count
        for line in lines:
            word = unicodedata.normalize("NFC", line.split("/")[0].strip())  # stored as jamo
            for char in word:
                if 0xAC00 <= ord(char) <= 0xD7A3:
                    counts[ord(char)] += 1
    if len(counts) < 1000:
        sys.exit("font_slices.py: %s has too few Korean words" % path)
    return counts


def by_count(counts):
    return sorted(counts, key=lambda cp: (-counts[cp], cp))


def character_order(language, data):
    """The code points by rank, as the docstring says (with duplicates and characters the font lacks,
    which the caller drops)."""
    codec, trail, leads = LEGACY[language]
    order = list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFF66)) + list(range(0x2010, 0x2030))
    symbols_after = SYMBOLS_AFTER
    if language == "ja":
        order += list(range(0x3040, 0x3100))
        ranks = kanjidic_ranks(data["--kanjidic"])
        ranked = sorted(ranks, key=lambda cp: ranks[cp])
        ranked += sorted(unihan(data["--unihan"], "Unihan_OtherMappings.txt.bz2", "kJoyoKanji"))
    elif language == "ko":
        ranked = by_count(hangul_counts(data["--korean-words"]))
        ranked = list(dict.fromkeys(ranked + legacy_chars(codec, trail, leads[1])))  # the rest of the 2,350
        symbols_after = len(ranked)
        ranked += sorted(unihan(data["--unihan"], "Unihan_OtherMappings.txt.bz2", "kKoreanEducationHanja"))
    else:
        counts = jieba_counts(data["--jieba"])
        if language != "zh-Hans":
            levels = (set(legacy_chars(codec, trail, leads[1])), set(legacy_chars(codec, trail, leads[2])))
            counts = traditional_counts(counts, data["--unihan"], levels)
        ranked = by_count(counts)
    # The legacy set's symbols (℃, ○ for zero, ①, ※, ■...) after the commonest characters, which
    # any article of some length fetches anyway (in Korean, after the 2,350 everyday syllables).
    order += ranked[:symbols_after] + legacy_chars(codec, trail, leads[0]) + ranked[symbols_after:]
    for level in leads[1:]:
        order += legacy_chars(codec, trail, level)
    return order


def cut(chars, sizes, own_block):
    """`chars` (by rank) in slices: of the `everyday` first, `first` characters in the first slice,
    each next one `growth` times as many, at most `largest`; the rest by code point, those of the
    script's own block (own_block: a range of code points) in slices of `rare` characters, the
    others (other blocks and scripts: seldom seen in the region's news) in slices four times larger."""
    first, growth, largest, everyday, rare = sizes
    slices = []
    size = float(first)
    done = 0
    while done < min(everyday, len(chars)):
        count = min(int(round(size)), everyday - done)
        slices.append(chars[done:done + count])
        done += count
        size = min(largest, size * growth)
    rest = sorted(chars[done:])
    for part, length in (([cp for cp in rest if cp in own_block], rare),
                         ([cp for cp in rest if cp not in own_block], 4 * rare)):
        slices += [part[at:at + length] for at in range(0, len(part), length)]
    return slices


def keep_language_systems(font, keep):
    """Drops the locl feature from every language system but those tagged in `keep`."""
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        table = font[tag].table
        if not table.ScriptList or not table.FeatureList:
            continue
        features = table.FeatureList.FeatureRecord
        for script in table.ScriptList.ScriptRecord:
            systems = [("dflt", script.Script.DefaultLangSys)]
            systems += [(record.LangSysTag.strip(), record.LangSys) for record in script.Script.LangSysRecord]
            for name, system in systems:
                if system is None or name in keep:
                    continue
                system.FeatureIndex = [i for i in system.FeatureIndex if features[i].FeatureTag != "locl"]
                system.FeatureCount = len(system.FeatureIndex)


def parse_arguments(argv):
    data = dict(DEFAULTS)
    sizes = None
    order_only = False
    positional = []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in DEFAULTS and args:
            data[arg] = args.pop(0)
        elif arg == "--sizes" and args:
            first, growth, largest, everyday, rare = args.pop(0).split(",")
            sizes = (int(first), float(growth), int(largest), int(everyday), int(rare))
        elif arg == "--order-only":
            order_only = True
        elif arg.startswith("--"):
            sys.exit(__doc__)
        else:
            positional.append(arg)
    if len(positional) != 5 or positional[2] not in LEGACY:
        sys.exit(__doc__)
    if sizes is None:
        first, growth, largest, rare = SIZES
        sizes = (first, growth, largest, EVERYDAY[positional[2]], rare)
    return positional, data, sizes, order_only


def main():
    (collection, index, language, stem, out_dir), data, sizes, order_only = parse_arguments(sys.argv[1:])
    buffer = io.BytesIO()
    TTCollection(collection).fonts[int(index)].save(buffer)
    font_bytes = buffer.getvalue()
    have = set(TTFont(io.BytesIO(font_bytes), lazy=True).getBestCmap().keys())

    order = character_order(language, data) + sorted(have)
    chars = [cp for cp in dict.fromkeys(order) if cp in have and cp >= 0x100]  # Latin: the viewer's faces
    slices = cut(chars, sizes, OWN_BLOCK[language])
    if order_only:
        for part in slices:
            print("".join(chr(cp) for cp in part))
        return

    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(glob.escape(out_dir), "%s-%s.*.otf" % (stem, language))):
        os.remove(old)
    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    for number, part in enumerate(slices):
        # (The whole font's bounding box is kept: working out each slice's runs every glyph's
        # outline program again, a third of the time this takes.)
        font = TTFont(io.BytesIO(font_bytes), recalcBBoxes=False)
        keep_language_systems(font, LANGUAGE_SYSTEMS[language])
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=part)
        subsetter.subset(font)
        font.save(os.path.join(out_dir, "%s-%s.%02d.otf" % (stem, language, number)))
    with open(os.path.join(out_dir, "%s-%s.stamp" % (stem, language)), "w") as stamp:
        stamp.write("%d slices\n" % len(slices))


if __name__ == "__main__":
    main()
