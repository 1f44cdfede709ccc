#!/usr/bin/env python3
"""Writes the word dictionaries that break Thai, Lao, Khmer and Myanmar text into lines.

The words are ICU's (the word lists of its dictionary break engine; see docs/word-dictionaries.md
for where they come from and their licences). Debian's ICU source package ships them compiled into
its prebuilt data package (source/data/in/icudt<version>l.dat), not as text, so this tool reads them
from there: it finds each dictionary item in the package and lists the words of its byte trie. A
plain word list (one word a line, "#" starts a comment) can be given instead.

Usage:
  word_dictionary.py --icu-data ICUDT.dat OUTPUT_DIR    thai.words, lao.words, khmer.words and
                                                        myanmar.words from ICU's data package
  word_dictionary.py --list SCRIPT WORDS.txt OUTPUT     one dictionary from a word list; SCRIPT is
                                                        thai, lao, khmer or myanmar

The format the core reads (folio/word_dictionary.h), all integers little-endian:

  header, 24 bytes
    0   4  magic "FWRD"
    4   1  version, 1
    5   1  the longest word, in units (1 to 255)
    6   2  0
    8   4  the script, an ISO 15924 code: "Thai", "Laoo", "Khmr" or "Mymr"
    12  4  the number of words
    16  4  the trie's size in bytes: the rest of the file
    20  4  0
  trie: the root's children, a list of sibling records

Words are strings of units, one byte per character: the code point less the script's block start
(U+0E00 Thai, U+0E80 Lao, U+1780 Khmer, U+1000 Myanmar) for 0x00 to 0xFD, 0xFE for U+200C ZERO
WIDTH NON-JOINER, 0xFF for U+200D ZERO WIDTH JOINER. A word with any other character is left out.

A sibling list is records in increasing order of their first unit. A record is
    1 byte   flags and length: 0x80 a word ends after its units; 0x40 it has children, whose
             sibling list follows its units; 0x20 a sibling follows it; the low 5 bits are the
             number of its units less 1 (1 to 32 units: a chain of single children in one record)
    varint   only when a sibling follows: the byte size of its children's list (0 when none), to
             skip to that sibling; 7 bits a byte, low bits first, the high bit set on all bytes
             but the last, at most 4 bytes
    units    the units the record matches
    children when it has children: their sibling list
A record that ends no word has children. The last record of a list ends where its parent's
subtree ends (or the trie does).
"""
import os
import struct
import sys

# Script name -> (ISO 15924 code, first code point of its block, ICU dictionary item).
SCRIPTS = {
    "thai": ("Thai", 0x0E00, "thaidict.dict"),
    "lao": ("Laoo", 0x0E80, "laodict.dict"),
    "khmer": ("Khmr", 0x1780, "khmerdict.dict"),
    "myanmar": ("Mymr", 0x1000, "burmesedict.dict"),
}
HEADER_SIZE = 24
MAX_CHAIN = 32
MAX_WORD = 255


def fail(message):
    sys.exit(f"word_dictionary: {message}")


# ---- Reading ICU's data package (the common data format, "CmnD") ----

def icu_items(data):
    """The package's items: name -> (offset, end) in `data`."""
    if len(data) < 32 or data[2] != 0xDA or data[3] != 0x27:
        fail("not an ICU data package")
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[8] != 0 or data[12:16] != b"CmnD":  # little-endian, common data
        fail("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = {}
    for i, (name_at, data_at) in enumerate(entries):
        name_start = header_size + name_at
        name = data[name_start:data.index(b"\0", name_start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(data)
        items[name.split("/", 1)[-1]] = (header_size + data_at, end)
    return items


def icu_dictionary_words(data, item):
    """The words of one ICU dictionary item (a byte trie with an offset transform), as strings."""
    begin, end = item
    item_header = struct.unpack_from("<H", data, begin)[0]
    if data[begin + 12:begin + 16] != b"Dict":
        fail("an ICU dictionary item is not in the dictionary format")
    body = begin + item_header
    indexes = struct.unpack_from("<8i", data, body)
    trie_at, trie_type, transform = indexes[0], indexes[4], indexes[5]
    if trie_type & 7 != 0 or transform & 0x7F000000 != 0x01000000:
        fail("an ICU dictionary is not a byte trie with an offset transform")
    offset = transform & 0x1FFFFF
    trie = data[body + trie_at:end]
    units = []
    walk_byte_trie(trie, 0, b"", units)

    def character(unit):
        return {0xFE: "\u200c", 0xFF: "\u200d"}.get(unit) or chr(offset + unit)

    return ["".join(character(u) for u in word) for word in units]


# ICU's byte trie (a serialized trie of its own: branch, linear-match and value nodes), read as
# its format is described in ICU's bytestrie.h.

def trie_value_end(trie, at, lead):
    """The position after the value bytes of a value lead byte (already shifted right by 1)."""
    if lead < 0x51:
        return at
    if lead < 0x6C:
        return at + 1
    if lead < 0x7E:
        return at + 2
    return at + 3 + (lead & 1)


def trie_value(trie, at, lead):
    """The value whose lead byte (shifted right by 1) comes before `at`."""
    if lead < 0x51:
        return lead - 0x10
    if lead < 0x6C:
        return ((lead - 0x51) << 8) | trie[at]
    if lead < 0x7E:
        return ((lead - 0x6C) << 16) | (trie[at] << 8) | trie[at + 1]
    if lead == 0x7E:
        return int.from_bytes(trie[at:at + 3], "big")
    return int.from_bytes(trie[at:at + 4], "big")


def trie_delta(trie, at):
    """A jump delta at `at`: (delta, position after it)."""
    lead = trie[at]
    if lead < 0xC0:
        return lead, at + 1
    if lead < 0xF0:
        return ((lead - 0xC0) << 8) | trie[at + 1], at + 2
    if lead < 0xFE:
        return ((lead - 0xF0) << 16) | (trie[at + 1] << 8) | trie[at + 2], at + 3
    size = 3 if lead == 0xFE else 4
    return int.from_bytes(trie[at + 1:at + 1 + size], "big"), at + 1 + size


def walk_byte_trie(trie, at, prefix, words):
    """Appends to `words` every byte string of the node at `at`, each after `prefix`."""
    while True:
        node = trie[at]
        at += 1
        if node >= 0x20:  # a value: the bytes so far are a word
            words.append(prefix)
            if node & 1:  # final: nothing follows
                return
            at = trie_value_end(trie, at, node >> 1)
        elif node < 0x10:  # a branch of node + 1 bytes (0: the count is in the next byte)
            if node == 0:
                node = trie[at]
                at += 1
            walk_branch(trie, at, node + 1, prefix, words)
            return
        else:  # a linear match of node - 0x0F bytes
            length = node - 0x0F
            prefix += trie[at:at + length]
            at += length


def walk_branch(trie, at, length, prefix, words):
    # More than 5 bytes: a comparison byte splits them; the lower half is a jump away.
    while length > 5:
        delta, after = trie_delta(trie, at + 1)
        walk_branch(trie, after + delta, length >> 1, prefix, words)
        length -= length >> 1
        at = after
    # Then (byte, value) pairs, the value final (a word) or a jump delta, and a last byte.
    for _ in range(length - 1):
        unit, node = trie[at], trie[at + 1]
        after = trie_value_end(trie, at + 2, node >> 1)
        if node & 1:
            words.append(prefix + bytes([unit]))
        else:
            walk_byte_trie(trie, after + trie_value(trie, at + 2, node >> 1), prefix + bytes([unit]), words)
        at = after
    walk_byte_trie(trie, at + 1, prefix + bytes([trie[at]]), words)


# ---- Writing the core's format ----

def unit_of(character, base):
    cp = ord(character)
    if cp == 0x200C:
        return 0xFE
    if cp == 0x200D:
        return 0xFF
    unit = cp - base
    return unit if 0 <= unit <= 0xFD else None


def varint(value):
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def serialize(node):
    """The sibling list of a trie node (a dict: unit -> child node; key None marks a word's end)."""
    units = sorted(key for key in node if key is not None)
    out = bytearray()
    for i, unit in enumerate(units):
        chain = [unit]
        child = node[unit]
        while None not in child and len(child) == 1 and len(chain) < MAX_CHAIN:
            (next_unit,) = child.keys()
            chain.append(next_unit)
            child = child[next_unit]
        has_children = any(key is not None for key in child)
        children = serialize(child) if has_children else b""
        last = i == len(units) - 1
        out.append((0x80 if None in child else 0) | (0x40 if has_children else 0) | (0 if last else 0x20)
                   | (len(chain) - 1))
        if not last:
            if len(children) >= 1 << 28:
                fail("a trie too large for the format")
            out += varint(len(children))
        out += bytes(chain)
        out += children
    return bytes(out)


def dictionary_bytes(script, words):
    code, base, _ = SCRIPTS[script]
    root = {}
    count = 0
    longest = 0
    skipped = 0
    for word in words:
        units = [unit_of(c, base) for c in word]
        if not units or None in units or len(units) > MAX_WORD:
            skipped += 1
            continue
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        if None not in node:
            node[None] = True
            count += 1
            longest = max(longest, len(units))
    if count == 0:
        fail(f"no {script} words")
    if skipped:
        print(f"word_dictionary: {script}: {skipped} words left out (characters of another script, or too long)",
              file=sys.stderr)
    trie = serialize(root)
    header = b"FWRD" + struct.pack("<BBH", 1, longest, 0) + code.encode("ascii") + struct.pack("<III", count, len(trie), 0)
    assert len(header) == HEADER_SIZE
    return header + trie


def write(path, data):
    with open(path + ".tmp", "wb") as out:
        out.write(data)
    os.replace(path + ".tmp", path)


def main(argv):
    if len(argv) == 3 and argv[0] == "--icu-data":
        with open(argv[1], "rb") as f:
            data = f.read()
        items = icu_items(data)
        os.makedirs(argv[2], exist_ok=True)
        for script, (_, _, item) in SCRIPTS.items():
            if "brkitr/" + item not in items:
                fail(f"the ICU data package has no brkitr/{item}")
            words = icu_dictionary_words(data, items["brkitr/" + item])
            write(os.path.join(argv[2], script + ".words"), dictionary_bytes(script, words))
    elif len(argv) == 4 and argv[0] == "--list" and argv[1] in SCRIPTS:
        with open(argv[2], encoding="utf-8") as f:
            words = [line.split("#", 1)[0].strip() for line in f]
        write(argv[3], dictionary_bytes(argv[1], [w for w in words if w]))
    else:
        sys.exit(__doc__.split("\n\n")[2])


if __name__ == "__main__":
    main(sys.argv[1:])
