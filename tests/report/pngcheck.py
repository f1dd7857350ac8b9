#!/usr/bin/python3
"""pngcheck - is a screenshot blank?  Decodes a PNG with the standard
library alone (zlib) and prints what it found; exits 1 when the picture
is blank: fewer than MIN_INK of its pixels differ from the background
(the most common colour), or fewer than MIN_COLOURS colours are used.

    pngcheck.py FILE.png [--crop X Y W H OUT.png]

--crop also writes a region of the picture to OUT.png (to look at one
section at full size).
"""
import struct
import sys
import zlib

MIN_INK = 0.01      # at least 1% of the pixels are not background
MIN_COLOURS = 16    # text, charts and badges use many colours


def read_png(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('%s: not a PNG file' % path)
    pos, idat, hdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            hdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError('%s: only 8-bit RGB/RGBA, non-interlaced' % path)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b''.join(idat))
    stride = w * bpp
    rows, prev, p = [], bytearray(stride), 0
    for _ in range(h):
        ftype, line = raw[p], bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def write_png(path, w, h, bpp, rows):
    ctype = 2 if bpp == 3 else 6

    def chunk(kind, body):
        c = struct.pack('>I', len(body)) + kind + body
        return c + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, ctype,
                                           0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
        f.write(chunk(b'IEND', b''))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    w, h, bpp, rows = read_png(argv[1])
    counts = {}
    for r in rows:
        for i in range(0, len(r), bpp):
            px = r[i:i + 3]
            counts[px] = counts.get(px, 0) + 1
    bg, nbg = max(counts.items(), key=lambda kv: kv[1])
    ink = 1 - nbg / (w * h)
    print('pngcheck: %dx%d, %d colours, background #%s, %.1f%% ink'
          % (w, h, len(counts), bg.hex(), 100 * ink))
    if len(argv) >= 8 and argv[2] == '--crop':
        x, y, cw, ch = (int(v) for v in argv[3:7])
        sub = [r[x * bpp:(x + cw) * bpp] for r in rows[y:y + ch]]
        write_png(argv[7], cw, len(sub), bpp, sub)
    if ink < MIN_INK or len(counts) < MIN_COLOURS:
        print('pngcheck: the picture is blank')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
