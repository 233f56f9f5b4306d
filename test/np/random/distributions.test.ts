import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { random, RandomState } from "../../../src/np/random";
import { NDArray } from "../../../src/np/ndarray";
import { array } from "../../../src/np/creation";
import type { DType } from "../../../src/np/dtype";

// numpy's legacy RandomState distributions (test/gen/random_distributions_fixtures.py): every
// sampler step is followed by rand(3), so equal values there prove equal numbers of draws.
type Result =
  | { shape: number[]; dtype: string; data: number[] }
  | { scalar: number; int?: boolean }
  | { bytes: number[] }
  | { state: [string, number[], number, number, number] }
  | { stateDict: { bit_generator: string; key: number[]; pos: number; has_gauss: number; gauss: number } };
type Step = { fn: string; js: string; args: unknown[]; kwargs: Record<string, unknown>; result: Result };
type ErrorCase = Step & { error: string; type: string };
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "random_distributions.json"), "utf8")) as {
  cases: { name: string; seed: number; steps: Step[] }[];
  errors: ErrorCase[];
};

// Every sampler must match numpy bit for bit, floats included: the C library functions numpy's
// samplers call (log, exp, pow, log1p, cos, acos) are glibc's own here (src/np/random/libm.ts).

function decode(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ("float" in o) return o.float === "inf" ? Infinity : o.float === "-inf" ? -Infinity : NaN;
    if ("array" in o) return array(o.array as number[], { dtype: o.dtype as DType });
  }
  return v;
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function run(rs: RandomState, step: Step): unknown {
  const args = step.args.map(decode);
  const kw = Object.fromEntries(Object.entries(step.kwargs).map(([k, v]) => [camel(k), decode(v)]));
  const list = Object.keys(kw).length ? [...args, kw] : args;
  return (rs as unknown as Record<string, (...a: unknown[]) => unknown>)[step.js](...list);
}

/** Expects one result to equal numpy's exactly (Object.is for each number). */
function compare(got: unknown, want: Result, where: string) {
  if ("state" in want) {
    const [name, key, pos, hasGauss, gauss] = got as [string, Uint32Array, number, number, number];
    expect([name, Array.from(key), pos, hasGauss], where).toEqual(want.state.slice(0, 4));
    expect(Object.is(gauss, want.state[4]), where).toBe(true);
    return;
  }
  if ("stateDict" in want) {
    const d = got as { bit_generator: string; state: { key: Uint32Array; pos: number }; has_gauss: number; gauss: number };
    const w = want.stateDict;
    expect([d.bit_generator, Array.from(d.state.key), d.state.pos, d.has_gauss, d.gauss], where).toEqual([w.bit_generator, w.key, w.pos, w.has_gauss, w.gauss]);
    return;
  }
  if ("bytes" in want) {
    expect(got, where).toBeInstanceOf(Uint8Array);
    expect(Array.from(got as Uint8Array), where).toEqual(want.bytes);
    return;
  }
  if ("scalar" in want) {
    expect(typeof got, where).toBe("number");
    expect(got, where).toEqual(want.scalar);
    return;
  }
  expect(got, where).toBeInstanceOf(NDArray);
  const x = got as NDArray;
  expect([x.shape, x.dtype], where).toEqual([want.shape, want.dtype]);
  expect(want.data.map((_, i) => x.getFlat(i)), where).toEqual(want.data);
}

describe("legacy distributions match numpy's RandomState", () => {
  it("covers seeds 0, 1, 2, 3 and 42 and every new sampler", () => {
    expect(new Set(fixture.cases.map((c) => c.seed))).toEqual(new Set([0, 1, 2, 3, 42]));
    const fns = new Set(fixture.cases.flatMap((c) => c.steps.map((s) => s.js)));
    for (const fn of ["binomial", "poisson", "gamma", "beta", "multinomial", "hypergeometric", "getState", "bytes"]) expect(fns.has(fn), fn).toBe(true);
  });

  for (const c of fixture.cases) {
    it(c.name, () => {
      random.seed(c.seed);
      for (const [k, step] of c.steps.entries()) {
        const where = `step ${k} ${step.fn}(${JSON.stringify(step.args)}, ${JSON.stringify(step.kwargs)})`;
        const got = run(random, step);
        compare(got, step.result, where);
      }
    });
  }

  it("independent RandomState objects give the same streams", () => {
    for (const c of fixture.cases.filter((c) => c.seed === 42)) {
      const rs = new RandomState(42);
      for (const step of c.steps) {
        const got = run(rs, step);
        compare(got, step.result, c.name);
      }
    }
  });

  it("setState restores a getState snapshot, cached normal included", () => {
    const rs = new RandomState(7);
    rs.randn(1);
    const st = rs.getState();
    const a = [rs.randn(3), rs.poisson(5, 4), rs.gamma(0.5, 1, 3)].map((x) => Array.from((x as NDArray).data));
    rs.setState(st);
    const b = [rs.randn(3), rs.poisson(5, 4), rs.gamma(0.5, 1, 3)].map((x) => Array.from((x as NDArray).data));
    expect(b).toEqual(a);
    const other = new RandomState(0);
    other.setState(rs.getState({ legacy: false }));
    expect(other.rand()).toBe(rs.rand());
  });
});

describe("bad parameters raise numpy's errors", () => {
  for (const e of fixture.errors) {
    it(`${e.fn}(${JSON.stringify(e.args)}, ${JSON.stringify(e.kwargs)}) -> ${e.type}: ${e.error}`, () => {
      random.seed(0);
      expect(() => run(random, e)).toThrow(e.error);
    });
  }
});
