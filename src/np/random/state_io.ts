// numpy's RandomState.get_state / set_state: the MT19937 key and position plus the cached normal
// deviate, as the legacy tuple or as the dict of the BitGenerator API.

import { NDArray } from "../ndarray";
import type { LegacyRandomState } from "./legacy";

/** numpy's legacy state tuple: ['MT19937', key (624 words), pos, has_gauss (0 or 1), cached gaussian]. */
export type LegacyStateTuple = [string, Uint32Array, number, number, number];

/** numpy's state dict (`get_state(legacy=False)`). */
export interface StateDict {
  bit_generator: string;
  state: { key: Uint32Array; pos: number };
  has_gauss: number;
  gauss: number;
}

/** Accepted keys: a typed array, a list or an NDArray of 624 words. */
type KeyLike = ArrayLike<number> | NDArray;

/** A state to restore: the tuple (3 or 5 entries) or the dict. */
export type StateLike =
  | readonly [string, KeyLike, number, (number | boolean)?, number?]
  | { bit_generator?: string; state?: { key: KeyLike; pos: number }; has_gauss?: number | boolean; gauss?: number };

export function getState(rs: LegacyRandomState, legacy: boolean): LegacyStateTuple | StateDict {
  const key = Uint32Array.from(rs.mt.key);
  const hasGauss = rs.hasGauss ? 1 : 0;
  if (legacy) return ["MT19937", key, rs.mt.pos, hasGauss, rs.gaussCache];
  return { bit_generator: "MT19937", state: { key, pos: rs.mt.pos }, has_gauss: hasGauss, gauss: rs.gaussCache };
}

export function setState(rs: LegacyRandomState, state: StateLike): void {
  let bitGenerator: string | undefined;
  let inner: { key: KeyLike; pos: number };
  let hasGauss: number | boolean = 0;
  let gauss = 0;
  if (Array.isArray(state)) {
    const t = state as readonly unknown[];
    if (t[0] !== "MT19937") throw new Error("set_state can only be used with legacy MT19937 state instances.");
    bitGenerator = "MT19937";
    inner = { key: t[1] as KeyLike, pos: t[2] as number };
    if (t.length > 3) {
      hasGauss = t[3] as number;
      gauss = t[4] as number;
    }
  } else if (typeof state === "object" && state !== null) {
    const d = state as Exclude<StateLike, readonly unknown[]>;
    if (!("bit_generator" in d) || !("state" in d) || d.state === undefined) throw new Error("state dictionary is not valid.");
    bitGenerator = d.bit_generator;
    inner = d.state;
    hasGauss = d.has_gauss ?? 0;
    gauss = d.gauss ?? 0;
  } else {
    throw new TypeError("state must be a dict or a tuple.");
  }
  if (bitGenerator !== "MT19937") throw new Error("state must be for a MT19937 PRNG");
  const key = inner.key instanceof NDArray ? Array.from({ length: inner.key.size }, (_, i) => (inner.key as NDArray).getFlat(i)) : inner.key;
  if (key.length < 624) throw new Error(`index ${key.length} is out of bounds for axis 0 with size ${key.length}`);
  for (let i = 0; i < 624; i++) rs.mt.key[i] = key[i];
  rs.mt.pos = inner.pos;
  rs.gaussCache = gauss;
  rs.hasGauss = Boolean(hasGauss);
}
