// Runs the numpy-generated cases in test/fixtures/np/<group>.json against deepts's np.
// The case format is described at the top of test/gen/np_fixtures.py. Each case becomes one `it`,
// named like the numpy call, so a failure says which call and what differed.
//
// Comparison: dtype and shape always exactly; values exactly (NaN equals NaN, -0 differs from 0)
// unless the case carries `tol`, a relative tolerance the generator sets for transcendental
// functions and float reductions (numpy's pairwise summation, BLAS and libm may round differently in
// the last bits; 1e-12 for float64). Error cases require an Error whose message equals numpy's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src/np";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Step { call: string; args: Json[]; kwargs?: Record<string, Json> }
export interface Case {
  name: string;
  call: string;
  args: Json[];
  kwargs?: Record<string, Json>;
  via?: Step[];
  expect: Expect;
  tol?: number;
  atol?: number;
}
export type Item = { array: ArraySpec } | { scalar: Json; dtype: string };
export interface Expect {
  array?: ArraySpec; arrays?: ArraySpec[]; items?: Item[]; scalar?: Json; dtype?: string; plain?: boolean; value?: Json; error?: string;
}
/** Brings numpy's answer and deepts's to one canonical form before comparing (e.g. eigenvector signs). */
export type Canon = (c: Case, got: any, expect: Expect) => { got: any; expect: Expect };

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

/** A JSON number (or its string stand-in for nan/inf/-0) as a JS number; booleans pass through. */
function num(v: Json): number | boolean {
  if (typeof v === "string" && v in SPECIAL) return SPECIAL[v];
  if (typeof v === "number" || typeof v === "boolean") return v;
  throw new Error(`fixture: not a number: ${JSON.stringify(v)}`);
}

/** Input array: np.array(flat, { dtype }).reshape(shape), then the view steps. */
function buildArray(spec: ArraySpec, then: Step[] | undefined): NDArray {
  const flat = (spec.data ?? []).map(num);
  let x: any = (np as any).array(flat, { dtype: spec.dtype }).reshape(spec.shape);
  for (const s of then ?? []) x = invoke(s.call, [x, ...s.args.map(decode)], decodeKwargs(s.kwargs));
  return x;
}

/**
 * Functions fixtures pass by name (`{"fn": name}`, the generator's Fn): a test file registers the JS
 * counterpart of each numpy-side Python function here before its cases run.
 */
export const fixtureFunctions: Record<string, (...args: any[]) => any> = {};

/** Fixture argument -> the JS value deepts receives. */
function decode(v: Json): any {
  if (typeof v === "string") return v in SPECIAL ? SPECIAL[v] : v;
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === "object") {
    if ("array" in v) return buildArray(v.array as unknown as ArraySpec, v.then as unknown as Step[]);
    if ("newaxis" in v) return (np as any).newaxis;
    if ("null" in v) return null;
    if ("fn" in v) {
      const f = fixtureFunctions[v.fn as string];
      if (!f) throw new Error(`fixture: no function registered as ${v.fn}`);
      return f;
    }
    throw new Error(`fixture: unknown argument ${JSON.stringify(v)}`);
  }
  return v;
}

function decodeKwargs(kw: Record<string, Json> | undefined): Record<string, any> | undefined {
  if (!kw || Object.keys(kw).length === 0) return undefined;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(kw)) out[k] = decode(v);
  return out;
}

/** Performs `call` the way docs/np-api.md spells it: np.f(...args, opts), x.m(...rest, opts), x.get/set, x.attr. */
function invoke(call: string, args: any[], opts: Record<string, any> | undefined): any {
  const tail = opts ? [opts] : [];
  if (call === "get") return args[0].get(...args.slice(1));
  if (call === "set") {
    args[0].set(...args.slice(1));
    return args[0];
  }
  if (call.startsWith("attr:")) return args[0][call.slice(5)];
  if (call.startsWith("inplace:")) {
    invoke(call.slice(8), args, opts);
    return args[0];
  }
  if (call.startsWith(".")) {
    const name = call.slice(1);
    const m = args[0]?.[name];
    if (typeof m !== "function") throw new Error(`deepts: NDArray has no method ${name}()`);
    return m.apply(args[0], [...args.slice(1), ...tail]);
  }
  let fn: any = np;
  for (const part of call.split(".")) fn = fn?.[part];
  if (typeof fn !== "function") throw new Error(`deepts: np.${call} is missing`);
  return fn(...args, ...tail);
}

/** The elements of x in C order, read through shape/strides/offset (independent of x's own helpers). */
function readFlat(x: NDArray): (number | boolean)[] {
  const { shape, strides, offset, data } = x;
  const n = shape.reduce((a, b) => a * b, 1);
  const out: (number | boolean)[] = [];
  const idx = new Array(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    let off = offset;
    for (let d = 0; d < shape.length; d++) off += idx[d] * strides[d];
    const v = data[off] as number;
    out.push(x.dtype === "bool" ? v !== 0 : v);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

function same(got: number | boolean, want: number | boolean, tol: number | undefined, atol = 0): boolean {
  if (typeof want === "boolean" || typeof got === "boolean") return got === want;
  if (Object.is(got, want)) return true;
  if (tol === undefined) return false;
  if (Number.isNaN(got) || Number.isNaN(want) || !Number.isFinite(got) || !Number.isFinite(want)) return false;
  return Math.abs(got - want) <= atol + tol * Math.max(Math.abs(got), Math.abs(want));
}

function show(v: number | boolean): string {
  return Object.is(v, -0) ? "-0" : String(v);
}

function checkArray(got: any, want: ArraySpec, tol: number | undefined, atol?: number): void {
  expect(got, "result should be an NDArray").toBeInstanceOf(NDArray);
  const x = got as NDArray;
  expect(x.dtype, "dtype").toBe(want.dtype);
  expect([...x.shape], "shape").toEqual(want.shape);
  if (want.data === null) return;
  const vals = readFlat(x);
  const wantVals = want.data.map(num);
  const bad: string[] = [];
  for (let i = 0; i < wantVals.length; i++) {
    if (!same(vals[i], wantVals[i], tol, atol)) bad.push(`[${i}] got ${show(vals[i])} want ${show(wantVals[i])}`);
  }
  expect(bad.slice(0, 8), `values${tol ? ` (rel tol ${tol}${atol ? `, abs tol ${atol}` : ""})` : " (exact)"}, ${bad.length} differ`).toEqual([]);
}

function checkScalar(got: any, c: Case): void {
  const e = c.expect;
  const want = num(e.scalar as Json);
  let value: number | boolean;
  if (got instanceof NDArray) {
    expect(e.plain, `numpy gives a scalar here and docs/np-api.md says deepts returns a plain ${e.dtype === "bool" ? "boolean" : "number"}, got a ${got.dtype} NDArray of shape (${got.shape})`).toBe(false);
    expect([...got.shape], "0-d result shape").toEqual([]);
    expect(got.dtype, "dtype").toBe(e.dtype);
    value = readFlat(got)[0];
  } else {
    expect(["number", "boolean"], `result type (got ${got === null ? "null" : typeof got})`).toContain(typeof got);
    value = got;
    if (e.dtype === "bool" && typeof got === "number" && !/^(\.)?(any|all)$/.test(c.call)) value = got !== 0;
    if (e.dtype !== "bool" && typeof got === "boolean") value = got ? 1 : 0; // then differs from a number below
    if (e.dtype === "bool" && /^(\.)?(any|all)$/.test(c.call)) expect(typeof got, "any/all return a boolean").toBe("boolean");
    if (e.dtype !== "bool") expect(typeof got, "numeric scalar").toBe("number");
  }
  expect(same(value, want, c.tol, c.atol), `value: got ${show(value)} want ${show(want)}${c.tol ? ` (rel tol ${c.tol})` : " (exact)"}`).toBe(true);
}

function runCase(c: Case, canon?: Canon): void {
  let args: any[];
  try {
    args = c.args.map(decode);
  } catch (err) {
    throw new Error(`building the inputs failed (np.array/reshape/view steps): ${(err as Error).message}`);
  }
  const opts = decodeKwargs(c.kwargs);
  let result: any;
  let thrown: unknown = undefined;
  try {
    if (c.call === "setvia") {
      let view: any = args[0];
      for (const s of c.via ?? []) view = invoke(s.call, [view, ...s.args.map(decode)], decodeKwargs(s.kwargs));
      view.set(...args.slice(1));
      result = args[0];
    } else {
      result = invoke(c.call, args, opts);
    }
  } catch (err) {
    thrown = err;
  }
  if (c.expect.error !== undefined) {
    expect(thrown, `should throw: ${c.expect.error}`).toBeInstanceOf(Error);
    const msg = (thrown as Error).message;
    expect(msg, `error message\n  got:  ${JSON.stringify(msg)}\n  want: ${JSON.stringify(c.expect.error)}\n`).toBe(c.expect.error);
    return;
  }
  if (thrown !== undefined) throw thrown;
  let want = c.expect;
  if (canon) ({ got: result, expect: want } = canon(c, result, want));
  if (want.array) checkArray(result, want.array, c.tol, c.atol);
  else if (want.arrays) {
    expect(Array.isArray(result), "result should be a JS array of NDArrays").toBe(true);
    expect(result.length, "number of arrays").toBe(want.arrays.length);
    want.arrays.forEach((w, i) => checkArray(result[i], w, c.tol, c.atol));
  } else if (want.items) {
    expect(Array.isArray(result), "result should be a JS array").toBe(true);
    expect(result.length, "number of items").toBe(want.items.length);
    want.items.forEach((w, i) => {
      if ("array" in w) checkArray(result[i], w.array, c.tol, c.atol);
      else {
        const g = result[i] instanceof NDArray ? readFlat(result[i])[0] : result[i];
        expect(typeof g, `item ${i}: a plain number`).toBe("number");
        const v = num(w.scalar);
        expect(same(g, v, c.tol, c.atol), `item ${i}: got ${show(g)} want ${show(v)}`).toBe(true);
      }
    });
  }
  else if ("scalar" in want) checkScalar(result, { ...c, expect: want });
  else if ("value" in want) {
    const got = result instanceof NDArray ? result : Array.isArray(result) ? [...result] : result instanceof Uint8Array ? Array.from(result) : result;
    expect(got).toEqual(decode(want.value as Json));
  } else throw new Error("fixture: no expectation");
}

/** Loads test/fixtures/np/<group>.json. */
export function loadCases(group: string): Case[] {
  const path = join(__dirname, "..", "fixtures", "np", `${group}.json`);
  return JSON.parse(readFileSync(path, "utf8")).cases as Case[];
}

/** One describe block per fixture group, one `it` per numpy case. */
export function runFixtures(group: string, filter: (c: Case) => boolean = () => true, canon?: Canon): void {
  const cases = loadCases(group).filter(filter);
  describe(`np fixtures: ${group} (${cases.length} numpy cases)`, () => {
    for (const c of cases) it(c.name, () => runCase(c, canon));
  });
}
