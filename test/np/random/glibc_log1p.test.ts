import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glibcLog1p } from "../../../src/np/random/glibc_log1p";

// Expected values come from the C library (test/gen/glibc_log1p_fixtures.py): glibc's log1p through
// Python's math.log1p.
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "glibc-log1p.json"), "utf8")) as { log1p: string };
const buf = Buffer.from(fixture.log1p, "base64");
const data = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));

describe("glibcLog1p", () => {
  it(`matches glibc's log1p bit for bit on ${data.length / 2} inputs`, () => {
    const bad: string[] = [];
    for (let i = 0; i < data.length; i += 2) {
      const got = glibcLog1p(data[i]);
      if (!Object.is(got, data[i + 1])) bad.push(`log1p(${data[i]}) = ${got}, glibc ${data[i + 1]}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("the fixture distinguishes glibc from Math.log1p (so the test above can fail)", () => {
    let differ = 0;
    for (let i = 0; i < data.length; i += 2) if (!Object.is(Math.log1p(data[i]), data[i + 1])) differ++;
    expect(differ).toBeGreaterThan(5);
  });

  it("handles special values like C", () => {
    expect(glibcLog1p(0)).toBe(0);
    expect(Object.is(glibcLog1p(-0), -0)).toBe(true);
    expect(glibcLog1p(-1)).toBe(-Infinity);
    expect(glibcLog1p(-2)).toBeNaN();
    expect(glibcLog1p(Infinity)).toBe(Infinity);
    expect(glibcLog1p(NaN)).toBeNaN();
  });
});
