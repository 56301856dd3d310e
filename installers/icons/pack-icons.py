#!/usr/bin/env python3
"""Packs square RGBA PNGs (as rsvg-convert writes them) into a Windows .ico and a macOS .icns.

Standard library only, so that re-making the icons needs no Pillow, icotool or png2icns.
Usage: pack-icons.py ico OUT.ico 16.png 24.png ... | pack-icons.py icns OUT.icns 16.png 32.png ...
"""
import struct
import sys
import zlib

# Sizes up to this go into the .ico as classic 32-bit bitmaps, which every Windows component reads;
# larger ones stay PNG, as Windows Vista and later expect for 256 px.
ICO_BITMAP_MAX = 48

# .icns element types holding PNG data, by pixel size (the @2x types repeat a size for Retina).
ICNS_TYPES = {16: [b"icp4"], 32: [b"icp5", b"ic11"], 64: [b"icp6", b"ic12"], 128: [b"ic07"],
              256: [b"ic08", b"ic13"], 512: [b"ic09", b"ic14"], 1024: [b"ic10"]}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SystemExit("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        raise SystemExit(f"icon must be square, is {width}x{height}")
    return width


def png_rgba_rows(data):
    """Decodes an 8-bit RGBA, non-interlaced PNG into rows of bytes (R, G, B, A per pixel)."""
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if (depth, colour, interlace) != (8, 6, 0):
        raise SystemExit(f"need 8-bit RGBA non-interlaced PNG, got depth {depth} colour type {colour}")
    raw, stride, rows, previous = zlib.decompress(idat), width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up, up_left = previous[x], previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def ico_bitmap(data, size):
    """A 32-bit BGRA DIB, bottom-up, followed by an all-zero AND mask (the alpha channel does the masking)."""
    pixels = b"".join(bytes(row[i + c] for i in range(0, len(row), 4) for c in (2, 1, 0, 3))
                      for row in reversed(png_rgba_rows(data)))
    mask = b"\x00" * (((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def write_ico(out, pngs):
    images = []
    for data in pngs:
        size = png_size(data)
        images.append((size, ico_bitmap(data, size) if size <= ICO_BITMAP_MAX else data))
    offset = 6 + 16 * len(images)
    directory, blobs = struct.pack("<HHH", 0, 1, len(images)), b""
    for size, blob in images:
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    out.write(directory + blobs)


def write_icns(out, pngs):
    elements = b""
    for data in pngs:
        size = png_size(data)
        if size not in ICNS_TYPES:
            raise SystemExit(f"no .icns type for {size} px")
        for kind in ICNS_TYPES[size]:
            elements += kind + struct.pack(">I", 8 + len(data)) + data
    out.write(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        raise SystemExit(__doc__)
    pngs = []
    for name in argv[3:]:
        with open(name, "rb") as f:
            pngs.append(f.read())
    with open(argv[2], "wb") as out:
        (write_ico if argv[1] == "ico" else write_icns)(out, pngs)


if __name__ == "__main__":
    main(sys.argv)
