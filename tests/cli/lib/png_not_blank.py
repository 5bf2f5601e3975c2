# Checks that a PNG screenshot is not blank: many colours, some ink, ink in
# every quarter of the page. Usage: python3 png_not_blank.py FILE.png
import struct, sys, zlib

def rows_of(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        size, = struct.unpack(">I", data[pos:pos + 4]); kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + size]; pos += 12 + size
        if kind == b"IHDR": w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT": idat += body
    assert depth == 8 and ctype in (2, 6), (depth, ctype)
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev = zlib.decompress(idat), w * bpp, bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        yield w, bpp, bytes(line)
        prev = line

colours, inked, total, quarters = set(), 0, 0, [0, 0, 0, 0]
all_rows = list(rows_of(sys.argv[1]))
for y, (w, bpp, line) in enumerate(all_rows):
    for x in range(0, w, 3):
        px = line[x * bpp:x * bpp + 3]
        colours.add(px)
        total += 1
        if px != b"\xff\xff\xff":
            inked += 1
            quarters[4 * y // len(all_rows)] += 1
share = inked / total
assert len(colours) >= 50, f"only {len(colours)} colours: blank or broken rendering"
assert share > 0.02, f"only {share:.1%} of the page is not white"
assert all(q > 0 for q in quarters), f"empty quarter of the page: {quarters}"
print(f"{sys.argv[1]}: {len(colours)} colours, {share:.1%} inked")
