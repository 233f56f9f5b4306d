// The RNN forward and backward passes against the numpy reference (test/gen/rnn_fixtures.py).
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import * as nnRnn from "../../src/nn/rnn";
import { arr, expectClose, fixtures, inputs } from "./rnn-fixture";

const TOL = 1e-10;
const { rnnCellForward, rnnCellBackward, rnnForward, rnnLoss, rnnBackward, bptt } = nnRnn;

describe.each(fixtures.cases.map((c) => [c.name, c] as const))("rnn %s case", (_name, c) => {
  const { x, a0, y, p, output } = inputs(c);

  it("rnnCellForward gives a⟨1⟩ and ŷ⟨1⟩", () => {
    const { aNext, yt, cache } = rnnCellForward(x.get(":", ":", 0), a0, p, { output });
    expectClose(aNext, c.cellForward.aNext, TOL, "aNext");
    expectClose(yt, c.cellForward.yt, TOL, "yt");
    expect(cache.aPrev).toBe(a0);
  });

  it("rnnCellBackward gives dxt, daPrev, dWax, dWaa, dba", () => {
    const { cache } = rnnCellForward(x.get(":", ":", 0), a0, p, { output });
    const g = rnnCellBackward(arr(c.inputs.daNext), cache);
    expectClose(g.dxt, c.cellBackward.dxt, TOL, "dxt");
    expectClose(g.daPrev, c.cellBackward.da_prev, TOL, "daPrev");
    expectClose(g.dWax, c.cellBackward.dWax, TOL, "dWax");
    expectClose(g.dWaa, c.cellBackward.dWaa, TOL, "dWaa");
    expectClose(g.dba, c.cellBackward.dba, TOL, "dba");
  });

  it("rnnForward gives every a⟨t⟩ and ŷ⟨t⟩, and rnnLoss the loss over time", () => {
    const { a, yPred, caches } = rnnForward(x, a0, p, { output });
    expectClose(a, c.forward.a, TOL, "a");
    expectClose(yPred, c.forward.yPred, TOL, "yPred");
    expect(caches.length).toBe(x.shape[2]);
    expectClose([rnnLoss(yPred, y, { output })], [c.forward.loss], TOL, "loss");
  });

  it("rnnBackward of an upstream da gives dx, da0, dWax, dWaa, dba and the norms per step", () => {
    const { caches } = rnnForward(x, a0, p, { output });
    const g = rnnBackward(arr(c.inputs.daUpstream), caches);
    for (const k of ["dx", "da0", "dWax", "dWaa", "dba"] as const) expectClose(g[k], c.backward[k], TOL, k);
    expectClose(g.gradNorms, c.backward.gradNorms, TOL, "gradNorms");
  });

  it("bptt gives the loss and the gradients of all parameters, x and a0", () => {
    const r = bptt(x, y, a0, p, { output });
    expectClose([r.loss], [c.bptt.loss], TOL, "loss");
    for (const k of ["dWax", "dWaa", "dba", "dWya", "dby", "dx", "da0"] as const) {
      expectClose(r.gradients[k], c.bptt.gradients[k], TOL, k);
    }
    expectClose(r.gradNorms, c.bptt.gradNorms, TOL, "gradNorms");
  });
});

describe("rnn input checks", () => {
  it("rejects a 2-d x and mismatched targets", () => {
    const { x, a0, y, p } = inputs(fixtures.cases[0]);
    expect(() => rnnForward(x.get(":", ":", 0), a0, p)).toThrow(/n_x, m, T_x/);
    expect(() => rnnLoss(np.zeros([1, 1, 1]), y)).toThrow(/shape/);
  });

  it("the cross-entropy stays finite when a probability underflows to 0", () => {
    const L = rnnLoss(np.array([[[0]], [[1]]]), np.array([[[1]], [[0]]]));
    expect(L).toBeCloseTo(-Math.log(fixtures.eps), 6);
  });
});
