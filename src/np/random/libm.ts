// The C library functions numpy's samplers call, with C's semantics. log and exp are glibc's bit
// for bit (glibc_log.ts, glibc_exp.ts); pow, log1p, cos and acos are JavaScript's, which differ from
// glibc's in the last bit for some inputs (measured: pow about 10% of inputs, acos 7%, cos 3%,
// log1p under 0.1%), so samplers built on them match numpy to within a few ulps, not always bit for bit.

export { glibcLog as log } from "./glibc_log";

export { glibcExp as exp } from "./glibc_exp";
export const log1p = Math.log1p;
export const cos = Math.cos;
export const acos = Math.acos;

/**
 * C's pow: unlike Math.pow, pow(1, y) is 1 for every y (NaN included) and pow(-1, ±Infinity) is 1.
 * @example pow(1, NaN) // → 1
 */
export function pow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}
