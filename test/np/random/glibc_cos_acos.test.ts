import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glibcAcos } from "../../../src/np/random/glibc_acos";
import { glibcCos } from "../../../src/np/random/glibc_cos";

// Expected values come from the C library (test/gen/glibc_cos_acos_fixtures.py): glibc's cos and acos
// through Python's math.cos and math.acos.
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "glibc-cos-acos.json"), "utf8")) as Record<string, string>;
const pairs = (name: string) => {
  const buf = Buffer.from(fixture[name], "base64");
  return new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
};

for (const [name, ours, js] of [
  ["cos", glibcCos, Math.cos],
  ["acos", glibcAcos, Math.acos],
] as const) {
  const data = pairs(name);
  describe(`glibc ${name}`, () => {
    it(`matches glibc's ${name} bit for bit on ${data.length / 2} inputs`, () => {
      const bad: string[] = [];
      for (let i = 0; i < data.length; i += 2) {
        const got = ours(data[i]);
        if (!Object.is(got, data[i + 1])) bad.push(`${name}(${data[i]}) = ${got}, glibc ${data[i + 1]}`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });

    it(`the fixture distinguishes glibc from Math.${name} (so the test above can fail)`, () => {
      let differ = 0;
      for (let i = 0; i < data.length; i += 2) if (!Object.is(js(data[i]), data[i + 1])) differ++;
      expect(differ).toBeGreaterThan(100);
    });
  });
}

describe("special values like C", () => {
  it("cos", () => {
    expect(glibcCos(0)).toBe(1);
    expect(glibcCos(-0)).toBe(1);
    expect(glibcCos(Infinity)).toBeNaN();
    expect(glibcCos(-Infinity)).toBeNaN();
    expect(glibcCos(NaN)).toBeNaN();
  });

  it("acos", () => {
    expect(glibcAcos(1)).toBe(0);
    expect(glibcAcos(-1)).toBe(Math.PI);
    expect(glibcAcos(0)).toBe(Math.PI / 2);
    expect(glibcAcos(1.0000000000000002)).toBeNaN();
    expect(glibcAcos(-Infinity)).toBeNaN();
    expect(glibcAcos(NaN)).toBeNaN();
  });
});
