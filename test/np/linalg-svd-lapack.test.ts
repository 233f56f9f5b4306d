import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { svd } from "../../src/np/linalg_decomp";
import type { NDArray } from "../../src/np/ndarray";
import { array } from "../../src/np/creation";

// numpy.linalg.svd's u, s, vh for square, tall and wide matrices (test/gen/svd_lapack_fixtures.py), compared
// directly, not up to sign: deepts follows LAPACK dgesdd's path there, so every double must be equal.
type Factors = { u: number[]; s: number[]; vh: number[] };
type Case = Partial<Factors> & { kind: string; a: number[][]; reduced?: Factors };
const fixture = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "svd_lapack.json"), "utf8")) as { cases: Case[] };

/** Flat indices where x and want hold different doubles. */
function differing(x: NDArray, want: number[]): number[] {
  return want.flatMap((w, i) => (Object.is(x.getFlat(i), w) ? [] : [i]));
}

describe("np.linalg.svd equals numpy's u, s, vh bit for bit (min(m, n) up to 25)", () => {
  it("covers orders 1 to 25 and every kind", () => {
    const orders = new Set(fixture.cases.map((c) => c.a.length));
    expect(Math.min(...orders)).toBe(1);
    expect(Math.max(...orders)).toBeGreaterThanOrEqual(20);
    expect(new Set(fixture.cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(10);
    const tall = fixture.cases.filter((c) => c.a.length > c.a[0].length);
    expect(tall.some((c) => c.a.length >= Math.trunc((c.a[0].length * 11) / 6)), "QR-first path").toBe(true);
    expect(tall.some((c) => c.a.length < Math.trunc((c.a[0].length * 11) / 6)), "direct path").toBe(true);
    const wide = fixture.cases.filter((c) => c.a.length < c.a[0].length);
    expect(wide.some((c) => c.a[0].length >= Math.trunc((c.a.length * 11) / 6)), "LQ-first path").toBe(true);
    expect(wide.some((c) => c.a[0].length < Math.trunc((c.a.length * 11) / 6)), "direct wide path").toBe(true);
  });

  for (const [k, c] of fixture.cases.entries()) {
    it(`#${k} ${c.kind} ${c.a.length}×${c.a[0].length}`, () => {
      // float64 as in numpy (integer-valued lists would make int64 and lose a -0.0 entry's sign)
      const a = array(c.a, { dtype: "float64" });
      if (c.u && c.s && c.vh) {
        const [u, s, vh] = svd(a) as [NDArray, NDArray, NDArray];
        expect({ u: differing(u, c.u), s: differing(s, c.s), vh: differing(vh, c.vh) }).toEqual({ u: [], s: [], vh: [] });
      }
      if (c.reduced) {
        const [ur, sr, vhr] = svd(a, { fullMatrices: false }) as [NDArray, NDArray, NDArray];
        expect({ u: differing(ur, c.reduced.u), s: differing(sr, c.reduced.s), vh: differing(vhr, c.reduced.vh) }).toEqual({ u: [], s: [], vh: [] });
      }
    });
  }

  it("reduced matrices are the full ones for a square input", () => {
    const c = fixture.cases.find((x) => x.a.length === 5 && x.a[0].length === 5)!;
    const [u, , vh] = svd(c.a, { fullMatrices: false }) as [NDArray, NDArray, NDArray];
    expect(differing(u, c.u!)).toEqual([]);
    expect(differing(vh, c.vh!)).toEqual([]);
  });
});
