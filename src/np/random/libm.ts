// The C library functions numpy's samplers call, with C's semantics. log, exp, pow and log1p are
// glibc's bit for bit (glibc_log.ts, glibc_exp.ts, glibc_pow.ts, glibc_log1p.ts); cos and acos are
// JavaScript's, which differ from glibc's in the last bit for some inputs (measured: acos 7% of
// inputs, cos 3%), so the von Mises sampler matches numpy to within a few ulps.

export { glibcLog as log } from "./glibc_log";

export { glibcExp as exp } from "./glibc_exp";
export { glibcPow as pow } from "./glibc_pow";
export { glibcLog1p as log1p } from "./glibc_log1p";
export const cos = Math.cos;
export const acos = Math.acos;
