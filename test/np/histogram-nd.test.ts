// numpy-generated cases for histogram2d (test/fixtures/np/histogramnd.json) and histogramdd
// (misc.json, whose edges numpy gives as a list), both from test/gen/np_misc_fixtures.py.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { runFixtures } from "./fixture-runner";

runFixtures("histogramnd");

const misc = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "np", "misc.json"), "utf8")).cases as any[];
const close = (got: number[], want: number[]) => expect(got.map((v, i) => Math.abs(v - want[i]) <= 1e-12 * Math.max(1, Math.abs(want[i])))).toEqual(want.map(() => true));

describe("histogramdd against numpy", () => {
  for (const c of misc.filter((m) => m.call === "histogramdd")) {
    it(`histogramdd(${JSON.stringify(c.args[0].array.shape)}, ${JSON.stringify(c.kwargs)})`, () => {
      const s = np.array(c.args[0].array.data).reshape(c.args[0].array.shape);
      const run = () => np.histogramdd(s, c.kwargs);
      if (c.error !== undefined) return expect(run).toThrow(c.error);
      const [h, edges] = run();
      expect(h.dtype).toBe("float64");
      expect(h.shape).toEqual(c.value.shape);
      close(Array.from(h.data as Float64Array), c.value.hist);
      expect(edges.length).toBe(c.value.edges.length);
      edges.forEach((e, i) => close(Array.from(e.data as Float64Array), c.value.edges[i]));
    });
  }
});
