// The C library functions numpy's samplers call, with C's semantics. log, exp and pow are glibc's
// bit for bit (glibc_log.ts, glibc_exp.ts, glibc_pow.ts); log1p, cos and acos are JavaScript's, which
// differ from glibc's in the last bit for some inputs (measured: acos 7% of inputs, cos 3%, log1p
// under 0.1%), so samplers built on them (von Mises, Rayleigh) match numpy to within a few ulps.

export { glibcLog as log } from "./glibc_log";

export { glibcExp as exp } from "./glibc_exp";
export { glibcPow as pow } from "./glibc_pow";
export const log1p = Math.log1p;
export const cos = Math.cos;
export const acos = Math.acos;
