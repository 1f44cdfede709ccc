#!/usr/bin/env python3
"""What folio-core.wasm is made of: its code and data by part (Dear ImGui, nlohmann::json, HarfBuzz,
FriBidi, HTML import, the core's parts, the UI, the web platform, libc/libc++...) and what each part
costs in the gzip. bench/README.md ("Code size") has the figures.

Build the module a second time, in a folder of its own, with function names and the linker's map.
The names are a custom section that the table leaves out; the optimizer is asked not to inline a
function into its only caller, so that each function keeps its own bytes (the module is about 2 %
larger and compresses the same):

  export NODE_PATH=/usr/share/nodejs
  emcmake cmake -S . -B build/size -DCMAKE_BUILD_TYPE=Release -DFOLIO_WEB_LTO=OFF \
      "-DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs -Wl,--print-map \
      -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=0"
  cmake --build build/size --target folio_viewer > build/size/link.map
  tools/code_size.py build/size/folio-core.wasm --map build/size/link.map \
      --shipped build/web/site/folio-core.wasm --site build/web/site

(emcc drops wasm-ld's --Map but passes --print-map, which prints the map with the link's output;
the build's other lines are skipped. Without --map, parts are told by function names only. The
shipped module is optimized at link time, which leaves one object file for all of its code: the
build for the table is not, and its gzip is scaled to the shipped one.)

A function's part is its object file's (src/core/pdf_*.cpp: the PDF writer, libharfbuzz.a:
HarfBuzz...; a template or inline function shared by several objects counts for the first one
linked), except that nlohmann's functions and data and the std:: templates of its types count
for nlohmann::json. Column std:: is the part's libc++ templates (std::vector<...>::push_back...).
Data items are placed by address; strings and constants that the linker merged across objects are
one row.

gzip: "gzip if cut" is how much smaller gzip -9 of the module (without the names) gets without the
part's bytes: what the part adds beside all the rest. The rows add up to a little less than the
whole (section headers, tables, and what gzip shares between parts). "shipped" scales these to the
gzip of the module as built for the site (--shipped), "alone" is the part's bytes gzipped on their
own.

Usage: code_size.py WASM [--map LINK_MAP] [--shipped WASM] [--site SITE_DIR]
"""
import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def read_wasm(path):
    """Sections (id, start, end, custom name), the code bodies [(start, end)] by function index
    (imports first, as None), the function names and the data segments [(address, start, end)]."""
    b = open(path, 'rb').read()
    if b[:4] != b'\0asm':
        sys.exit(f'{path}: not a wasm module')
    sections, bodies, names, segments = [], [], {}, []
    imported = 0
    i = 8
    while i < len(b):
        sid = b[i]
        size, start = leb(b, i + 1)
        end = start + size
        custom = None
        if sid == 0:
            n, j = leb(b, start)
            custom = b[j:j + n].decode()
            if custom == 'name':
                j += n
                while j < end:  # subsections; 1 holds the function names
                    sub = b[j]
                    size_sub, k = leb(b, j + 1)
                    j = k + size_sub
                    if sub == 1:
                        count, k = leb(b, k)
                        for _ in range(count):
                            index, k = leb(b, k)
                            n, k = leb(b, k)
                            names[index] = b[k:k + n].decode('utf-8', 'replace')
                            k += n
        elif sid == 2:  # imports: count the functions
            count, j = leb(b, start)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(b, j)
                    j += n
                kind = b[j]
                j += 1
                if kind == 0:
                    imported += 1
                    _, j = leb(b, j)
                elif kind in (1, 2):  # a table (its element type, then limits) or a memory (limits)
                    flags, j = leb(b, j + (kind == 1))
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                else:  # a global: type and mutability
                    j += 2
        elif sid == 10:
            count, j = leb(b, start)
            bodies = [None] * imported
            for _ in range(count):
                n, j = leb(b, j)
                bodies.append((j, j + n))
                j += n
        elif sid == 11:
            count, j = leb(b, start)
            for _ in range(count):
                flags, j = leb(b, j)
                address = 0
                if flags in (0, 2):
                    if flags == 2:
                        _, j = leb(b, j)
                    if b[j] != 0x41:
                        sys.exit('data segment offset is not an i32.const')
                    address, j = leb(b, j + 1)  # positive addresses only: unsigned read is enough
                    j += 1  # end
                n, j = leb(b, j)
                segments.append((address, j, j + n))
                j += n
        sections.append((sid, i, end, custom))
        i = end
    return b, sections, bodies, names, segments


MAP_LINE = re.compile(r'^\s*(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+) (\s*)(\S.*)$')


def read_map(path):
    """wasm-ld's map: the functions [(object, symbol, name)] in code order and the data items
    [(address, size, object, symbol, name)]."""
    functions, data, section = [], [], None
    for line in open(path, errors='replace'):
        m = MAP_LINE.match(line.rstrip('\n'))
        if not m:
            continue
        address, _, size, indent, text = m.groups()
        if len(indent) == 0:
            if not text.startswith('.'):  # an output section; .rodata, .data... are segments of DATA
                section = text
        elif len(indent) <= 8:
            inside = re.match(r'^(.*):\((.*)\)$', text)
            obj, symbol = inside.groups() if inside else ('', text)
            item = [obj, symbol, None]
            if section == 'CODE':
                functions.append(item)
            elif section == 'DATA' and address != '-':
                data.append([int(address, 16), int(size, 16)] + item)
        else:  # the symbol's demangled name, under its input section
            target = functions if section == 'CODE' else data
            if target:
                target[-1][-1] = text
    return functions, data


def demangle(symbols):
    tool = shutil.which('c++filt') or shutil.which('llvm-cxxfilt-14') or shutil.which('llvm-cxxfilt')
    if not tool or not symbols:
        return symbols
    out = subprocess.run([tool], input='\n'.join(symbols), capture_output=True, text=True).stdout
    result = out.split('\n')[:len(symbols)]
    return result if len(result) == len(symbols) else symbols


# The core's sources by part (src/core/<name>.cpp); the others are "core: article, JSON, state".
CORE_PARTS = {
    'layout, measuring, shaping (core)': '''layout layout_anchor layout_break layout_prepare font_shaping
        font_metrics font_check font_files glyph_run bidi utf8 fallback_fonts number_text note_links''',
    'word dictionaries (Thai, Lao, Khmer, Myanmar)': 'word_dictionary word_segment text_breaks',
    'HTML import': 'html_import html_import_media html_import_table html_import_text html_tree article_sources url_resolve',
    'pagination, print': 'paginate paginate_breaks print_page_furniture paper',
}
CORE_PART = {name: part for part, names in CORE_PARTS.items() for name in names.split()}
# stb_image_write's deflate (all of it inlined into the core's zlibCompress) and stb_image's inflate.
ZLIB = re.compile(r'^folio::detail::zlibCompress|^stbiw?_+(zlib|z[a-z]+|crc|sbgrow|fill_bits|parse_zlib|do_zlib'
                  r'|parse_huffman|parse_uncompressed|compute_huffman)')
LIBCXX_TEMPLATE = re.compile(r'^_ZN?K?St')  # std::... (mangled)
LIBC = 'libc, malloc, libc++ runtime, GL and html5 glue'
IMGUI = 'Dear ImGui'
ZLIB_PART = 'zlib (deflate for the PDF)'


def part_of(obj, symbol, name):
    """The part of a function or data item, from its object file (wasm-ld's map) and names."""
    mangled = re.sub(r'^\.(rodata|data|bss)\.', '', symbol)
    if re.match(r'_Z[A-Z]*8nlohmann', mangled) or (LIBCXX_TEMPLATE.match(mangled) and '8nlohmann' in mangled):
        return 'nlohmann::json'  # its functions and data, and std:: templates of its types
    if obj == '':  # no map: names only
        return part_by_name(name or symbol)
    if obj.startswith('<internal>'):
        return 'data: merged strings and constants' if symbol.startswith('.rodata') else 'linker-made'
    archive = os.path.basename(obj.split('(')[0])
    member = re.sub(r'\.(cpp|cc|c)\.o\)?$', '', os.path.basename(obj.split('(')[-1]))
    if archive == 'libharfbuzz.a':
        return 'HarfBuzz'
    if archive == 'libfribidi.a':
        return 'FriBidi'
    if archive == 'libimgui.a':
        return IMGUI
    if '/sysroot/' in obj or '/emscripten/' in obj:
        return LIBC
    if member == 'stb_libs':
        return ZLIB_PART if ZLIB.match(name or symbol) else 'stb_truetype, stb_image'
    if member.startswith('pdf_'):
        return 'PDF writer'
    if '/src/ui/' in obj or '/src/platform/web/' in obj:
        if member in ('print_preview', 'web_print'):
            return 'pagination, print'
        if member == 'web_html':
            return 'HTML import'
        return 'UI (src/ui)' if '/src/ui/' in obj else 'web platform (src/platform/web)'
    if archive == 'libfolio_core.a':
        return CORE_PART.get(member, 'core: article, JSON, state')
    return 'other: ' + obj


def part_by_name(name):
    if re.match(r'^(\S+ )?(nlohmann::|std::\S*nlohmann::)', name):
        return 'nlohmann::json'
    if re.match(r'^(hb_|_hb_|OT::|AAT::|CFF::|bool OT::|void OT::)', name) or ' OT::' in name:
        return 'HarfBuzz'
    if name.startswith('fribidi'):
        return 'FriBidi'
    if re.match(r'^(ImGui|Im[A-Z]|stbrp|stb_textedit|STB_TEXTEDIT|stb__)', name):
        return IMGUI
    if ZLIB.match(name):
        return ZLIB_PART
    if name.startswith('stbtt') or name.startswith('stbi'):
        return 'stb_truetype, stb_image'
    if 'folio::' in name:
        return 'Folio (no map: core, UI and web)'
    return LIBC


def gz(data):
    return len(gzip.compress(bytes(data), 9, mtime=0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('wasm', help='folio-core.wasm linked with --profiling-funcs')
    ap.add_argument('--map', help="wasm-ld's map of the same link (-Wl,--print-map)")
    ap.add_argument('--shipped', help='the wasm as shipped: each share is also given in its gzip bytes')
    ap.add_argument('--site', help='the built site: the gzip of the JS an article loads (folio.js and its imports)')
    args = ap.parse_args()

    b, sections, bodies, names, segments = read_wasm(args.wasm)
    if not names:
        sys.exit(f'{args.wasm} has no function names: link it with --profiling-funcs (see --help)')
    shipped = [(s, e) for sid, s, e, custom in sections if sid != 0]  # every section but the names
    parts = {}  # part -> [code bytes, of which std:: templates, data bytes, [(start, end)...]]

    def add(part, start, end, kind):
        entry = parts.setdefault(part, [0, 0, 0, []])
        entry[kind] += end - start
        entry[3].append((start, end))

    by_name, data_items = {}, []
    if args.map:
        functions, data_items = read_map(args.map)
        unnamed = [f for f in functions if f[2] is None]
        for f, text in zip(unnamed, demangle([f[1] for f in unnamed])):
            f[2] = text
        for obj, symbol, name in functions:
            by_name.setdefault(name, []).append((obj, symbol))
    seen, unmatched = {}, [0, 0]
    for index, body in enumerate(bodies):
        if body is None:
            continue
        name = names.get(index, '')
        # The optimizer names duplicates .1, .2... in order, and functions it merges byn$mgfn-shared$<first>.
        base = re.sub(r'\.\d+$', '', re.sub(r'^byn\$mgfn-shared\$', '', name))
        n = seen[base] = seen.get(base, -1) + 1
        found = by_name.get(base) or by_name.get(name)
        if found:
            obj, symbol = found[min(n, len(found) - 1)]
            part, template = part_of(obj, symbol, name), bool(LIBCXX_TEMPLATE.match(symbol))
        else:  # no map, or a function the optimizer made
            part, template = part_by_name(name), name.startswith('std::')
            unmatched[0] += 1
            unmatched[1] += body[1] - body[0]
        add(part, body[0], body[1], 0)
        if template and part != LIBC:
            parts[part][1] += body[1] - body[0]

    # Data: the map's items, found in the segments by address (the optimizer keeps addresses).
    covered = []
    for address, size, obj, symbol, name in data_items:
        for seg_address, start, end in segments:
            lo, hi = max(address, seg_address), min(address + size, seg_address + end - start)
            if lo < hi:
                add(part_of(obj, symbol, name), start + lo - seg_address, start + hi - seg_address, 2)
                covered.append((start + lo - seg_address, start + hi - seg_address))
    for gap in cut(segments_spans(segments), covered):
        add('data (no map)' if not args.map else 'data: other', gap[0], gap[1], 2)

    whole = b''.join(b[s:e] for s, e in shipped)
    total_gzip = gz(whole)
    scale = gz(open(args.shipped, 'rb').read()) / total_gzip if args.shipped else None
    rows = []
    for part, (code, template, data, spans) in parts.items():
        removed = total_gzip - gz(b''.join(b[s:e] for s, e in cut(shipped, spans)))
        alone = gz(b''.join(b[s:e] for s, e in sorted(spans)))
        rows.append((removed, part, code, template, data, alone))
    rows.sort(reverse=True)

    print(f'{os.path.basename(args.wasm)}: {len(whole):,} bytes without the names, {total_gzip:,} gzip -9')
    extra = f' {"shipped":>8}' if scale else ''
    print(f'{"part":46} {"code":>9} {"std::":>8} {"data":>8} {"gzip if cut":>11} {"share":>6}{extra} {"alone":>7}')
    for removed, part, code, template, data, alone in rows:
        extra = f' {removed * scale:8,.0f}' if scale else ''
        print(f'{part:46} {code:9,} {template:8,} {data:8,} {removed:11,} {100 * removed / total_gzip:5.1f}%'
              f'{extra} {alone:7,}')
    sums = {i: sum(r[i] for r in rows) for i in (0, 2, 3, 4)}
    extra = f' {sums[0] * scale:8,.0f}' if scale else ''
    print(f'{"sum of the rows":46} {sums[2]:9,} {sums[3]:8,} {sums[4]:8,} {sums[0]:11,} '
          f'{100 * sums[0] / total_gzip:5.1f}%{extra}')
    extra = f' {total_gzip * scale:8,.0f}' if scale else ''
    print(f'{"whole module":46} {len(whole):9,} {"":8} {"":8} {total_gzip:11,} 100.0%{extra}')
    if args.map and unmatched[0]:
        print(f'({unmatched[0]} functions, {unmatched[1]:,} bytes, are not in the map: told by their names)')

    if args.site:
        print('\nJavaScript an article loads (folio.js and its static imports), bytes and gzip -9 of each file:')
        todo, done, total, later = ['folio.js'], [], [0, 0], []
        while todo:
            name = todo.pop(0)
            if name in done:
                continue
            done.append(name)
            text = open(os.path.join(args.site, name), 'rb').read().decode()
            todo += re.findall(r"""(?:\bfrom|\bimport)\s*['"]\./([\w.-]+\.js)['"]""", text)
            later += re.findall(r"""\bimport\s*\(\s*['"]\./([\w.-]+\.js)['"]""", text)
            total[0] += len(text)
            total[1] += gz(text.encode())
            print(f'  {name:26} {len(text):8,} {gz(text.encode()):8,}')
        print(f'  {"JS":26} {total[0]:8,} {total[1]:8,}')
        later = sorted(set(later) - set(done))
        if later:
            print(f'  (fetched when first used: {", ".join(later)})')
        wasm_gzip = round(total_gzip * scale) if scale else total_gzip
        print(f'  {"wasm + JS":26} {"":8} {wasm_gzip + total[1]:8,}')


def segments_spans(segments):
    return [(start, end) for _, start, end in segments]


def cut(spans, holes):
    """The parts of spans outside holes (both lists of (start, end))."""
    holes = sorted(holes)
    out = []
    for start, end in spans:
        position = start
        for lo, hi in holes:
            if hi <= position or lo >= end:
                continue
            if lo > position:
                out.append((position, lo))
            position = max(position, hi)
        if position < end:
            out.append((position, end))
    return out


if __name__ == '__main__':
    main()
