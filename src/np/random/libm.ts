// The C library functions numpy's samplers call, with C's semantics: glibc's log, exp, pow, log1p,
// cos and acos bit for bit (glibc_log.ts, glibc_exp.ts, glibc_pow.ts, glibc_log1p.ts, glibc_cos.ts,
// glibc_acos.ts). JavaScript's Math versions differ from glibc's in the last bit for a few percent
// of inputs, which would change numpy's random streams.

export { glibcLog as log } from "./glibc_log";

export { glibcExp as exp } from "./glibc_exp";
export { glibcPow as pow } from "./glibc_pow";
export { glibcLog1p as log1p } from "./glibc_log1p";
export { glibcCos as cos } from "./glibc_cos";
export { glibcAcos as acos } from "./glibc_acos";
