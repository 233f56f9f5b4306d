// Python's %-formatting of one number, as numpy's savetxt and tofile apply their `fmt` (%.18e, %d,
// %10.3f, %g, %s, ...). Rounding is exact and half-to-even on the binary value, as in C's printf,
// which JS's toFixed/toExponential (half-up) are not.
import { DType } from "../dtype";
import { scalarStr } from "../printing";

/** v (finite, ≥ 0) × 10^k rounded half-to-even to an integer, exactly. */
function scaledRound(v: number, k: number): bigint {
  if (v === 0) return 0n;
  // v = m · 2^e with m an integer
  let e = Math.floor(Math.log2(v)) - 52;
  let m = v / 2 ** e;
  while (!Number.isInteger(m)) (e -= 1), (m = v / 2 ** e);
  let num = BigInt(m), den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den, r = num % den;
  return 2n * r > den || (2n * r === den && q % 2n === 1n) ? q + 1n : q;
}

function fixed(v: number, p: number): string {
  const s = scaledRound(v, p).toString().padStart(p + 1, "0");
  return p === 0 ? s : `${s.slice(0, -p)}.${s.slice(-p)}`;
}

function sci(v: number, p: number, upper: boolean): string {
  let x = v === 0 ? 0 : Math.floor(Math.log10(v));
  let s = scaledRound(v, p - x);
  // the estimate of the exponent, or the rounding, may leave p + 2 digits or p
  if (v !== 0 && s >= 10n ** BigInt(p + 1)) (x += 1), (s = scaledRound(v, p - x));
  if (v !== 0 && s < 10n ** BigInt(p)) (x -= 1), (s = scaledRound(v, p - x));
  const d = s.toString();
  const mant = p === 0 ? d : `${d[0]}.${d.slice(1)}`;
  return `${mant}${upper ? "E" : "e"}${x < 0 ? "-" : "+"}${String(Math.abs(x)).padStart(2, "0")}`;
}

function general(v: number, p: number, alt: boolean, upper: boolean): string {
  const P = p === 0 ? 1 : p;
  if (v === 0) return alt ? fixed(0, P - 1) : "0";
  const e = sci(v, P - 1, false);
  const x = Number(e.slice(e.indexOf("e") + 1));
  let s = P > x && x >= -4 ? fixed(v, P - 1 - x) : sci(v, P - 1, upper);
  if (!alt) s = s.replace(/\.?0+(?=[eE]|$)/, (m) => (s.includes(".") ? "" : m));
  return s;
}

/** The text of `fmt` with its one %-spec filled by `value` (numpy's dtype decides %s's text). */
export function formatValue(fmt: string, value: number, dtype: DType): string {
  return formatRow(fmt, [value], dtype);
}

/** The text of `fmt` with its %-specs filled by `values` in turn (Python's `fmt % tuple(values)`). */
export function formatRow(fmt: string, values: readonly number[], dtype: DType): string {
  let used = 0;
  const out = fmt.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diueEfFgGsrxXo%])/g, (all, flags: string, width?: string, prec?: string, type?: string) => {
    if (type === "%") return "%";
    if (used >= values.length) throw new TypeError("not enough arguments for format string");
    const value = values[used++];
    const neg = value < 0 || (value === 0 && 1 / value < 0 && "eEfFgG".includes(type!));
    const a = Math.abs(value);
    let body: string;
    const p = prec === undefined ? 6 : Number(prec);
    if (type === "s" || type === "r") body = scalarStr(value, dtype);
    else if (!Number.isFinite(value)) body = value !== value ? "nan" : "inf";
    else if ("diu".includes(type!)) body = String(BigInt(Math.trunc(a)));
    else if (type === "x" || type === "X" || type === "o") body = BigInt(Math.trunc(a)).toString(type === "o" ? 8 : 16)[type === "X" ? "toUpperCase" : "toString"]();
    else if (type === "f" || type === "F") body = fixed(a, p);
    else if (type === "e" || type === "E") body = sci(a, p, type === "E");
    else body = general(a, p, flags.includes("#"), type === "G");
    if (type === "s" || type === "r") {
      const w = Number(width ?? 0);
      return flags.includes("-") ? body.padEnd(w) : body.padStart(w);
    }
    const sign = neg && !(("diuxXo".includes(type!)) && Math.trunc(value) === 0) ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const w = Number(width ?? 0);
    if (flags.includes("-")) return (sign + body).padEnd(w);
    if (flags.includes("0") && Number.isFinite(value)) return sign + body.padStart(w - sign.length, "0");
    return (sign + body).padStart(w);
  });
  if (used < values.length) throw new TypeError("not all arguments converted during string formatting");
  return out;
}
