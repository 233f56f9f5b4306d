import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glibcLog } from "../../../src/np/random/glibc_log";
import { fma } from "../../../src/np/random/fma";

// Expected values come from the C library (test/gen/glibc_log_fixtures.py): glibc's log through
// Python's math.log, and libm's fma.
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "glibc-log.json"), "utf8")) as { log: string; fma: string };

function doubles(b64: string): Float64Array {
  const buf = Buffer.from(b64, "base64");
  return new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

const hex = (x: number) => Buffer.from(new Float64Array([x]).buffer).reverse().toString("hex");

describe("glibcLog", () => {
  const data = doubles(fixture.log);
  it(`matches glibc's log bit for bit on ${data.length / 2} inputs`, () => {
    const bad: string[] = [];
    for (let i = 0; i < data.length; i += 2) {
      const got = glibcLog(data[i]);
      if (!Object.is(got, data[i + 1])) bad.push(`log(${data[i]}) = ${hex(got)}, glibc ${hex(data[i + 1])}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(data.length / 2).toBeGreaterThan(10000);
  });

  it("the fixture distinguishes glibc from Math.log (so the test above can fail)", () => {
    let differ = 0;
    for (let i = 0; i < data.length; i += 2) if (!Object.is(Math.log(data[i]), data[i + 1])) differ++;
    expect(differ).toBeGreaterThan(100);
  });

  it("handles special values like C", () => {
    expect(glibcLog(1)).toBe(0);
    expect(Object.is(glibcLog(1), 0)).toBe(true);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(-0)).toBe(-Infinity);
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(NaN)).toBeNaN();
    expect(glibcLog(5e-324)).toBe(-744.4400719213812);
  });
});

describe("fma", () => {
  const data = doubles(fixture.fma);
  it(`matches libm's fma on ${data.length / 4} operand triples, near-halfway cases included`, () => {
    const bad: string[] = [];
    let naiveDiffers = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [a, b, c, want] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (!Object.is(fma(a, b, c), want)) bad.push(`fma(${a}, ${b}, ${c}) = ${fma(a, b, c)}, libm ${want}`);
      if (!Object.is(a * b + c, want)) naiveDiffers++;
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(naiveDiffers).toBeGreaterThan(100);
  });
});
