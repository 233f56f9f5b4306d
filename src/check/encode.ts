// Values to and from JSON, exactly: the release records what the reference solution returned and
// writes it into the student's test cells; floats keep every bit (JSON numbers round-trip doubles),
// and NaN/±Infinity, which JSON lacks, are spelled as strings.
import { np, NDArray, type DType } from "../np";

/** A value as the release stores it. */
export type Encoded =
  | null
  | boolean
  | string
  | { num: number | string }
  | { nd: DType; shape: number[]; data: (number | string)[] }
  | { list: Encoded[] }
  | { obj: Record<string, Encoded> }
  | { undef: true };

const enc = (x: number): number | string => (Number.isFinite(x) ? (Object.is(x, -0) ? "-0" : x) : String(x));
const dec = (x: number | string): number => (typeof x === "number" ? x : x === "-0" ? -0 : Number(x));

/**
 * A value as JSON-safe data: numbers, booleans, strings, NDArrays, arrays and plain objects of them.
 * @example encode(np.array([1.5, NaN])) // { nd: "float64", shape: [2], data: [1.5, "NaN"] }
 */
export function encode(v: unknown): Encoded {
  if (v === undefined || typeof v === "function") return { undef: true };
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return { num: enc(v) };
  if (v instanceof NDArray) {
    const flat = v.flatten().data;
    return { nd: v.dtype, shape: [...v.shape], data: Array.from(flat as ArrayLike<number>, (x) => enc(Number(x))) };
  }
  if (Array.isArray(v)) return { list: v.map(encode) };
  if (typeof v === "object") {
    const obj: Record<string, Encoded> = {};
    for (const k of Object.keys(v as object).sort()) obj[k] = encode((v as Record<string, unknown>)[k]);
    return { obj };
  }
  return String(v);
}

/**
 * The value {@link encode} stored.
 * @example decode({ num: "Infinity" }) // Infinity
 */
export function decode(e: Encoded): unknown {
  if (e === null || typeof e !== "object") return e;
  if ("undef" in e) return undefined;
  if ("num" in e) return dec(e.num);
  if ("nd" in e) return np.array(e.data.map(dec), { dtype: e.nd }).reshape(e.shape);
  if ("list" in e) return e.list.map(decode);
  return Object.fromEntries(Object.entries(e.obj).map(([k, x]) => [k, decode(x)]));
}
