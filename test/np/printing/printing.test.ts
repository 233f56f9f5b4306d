// numpy's str()/repr() byte for byte, from test/fixtures/print.json (made by test/gen/print_fixtures.py).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  array2string,
  arrayRepr,
  arrayStr,
  formatFloatPositional,
  formatFloatScientific,
  getPrintOptions,
  Printable,
  PrintDType,
  PrintOptions,
  resetPrintOptions,
  scalarRepr,
  scalarStr,
  setPrintOptions,
  withPrintOptions,
} from "../../../src/np/printing";

type Enc = string | number;
interface Case {
  name: string;
  dtype: PrintDType;
  shape: number[];
  options: Partial<PrintOptions> | null;
  values?: Enc[];
  fill?: Enc;
  sparse?: [number, Enc][];
  str: string;
  repr: string;
}
interface A2SCase {
  dtype: PrintDType;
  shape: number[];
  values: Enc[];
  options: Partial<PrintOptions> | null;
  layout: { separator?: string; prefix?: string; suffix?: string };
  out: string;
}
interface ScalarCase {
  dtype: PrintDType;
  value: Enc;
  str: string;
  repr: string;
}
interface FloatCase {
  value: string;
  float32: boolean;
  pos_unique: string;
  pos_p8: string;
  pos_p3_exact: string;
  sci_unique: string;
  sci_p8: string;
  sci_p4_exact: string;
}

const fixtures = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "print.json"), "utf8")) as {
  cases: Case[];
  scalars: ScalarCase[];
  array2string: A2SCase[];
  floats: FloatCase[];
};

/** Python float repr -> JS number (exact: reprs round-trip). */
function dec(v: Enc): number {
  if (typeof v === "number") return v;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  if (v === "nan") return NaN;
  return Number(v);
}

/** A Printable straight from fixture values, independent of NDArray. */
function printable(c: Case): Printable {
  if (c.values) {
    const vals = c.values.map(dec);
    return { shape: c.shape, dtype: c.dtype, getFlat: (i) => vals[i] };
  }
  const fill = dec(c.fill!);
  const map = new Map(c.sparse!.map(([i, v]) => [i, dec(v)] as [number, number]));
  return { shape: c.shape, dtype: c.dtype, getFlat: (i) => (map.has(i) ? map.get(i)! : fill) };
}

describe("printing fixtures", () => {
  it("has enough varied cases", () => {
    expect(fixtures.cases.length).toBeGreaterThanOrEqual(200);
    const ndims = new Set(fixtures.cases.map((c) => c.shape.length));
    for (const d of [0, 1, 2, 3, 4]) expect(ndims.has(d)).toBe(true);
  });

  describe("str(x) and repr(x) of arrays", () => {
    it.each(fixtures.cases.map((c) => [c.name, c] as [string, Case]))("%s", (_name, c) => {
      const a = printable(c);
      const opts = c.options ?? undefined;
      expect(arrayStr(a, opts)).toBe(c.str);
      expect(arrayRepr(a, opts)).toBe(c.repr);
    });
  });

  it("np.array2string with separator, prefix and suffix", () => {
    expect(fixtures.array2string.length).toBeGreaterThan(0);
    for (const c of fixtures.array2string) {
      const vals = c.values.map(dec);
      const a: Printable = { shape: c.shape, dtype: c.dtype, getFlat: (i) => vals[i] };
      expect(array2string(a, c.options ?? undefined, c.layout)).toBe(c.out);
    }
  });

  describe("numpy scalars", () => {
    it.each(fixtures.scalars.map((s) => [`${s.dtype} ${s.value}`, s] as [string, ScalarCase]))("%s", (_n, s) => {
      expect(scalarStr(dec(s.value), s.dtype)).toBe(s.str);
      expect(scalarRepr(dec(s.value), s.dtype)).toBe(s.repr);
    });
  });

  it("format_float_positional / format_float_scientific on single values", () => {
    const bad: string[] = [];
    for (const f of fixtures.floats) {
      const x = dec(f.value);
      const float32 = f.float32;
      const got = {
        pos_unique: formatFloatPositional(x, { float32 }),
        pos_p8: formatFloatPositional(x, { precision: 8, trim: ".", float32 }),
        pos_p3_exact: formatFloatPositional(x, { precision: 3, unique: false, float32 }),
        sci_unique: formatFloatScientific(x, { float32 }),
        sci_p8: formatFloatScientific(x, { precision: 8, trim: ".", float32 }),
        sci_p4_exact: formatFloatScientific(x, { precision: 4, unique: false, float32 }),
      };
      for (const [k, v] of Object.entries(got)) {
        const want = f[k as keyof typeof got];
        if (v !== want) bad.push(`${f.value}${float32 ? " f32" : ""} ${k}: got ${v} want ${want}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("print options", () => {
  afterEach(() => resetPrintOptions());

  const sig = [-2, -1, 0, 1, 2].map((z) => 1 / (1 + Math.exp(-z)));
  const a: Printable = { shape: [5], dtype: "float64", getFlat: (i) => sig[i] };

  it("has numpy's defaults", () => {
    expect(getPrintOptions()).toEqual({
      precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false,
      nanstr: "nan", infstr: "inf", sign: "-", floatmode: "maxprec", legacy: false,
    });
  });

  it("the lecture's sigmoid prints like numpy", () => {
    expect(arrayStr(a)).toBe("[0.11920292 0.26894142 0.5        0.73105858 0.88079708]");
  });

  it("setPrintOptions changes later output and per-call options override it", () => {
    setPrintOptions({ precision: 3 });
    expect(arrayStr(a)).toBe("[0.119 0.269 0.5   0.731 0.881]");
    expect(arrayStr(a, { precision: 2 })).toBe("[0.12 0.27 0.5  0.73 0.88]");
    expect(getPrintOptions().precision).toBe(3);
  });

  it("withPrintOptions restores the previous options, even after an error", () => {
    expect(withPrintOptions({ precision: 2 }, () => arrayStr(a))).toBe("[0.12 0.27 0.5  0.73 0.88]");
    expect(getPrintOptions().precision).toBe(8);
    expect(() => withPrintOptions({ precision: 2 }, () => { throw new Error("boom"); })).toThrow("boom");
    expect(getPrintOptions().precision).toBe(8);
  });

  it("rejects bad options with numpy's messages", () => {
    expect(() => setPrintOptions({ floatmode: "bad" as never })).toThrow(
      'floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"',
    );
    expect(() => setPrintOptions({ sign: "x" as never })).toThrow("sign option must be one of ' ', '+', or '-'");
    expect(() => setPrintOptions({ precision: 1.5 })).toThrow("precision must be an integer");
    expect(() => setPrintOptions({ bogus: 1 } as never)).toThrow(
      "set_printoptions() got an unexpected keyword argument 'bogus'",
    );
  });
});
