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

/** Folds rows r0.. of an R×C block into out[c] (contiguous), row after row, with the op's rule. */
function foldCols<Op>(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize, r0: i32): void {
  const op = changetype<Op>(0);
  const rsb = <usize>rs << 3, csb = <usize>cs << 3;
  if (cs == 1) {
    // walk the rows in strips of 512 columns so the running values stay in L1
    for (let c0 = 0; c0 < C; c0 += 512) {
      const w = min(512, C - c0);
      for (let r = r0; r < R; r++) {
        let p = x + <usize>r * rsb + (<usize>c0 << 3), o = out + (<usize>c0 << 3);
        let c = 0;
        for (; c + 4 <= w; c += 4) {
          // @ts-ignore: generic op
          v128.store(o, op.v(v128.load(o), v128.load(p)));
          // @ts-ignore: generic op
          v128.store(o, op.v(v128.load(o, 16), v128.load(p, 16)), 16);
          p += 32; o += 32;
        }
        for (; c < w; c++) {
          // @ts-ignore: generic op
          store<f64>(o, op.s(load<f64>(o), load<f64>(p)));
          p += 8; o += 8;
        }
      }
    }
  } else {
    for (let r = r0; r < R; r++) {
      const p = x + <usize>r * rsb;
      for (let c = 0; c < C; c++) {
        const o = out + (<usize>c << 3);
        // @ts-ignore: generic op
        store<f64>(o, op.s(load<f64>(o), load<f64>(p + <usize>c * csb)));
      }
    }
  }
}

// @ts-ignore: decorator
@final class Add {
  @inline v(a: v128, b: v128): v128 { return f64x2.add(a, b); }
  @inline s(a: f64, b: f64): f64 { return a + b; }
}

/** out[c] = Σ_r x[r, c] for c < C, adding row after row; out is contiguous. */
export function sumCols(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize): void {
  for (let c = 0; c < C; c++) store<f64>(out + (<usize>c << 3), 0.0);
  foldCols<Add>(R, C, x, rs, cs, out, 0);
}

// ---- maximum and minimum: the TypeScript loops' rule, lane by lane ----
// acc stays when it is nan or strictly better, else x is taken: nan propagates and, between equal
// values (0 and -0), the later one wins.

/** acc or x per lane by that rule (max: better = greater). */
// @ts-ignore: decorator
@inline
function pick(acc: v128, x: v128, max: bool): v128 {
  const keep = v128.or(f64x2.ne(acc, acc), max ? f64x2.gt(acc, x) : f64x2.lt(acc, x));
  return v128.bitselect(acc, x, keep);
}

// @ts-ignore: decorator
@inline
function pick1(acc: f64, x: f64, max: bool): f64 {
  return acc != acc || (max ? acc > x : acc < x) ? acc : x;
}

/**
 * out[r·os] = max (or min) over c of x[r, c]. Along a contiguous row, eight lanes run side by side
 * and are combined at the end (for equal values of different sign, like numpy's own SIMD loops, the
 * zero's sign may then differ from a strictly left-to-right scan).
 */
export function extremeRows(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize, os: i32, max: bool): void {
  const rsb = <usize>rs << 3, csb = <usize>cs << 3, osb = <usize>os << 3;
  for (let r = 0; r < R; r++) {
    const row = x + <usize>r * rsb;
    let acc = load<f64>(row);
    let c = 1;
    if (cs == 1 && C >= 16) {
      let v0 = v128.load(row), v1 = v128.load(row, 16), v2 = v128.load(row, 32), v3 = v128.load(row, 48);
      c = 8;
      for (; c + 8 <= C; c += 8) {
        const p = row + (<usize>c << 3);
        v0 = pick(v0, v128.load(p), max);
        v1 = pick(v1, v128.load(p, 16), max);
        v2 = pick(v2, v128.load(p, 32), max);
        v3 = pick(v3, v128.load(p, 48), max);
      }
      const v = pick(pick(v0, v1, max), pick(v2, v3, max), max);
      acc = pick1(f64x2.extract_lane(v, 0), f64x2.extract_lane(v, 1), max);
    }
    for (; c < C; c++) acc = pick1(acc, load<f64>(row + <usize>c * csb), max);
    store<f64>(out + <usize>r * osb, acc);
  }
}

// @ts-ignore: decorator
@final class Max {
  @inline v(a: v128, b: v128): v128 { return pick(a, b, true); }
  @inline s(a: f64, b: f64): f64 { return pick1(a, b, true); }
}
// @ts-ignore: decorator
@final class Min {
  @inline v(a: v128, b: v128): v128 { return pick(a, b, false); }
  @inline s(a: f64, b: f64): f64 { return pick1(a, b, false); }
}

/** out[c] = max (or min) over r of x[r, c], row after row (the same order as a scan); out contiguous. */
export function extremeCols(R: i32, C: i32, x: usize, rs: i32, cs: i32, out: usize, max: bool): void {
  const csb = <usize>cs << 3;
  for (let c = 0; c < C; c++) store<f64>(out + (<usize>c << 3), load<f64>(x + <usize>c * csb));
  if (max) foldCols<Max>(R, C, x, rs, cs, out, 1);
  else foldCols<Min>(R, C, x, rs, cs, out, 1);
}
