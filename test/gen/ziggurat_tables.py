"""Writes src/np/random/generator/ziggurat_data.ts: the 256-layer ziggurat tables of numpy's Generator
(standard_normal: ki/wi/fi with 52-bit mantissas; standard_exponential: ke/we/fe with 53 bits; and
the float32 samplers' kif/wif/fif and kef/wef/fef with 23 bits).

The tables are the Marsaglia-Tsang ziggurat: with the base-layer edge r and the common layer area v,
x[255] = r and x[i-1] = f^-1(v / x[i] + f(x[i])); w[i] = x[i] / 2^bits, f[i] = f(x[i]), and
k[i] = floor(2^bits * x[i-1] / x[i]) (index 0 is the base strip: x0 = v / f(r), k[0] from r / x0).
derive() computes them in 60-digit arithmetic (mpmath). numpy's own tables were computed once,
long ago, with a slightly different v and rounding of the ratios (they differ from the exact
values by up to ~1e-14 relatively, and by 1-2 units in k), and every sample depends on their last
bit. So the tables written are the ones numpy 2.4 actually uses, read from the read-only data of
the static library it installs (numpy/random/lib/libnpyrandom.a, object distributions.c.o, symbols
ki_double, wi_double, ...), and this script checks that they are the ziggurat above (relative
difference to derive() < 1e-12, |dk| <= 4).

Run: python3 test/gen/ziggurat_tables.py
"""
import os
import struct

import mpmath as mp
import numpy as np

from _common import ROOT

OUT = os.path.join(ROOT, "src", "np", "random", "generator", "ziggurat_data.ts")
LIB = os.path.join(os.path.dirname(np.__file__), "random", "lib", "libnpyrandom.a")
NOR_R = "3.6541528853610087963519472518"  # numpy's ziggurat_nor_r
EXP_R = "7.6971174701310497140446280481"  # numpy's ziggurat_exp_r


def ar_member(path, suffix):
    """The bytes of the member of an ar archive whose name ends with suffix."""
    data = open(path, "rb").read()
    assert data[:8] == b"!<arch>\n"
    pos, names = 8, b""
    while pos < len(data):
        head = data[pos:pos + 60]
        name, size = head[:16].decode().strip(), int(head[48:58])
        body = data[pos + 60:pos + 60 + size]
        if name == "//":
            names = body
        else:
            if name.startswith("/") and name[1:].isdigit():  # GNU long name
                off = int(name[1:])
                name = names[off:names.index(b"/\n", off)].decode()
            if name.rstrip("/").endswith(suffix):
                return body
        pos += 60 + size + (size & 1)
    raise KeyError(suffix)


def elf_symbols(obj):
    """{name: bytes} of the defined data symbols of a little-endian ELF64 object file."""
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    secs = [struct.unpack_from("<IIQQQQIIQQ", obj, shoff + i * shentsize) for i in range(shnum)]
    out = {}
    for s in secs:
        if s[1] != 2:  # SHT_SYMTAB
            continue
        strtab = secs[s[6]]
        for j in range(s[5] // 24):
            st_name, st_info, _, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", obj, s[4] + j * 24)
            if st_size == 0 or st_shndx == 0 or st_shndx >= shnum:
                continue
            n0 = strtab[4] + st_name
            name = obj[n0:obj.index(b"\0", n0)].decode()
            base = secs[st_shndx][4] + st_value
            out[name] = obj[base:base + st_size]
    return out


def numpy_tables():
    syms = elf_symbols(ar_member(LIB, "distributions.c.o"))
    get = lambda name, fmt: list(struct.unpack("<256" + fmt, syms[name]))
    return {
        "ki": get("ki_double", "Q"), "wi": get("wi_double", "d"), "fi": get("fi_double", "d"),
        "ke": get("ke_double", "Q"), "we": get("we_double", "d"), "fe": get("fe_double", "d"),
        "kif": get("ki_float", "I"), "wif": get("wi_float", "f"), "fif": get("fi_float", "f"),
        "kef": get("ke_float", "I"), "wef": get("we_float", "f"), "fef": get("fe_float", "f"),
    }


def derive(f, finv, tail_area, r, bits):
    """The ziggurat's k, w, f for density f (unnormalised) with base edge r, in 60 digits."""
    mp.mp.dps = 60
    v = r * f(r) + tail_area(r)
    x = [mp.mpf(0)] * 256
    x[255] = r
    for i in range(255, 1, -1):
        x[i - 1] = finv(v / x[i] + f(x[i]))
    x0 = v / f(r)
    k = [int(mp.floor(2**bits * r / x0)), 0] + [int(mp.floor(2**bits * x[i - 1] / x[i])) for i in range(2, 256)]
    w = [x0 / 2**bits] + [x[i] / 2**bits for i in range(1, 256)]
    fv = [mp.mpf(1)] + [f(x[i]) for i in range(1, 256)]
    return k, w, fv


def check(name, got, want, rel):
    worst = max(abs(mp.mpf(g) - w) / abs(w) if w else abs(mp.mpf(g)) for g, w in zip(got, want))
    assert worst < rel, (name, worst)
    return worst


def main():
    t = numpy_tables()
    r = mp.mpf(NOR_R)
    k, w, fv = derive(lambda x: mp.exp(-x * x / 2), lambda y: mp.sqrt(-2 * mp.log(y)),
                      lambda r: mp.sqrt(mp.pi / 2) * mp.erfc(r / mp.sqrt(2)), r, 52)
    assert max(abs(a - b) for a, b in zip(k, t["ki"])) <= 4096 and t["ki"][1] == 0
    print("normal: max relative difference to the derivation: w", check("wi", t["wi"], w, 1e-12), "f", check("fi", t["fi"], fv, 1e-12))
    r = mp.mpf(EXP_R)
    k, w, fv = derive(lambda x: mp.exp(-x), lambda y: -mp.log(y), lambda r: mp.exp(-r), r, 53)
    assert max(abs(a - b) for a, b in zip(k, t["ke"])) <= 4 and t["ke"][1] == 0
    print("exponential: w", check("we", t["we"], w, 1e-12), "f", check("fe", t["fe"], fv, 1e-12))
    # The float32 tables (dtype="float32" samplers): 23- and 24-bit mantissas.
    r = mp.mpf(NOR_R)
    k, w, fv = derive(lambda x: mp.exp(-x * x / 2), lambda y: mp.sqrt(-2 * mp.log(y)),
                      lambda r: mp.sqrt(mp.pi / 2) * mp.erfc(r / mp.sqrt(2)), r, 23)
    assert max(abs(a - b) for a, b in zip(k, t["kif"])) <= 1
    print("normal float32: w", check("wif", t["wif"], w, 1e-6), "f", check("fif", t["fif"], fv, 1e-6))
    r = mp.mpf(EXP_R)
    k, w, fv = derive(lambda x: mp.exp(-x), lambda y: -mp.log(y), lambda r: mp.exp(-r), r, 23)
    assert max(abs(a - b) for a, b in zip(k, t["kef"])) <= 1
    print("exponential float32: w", check("wef", t["wef"], w, 1e-6), "f", check("fef", t["fef"], fv, 1e-6))

    def doubles(vals):
        return ",\n  ".join(", ".join(repr(float(v)) for v in vals[i:i + 4]) for i in range(0, 256, 4))

    def ints(vals):  # below 2^53: exact as JS numbers
        assert all(v < 2**53 for v in vals)
        return ",\n  ".join(", ".join(str(v) for v in vals[i:i + 6]) for i in range(0, 256, 6))

    with open(OUT, "w") as f:
        f.write("// Generated by test/gen/ziggurat_tables.py: the ziggurat tables numpy's Generator uses (read from\n")
        f.write(f"// numpy {np.__version__}'s libnpyrandom.a and checked against the ziggurat's derivation). Do not edit.\n\n")
        f.write(f"/** Base edge r of the normal ziggurat. */\nexport const NOR_R = {float(NOR_R)!r};\n")
        f.write(f"/** 1 / r, as numpy spells it. */\nexport const NOR_INV_R = {0.27366123732975827203338247596!r};\n")
        f.write(f"/** Base edge r of the exponential ziggurat. */\nexport const EXP_R = {float(EXP_R)!r};\n\n")
        for name, kind, doc in [("ki", ints, "normal: acceptance bounds on the 52-bit mantissa"), ("wi", doubles, "normal: layer widths / 2^52"),
                                ("fi", doubles, "normal: density at the layer edges"), ("ke", ints, "exponential: acceptance bounds on the 53-bit mantissa"),
                                ("we", doubles, "exponential: layer widths / 2^53"), ("fe", doubles, "exponential: density at the layer edges")]:
            f.write(f"/** {doc}. */\nexport const {name.upper()}: Float64Array = new Float64Array([\n  {kind(t[name])},\n]);\n\n")
        for name, kind, doc in [("kif", ints, "float32 normal: acceptance bounds on the 23-bit mantissa"), ("wif", doubles, "float32 normal: layer widths / 2^23"),
                                ("fif", doubles, "float32 normal: density at the layer edges"), ("kef", ints, "float32 exponential: acceptance bounds on the 23-bit mantissa"),
                                ("wef", doubles, "float32 exponential: layer widths / 2^23"), ("fef", doubles, "float32 exponential: density at the layer edges")]:
            f.write(f"/** {doc}. */\nexport const {name.upper()}: Float32Array = new Float32Array([\n  {kind(t[name])},\n]);\n\n")
    print("wrote", OUT)


main()
