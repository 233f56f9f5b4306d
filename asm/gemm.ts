// Float64 matrix product C = A·B on raw memory, one thread. All strides are in elements, so
// transposed and sliced operands are read where they lie. The caller splits work between threads by
// calling this on sub-blocks (disjoint ranges of C's rows or columns), each with its own pack buffer.

import { fma } from "./simd";

// Depth of one pass over K. A packed 4-row strip of A and a 4-column panel of B are KC·32 bytes
// (8 KiB) each, so both sit in L1 during the micro-kernel.
const KC: i32 = 256;
// Rows of A packed per pass: MC·KC·8 = 256 KiB, resident in L2.
const MC: i32 = 128;
// Columns of B packed per pass: KC·NC·8 = 1 MiB.
const NC: i32 = 512;

/**
 * The 4×4 micro-kernel: C[0:mr, 0:nr] (+)= A · B over kc steps, with 8 f64x2 accumulators. Step k
 * reads A's 4 rows at a, a + r1, a + r2, a + r3 and B's 4 adjacent columns at b (two vectors), then
 * moves a by as and b by bs bytes. Packed operands (packA, pack4) pass r = 8, 16, 24 and steps of 32;
 * in place, r are row strides (0 repeats row 0 past mr) and the steps the k strides.
 */
// @ts-ignore: decorator
@inline
function micro(kc: i32, a: usize, r1: usize, r2: usize, r3: usize, as: usize, b: usize, bs: usize,
               c: usize, crs: usize, ccs: usize, mr: i32, nr: i32, add: bool): void {
  let c00 = f64x2.splat(0), c01 = f64x2.splat(0);
  let c10 = f64x2.splat(0), c11 = f64x2.splat(0);
  let c20 = f64x2.splat(0), c21 = f64x2.splat(0);
  let c30 = f64x2.splat(0), c31 = f64x2.splat(0);
  for (let k = 0; k < kc; k++) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let x = v128.load64_splat(a);
    c00 = fma(x, b0, c00); c01 = fma(x, b1, c01);
    x = v128.load64_splat(a + r1);
    c10 = fma(x, b0, c10); c11 = fma(x, b1, c11);
    x = v128.load64_splat(a + r2);
    c20 = fma(x, b0, c20); c21 = fma(x, b1, c21);
    x = v128.load64_splat(a + r3);
    c30 = fma(x, b0, c30); c31 = fma(x, b1, c31);
    a += as;
    b += bs;
  }
  if (mr == 4 && nr == 4 && ccs == 8) {
    if (add) {
      c00 = f64x2.add(c00, v128.load(c)); c01 = f64x2.add(c01, v128.load(c, 16));
      c10 = f64x2.add(c10, v128.load(c + crs)); c11 = f64x2.add(c11, v128.load(c + crs, 16));
      c20 = f64x2.add(c20, v128.load(c + 2 * crs)); c21 = f64x2.add(c21, v128.load(c + 2 * crs, 16));
      c30 = f64x2.add(c30, v128.load(c + 3 * crs)); c31 = f64x2.add(c31, v128.load(c + 3 * crs, 16));
    }
    v128.store(c, c00); v128.store(c, c01, 16);
    v128.store(c + crs, c10); v128.store(c + crs, c11, 16);
    v128.store(c + 2 * crs, c20); v128.store(c + 2 * crs, c21, 16);
    v128.store(c + 3 * crs, c30); v128.store(c + 3 * crs, c31, 16);
    return;
  }
  storeRow(c, ccs, c00, c01, nr, add);
  if (mr > 1) storeRow(c + crs, ccs, c10, c11, nr, add);
  if (mr > 2) storeRow(c + 2 * crs, ccs, c20, c21, nr, add);
  if (mr > 3) storeRow(c + 3 * crs, ccs, c30, c31, nr, add);
}

/** Writes (or adds) the first nr of the 4 values (lo, hi) to c, c + ccs, ... */
function storeRow(c: usize, ccs: usize, lo: v128, hi: v128, nr: i32, add: bool): void {
  put(c, f64x2.extract_lane(lo, 0), add);
  if (nr > 1) put(c + ccs, f64x2.extract_lane(lo, 1), add);
  if (nr > 2) put(c + 2 * ccs, f64x2.extract_lane(hi, 0), add);
  if (nr > 3) put(c + 3 * ccs, f64x2.extract_lane(hi, 1), add);
}

// @ts-ignore: decorator
@inline
function put(p: usize, v: f64, add: bool): void {
  store<f64>(p, add ? load<f64>(p) + v : v);
}

/**
 * The 2×8 micro-kernel for a strip of at most 2 rows (the last strip of a 10-row A, a single-row A),
 * which the 4×4 kernel would pad with 2 or 3 rows of wasted work: C[0:mr, 0:8] = A · B over kc
 * steps, 8 f64x2 accumulators. Step k reads A's rows at a and a + r1 and B's 8 adjacent columns as
 * two groups of 4 at b and b2 (two vectors each), then moves a by as and b, b2 by bs bytes.
 */
// @ts-ignore: decorator
@inline
function micro2(kc: i32, a: usize, r1: usize, as: usize, b: usize, b2: usize, bs: usize,
                c: usize, crs: usize, ccs: usize, mr: i32): void {
  let c00 = f64x2.splat(0), c01 = f64x2.splat(0), c02 = f64x2.splat(0), c03 = f64x2.splat(0);
  let c10 = f64x2.splat(0), c11 = f64x2.splat(0), c12 = f64x2.splat(0), c13 = f64x2.splat(0);
  for (let k = 0; k < kc; k++) {
    const y0 = v128.load(b), y1 = v128.load(b, 16), y2 = v128.load(b2), y3 = v128.load(b2, 16);
    let x = v128.load64_splat(a);
    c00 = fma(x, y0, c00); c01 = fma(x, y1, c01); c02 = fma(x, y2, c02); c03 = fma(x, y3, c03);
    x = v128.load64_splat(a + r1);
    c10 = fma(x, y0, c10); c11 = fma(x, y1, c11); c12 = fma(x, y2, c12); c13 = fma(x, y3, c13);
    a += as;
    b += bs;
    b2 += bs;
  }
  if (ccs == 8) {
    v128.store(c, c00); v128.store(c, c01, 16); v128.store(c, c02, 32); v128.store(c, c03, 48);
    if (mr > 1) {
      v128.store(c + crs, c10); v128.store(c + crs, c11, 16); v128.store(c + crs, c12, 32); v128.store(c + crs, c13, 48);
    }
    return;
  }
  storeRow(c, ccs, c00, c01, 4, false);
  storeRow(c + 4 * ccs, ccs, c02, c03, 4, false);
  if (mr > 1) {
    storeRow(c + crs, ccs, c10, c11, 4, false);
    storeRow(c + crs + 4 * ccs, ccs, c12, c13, 4, false);
  }
}

/**
 * Packs a kc×w block of X (w ≤ 4 "lanes", kc steps; lane q, step k at x + q·qs + k·ks bytes) as kc
 * groups of 4 doubles, zero padded past w. Used for strips of A (lanes = rows) and panels of B
 * (lanes = columns).
 */
function pack4(dst: usize, x: usize, qs: usize, ks: usize, kc: i32, w: i32): void {
  if (w == 4 && qs == 8) {
    // the 4 lanes are adjacent: two vector loads per step
    for (let k = 0; k < kc; k++) {
      v128.store(dst, v128.load(x));
      v128.store(dst, v128.load(x, 16), 16);
      x += ks; dst += 32;
    }
  } else if (w == 4 && ks == 8) {
    // each lane is contiguous along k: walk four streams
    const x1 = x + qs, x2 = x + 2 * qs, x3 = x + 3 * qs;
    for (let k = 0; k < kc; k++) {
      const o = <usize>k << 3;
      store<f64>(dst, load<f64>(x + o));
      store<f64>(dst, load<f64>(x1 + o), 8);
      store<f64>(dst, load<f64>(x2 + o), 16);
      store<f64>(dst, load<f64>(x3 + o), 24);
      dst += 32;
    }
  } else {
    for (let k = 0; k < kc; k++) {
      for (let q = 0; q < 4; q++) store<f64>(dst + (<usize>q << 3), q < w ? load<f64>(x + <usize>q * qs) : 0.0);
      x += ks; dst += 32;
    }
  }
}

/**
 * Packs a kc×nc block of row-major B (rows at x + k·rs bytes) into 4-column panels like pack4, but
 * reading B row by row: one sequential stream the prefetcher follows, where walking panel by panel
 * would touch kc rows (a cache line each, mostly from memory) for every 4 columns.
 */
function packRows(dst: usize, x: usize, rs: usize, kc: i32, nc: i32): void {
  const full = nc & ~3;
  const panel = panelBytes(kc);
  for (let k = 0; k < kc; k++) {
    const row = x + <usize>k * rs;
    let d = dst + (<usize>k << 5);
    for (let j = 0; j < full; j += 4) {
      const src = row + (<usize>j << 3);
      v128.store(d, v128.load(src));
      v128.store(d, v128.load(src, 16), 16);
      d += panel;
    }
    if (full < nc) for (let q = 0; q < 4; q++) store<f64>(d + (<usize>q << 3), full + q < nc ? load<f64>(row + (<usize>(full + q) << 3)) : 0.0);
  }
}

/**
 * Distance between packed panels of B: kc·32 bytes plus a cache line, so that step k of successive
 * panels does not land in the same L1 set (kc·32 is a multiple of 4 KiB for kc = 128, 256), which
 * made writing them row by row thrash one set.
 */
// @ts-ignore: decorator
@inline
function panelBytes(kc: i32): usize {
  return (<usize>kc << 5) + 64;
}

/** C[i0:i0+m, 0:N] = 0 (an empty sum, K = 0); strides in bytes. */
function zeroRows(i0: i32, m: i32, N: i32, c: usize, crsB: usize, ccsB: usize): void {
  for (let i = i0; i < i0 + m; i++) for (let j = 0; j < N; j++) store<f64>(c + <usize>i * crsB + <usize>j * ccsB, 0.0);
}

/** Bytes of pack buffer gemm needs per thread (for panels of B). */
export function gemmPackBytes(): i32 {
  return <i32>panelBytes(KC) * (NC / 4 + 1);
}

/** Bytes gemmDirect packs a K×N B into when it cannot read it in place (it must be at most gemmPackBytes()). */
export function gemmDirectPackBytes(K: i32, N: i32): i32 {
  return <i32>panelBytes(K) * ((N + 3) >> 2);
}

/** The depth of packed A's blocks (KC): a product split by ranges of k must cut at multiples of it. */
export function gemmDepthBlock(): i32 {
  return KC;
}

/** Bytes packA writes for an M×K matrix. */
export function packedABytes(M: i32, K: i32): i32 {
  return ((M + 3) & ~3) * K * 8;
}

/**
 * Packs all of A (M×K, element strides ars, acs) for gemmPacked: for each block of KC columns, the
 * strips of 4 rows one after another, each strip kc groups of 4 values (zero padded past row M).
 * Done once per product, so threads working on different columns of C share it.
 */
export function packA(M: i32, K: i32, a: usize, ars: i32, acs: i32, dst: usize): void {
  const arsB = <usize>ars << 3, acsB = <usize>acs << 3;
  const mpad = <usize>((M + 3) & ~3);
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kc = min(KC, K - k0);
    const block = dst + <usize>k0 * mpad * 8;
    for (let i = 0; i < M; i += 4) {
      pack4(block + <usize>(i >> 2) * <usize>kc * 32, a + <usize>i * arsB + <usize>k0 * acsB, arsB, acsB, kc, min(4, M - i));
    }
  }
}

/**
 * C = A·B with A already packed by packA (for all M rows and K columns): computes rows [i0, i0+m)
 * and columns [0, N) of this call's B and C (B and C pointers already offset to the first column; C
 * pointer to row 0). pack: a scratch area of gemmPackBytes() bytes.
 */
export function gemmPacked(M: i32, i0: i32, m: i32, N: i32, K: i32, ap: usize,
                           b: usize, brs: i32, bcs: i32, c: usize, crs: i32, ccs: i32, pack: usize): void {
  if (m <= 0 || N <= 0) return;
  const brsB = <usize>brs << 3, bcsB = <usize>bcs << 3;
  const crsB = <usize>crs << 3, ccsB = <usize>ccs << 3;
  const mpad = <usize>((M + 3) & ~3);
  if (K <= 0) {
    zeroRows(i0, m, N, c, crsB, ccsB);
    return;
  }
  for (let j0 = 0; j0 < N; j0 += NC) {
    const nc = min(NC, N - j0);
    for (let k0 = 0; k0 < K; k0 += KC) {
      const kc = min(KC, K - k0);
      const add = k0 > 0;
      const bK = b + <usize>k0 * brsB + <usize>j0 * bcsB;
      if (bcs == 1) packRows(pack, bK, brsB, kc, nc);
      else for (let j = 0; j < nc; j += 4) pack4(pack + <usize>(j >> 2) * panelBytes(kc), bK + <usize>j * bcsB, bcsB, brsB, kc, min(4, nc - j));
      const aK = ap + <usize>k0 * mpad * 8;
      const cJ = c + <usize>j0 * ccsB;
      if (kc * nc <= 5120) {
        // a shallow product (packed B fits in L1): walk C row strip by row strip, writing each
        // strip's rows left to right (a few streams, not one per row)
        for (let i = i0; i < i0 + m; i += 4) {
          const ai = aK + <usize>(i >> 2) * <usize>kc * 32;
          const ci = cJ + <usize>i * crsB;
          const mr = min(4, i0 + m - i);
          for (let j = 0; j < nc; j += 4) {
            micro(kc, ai, 8, 16, 24, 32, pack + <usize>(j >> 2) * panelBytes(kc), 32, ci + <usize>j * ccsB, crsB, ccsB, mr, min(4, nc - j), add);
          }
        }
        continue;
      }
      // strips of MC rows keep their packed A (MC·KC·8 bytes) in L2 while every panel of B passes
      for (let s0 = i0; s0 < i0 + m; s0 += MC) {
        const s1 = min(s0 + MC, i0 + m);
        for (let j = 0; j < nc; j += 4) {
          const nr = min(4, nc - j);
          const bp = pack + <usize>(j >> 2) * panelBytes(kc);
          const cj = cJ + <usize>j * ccsB;
          for (let i = s0; i < s1; i += 4) {
            micro(kc, aK + <usize>(i >> 2) * <usize>kc * 32, 8, 16, 24, 32, bp, 32, cj + <usize>i * crsB, crsB, ccsB, min(4, s1 - i), nr, add);
          }
        }
      }
    }
  }
}

/**
 * C = A·B for rows [i0, i0+m) and columns [0, N) with A read where it lies and no
 * blocking of k: for mid-size products, where packing A was a tenth of the time and, done before a
 * job is shared, kept the helpers waiting, and for products with few rows, where B is used by so
 * few strips of A that packing it costs as much as the arithmetic. A row-major B is read in place
 * too (each step reads 4 adjacent values of a row; rows need no alignment: 100×100·100×101 took
 * 47 µs against 56 with B packed), its last N mod 4 columns packed into `pack` so that no read
 * passes B's end; any other B (transposed, strided columns) is packed whole. The caller keeps B
 * small or A's rows few (B is re-read for every 4 rows of A), k short and A's k stride small (a
 * strip reads A's 4 rows at each step: far apart steps fall in few L1 sets).
 */
export function gemmDirect(i0: i32, m: i32, N: i32, K: i32, a: usize, ars: i32, acs: i32,
                           b: usize, brs: i32, bcs: i32, c: usize, crs: i32, ccs: i32, pack: usize): void {
  if (m <= 0 || N <= 0) return;
  const arsB = <usize>ars << 3, acsB = <usize>acs << 3, brsB = <usize>brs << 3, bcsB = <usize>bcs << 3;
  const crsB = <usize>crs << 3, ccsB = <usize>ccs << 3;
  if (K <= 0) {
    zeroRows(i0, m, N, c, crsB, ccsB);
    return;
  }
  // the columns read in place (all but the last N mod 4 of a row-major B); panel p of the rest
  // sits at pack + p·panelBytes(K)
  const direct = bcs == 1 ? N & ~3 : 0;
  const panel = panelBytes(K);
  for (let j = direct; j < N; j += 4) pack4(pack + <usize>((j - direct) >> 2) * panel, b + <usize>j * bcsB, bcsB, brsB, K, min(4, N - j));
  for (let i = i0; i < i0 + m; i += 4) {
    const mr = min(4, i0 + m - i);
    const ai = a + <usize>i * arsB, ci = c + <usize>i * crsB;
    const r1 = mr > 1 ? arsB : 0, r2 = mr > 2 ? 2 * arsB : 0, r3 = mr > 3 ? 3 * arsB : 0;
    // a strip of 1 or 2 rows goes 8 columns at a time (two panels)
    let j = 0;
    if (mr <= 2) for (; j + 8 <= direct; j += 8) micro2(K, ai, r1, acsB, b + (<usize>j << 3), b + (<usize>(j + 4) << 3), brsB, ci + <usize>j * ccsB, crsB, ccsB, mr);
    for (; j < direct; j += 4) micro(K, ai, r1, r2, r3, acsB, b + (<usize>j << 3), brsB, ci + <usize>j * ccsB, crsB, ccsB, mr, 4, false);
    if (mr <= 2) for (; j + 8 <= N; j += 8) {
      const p = pack + <usize>((j - direct) >> 2) * panel;
      micro2(K, ai, r1, acsB, p, p + panel, 32, ci + <usize>j * ccsB, crsB, ccsB, mr);
    }
    for (; j < N; j += 4) micro(K, ai, r1, r2, r3, acsB, pack + <usize>((j - direct) >> 2) * panel, 32, ci + <usize>j * ccsB, crsB, ccsB, mr, min(4, N - j), false);
  }
}

// ---- A·Bᵀ with both operands contiguous along k (dZ·A_prevᵀ in backpropagation) ----

// Depth of one pass: 4 rows of A and 2 columns of B (KD·48 bytes) sit in L1.
const KD: i32 = 512;

/** Sum of the two lanes. */
// @ts-ignore: decorator
@inline
function hsum(x: v128): f64 {
  return f64x2.extract_lane(x, 0) + f64x2.extract_lane(x, 1);
}

/**
 * C[0:mr, 0:nr] (+)= dot products of 4 rows of A (a0..a3, contiguous along k) with 2 columns of B
 * (b0, b1, contiguous along k) over kc steps; rows past mr and columns past nr repeat real ones and
 * are computed but not stored. Each accumulator holds the even-k and odd-k partial sums.
 */
// @ts-ignore: decorator
@inline
function dot42(kc: i32, a0: usize, a1: usize, a2: usize, a3: usize, b0: usize, b1: usize,
               c: usize, crs: usize, ccs: usize, mr: i32, nr: i32, add: bool): void {
  let s00 = f64x2.splat(0), s01 = f64x2.splat(0);
  let s10 = f64x2.splat(0), s11 = f64x2.splat(0);
  let s20 = f64x2.splat(0), s21 = f64x2.splat(0);
  let s30 = f64x2.splat(0), s31 = f64x2.splat(0);
  const end = <usize>(kc & ~1) << 3;
  for (let o: usize = 0; o < end; o += 16) {
    const y0 = v128.load(b0 + o), y1 = v128.load(b1 + o);
    let x = v128.load(a0 + o);
    s00 = fma(x, y0, s00); s01 = fma(x, y1, s01);
    x = v128.load(a1 + o);
    s10 = fma(x, y0, s10); s11 = fma(x, y1, s11);
    x = v128.load(a2 + o);
    s20 = fma(x, y0, s20); s21 = fma(x, y1, s21);
    x = v128.load(a3 + o);
    s30 = fma(x, y0, s30); s31 = fma(x, y1, s31);
  }
  // an odd kc leaves one step, added to the pairwise sums
  const odd = (kc & 1) != 0;
  put(c, hsum(s00) + last(odd, a0, b0, end), add);
  if (nr > 1) put(c + ccs, hsum(s01) + last(odd, a0, b1, end), add);
  if (mr > 1) {
    put(c + crs, hsum(s10) + last(odd, a1, b0, end), add);
    if (nr > 1) put(c + crs + ccs, hsum(s11) + last(odd, a1, b1, end), add);
  }
  if (mr > 2) {
    put(c + 2 * crs, hsum(s20) + last(odd, a2, b0, end), add);
    if (nr > 1) put(c + 2 * crs + ccs, hsum(s21) + last(odd, a2, b1, end), add);
  }
  if (mr > 3) {
    put(c + 3 * crs, hsum(s30) + last(odd, a3, b0, end), add);
    if (nr > 1) put(c + 3 * crs + ccs, hsum(s31) + last(odd, a3, b1, end), add);
  }
}

/**
 * C[0:mr, 0:nr] (+)= dot products of 2 rows of A (a0, a1) with 4 columns of B (b0..b3), for a last
 * strip of 1 or 2 rows, which dot42 would pad with wasted rows; as dot42 otherwise.
 */
// @ts-ignore: decorator
@inline
function dot24(kc: i32, a0: usize, a1: usize, b0: usize, b1: usize, b2: usize, b3: usize,
               c: usize, crs: usize, ccs: usize, mr: i32, nr: i32, add: bool): void {
  let s00 = f64x2.splat(0), s01 = f64x2.splat(0), s02 = f64x2.splat(0), s03 = f64x2.splat(0);
  let s10 = f64x2.splat(0), s11 = f64x2.splat(0), s12 = f64x2.splat(0), s13 = f64x2.splat(0);
  const end = <usize>(kc & ~1) << 3;
  for (let o: usize = 0; o < end; o += 16) {
    const y0 = v128.load(b0 + o), y1 = v128.load(b1 + o), y2 = v128.load(b2 + o), y3 = v128.load(b3 + o);
    let x = v128.load(a0 + o);
    s00 = fma(x, y0, s00); s01 = fma(x, y1, s01); s02 = fma(x, y2, s02); s03 = fma(x, y3, s03);
    x = v128.load(a1 + o);
    s10 = fma(x, y0, s10); s11 = fma(x, y1, s11); s12 = fma(x, y2, s12); s13 = fma(x, y3, s13);
  }
  const odd = (kc & 1) != 0;
  put(c, hsum(s00) + last(odd, a0, b0, end), add);
  if (nr > 1) put(c + ccs, hsum(s01) + last(odd, a0, b1, end), add);
  if (nr > 2) put(c + 2 * ccs, hsum(s02) + last(odd, a0, b2, end), add);
  if (nr > 3) put(c + 3 * ccs, hsum(s03) + last(odd, a0, b3, end), add);
  if (mr > 1) {
    put(c + crs, hsum(s10) + last(odd, a1, b0, end), add);
    if (nr > 1) put(c + crs + ccs, hsum(s11) + last(odd, a1, b1, end), add);
    if (nr > 2) put(c + crs + 2 * ccs, hsum(s12) + last(odd, a1, b2, end), add);
    if (nr > 3) put(c + crs + 3 * ccs, hsum(s13) + last(odd, a1, b3, end), add);
  }
}

/** a[k]·b[k] for the last k of an odd-length pair of rows (at byte offset `end`), else 0. */
// @ts-ignore: decorator
@inline
function last(odd: bool, a: usize, b: usize, end: usize): f64 {
  return odd ? load<f64>(a + end) * load<f64>(b + end) : 0.0;
}

/**
 * C = A·B for rows [i0, i0+m) and columns [0, N) when A's rows and B's columns are both contiguous
 * along k (A[i,k] at a + (i·ars + k)·8, B[k,j] at b + (k + j·bcs)·8): dot products, no packing.
 * Meant for few rows of A (they are re-read from L2 for every pair of B's columns, which are read
 * from memory once).
 */
export function gemmDot(i0: i32, m: i32, N: i32, K: i32, a: usize, ars: i32, b: usize, bcs: i32,
                        c: usize, crs: i32, ccs: i32): void {
  if (m <= 0 || N <= 0) return;
  const arsB = <usize>ars << 3, bcsB = <usize>bcs << 3;
  const crsB = <usize>crs << 3, ccsB = <usize>ccs << 3;
  if (K <= 0) {
    zeroRows(i0, m, N, c, crsB, ccsB);
    return;
  }
  // a last strip of 1 or 2 rows goes through dot24 (4 columns at a time)
  const tail = (m & 3) == 1 || (m & 3) == 2 ? m & 3 : 0;
  const end4 = i0 + m - tail;
  for (let k0 = 0; k0 < K; k0 += KD) {
    const kc = min(KD, K - k0);
    const add = k0 > 0;
    const ko = <usize>k0 << 3;
    if (tail > 0) {
      const a0 = a + <usize>end4 * arsB + ko;
      const a1 = tail > 1 ? a0 + arsB : a0;
      for (let j = 0; j < N; j += 4) {
        const nr = min(4, N - j);
        const b0 = b + <usize>j * bcsB + ko;
        const b1 = nr > 1 ? b0 + bcsB : b0, b2 = nr > 2 ? b0 + 2 * bcsB : b0, b3 = nr > 3 ? b0 + 3 * bcsB : b0;
        dot24(kc, a0, a1, b0, b1, b2, b3, c + <usize>end4 * crsB + <usize>j * ccsB, crsB, ccsB, tail, nr, add);
      }
    }
    for (let j = 0; j < N; j += 2) {
      const nr = min(2, N - j);
      const b0 = b + <usize>j * bcsB + ko;
      const b1 = nr > 1 ? b0 + bcsB : b0;
      for (let i = i0; i < end4; i += 4) {
        const mr = min(4, end4 - i);
        const a0 = a + <usize>i * arsB + ko;
        const a1 = mr > 1 ? a0 + arsB : a0;
        const a2 = mr > 2 ? a0 + 2 * arsB : a0;
        const a3 = mr > 3 ? a0 + 3 * arsB : a0;
        dot42(kc, a0, a1, a2, a3, b0, b1, c + <usize>i * crsB + <usize>j * ccsB, crsB, ccsB, mr, nr, add);
      }
    }
  }
}
