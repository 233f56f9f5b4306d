// Elementwise binary ops on float64: out[r, c] = a[r, c] ∘ b[r, c] over an R×C block, operands read
// with any strides in elements (0 on broadcast axes), out contiguous. Inner loops are specialised for
// the layouts broadcasting produces: both contiguous, one side constant along the row (scalar or
// column broadcast), and one side transposed (walked in 4×2 tiles so both sides stream).

import { BINARY_ADD, BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_DIVIDE, BINARY_MAXIMUM, BINARY_MINIMUM } from "./ids";

// @ts-ignore: decorator
@final class Add { @inline f(x: v128, y: v128): v128 { return f64x2.add(x, y); } }
// @ts-ignore: decorator
@final class Sub { @inline f(x: v128, y: v128): v128 { return f64x2.sub(x, y); } }
// @ts-ignore: decorator
@final class Mul { @inline f(x: v128, y: v128): v128 { return f64x2.mul(x, y); } }
// @ts-ignore: decorator
@final class Div { @inline f(x: v128, y: v128): v128 { return f64x2.div(x, y); } }
// numpy's maximum/minimum: x if it is nan or strictly beyond y, else y (so y wins ties such as
// maximum(-0, 0) = 0, and a nan in y comes through)
// @ts-ignore: decorator
@final class Max { @inline f(x: v128, y: v128): v128 { return v128.bitselect(x, y, v128.or(f64x2.ne(x, x), f64x2.gt(x, y))); } }
// @ts-ignore: decorator
@final class Min { @inline f(x: v128, y: v128): v128 { return v128.bitselect(x, y, v128.or(f64x2.ne(x, x), f64x2.lt(x, y))); } }
/** The same op with its operands swapped, for when the loops need the transposed side first. */
// @ts-ignore: decorator
@final class Rev<O> { @inline f(x: v128, y: v128): v128 { return changetype<O>(0).f(y, x); } }

// @ts-ignore: decorator
@inline
function pair(p: usize, s: usize): v128 {
  return f64x2.replace_lane(v128.load64_splat(p), 1, load<f64>(p + s));
}

/** One row: n values, x and y each contiguous (s = 8), constant (s = 0) or strided. */
// @ts-ignore: decorator
@inline
function row<Op>(n: i32, x: usize, xs: usize, y: usize, ys: usize, o: usize): void {
  const op = changetype<Op>(0);
  let c = 0;
  if (xs == 8 && ys == 8) {
    for (; c + 4 <= n; c += 4) {
      v128.store(o, op.f(v128.load(x), v128.load(y)));
      v128.store(o, op.f(v128.load(x, 16), v128.load(y, 16)), 16);
      x += 32; y += 32; o += 32;
    }
  } else if (xs == 8 && ys == 0) {
    const yv = v128.load64_splat(y);
    for (; c + 4 <= n; c += 4) {
      v128.store(o, op.f(v128.load(x), yv));
      v128.store(o, op.f(v128.load(x, 16), yv), 16);
      x += 32; o += 32;
    }
  } else if (xs == 0 && ys == 8) {
    const xv = v128.load64_splat(x);
    for (; c + 4 <= n; c += 4) {
      v128.store(o, op.f(xv, v128.load(y)));
      v128.store(o, op.f(xv, v128.load(y, 16)), 16);
      y += 32; o += 32;
    }
  }
  for (; c + 2 <= n; c += 2) {
    v128.store(o, op.f(pair(x, xs), pair(y, ys)));
    x += 2 * xs; y += 2 * ys; o += 16;
  }
  if (c < n) v128.store64_lane(o, op.f(v128.load64_splat(x), v128.load64_splat(y)), 0);
}

/**
 * Rows r..r+3 where x is transposed (its rows are adjacent: xrs = 8) and y is contiguous along the
 * row: read x[r..r+3, c..c+1] as two column pairs, transpose them in registers, combine with y.
 */
// @ts-ignore: decorator
@inline
function tileT<Op>(C: i32, x: usize, xcs: usize, y: usize, yrs: usize, o: usize, ors: usize): i32 {
  const op = changetype<Op>(0);
  let c = 0;
  for (; c + 2 <= C; c += 2) {
    const x0 = x + <usize>c * xcs, x1 = x0 + xcs;
    const a01 = v128.load(x0), a23 = v128.load(x0, 16); // column c, rows r..r+3
    const b01 = v128.load(x1), b23 = v128.load(x1, 16); // column c+1
    const yc = y + (<usize>c << 3), oc = o + (<usize>c << 3);
    v128.store(oc, op.f(v128.shuffle<f64>(a01, b01, 0, 2), v128.load(yc)));
    v128.store(oc + ors, op.f(v128.shuffle<f64>(a01, b01, 1, 3), v128.load(yc + yrs)));
    v128.store(oc + 2 * ors, op.f(v128.shuffle<f64>(a23, b23, 0, 2), v128.load(yc + 2 * yrs)));
    v128.store(oc + 3 * ors, op.f(v128.shuffle<f64>(a23, b23, 1, 3), v128.load(yc + 3 * yrs)));
  }
  return c;
}

function block<Op>(R: i32, C: i32, a: usize, ars: usize, acs: usize, b: usize, brs: usize, bcs: usize, out: usize): void {
  const ors = <usize>C << 3;
  let r = 0;
  if (ars == 8 && acs > 8 && bcs == 8) {
    for (; r + 4 <= R; r += 4) {
      const ar = a + <usize>r * ars, br = b + <usize>r * brs, orow = out + <usize>r * ors;
      const c = tileT<Op>(C, ar, acs, br, brs, orow, ors);
      if (c < C) for (let k = 0; k < 4; k++) row<Op>(C - c, ar + <usize>k * ars + <usize>c * acs, acs, br + <usize>k * brs + (<usize>c << 3), 8, orow + <usize>k * ors + (<usize>c << 3));
    }
  } else if (brs == 8 && bcs > 8 && acs == 8) {
    for (; r + 4 <= R; r += 4) {
      const ar = a + <usize>r * ars, br = b + <usize>r * brs, orow = out + <usize>r * ors;
      const c = tileT<Rev<Op>>(C, br, bcs, ar, ars, orow, ors);
      if (c < C) for (let k = 0; k < 4; k++) row<Op>(C - c, ar + <usize>k * ars + (<usize>c << 3), 8, br + <usize>k * brs + <usize>c * bcs, bcs, orow + <usize>k * ors + (<usize>c << 3));
    }
  }
  for (; r < R; r++) row<Op>(C, a + <usize>r * ars, acs, b + <usize>r * brs, bcs, out + <usize>r * ors);
}

/**
 * out = a ∘ b over an R×C block (strides in elements, out contiguous). Op codes: BINARY_* of ids.ts
 * (generated from ids.json). Returns 0, or -1 for an unknown op.
 */
export function binary(op: i32, R: i32, C: i32, a: usize, ars: i32, acs: i32, b: usize, brs: i32, bcs: i32, out: usize): i32 {
  const ar = <usize>ars << 3, ac = <usize>acs << 3, br = <usize>brs << 3, bc = <usize>bcs << 3;
  switch (op) {
    case BINARY_ADD: block<Add>(R, C, a, ar, ac, b, br, bc, out); break;
    case BINARY_SUBTRACT: block<Sub>(R, C, a, ar, ac, b, br, bc, out); break;
    case BINARY_MULTIPLY: block<Mul>(R, C, a, ar, ac, b, br, bc, out); break;
    case BINARY_DIVIDE: block<Div>(R, C, a, ar, ac, b, br, bc, out); break;
    case BINARY_MAXIMUM: block<Max>(R, C, a, ar, ac, b, br, bc, out); break;
    case BINARY_MINIMUM: block<Min>(R, C, a, ar, ac, b, br, bc, out); break;
    default: return -1;
  }
  return 0;
}
