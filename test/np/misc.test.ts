// numpy's text and dict answers (test/fixtures/np/misc.json from test/gen/np_misc_fixtures.py):
// binary_repr, base_repr, typename, mintypecode, geterr, getbufsize; and the stored-only settings
// (seterr, errstate, setbufsize) and numpy's spellings of the print-option functions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";

const cases = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "np", "misc.json"), "utf8")).cases as any[];

describe("numpy's text and dict answers", () => {
  for (const c of cases.filter((m) => m.call !== "histogramdd")) {
    const kw = Object.keys(c.kwargs).length ? [c.kwargs] : [];
    it(`${c.call}(${c.args.map((a: unknown) => JSON.stringify(a)).join(", ")}${kw.length ? ", " + JSON.stringify(c.kwargs) : ""})`, () => {
      const run = () => (np as any)[c.call](...c.args, ...kw);
      if (c.error !== undefined) expect(run).toThrow(c.error);
      else expect(run()).toEqual(c.value);
    });
  }
});

describe("stored settings", () => {
  it("seterr returns the old settings, errstate restores them", () => {
    const old = np.seterr({ all: "ignore" });
    expect(old).toEqual({ divide: "warn", over: "warn", under: "ignore", invalid: "warn" });
    expect(np.seterr({ divide: "raise" })).toEqual({ divide: "ignore", over: "ignore", under: "ignore", invalid: "ignore" });
    expect(np.errstate({ over: "print" }, () => np.geterr())).toEqual({ divide: "raise", over: "print", under: "ignore", invalid: "ignore" });
    expect(np.geterr().over).toBe("ignore");
    expect(() => np.seterr({ divide: "x" as any })).toThrow("invalid error mode 'x'");
    expect(() => np.seterr({ foo: "ignore" } as any)).toThrow("seterr() got an unexpected keyword argument 'foo'");
    np.seterr(old);
    expect(np.geterr()).toEqual(old);
  });
  it("bufsize and errcall are kept", () => {
    expect(np.setbufsize(16384)).toBe(8192);
    expect(np.getbufsize()).toBe(16384);
    expect(() => np.setbufsize(-1)).toThrow("buffer size must be non-negative");
    np.setbufsize(8192);
    const f = () => undefined;
    expect(np.seterrcall(f)).toBe(null);
    expect(np.geterrcall()).toBe(f);
    np.seterrcall(null);
  });
  it("numpy's print-option names", () => {
    expect(np.getPrintoptions().precision).toBe(8);
    expect(np.printoptions({ precision: 2 }, () => String(np.array([1 / 3])))).toBe("[0.33]");
    np.setPrintoptions({ precision: 3 });
    expect(np.getPrintoptions().precision).toBe(3);
    np.resetPrintOptions();
  });
});
