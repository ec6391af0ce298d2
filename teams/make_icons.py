#!/usr/bin/env python3
"""Draws the Teams app icons (a balloon: the client's resistance) with the standard library only.

color.png   192x192, full colour on the accent background.
outline.png  32x32, white on transparent, as Teams requires for the outline icon.
Run again after changing the drawing: python3 teams/make_icons.py
"""
import math
import os
import struct
import zlib

ACCENT = (46, 107, 138)
WHITE = (255, 255, 255)
HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, size, pixel):
    """Writes an RGBA PNG; pixel(x, y) returns (r, g, b, a) for the pixel centre, 4x4 supersampled."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(4):
                for sx in range(4):
                    r, g, b, a = pixel(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / 16
            rgb = [int(round(c / acc[3])) if acc[3] else 0 for c in acc[:3]]
            rows.extend(bytes(rgb + [int(round(alpha * 255))]))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(rows), 9)))
        f.write(chunk(b"IEND", b""))


def balloon(x, y, s):
    """Inside tests for a balloon drawn in a unit square scaled by s: body, knot and string."""
    cx, cy, rx, ry = 0.5 * s, 0.42 * s, 0.27 * s, 0.31 * s
    body = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
    knot_top, knot_h, knot_w = cy + ry - 0.01 * s, 0.06 * s, 0.05 * s
    knot = knot_top <= y <= knot_top + knot_h and abs(x - cx) <= knot_w * (y - knot_top) / knot_h
    t = (y - (knot_top + knot_h)) / (0.2 * s)
    string = 0 <= t <= 1 and abs(x - (cx + 0.03 * s * math.sin(t * 2 * math.pi))) <= 0.012 * s
    return body, knot, string


def color(x, y):
    body, knot, string = balloon(x, y, 192)
    shine = ((x - 80) / 14) ** 2 + ((y - 58) / 20) ** 2 <= 1
    if body <= 1:
        return (*((200, 230, 240) if shine else WHITE), 1.0)
    if knot or string:
        return (*WHITE, 1.0)
    return (*ACCENT, 1.0)


def outline(x, y):
    body, knot, string = balloon(x, y, 32)
    ring = 0.62 <= body <= 1
    return (*WHITE, 1.0) if ring or knot or string else (*WHITE, 0.0)


png(os.path.join(HERE, "color.png"), 192, color)
png(os.path.join(HERE, "outline.png"), 32, outline)
