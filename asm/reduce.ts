// Sums of a float64 R×C block (strides in elements), in numpy's order so results match it bit for
// bit: along a row numpy uses pairwise summation (blocks of up to 128 with 8 accumulators, halves
// above that); down a column it adds row after row.

/** numpy's pairwise sum of n values at x, stride s bytes. */
function pairwise(x: usize, n: i32, s: usize): f64 {
  if (n < 8) {
    let res = 0.0;
    for (let i = 0; i < n; i++) res += load<f64>(x + <usize>i * s);
    return res;
  }
  if (n <= 128) {
    let i = 8;
    let res: f64;
    const m = n - (n & 7);
    if (s == 8) {
      // accumulators r0..r7 live in lanes: (r0 r1) (r2 r3) (r4 r5) (r6 r7)
      let v0 = v128.load(x), v1 = v128.load(x, 16), v2 = v128.load(x, 32), v3 = v128.load(x, 48);
      for (; i < m; i += 8) {
        const p = x + (<usize>i << 3);
        v0 = f64x2.add(v0, v128.load(p));
        v1 = f64x2.add(v1, v128.load(p, 16));
        v2 = f64x2.add(v2, v128.load(p, 32));
        v3 = f64x2.add(v3, v128.load(p, 48));
      }
      res = ((f64x2.extract_lane(v0, 0) + f64x2.extract_lane(v0, 1)) + (f64x2.extract_lane(v1, 0) + f64x2.extract_lane(v1, 1)))
          + ((f64x2.extract_lane(v2, 0) + f64x2.extract_lane(v2, 1)) + (f64x2.extract_lane(v3, 0) + f64x2.extract_lane(v3, 1)));
    } else {
      let r0 = load<f64>(x), r1 = load<f64>(x + s), r2 = load<f64>(x + 2 * s), r3 = load<f64>(x + 3 * s);
      let r4 = load<f64>(x + 4 * s), r5 = load<f64>(x + 5 * s), r6 = load<f64>(x + 6 * s), r7 = load<f64>(x + 7 * s);
      for (; i < m; i += 8) {
        const p = x + <usize>i * s;
        r0 += load<f64>(p); r1 += load<f64>(p + s); r2 += load<f64>(p + 2 * s); r3 += load<f64>(p + 3 * s);
        r4 += load<f64>(p + 4 * s); r5 += load<f64>(p + 5 * s); r6 += load<f64>(p + 6 * s); r7 += load<f64>(p + 7 * s);
      }
      res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    }
    for (; i < n; i++) res += load<f64>(x + <usize>i * s);
    return res;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  return pairwise(x, n2, s) + pairwise(x + <usize>n2 * s, n - n2, s);
}

/** out[r·os] = Σ_c x[r, c] for r < R (pairwise along each row). */
export function sumRows(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize, os: i32): void {
  const rsb = <usize>rs << 3, csb = <usize>cs << 3, osb = <usize>os << 3;
  for (let r = 0; r < R; r++) store<f64>(out + <usize>r * osb, 0.0 + pairwise(x + <usize>r * rsb, C, csb));
}

/** out[c] = Σ_r x[r, c] for c < C, adding row after row; out is contiguous. */
export function sumCols(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize): void {
  const rsb = <usize>rs << 3, csb = <usize>cs << 3;
  for (let c = 0; c < C; c++) store<f64>(out + (<usize>c << 3), 0.0);
  if (cs == 1) {
    // walk the rows in strips of 512 columns so the partial sums stay in L1
    for (let c0 = 0; c0 < C; c0 += 512) {
      const w = min(512, C - c0);
      for (let r = 0; r < R; r++) {
        let p = x + <usize>r * rsb + (<usize>c0 << 3), o = out + (<usize>c0 << 3);
        let c = 0;
        for (; c + 4 <= w; c += 4) {
          v128.store(o, f64x2.add(v128.load(o), v128.load(p)));
          v128.store(o, f64x2.add(v128.load(o, 16), v128.load(p, 16)), 16);
          p += 32; o += 32;
        }
        for (; c < w; c++) {
          store<f64>(o, load<f64>(o) + load<f64>(p));
          p += 8; o += 8;
        }
      }
    }
  } else {
    for (let r = 0; r < R; r++) {
      const p = x + <usize>r * rsb;
      for (let c = 0; c < C; c++) {
        const o = out + (<usize>c << 3);
        store<f64>(o, load<f64>(o) + load<f64>(p + <usize>c * csb));
      }
    }
  }
}
