// The character-level model: init, sample, optimize and the training loop against numpy.
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import * as rnn from "../../src/nn/rnn";
import { data } from "../../src/data";
import { arr, expectClose, fixtures, params } from "./rnn-fixture";

const c = (fixtures as any).char;
const KEYS = ["Wax", "Waa", "ba", "Wya", "by"] as const;

describe("nn.rnn character model", () => {
  const v = rnn.charVocabulary(c.words);

  it("charVocabulary sorts the characters with the end mark first", () => {
    expect(v.chars).toEqual(c.chars);
    expect(v.charToIx["\n"]).toBe(0);
    expect(v.ixToChar[v.charToIx.k]).toBe("k");
  });

  it("oneHotSequence puts one 1 per step and zeros for null", () => {
    const x = rnn.oneHotSequence([null, 2, 0], 3);
    expect(x.shape).toEqual([3, 1, 3]);
    expect(x.get(":", 0, ":").tolist()).toEqual([[0, 0, 1], [0, 0, 0], [0, 1, 0]]);
    expect(() => rnn.oneHotSequence([3], 3)).toThrow(/out of bounds/);
  });

  it("initializeRnnParameters draws Wax, Waa, Wya like numpy's seeded randn × 0.01", () => {
    const p = rnn.initializeRnnParameters(10, v.size, v.size, { seed: 1 });
    for (const k of KEYS) expectClose(p[k], c.init[k], 0, k);
    np.random.seed(1);
    expectClose(rnn.initializeRnnParameters(10, v.size, v.size).Wax, c.init.Wax, 0, "global generator");
  });

  it("sample draws the same characters as numpy's RandomState(3).choice", () => {
    const ix = rnn.sample(params(c.init), { seed: 3 });
    expect(ix).toEqual(c.sample3);
    expect(ix[ix.length - 1]).toBe(0);
  });

  it("sample stops at maxLength and appends the end mark", () => {
    const p = params(c.init);
    const noEnd = { ...p, by: p.by.copy().set(0, 0, -1e3) }; // "\n" practically never drawn
    const ix = rnn.sample(noEnd, { seed: 0, maxLength: 5 });
    expect(ix.length).toBe(6);
    expect(ix[5]).toBe(0);
  });

  it("optimize: loss, clipped gradients, updated parameters and a⟨T⟩ as numpy", () => {
    const o = c.optimize;
    const p0 = params(c.init);
    const p = { Wax: p0.Wax.multiply(o.scale), Waa: p0.Waa.multiply(o.scale), ba: p0.ba, Wya: p0.Wya.multiply(o.scale), by: p0.by };
    const r = rnn.optimize(o.X, o.Y, arr(o.aPrev), p, { learningRate: o.learningRate });
    expectClose([r.loss], [o.loss], 1e-10, "loss");
    for (const k of KEYS) expectClose(r.gradients[`d${k}`], o.gradients[`d${k}`], 1e-10, `d${k}`);
    for (const k of KEYS) expectClose(r.parameters[k], o.parameters[k], 1e-10, k);
    expectClose(r.aLast, o.aLast, 1e-10, "aLast");
    expect(np.max(np.abs(r.gradients.dWaa))).toBeLessThanOrEqual(5);
    expect(() => rnn.optimize([null, 1], [1], arr(o.aPrev), p)).toThrow(/same length/);
  });

  it("optimize with maxNorm clips by global norm", () => {
    const o = c.optimize;
    const p = params(c.init);
    const r = rnn.optimize(o.X, o.Y, arr(o.aPrev), p, { maxNorm: 1e-3 });
    expect(rnn.globalNorm(r.gradients)).toBeCloseTo(1e-3, 15);
  });

  it("trainCharRnn reproduces numpy's smoothed losses, samples and final weights", () => {
    const t = c.train;
    const seen: string[][] = [];
    const r = rnn.trainCharRnn(c.words, {
      iterations: t.iterations, nA: t.nA, seed: t.seed, learningRate: t.learningRate,
      sampleEvery: t.sampleEvery, samples: t.samples, onSample: (_it, _loss, words) => seen.push(words),
    });
    expectClose(r.losses, t.losses, 1e-10, "losses");
    expect(seen).toEqual(t.sampled);
    for (const k of KEYS) expectClose(r.parameters[k], t.parameters[k], 1e-10, k);
  });

  it("training lowers the loss of the words", () => {
    const loss = (p: rnn.RnnParameters) =>
      c.words.reduce((s: number, w: string) => {
        const X = [null, ...[...w].map((ch) => v.charToIx[ch])];
        return s + rnn.optimize(X, [...X.slice(1) as number[], 0], np.zeros([8, 1]), p).loss;
      }, 0);
    const before = loss(rnn.initializeRnnParameters(8, v.size, v.size, { seed: 0 }));
    const after = loss(rnn.trainCharRnn(c.words, { iterations: 600, nA: 8, learningRate: 0.05 }).parameters);
    expect(after).toBeLessThan(0.75 * before);
  });
});

describe("nn.rnn with data.firstNames", () => {
  it("uses the same character maps as data.vocabulary and trains on the names", () => {
    const names = data.firstNames({ lowercase: true });
    const ours = rnn.charVocabulary(names);
    const theirs = data.vocabulary(names);
    expect(ours.chars).toEqual(theirs.chars);
    expect(ours.charToIx).toEqual(theirs.charToIx);
    const r = rnn.trainCharRnn(names, { iterations: 50, nA: 16, vocabulary: theirs });
    expect(r.parameters.Wax.shape).toEqual([16, theirs.size]);
    expect(r.losses.every(Number.isFinite)).toBe(true);
    const word = rnn.sample(r.parameters, { seed: 1 }).map((i) => theirs.ixToChar[i]).join("");
    expect(word.endsWith("\n")).toBe(true);
  });
});
