import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { random, defaultRng, Generator, PCG64, SeedSequence } from "../../../src/np/random";
import { NDArray } from "../../../src/np/ndarray";
import { array } from "../../../src/np/creation";
import type { DType } from "../../../src/np/dtype";

// Expected streams come from numpy's default_rng (test/gen/random_generator_fixtures.py); doubles are
// compared bit for bit.
type Seed = number | string | number[];
type Result =
  | { shape: number[]; dtype: string; data: number[] }
  | { scalar: number }
  | { list: unknown[] }
  | { raw: string }
  | { state: { state: string; inc: string; hasUint32: number; uinteger: number } }
  | null;
/** (`ulps` in the fixture marks steps whose values come from C's pow: exact here too, with glibc's pow.) */
type Step = { fn: string; args: unknown[]; kwargs: Record<string, unknown>; result: Result; ulps?: number };
type Summary = { n: number; sum: number; tail: [number, number][] };
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "random_generator.json"), "utf8")) as {
  cases: { name: string; seed: Seed; steps: Step[] }[];
  long: { seed: Seed; normal: Summary; exponential: Summary; normal32: Summary; exponential32: Summary; binomial: { n: number; p: number; size: number; sum: number; weighted: number }[] }[];
  seedSequences: { entropy: Seed; spawnKey: number[]; words: number[] }[];
  errors: (Step & { error: string; type: string })[];
};

/** A fixture seed: big integers are strings there. */
const seedOf = (s: Seed) => (typeof s === "string" ? BigInt(s) : s);

function decode(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v) && "array" in v) {
    const o = v as { array: number[]; dtype: DType };
    return array(o.array, { dtype: o.dtype });
  }
  return v;
}

/** Replays one numpy call on a Generator; returns what the step's result describes. */
function run(rng: Generator, step: Step): unknown {
  const args = step.args.map(decode);
  const kw = Object.fromEntries(Object.entries(step.kwargs).map(([k, v]) => [k, decode(v)]));
  const bg = rng.bitGenerator;
  switch (step.fn) {
    case "shuffle": {
      rng.shuffle(args[0] as NDArray, kw);
      return args[0];
    }
    case "shuffleList": {
      const list = [...(step.args[0] as number[])];
      rng.shuffle(list);
      return list;
    }
    case "shuffleListAxis":
      return rng.shuffle([1, 2, 3], { axis: 1 });
    case "raw":
      return { raw: String(bg.randomRaw()) };
    case "state": {
      const st = bg.state;
      return { state: { state: String(st.state.state), inc: String(st.state.inc), hasUint32: st.hasUint32, uinteger: st.uinteger } };
    }
    case "advance":
      return bg.advance(args[0] as number);
    case "jumpedRaw": {
      const j = bg.jumped(...(args as number[]));
      return [0, 1, 2].map(() => String(j.randomRaw()));
    }
    case "defaultRng":
      return defaultRng(step.args[0] as number).random();
    case "spawnRandom":
      return rng.spawn(args[0] as number).map((c) => Array.from((c.random(3) as NDArray).data));
    case "choice":
      return rng.choice(args[0] as number, kw);
    case "permutation":
    case "permuted":
      return (rng[step.fn] as (x: unknown, o: unknown) => unknown)(args[0], kw);
    default: {
      const withKw = Object.keys(kw).length ? [...args, kw] : args;
      return (rng as unknown as Record<string, (...a: unknown[]) => unknown>)[step.fn](...withKw);
    }
  }
}

const ulp = (v: number) => (v === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52));
const close = (a: number, b: number, ulps: number) => Object.is(a, b) || Math.abs(a - b) <= ulps * ulp(b);

function expectResult(got: unknown, want: Result, where: string, ulps = 0) {
  if (want === null) return;
  if ("scalar" in want) {
    expect(typeof got, where).toBe("number");
    expect(close(got as number, want.scalar, ulps), `${where}: ${got} vs ${want.scalar}`).toBe(true);
  } else if ("list" in want || "raw" in want || "state" in want) {
    expect(got, where).toEqual("list" in want ? want.list : want);
  } else {
    expect(got, where).toBeInstanceOf(NDArray);
    const x = got as NDArray;
    expect(x.shape, where).toEqual(want.shape);
    expect(x.dtype, where).toBe(want.dtype);
    const vals = Array.from({ length: x.size }, (_, i) => x.getFlat(i));
    const diff = vals.findIndex((v, i) => !close(v, want.data[i], ulps));
    expect(diff, `${where}: element ${diff}: ${vals[diff]} vs numpy ${want.data[diff]}`).toBe(-1);
  }
}

describe("np.random.defaultRng streams match numpy's Generator (PCG64)", () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const rng = defaultRng(seedOf(c.seed));
      c.steps.forEach((step, k) => expectResult(run(rng, step), step.result, `step ${k} ${step.fn}(${JSON.stringify(step.args)}, ${JSON.stringify(step.kwargs)})`));
    });
  }
});

// The ziggurats' rare tail draws call log1p, where V8's Math.log1p is not glibc's (it differs in the
// last bit for about 1 input in 1000); with glibc's log1p (src/np/random/libm.ts) every draw is exact,
// tails included.
describe("a million normals and exponentials per seed, tails included", () => {
  for (const l of fixture.long) {
    it(`seed ${JSON.stringify(l.seed)}`, () => {
      const rng = defaultRng(seedOf(l.seed));
      const f32 = { dtype: "float32" } as const;
      const draws = {
        normal: () => rng.standardNormal(),
        exponential: () => rng.standardExponential(),
        normal32: () => (rng.standardNormal(1, f32) as NDArray).data[0],
        exponential32: () => (rng.standardExponential(1, f32) as NDArray).data[0],
      };
      const kinds = [
        ["normal", l.normal, 3.6541528853610088],
        ["exponential", l.exponential, 7.69711747013105],
        ["normal32", l.normal32, Math.fround(3.6541528853610088)],
        ["exponential32", l.exponential32, Math.fround(7.69711747013105)],
      ] as const;
      for (const [kind, want, bound] of kinds) {
        const draw = draws[kind];
        let sum = 0;
        const tail: [number, number][] = [];
        for (let i = 0; i < want.n; i++) {
          const v = draw();
          sum += v;
          if (Math.abs(v) >= bound) tail.push([i, v]);
        }
        expect(tail.map((t) => t[0]), kind).toEqual(want.tail.map((t) => t[0]));
        tail.forEach(([i, v], k) => expect(v, `${kind} draw ${i}`).toBe(want.tail[k][1]));
        expect(Object.is(sum, want.sum), `${kind} sum ${sum} vs ${want.sum}`).toBe(true);
      }
    });
  }
});

// BTPE's last acceptance test (Stirling terms) is reached only now and then: 20,000 draws per (n, p)
// after the normals and exponentials above, summed and index-weighted (the stream must be the same
// draw for draw; numpy 2.4's Generator keeps the legacy constants of that test).
describe("long binomial streams (BTPE)", () => {
  for (const l of fixture.long) {
    it(`seed ${JSON.stringify(l.seed)}`, () => {
      const rng = defaultRng(seedOf(l.seed));
      const f32 = { dtype: "float32" } as const;
      for (const kind of ["normal", "exponential"] as const) for (let i = 0; i < l[kind].n; i++) kind === "normal" ? rng.standardNormal() : rng.standardExponential();
      for (let i = 0; i < l.normal32.n; i++) rng.standardNormal(1, f32);
      for (let i = 0; i < l.exponential32.n; i++) rng.standardExponential(1, f32);
      for (const b of l.binomial) {
        const ks = (rng.binomial(b.n, b.p, b.size) as NDArray).data;
        let sum = 0, weighted = 0;
        for (let i = 0; i < ks.length; i++) {
          sum += Number(ks[i]);
          weighted += (i + 1) * Number(ks[i]);
        }
        expect([sum, weighted], `binomial(${b.n}, ${b.p})`).toEqual([b.sum, b.weighted]);
      }
    });
  }
});

describe("SeedSequence", () => {
  it("generates numpy's state words for integers of any size, lists and spawn keys", () => {
    for (const s of fixture.seedSequences) {
      const e = s.entropy;
      const seq = new SeedSequence(typeof e === "string" ? BigInt(e) : e, { spawnKey: s.spawnKey });
      expect(Array.from(seq.generateState(6)), JSON.stringify(s)).toEqual(s.words);
    }
  });
});

describe("errors use numpy's messages", () => {
  for (const e of fixture.errors) {
    it(`${e.fn}(${JSON.stringify(e.args)}, ${JSON.stringify(e.kwargs)}) -> ${e.type}`, () => {
      expect(() => run(defaultRng(0), e)).toThrow(e.error);
    });
  }
});

describe("defaultRng", () => {
  it("passes Generators through, wraps a PCG64, and is on np.random", () => {
    const g = defaultRng(3);
    expect(defaultRng(g)).toBe(g);
    const bg = new PCG64(5);
    expect(defaultRng(bg).bitGenerator).toBe(bg);
    expect(random.defaultRng(42).random()).toBe(defaultRng(42).random());
    expect(typeof defaultRng().random()).toBe("number");
  });

  it("restores a saved state", () => {
    const rng = defaultRng(9);
    rng.integers(10);
    const saved = rng.bitGenerator.state;
    const a = rng.random(4) as NDArray;
    rng.bitGenerator.state = saved;
    expect(Array.from((rng.random(4) as NDArray).data)).toEqual(Array.from(a.data));
  });
});
