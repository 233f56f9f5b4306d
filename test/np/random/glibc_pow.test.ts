import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glibcPow } from "../../../src/np/random/glibc_pow";

// Expected values come from the C library (test/gen/glibc_pow_fixtures.py): glibc's pow through
// Python's math.pow.
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "glibc-pow.json"), "utf8")) as { pow: string };
const buf = Buffer.from(fixture.pow, "base64");
const data = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));

describe("glibcPow", () => {
  it(`matches glibc's pow bit for bit on ${data.length / 3} argument pairs`, () => {
    const bad: string[] = [];
    for (let i = 0; i < data.length; i += 3) {
      const got = glibcPow(data[i], data[i + 1]);
      if (!Object.is(got, data[i + 2])) bad.push(`pow(${data[i]}, ${data[i + 1]}) = ${got}, glibc ${data[i + 2]}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("the fixture distinguishes glibc from Math.pow (so the test above can fail)", () => {
    let differ = 0;
    for (let i = 0; i < data.length; i += 3) if (!Object.is(Math.pow(data[i], data[i + 1]), data[i + 2])) differ++;
    expect(differ).toBeGreaterThan(300);
  });

  it("handles special values like C", () => {
    expect(glibcPow(1, NaN)).toBe(1);
    expect(glibcPow(-1, Infinity)).toBe(1);
    expect(glibcPow(NaN, 0)).toBe(1);
    expect(glibcPow(0, -1)).toBe(Infinity);
    expect(glibcPow(-2, 3)).toBe(-8);
    expect(glibcPow(-2, 0.5)).toBeNaN();
    expect(glibcPow(0.5, Infinity)).toBe(0);
  });
});
