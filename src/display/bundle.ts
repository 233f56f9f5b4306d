// value → mime bundle, shared by the kernel's execute_result and display(): the object's own
// `[Symbol.for("Jupyter.display")]()` bundle (Deno's convention; NDArray and Figure have one), else
// util.inspect as text/plain.
import { inspect } from "node:util";
import type { MimeBundle } from "./bridge";

/** The symbol an object implements to choose how Jupyter shows it. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as any;

/** An object that brings its own mime bundle. */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** How plain values are printed (like the Node REPL, without colours). */
export const INSPECT_OPTIONS = { depth: 4, maxArrayLength: 100, maxStringLength: 10_000, breakLength: 80 };

/**
 * The mime bundle Jupyter shows for `value`. Always has text/plain. Binary data (Uint8Array) in a
 * bundle is base64-encoded, as the protocol wants for images.
 * @example
 * console.log(mimeBundle(np.eye(2))["text/plain"]) // → array([[1., 0.],
 * //        [0., 1.]])
 * @example mimeBundle({ a: 1 }) // → { 'text/plain': '{ a: 1 }' }
 */
export function mimeBundle(value: unknown): MimeBundle {
  const own = ownBundle(value);
  if (own) return own;
  return { "text/plain": inspect(value, INSPECT_OPTIONS) };
}

function ownBundle(value: unknown): MimeBundle | undefined {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  const method = (value as Record<symbol, unknown>)[JUPYTER_DISPLAY];
  if (typeof method !== "function") return undefined;
  const raw = method.call(value) as unknown;
  if (raw === null || typeof raw !== "object") return undefined;
  const out: MimeBundle = {};
  for (const [mime, data] of Object.entries(raw as MimeBundle)) {
    out[mime] = data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64") : data;
  }
  if (!("text/plain" in out)) out["text/plain"] = inspect(value, INSPECT_OPTIONS);
  return out;
}
