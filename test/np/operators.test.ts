// JavaScript's operators on an NDArray: `${x}`, String(x) and console.log(x) print numpy's str(x);
// arithmetic and comparisons (which would give NaN or a meaningless answer) throw a TypeError that
// names the method to use.
import { describe, expect, it } from "vitest";
import { format } from "node:util";
import { np, NDArray } from "../../src/np";

const z = np.array([1, 2, 3]);
const any = z as any;

describe("NDArray and JavaScript's operators", () => {
  it("text conversions give numpy's str", () => {
    expect(`${z}`).toBe("[1 2 3]");
    expect(String(z)).toBe("[1 2 3]");
    expect("x = ".concat(z as any)).toBe("x = [1 2 3]");
    expect(format("%s", z)).toBe("[1 2 3]");
    expect(format(z)).toBe("[1 2 3]");
    expect([z, z].join(" | ")).toBe("[1 2 3] | [1 2 3]");
    expect(JSON.stringify({ z })).toBe('{"z":[1,2,3]}');
  });

  it.each([
    ["-z", () => -any],
    ["+z", () => +any],
    ["z * 2", () => any * 2],
    ["1 + z", () => 1 + any],
    ["z - 1", () => any - 1],
    ["z / z", () => any / any],
    ["z ** 2", () => any ** 2],
    ["z < 0", () => any < 0],
    ["z == 1", () => any == 1],
    ["Math.exp(z)", () => Math.exp(any)],
    ["Number(z)", () => Number(any)],
    ['"text " + z', () => "text " + any],
  ])("%s throws a TypeError naming the fix", (_name, f) => {
    expect(f).toThrow(TypeError);
    expect(f).toThrow("use np.negative(x) or x.neg() for -x; x.add(y), x.sub(y), x.mul(y), x.div(y), x.pow(y)");
  });

  it("`+` with text names the text spellings too; neg() is negative()", () => {
    expect(() => "cost " + any).toThrow("`text ${x}` or String(x) for text");
    expect(z.neg().tolist()).toEqual([-1, -2, -3]);
    expect(z.neg()).toBeInstanceOf(NDArray);
    // comparisons that never convert still work
    expect(any == null).toBe(false);
    expect(any === z).toBe(true);
  });
});
