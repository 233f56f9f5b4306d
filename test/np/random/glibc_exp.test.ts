import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glibcExp } from "../../../src/np/random/glibc_exp";

// Expected values come from the C library (test/gen/glibc_exp_fixtures.py): glibc's exp through
// Python's math.exp.
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "glibc-exp.json"), "utf8")) as { exp: string };
const buf = Buffer.from(fixture.exp, "base64");
const data = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));

describe("glibcExp", () => {
  it(`matches glibc's exp bit for bit on ${data.length / 2} inputs`, () => {
    const bad: string[] = [];
    for (let i = 0; i < data.length; i += 2) {
      const got = glibcExp(data[i]);
      if (!Object.is(got, data[i + 1])) bad.push(`exp(${data[i]}) = ${got}, glibc ${data[i + 1]}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("the fixture distinguishes glibc from Math.exp (so the test above can fail)", () => {
    let differ = 0;
    for (let i = 0; i < data.length; i += 2) if (!Object.is(Math.exp(data[i]), data[i + 1])) differ++;
    expect(differ).toBeGreaterThan(500);
  });

  it("handles special values like C", () => {
    expect(glibcExp(0)).toBe(1);
    expect(glibcExp(-Infinity)).toBe(0);
    expect(glibcExp(Infinity)).toBe(Infinity);
    expect(glibcExp(NaN)).toBeNaN();
    expect(glibcExp(1000)).toBe(Infinity);
    expect(glibcExp(-1000)).toBe(0);
  });
});
