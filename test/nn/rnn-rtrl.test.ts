// RTRL and truncated BPTT: against the numpy reference and against full BPTT.
import { describe, expect, it } from "vitest";
import * as rnn from "../../src/nn/rnn";
import { expectClose, fixtures, inputs } from "./rnn-fixture";

const PARAMS = ["dWax", "dWaa", "dba", "dWya", "dby"] as const;

describe.each(fixtures.cases.map((c) => [c.name, c] as const))("rtrl and truncated bptt, %s case", (_name, c) => {
  const { x, a0, y, p, output } = inputs(c);
  const full = rnn.bptt(x, y, a0, p, { output });

  it("rtrl matches the numpy forward-mode reference within 1e-10", () => {
    const r = rnn.rtrl(x, y, a0, p, { output });
    expectClose([r.loss], [c.rtrl.loss], 1e-10, "loss");
    for (const k of [...PARAMS, "da0"] as const) expectClose(r.gradients[k], c.rtrl.gradients[k], 1e-10, k);
    expectClose(r.aLast, full.a.get(":", ":", -1), 1e-12, "aLast");
  });

  it("rtrl and bptt give the same gradients within 1e-9", () => {
    const r = rnn.rtrl(x, y, a0, p, { output });
    expectClose([r.loss], [full.loss], 1e-9, "loss");
    for (const k of [...PARAMS, "da0"] as const) expectClose(r.gradients[k], full.gradients[k], 1e-9, k);
  });

  it("truncatedBptt with k = 1, 2, T, T + 3 matches numpy", () => {
    for (const k of Object.keys(c.truncated)) {
      const t = rnn.truncatedBptt(x, y, a0, p, Number(k), { output });
      for (const g of [...PARAMS, "dx", "da0"] as const) expectClose(t.gradients[g], c.truncated[k][g], 1e-10, `k=${k} ${g}`);
    }
  });

  it("truncatedBptt with k ≥ T equals full bptt; with k < T it differs in the recurrent weights", () => {
    const T = x.shape[2];
    for (const k of [T, T + 1, 100]) {
      const t = rnn.truncatedBptt(x, y, a0, p, k, { output });
      expect(t.loss).toBe(full.loss);
      for (const g of [...PARAMS, "dx", "da0"] as const) expectClose(t.gradients[g], full.gradients[g], 1e-12, `k=${k} ${g}`);
    }
    const short = rnn.truncatedBptt(x, y, a0, p, 2, { output });
    expectClose(short.gradients.dWya, full.gradients.dWya, 1e-12, "dWya (not truncated)");
    expect(() => expectClose(short.gradients.dWaa, full.gradients.dWaa, 1e-6)).toThrow();
  });
});

describe("truncatedBptt input checks", () => {
  it("requires a positive integer k", () => {
    const { x, a0, y, p } = inputs(fixtures.cases[0]);
    expect(() => rnn.truncatedBptt(x, y, a0, p, 0)).toThrow(/positive integer/);
    expect(() => rnn.truncatedBptt(x, y, a0, p, 1.5)).toThrow(/positive integer/);
  });
});
