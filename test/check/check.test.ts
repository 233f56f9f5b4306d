// The check API test cells call: messages in the documented order (type, shape, dtype, values, hint),
// tolerances, released cells (begin/expect/end), and the three modes (released, recording, source).
import { describe, it, expect, afterEach } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { np } from "../../src/np";
import { check, compare, encode, decode, CheckError } from "../../src/check";

const msg = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CheckError);
    return (e as Error).message;
  }
  throw new Error("expected the check to fail");
};
const released = (expected: Record<string, unknown>, hidden = false) =>
  check.begin({ cell: "t-tests", exercise: "f", hidden, expected: Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, encode(v)])) });

afterEach(() => check.end());

describe("compare", () => {
  it("agrees within numpy's allclose rule and names the first problem otherwise", () => {
    expect(compare(np.array([1, 2]), np.array([1, 2 + 1e-12]))).toBeNull();
    expect(compare(3, 3 + 1e-3)?.kind).toBe("values");
    expect(compare(np.array([1.5]), np.array([1.5 + 1e-5]), { rtol: 1e-4 })).toBeNull();
    expect(compare(NaN, NaN)).toBeNull();
    expect(compare(Infinity, 1e308)?.kind).toBe("values");
  });
  it("reports type, then shape, then dtype, then values", () => {
    expect(compare(0.5, np.array([0.5]))?.message).toBe("wrong type: expected an np.NDArray of shape (1,), got the number 0.5.");
    expect(compare(np.zeros([3]), np.zeros([1, 3]))?.message).toMatch(/^wrong shape: expected \(1, 3\), got \(3,\)\. A dimension of size 1 is missing/);
    expect(compare(np.zeros([3, 2]), np.zeros([2, 3]))?.message).toMatch(/looks transposed/);
    expect(compare(np.array([true, false]), np.array([1.5, 0]))?.message).toBe("wrong dtype: expected float64, got bool.");
    expect(compare(np.array([1, 2]), np.array([1, 2], { dtype: "float64" }))).toBeNull();
    expect(compare(np.array([[1.5, 2], [3, 4]]), np.array([[1.5, 2], [3, 4.5]]))?.message).toBe(
      "wrong values: first difference at index [1, 1]: expected 4.5, got 4; 1 of 4 values differ (tolerance rtol=1e-7, atol=1e-10).",
    );
  });
  it("explains undefined, JavaScript arrays, NaN and one-value arrays", () => {
    expect(compare(undefined, np.zeros([2]))?.message).toMatch(/got undefined\. Did the function `return` its result\?/);
    expect(compare([1, 2], np.zeros([2]))?.message).toMatch(/got a JavaScript array of length 2\. Wrap it with np\.array/);
    expect(compare(np.array([NaN]), np.array([1.5]))?.message).toMatch(/got NaN \(NaN usually comes from/);
    expect(compare(np.array([[0.5]]), 0.5)?.message).toMatch(/expected a number, got an np\.NDArray of shape \(1, 1\)\. It is an array with one value/);
    expect(compare(np.array(0.5), 0.5)).toBeNull();
  });
  it("compares objects key by key and lists item by item, naming the path", () => {
    const want = { W1: np.zeros([2, 3]), b1: np.zeros([2, 1]) };
    expect(compare({ W1: np.zeros([3, 2]), b1: np.zeros([2, 1]) }, want)?.message).toMatch(/^wrong shape in W1: expected \(2, 3\), got \(3, 2\)/);
    expect(compare({ W1: np.zeros([2, 3]) }, want)?.message).toMatch(/^missing key: expected a key "b1"/);
    expect(compare([np.zeros([1]), 2], [np.zeros([1]), 3])?.message).toMatch(/^wrong value in \[1\]: expected 3, got 2/);
  });
});

describe("encode/decode", () => {
  it("keeps every bit, NaN, infinities, -0, dtypes and shapes", () => {
    const x = np.array([[0.1, NaN], [Infinity, -0]]);
    const y = decode(JSON.parse(JSON.stringify(encode(x)))) as any;
    expect(y.dtype).toBe("float64");
    expect(y.shape).toEqual([2, 2]);
    expect(Object.is(y.item(1, 1), -0)).toBe(true);
    expect(compare(y, x, { rtol: 0, atol: 0 })).toBeNull();
    const obj = { a: np.arange(3), b: [1, true, "s"], c: np.array(2.5) };
    expect(compare(decode(JSON.parse(JSON.stringify(encode(obj)))), obj, { rtol: 0, atol: 0 })).toBeNull();
  });
});

describe("check in a released test cell", () => {
  it("passes on the expected value and fails with what, problem and the matching hint", () => {
    released({ s: np.array([0.25, 0.5]) });
    check("s", np.array([0.25, 0.5]));
    const m = msg(() =>
      check("s", np.array([0.75, 0.5]), {
        what: "f(z)",
        hints: [
          { if: np.array([9, 9]), say: "not this one" },
          { if: np.array([0.75, 0.5]), say: "mind the sign" },
        ],
      }),
    );
    expect(m).toBe("f(z): wrong values: first difference at index [0]: expected 0.25, got 0.75; 1 of 2 values differ (tolerance rtol=1e-7, atol=1e-10).\nHint: mind the sign");
  });
  it("fails on a check id the released cell has no value for (an edited test cell)", () => {
    released({ a: 1 });
    expect(msg(() => check("b", 1))).toMatch(/no expected value for the check "b": the cell was changed/);
  });
  it("hidden values arrive with check.expect; predicates work as hints; a throwing hint is ignored", () => {
    released({ a: 1 }, true);
    check.expect({ h: encode(np.array([1, 2])) });
    check("h", np.array([1, 2]));
    const m = msg(() => check("a", 7, { hints: [{ if: () => { throw new Error("x"); }, say: "no" }, { if: (g: unknown) => g === 7, say: "seven" }] }));
    expect(m).toMatch(/Hint: seven$/);
  });
  it("a thunk's thrown error gets the hint whose RegExp matches it; other errors pass through", () => {
    released({ r: np.zeros([2, 1]) });
    const bad = () => np.zeros([2, 3]).add(np.zeros([2]));
    expect(msg(() => check("r", bad, { what: "f(x)", hints: [{ if: /could not be broadcast/, say: "keep the axis with { keepdims: true }" }] }))).toBe(
      "f(x): your code raised Error: operands could not be broadcast together with shapes (2,3) (2,) \nHint: keep the axis with { keepdims: true }",
    );
    expect(() => check("r", () => { throw new Error("f is not implemented yet"); }, { hints: [{ if: /broadcast/, say: "x" }] })).toThrow(/^f is not implemented yet$/);
    check("r", () => np.zeros([2, 1]));
  });
  it("check.close and check.that compare with what the test gives", () => {
    check.close(0.1 + 0.2, 0.3);
    expect(msg(() => check.close(np.array([1, 2]), np.array([1, 3]), { what: "L1" }))).toMatch(/^L1: wrong values/);
    check.that(true, "fine");
    expect(msg(() => check.that(false, "rows must sum to 1"))).toBe("rows must sum to 1");
  });
  it("the failing error's stack starts in the caller, not inside check", () => {
    released({ a: 1 });
    try {
      check("a", 2);
    } catch (e) {
      expect(String((e as Error).stack).split("\n")[1]).toMatch(/check\.test\.ts/);
    }
  });
});

describe("modes", () => {
  it("a source notebook (no begin): keyed checks pass, the reference being its own expectation", () => {
    check("anything", np.array([1]));
  });
  it("recording (DEEPTS_CHECK_RECORD): values are written with their cell and hidden flag", () => {
    const file = join(mkdtempSync(join(tmpdir(), "rec-")), "r.jsonl");
    process.env.DEEPTS_CHECK_RECORD = file;
    try {
      check.begin({ cell: "c1", exercise: "f", hidden: true, expected: {} });
      check("p", np.array([1.5]));
      check.expect({});
      check("h", 2);
      check.end();
    } finally {
      delete process.env.DEEPTS_CHECK_RECORD;
    }
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { cell: "c1", check: "p", hidden: false, value: { nd: "float64", shape: [1], data: [1.5] } },
      { cell: "c1", check: "h", hidden: true, value: { num: 2 } },
    ]);
  });
});
