import { describe, expect, it, beforeAll, afterAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { data } from "../../src/data";
import { np } from "../../src/np";
import type { NDArray } from "../../src/np/ndarray";
import fx from "../fixtures/data.json";

/** Element [i, j] of a 2-d array through its strides (works for views too). */
function at(a: NDArray, i: number, j: number): number {
  return a.data[a.offset + i * a.strides[0] + j * a.strides[1]];
}
/** Column j of a 2-d (n, m) array as a plain list. */
function column(a: NDArray, j: number): number[] {
  return Array.from({ length: a.shape[0] }, (_, i) => at(a, i, j));
}
/** Row i of a 2-d array as a plain list. */
function row(a: NDArray, i: number): number[] {
  return Array.from({ length: a.shape[1] }, (_, j) => at(a, i, j));
}
function counts(Y: NDArray, classes: number): number[] {
  const c = new Array(classes).fill(0);
  for (let j = 0; j < Y.shape[1]; j++) c[at(Y, 0, j)]++;
  return c;
}
function expectClose(actual: number[], expected: number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!(Math.abs(actual[i] - expected[i]) <= tol)) {
      throw new Error(`element ${i}: ${actual[i]} vs expected ${expected[i]} (tolerance ${tol})`);
    }
  }
}

describe("data.iris", () => {
  it("has the lecture layout: X (4, 150) float64, Y (1, 150) int64, 50 per class", () => {
    const { X, Y, labels, featureNames, name } = data.iris();
    expect(X.shape).toEqual([4, 150]);
    expect(X.dtype).toBe("float64");
    expect(Y.shape).toEqual([1, 150]);
    expect(Y.dtype).toBe("int64");
    expect(counts(Y, 3)).toEqual([50, 50, 50]);
    expect(labels).toEqual(fx.iris.labels);
    expect(labels).toEqual(["setosa", "versicolor", "virginica"]);
    expect(featureNames).toHaveLength(4);
    expect(name).toBe("iris");
  });

  it("keeps the CSV's values: first and last example, every label", () => {
    const { X, Y } = data.iris();
    expect(column(X, 0)).toEqual(fx.iris.first);
    expect(column(X, 149)).toEqual(fx.iris.last);
    expect(row(Y, 0)).toEqual(fx.iris.y);
  });

  it("rows layout is scikit-learn's: X (150, 4), y (150,)", () => {
    const { X, Y } = data.iris({ layout: "rows" });
    expect(X.shape).toEqual([150, 4]);
    expect(Y.shape).toEqual([150]);
    expect(row(X, 0)).toEqual(fx.iris.first);
    expect(Array.from(Y.data)).toEqual(fx.iris.y);
  });

  it("one-hot Y is (3, 150) float64 with one 1 per column at the label", () => {
    const { Y } = data.iris({ oneHot: true });
    expect(Y.shape).toEqual([3, 150]);
    expect(Y.dtype).toBe("float64");
    for (let j = 0; j < 150; j++) {
      const col = column(Y, j);
      expect(col.reduce((a, b) => a + b, 0)).toBe(1);
      expect(col[fx.iris.y[j]]).toBe(1);
    }
    const rows = data.iris({ oneHot: true, layout: "rows" }).Y;
    expect(rows.shape).toEqual([150, 3]);
    expect(row(rows, 149)).toEqual([0, 0, 1]);
  });

  it("splits like train_test_split(test_size=0.2, random_state=42)", () => {
    const s = data.iris({ testSize: 0.2, seed: 42 });
    expect(s.X_train.shape).toEqual([4, 120]);
    expect(s.Y_train.shape).toEqual([1, 120]);
    expect(s.X_test.shape).toEqual([4, 30]);
    expect(s.Y_test.shape).toEqual([1, 30]);
    const { X, Y } = data.iris();
    fx.irisSplit42.test.forEach((k, j) => {
      expect(column(s.X_test, j)).toEqual(column(X, k));
      expect(at(s.Y_test, 0, j)).toBe(at(Y, 0, k));
    });
    fx.irisSplit42.train.forEach((k, j) => expect(column(s.X_train, j)).toEqual(column(X, k)));
  });

  it("a seeded split is reproducible and another seed gives another split", () => {
    const a = data.iris({ testSize: 30, seed: 3 });
    const b = data.iris({ testSize: 30, seed: 3 });
    const c = data.iris({ testSize: 30, seed: 4 });
    expect(Array.from(a.X_test.data)).toEqual(Array.from(b.X_test.data));
    expect(Array.from(a.Y_train.data)).toEqual(Array.from(b.Y_train.data));
    expect(Array.from(a.X_test.data)).not.toEqual(Array.from(c.X_test.data));
  });

  it("an unshuffled split keeps the file order: the last examples are the test set", () => {
    const s = data.iris({ testSize: 0.1, shuffle: false });
    expect(s.X_train.shape).toEqual([4, 135]);
    expect(column(s.X_train, 0)).toEqual(fx.iris.first);
    expect(column(s.X_test, 14)).toEqual(fx.iris.last);
  });

  it("normalize standardises with the training statistics", () => {
    const s = data.iris({ testSize: 0.2, seed: 42, normalize: true });
    expectClose(s.scaler!.mean, fx.irisSplit42.trainMean, 1e-12);
    expectClose(s.scaler!.std, fx.irisSplit42.trainStd, 1e-12);
    const { X, scaler } = data.iris({ normalize: true });
    expectClose(scaler!.mean, fx.iris.mean, 1e-12);
    expectClose(scaler!.std, fx.iris.std, 1e-12);
    const expected = fx.iris.first.map((v, j) => (v - fx.iris.mean[j]) / fx.iris.std[j]);
    expectClose(column(X, 0), expected, 1e-12);
  });

  it("rejects a bad test size with scikit-learn's wording", () => {
    expect(() => data.iris({ testSize: 1.5 })).toThrow(/test_size=1.5 should be either positive and smaller than the number of samples 150/);
    expect(() => data.iris({ testSize: 150 })).toThrow(/test_size=150/);
  });
});

describe("data.digits", () => {
  it("1797 images of 8×8 pixels 0–16", () => {
    const { X, Y, labels } = data.digits();
    expect(X.shape).toEqual([64, 1797]);
    expect(Y.shape).toEqual([1, 1797]);
    expect(counts(Y, 10)).toEqual(fx.digits.counts);
    expect(column(X, 0)).toEqual(fx.digits.first);
    expect(at(Y, 0, 0)).toBe(fx.digits.firstLabel);
    expect(Math.max(...Array.from(X.data))).toBe(16);
    expect(labels).toHaveLength(10);
  });

  it("normalize divides by 16 and flatten: false gives (m, 8, 8)", () => {
    const { X } = data.digits({ normalize: true });
    expectClose(column(X, 0), fx.digits.first.map((v) => v / 16), 0);
    const img = data.digits({ flatten: false }).X;
    expect(img.shape).toEqual([1797, 8, 8]);
    expect(Array.from(img.data.subarray(0, 64))).toEqual(fx.digits.first);
  });
});

describe("data.breastCancer and data.wine", () => {
  it("breast cancer: 30 features, 212 malignant (0) and 357 benign (1)", () => {
    const { X, Y, labels, featureNames } = data.breastCancer();
    expect(X.shape).toEqual([30, 569]);
    expect(counts(Y, 2)).toEqual([212, 357]);
    expect(labels).toEqual(["malignant", "benign"]);
    expect(featureNames[0]).toBe("mean radius");
    expect(featureNames[29]).toBe("worst fractal dimension");
    expect(column(X, 0)).toEqual(fx.breastCancer.first);
    expect(column(X, 568)).toEqual(fx.breastCancer.last);
    expect(row(Y, 0)).toEqual(fx.breastCancer.y);
  });

  it("wine: 13 features, classes 59 / 71 / 48, standardisation matches numpy", () => {
    const { X, Y, labels } = data.wine();
    expect(X.shape).toEqual([13, 178]);
    expect(counts(Y, 3)).toEqual([59, 71, 48]);
    expect(labels).toEqual(["class_0", "class_1", "class_2"]);
    expect(column(X, 0)).toEqual(fx.wine.first);
    const n = data.wine({ normalize: true, layout: "rows" });
    expectClose(n.scaler!.mean, fx.wine.mean, 1e-10);
    expectClose(n.scaler!.std, fx.wine.std, 1e-12);
    expectClose(row(n.X, 177), fx.wine.last.map((v, j) => (v - fx.wine.mean[j]) / fx.wine.std[j]), 1e-12);
  });
});

describe("data.mnist and data.fashionMnist", () => {
  it("MNIST: 10,000 images (784, m) with the file's per-digit counts", () => {
    const { X, Y, labels } = data.mnist();
    expect(X.shape).toEqual([784, 10000]);
    expect(X.dtype).toBe("float64");
    expect(Y.shape).toEqual([1, 10000]);
    expect(counts(Y, 10)).toEqual(fx.mnist.counts);
    expect(labels).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    let sum = 0;
    for (let i = 0; i < X.data.length; i++) sum += X.data[i];
    expect(sum).toBe(fx.mnist.pixelSum);
  });

  it("MNIST is shuffled by default with seed 0 (the file is sorted by digit)", () => {
    const { X, Y } = data.mnist();
    expect(row(Y, 0).slice(0, 50)).toEqual(fx.mnist.shuffledLabelsHead);
    expect(column(X, 0).reduce((a, b) => a + b, 0)).toBe(fx.mnist.shuffledFirstImageSum);
    const sorted = data.mnist({ shuffle: false }).Y;
    expect(at(sorted, 0, 0)).toBe(fx.mnist.fileFirstLabel);
    expect(at(sorted, 0, 9999)).toBe(fx.mnist.fileLastLabel);
  });

  it("MNIST normalized, one-hot, split", () => {
    const s = data.mnist({ normalize: true, oneHot: true, testSize: 0.2, seed: 1 });
    expect(s.X_train.shape).toEqual([784, 8000]);
    expect(s.Y_train.shape).toEqual([10, 8000]);
    expect(s.X_test.shape).toEqual([784, 2000]);
    expect(s.Y_test.shape).toEqual([10, 2000]);
    let max = 0;
    for (const v of s.X_train.data) max = Math.max(max, v);
    expect(max).toBe(1);
    for (let j = 0; j < 2000; j += 97) expect(column(s.Y_test, j).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("Fashion-MNIST: 1,000 of each class, file order, names", () => {
    const { X, Y, labels } = data.fashionMnist();
    expect(X.shape).toEqual([784, 10000]);
    expect(counts(Y, 10)).toEqual(fx.fashion.counts);
    expect(fx.fashion.counts).toEqual(new Array(10).fill(1000));
    expect(row(Y, 0).slice(0, 20)).toEqual(fx.fashion.labelsHead);
    expect(column(X, 0)).toEqual(fx.fashion.firstImage);
    expect(labels[9]).toBe("Ankle boot");
    const img = data.fashionMnist({ flatten: false, layout: "rows" }).X;
    expect(img.shape).toEqual([10000, 28, 28]);
  });
});

describe("data.catLike", () => {
  it("Shirt against the rest: 209 / 50 images, ~35 % positives, X (784, m) in [0, 1]", () => {
    const s = data.catLike();
    expect(s.X_train.shape).toEqual([784, 209]);
    expect(s.Y_train.shape).toEqual([1, 209]);
    expect(s.X_test.shape).toEqual([784, 50]);
    expect(s.Y_test.shape).toEqual([1, 50]);
    expect(s.labels).toEqual(["non-shirt", "shirt"]);
    const pos = counts(s.Y_train, 2)[1] + counts(s.Y_test, 2)[1];
    expect(counts(s.Y_train, 2)).toEqual([137, 72]);
    expect(counts(s.Y_test, 2)).toEqual([33, 17]);
    expect(pos / 259).toBeGreaterThan(0.33);
    expect(pos / 259).toBeLessThan(0.37);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of s.X_train.data) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    expect(lo).toBe(0);
    expect(hi).toBe(1);
  });

  it("picks the images numpy's recipe picks", () => {
    for (const [key, opts] of [["6_1", {}], ["8_5", { positive: "bag", seed: 5 }]] as const) {
      const s = data.catLike(opts);
      const f = fx.catLike[key];
      expect(row(s.Y_train, 0)).toEqual(f.trainY);
      expect(row(s.Y_test, 0)).toEqual(f.testY);
      const sums = (X: NDArray) => Array.from({ length: X.shape[1] }, (_, j) => column(X, j).reduce((a, b) => a + b, 0));
      expectClose(sums(s.X_train), f.trainColumnSums, 1e-9);
      expectClose(sums(s.X_test), f.testColumnSums, 1e-9);
    }
  });

  it("rejects an unknown class", () => {
    expect(() => data.catLike({ positive: "Cat" })).toThrow(/positive must be a Fashion-MNIST label/);
  });
});

describe("data.planar", () => {
  it("X (2, 400), Y (1, 400), 200 of each class", () => {
    const { X, Y } = data.planar();
    expect(X.shape).toEqual([2, 400]);
    expect(Y.shape).toEqual([1, 400]);
    expect(counts(Y, 2)).toEqual([200, 200]);
  });

  it("equals numpy's load_planar_dataset recipe with seed 1", () => {
    const { X, Y } = data.planar({ seed: 1 });
    const ex = fx.planar.seed1;
    expectClose(row(X, 0), ex.X[0], 1e-10);
    expectClose(row(X, 1), ex.X[1], 1e-10);
    expect(row(Y, 0)).toEqual(ex.Y[0]);
  });

  it("odd m and another seed follow the recipe too", () => {
    const { X, Y } = data.planar({ m: 7, seed: 3 });
    expect(X.shape).toEqual([2, 7]);
    expectClose(row(X, 0), fx.planar.m7_seed3.X[0], 1e-10);
    expectClose(row(X, 1), fx.planar.m7_seed3.X[1], 1e-10);
    expect(row(Y, 0)).toEqual(fx.planar.m7_seed3.Y[0]);
  });

  it("supports the rows layout and a split", () => {
    expect(data.planar({ layout: "rows" }).X.shape).toEqual([400, 2]);
    const s = data.planar({ testSize: 0.25 });
    expect(s.X_train.shape).toEqual([2, 300]);
    expect(s.Y_test.shape).toEqual([1, 100]);
  });
});

describe("data.firstNames and data.vocabulary", () => {
  it("8,422 names in file order", () => {
    const names = data.firstNames();
    expect(names).toHaveLength(fx.firstNames.count);
    expect(names.slice(0, 5)).toEqual(fx.firstNames.head);
    expect(names.slice(-3)).toEqual(fx.firstNames.tail);
  });

  it("vocabulary is Python's sorted set of characters plus \\n first", () => {
    const v = data.vocabulary(data.firstNames());
    expect(v.chars).toEqual(fx.firstNames.vocab);
    expect(v.size).toBe(fx.firstNames.vocab.length);
    expect(v.charToIx["\n"]).toBe(0);
    v.chars.forEach((c, i) => {
      expect(v.charToIx[c]).toBe(i);
      expect(v.ixToChar[i]).toBe(c);
    });
    expect(data.vocabulary(data.firstNames({ lowercase: true })).chars).toEqual(fx.firstNames.vocabLower);
    expect(data.vocabulary(["ba", "ab"], { eos: null }).chars).toEqual(["a", "b"]);
  });

  it("a seeded shuffle matches RandomState(seed).permutation", () => {
    expect(data.firstNames({ shuffle: true, seed: 2 }).slice(0, 10)).toEqual(fx.firstNames.shuffledSeed2Head);
  });
});

describe("shuffling is numpy's RandomState(seed).permutation", () => {
  it("for several sizes and seeds", () => {
    expect(data.splitIndices(10, 5, true, 0).test.concat(data.splitIndices(10, 5, true, 0).train)).toEqual(fx.permutation.seed0_n10);
    expect(data.splitIndices(1000, 20, true, 7).test).toEqual(fx.permutation.seed7_n1000_head);
    expect(data.splitIndices(70000, 20, true, 123).test).toEqual(fx.permutation.seed123_n70000_head);
  });
});

describe("np.random interplay", () => {
  it("a seed uses a private generator: np.random's global state is untouched", () => {
    np.random.seed(5);
    const expected = np.random.rand();
    np.random.seed(5);
    data.iris({ testSize: 0.2, seed: 1 });
    data.planar();
    expect(np.random.rand()).toBe(expected);
  });

  it("without a seed the global generator is used, so np.random.seed makes it reproducible", () => {
    np.random.seed(42);
    const s = data.iris({ testSize: 0.2 });
    const { X } = data.iris();
    fx.irisSplit42.test.forEach((k, j) => expect(column(s.X_test, j)).toEqual(column(X, k)));
  });
});

describe("missing or corrupt files", () => {
  let dir: string;
  const saved = process.env.DEEPTS_DATASETS;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "deepts-data-"));
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DEEPTS_DATASETS;
    else process.env.DEEPTS_DATASETS = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a missing file names the loader and the file (DEEPTS_DATASETS)", () => {
    process.env.DEEPTS_DATASETS = dir;
    try {
      expect(() => data.mnist()).toThrow(`data.mnist(): cannot read ${path.join(dir, "mnist10k-images-idx3-ubyte.gz")}: file not found`);
      expect(() => data.iris()).toThrow(/data\.iris\(\): cannot read .*iris\.csv: file not found/);
      expect(data.datasetsDir()).toBe(path.resolve(dir));
    } finally {
      delete process.env.DEEPTS_DATASETS;
    }
    expect(data.datasetsDir()).not.toBe(path.resolve(dir));
  });

  it("a file that is not gzip, a bad IDX magic, a truncated IDX", () => {
    fs.writeFileSync(path.join(dir, "mnist10k-images-idx3-ubyte.gz"), "hello");
    expect(() => data.mnist({ dir })).toThrow(/data\.mnist\(\): cannot read .*mnist10k-images-idx3-ubyte\.gz: not a gzip file/);
    fs.writeFileSync(path.join(dir, "mnist10k-images-idx3-ubyte.gz"), zlib.gzipSync(Buffer.from([0, 0, 8, 1, 0, 0, 0, 0])));
    expect(() => data.mnist({ dir })).toThrow(/mnist10k-images-idx3-ubyte\.gz: bad IDX magic 0x00000801, expected 0x00000803/);
    const header = Buffer.from([0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28]);
    fs.writeFileSync(path.join(dir, "mnist10k-images-idx3-ubyte.gz"), zlib.gzipSync(Buffer.concat([header, Buffer.alloc(100)])));
    expect(() => data.mnist({ dir })).toThrow(/truncated/);
    const gz = zlib.gzipSync(Buffer.concat([header, Buffer.alloc(2 * 784)]));
    fs.writeFileSync(path.join(dir, "mnist10k-images-idx3-ubyte.gz"), gz.subarray(0, gz.length - 12));
    expect(() => data.mnist({ dir })).toThrow(/mnist10k-images-idx3-ubyte\.gz: corrupt gzip data/);
    fs.writeFileSync(path.join(dir, "mnist10k-images-idx3-ubyte.gz"), gz);
    expect(() => data.mnist({ dir })).toThrow(/cannot read .*mnist10k-labels-idx1-ubyte\.gz: file not found/);
    fs.writeFileSync(path.join(dir, "mnist10k-labels-idx1-ubyte.gz"), zlib.gzipSync(Buffer.from([0, 0, 8, 1, 0, 0, 0, 3, 1, 2, 3])));
    expect(() => data.mnist({ dir })).toThrow(/mnist10k-labels-idx1-ubyte\.gz: 3 labels for 2 images/);
    fs.writeFileSync(path.join(dir, "mnist10k-labels-idx1-ubyte.gz"), zlib.gzipSync(Buffer.from([0, 0, 8, 1, 0, 0, 0, 2, 7, 3])));
    const ok = data.mnist({ dir, shuffle: false });
    expect(ok.X.shape).toEqual([784, 2]);
    expect(Array.from(ok.Y.data)).toEqual([7, 3]);
  });

  it("a CSV with a bad line says which line", () => {
    fs.writeFileSync(path.join(dir, "iris.csv"), "2,4,a,b\n1,2,3,4,0\n1,2,x,4,1\n");
    expect(() => data.iris({ dir })).toThrow(/data\.iris\(\): cannot read .*iris\.csv: line 3, column 3: 'x' is not a number/);
    fs.writeFileSync(path.join(dir, "iris.csv"), "3,4,a,b\n1,2,3,4,0\n1,2,3,4,1\n");
    expect(() => data.iris({ dir })).toThrow(/the header announces 3 rows but the file has 2/);
    fs.writeFileSync(path.join(dir, "iris.csv"), "2,4,a,b\n1,2,3,4,0\n1,2,3,1\n");
    expect(() => data.iris({ dir })).toThrow(/line 3 has 4 values, expected 5/);
  });
});
