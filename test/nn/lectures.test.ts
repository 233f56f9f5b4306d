// Every numpy snippet of the lecture decks (/work/shared/lectures), written in TypeScript with deepts,
// must print what numpy prints. Expected text comes from test/gen/lecture_fixtures.py (which runs the
// same snippets with numpy 2.x) and, where a deck shows the output, also from the deck itself
// (hard-coded below). The decks are text extracted from slides, so some printed lines lost runs of
// spaces; those are compared after collapsing whitespace. Where a deck draws unseeded random numbers
// we seed numpy's legacy generator on both sides.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src/np";

type Snip = { lines: string[]; [k: string]: any };
const FIX: Record<string, Snip> = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "lectures.json"), "utf8"),
).snippets;
const want = (name: string): string[] => FIX[name].lines;

/** Python's str() of a tuple of ints, as `print(a.shape)` shows it: (6,) or (6, 1). */
const pyShape = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);
/** Python's repr() of a float (what `str(np.float64)` prints): "2.0", "1e-05", "0.0822". */
function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e16)) {
    return x.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  const s = String(x);
  return Number.isInteger(x) ? `${s}.0` : s;
}
/** A scalar result printed the way numpy prints a float64 scalar (deepts may hand back a number or a 0-d array). */
const fstr = (v: any): string => (typeof v === "number" ? pyFloat(v) : String(v));
const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();
const num = (v: any): number => (typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v.item());

function closeTo(got: number, expected: number, rel: number): void {
  expect(Math.abs(got - expected), `got ${got}, numpy ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
}

const sigmoid = (z: any) => np.divide(1, np.add(1, np.exp(np.negative(z))));

describe("lecture 000: sigmoid and its derivative", () => {
  const sigmoidDerivative = (z: any) => {
    const a = sigmoid(z);
    return np.multiply(a, np.subtract(1, a));
  };
  it("prints sigmoid(z) and sigmoid_derivative(z) for z = [-2,-1,0,1,2]", () => {
    const z = np.array([-2, -1, 0, 1, 2]);
    const lines = ["sigmoid(z) = " + String(sigmoid(z)), "sigmoid_derivative(z) = " + String(sigmoidDerivative(z))];
    expect(lines).toEqual(want("sigmoid_and_derivative"));
    // the deck's lines (issue 2 quotes the first one with numpy's exact padding)
    expect(lines[0]).toBe("sigmoid(z) = [0.11920292 0.26894142 0.5        0.73105858 0.88079708]");
    expect(collapse(lines[1])).toBe(collapse("sigmoid_derivative(z) = [0.10499359 0.19661193 0.25          0.19661193 0.10499359]"));
  });
  it("sigmoid of a plain number is a plain number", () => {
    expect(typeof sigmoid(0.458)).toBe("number");
  });
});

describe("lecture 001: basic_sigmoid with Math.exp", () => {
  it("sigmoid(0.458) = 0.6125396134409151", () => {
    const basicSigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    expect([pyFloat(basicSigmoid(0.458))]).toEqual(want("basic_sigmoid_math"));
    expect(String(basicSigmoid(0.458))).toBe("0.6125396134409151");
    expect(pyFloat(num(sigmoid(0.458)))).toBe("0.6125396134409151");
  });
});

describe("lecture 000: L1, L2, L3 losses", () => {
  it("prints the deck's loss values", () => {
    const L1 = (yhat: any, y: any) => np.sum(np.abs(np.subtract(y, yhat)));
    const L2 = (yhat: any, y: any) => np.sum(np.dot(np.subtract(y, yhat), np.subtract(y, yhat)));
    const L3 = (yhat: any, y: any) =>
      -np.sum(np.add(np.multiply(y, np.log(yhat)), np.multiply(np.subtract(1, y), np.log(np.subtract(1, yhat)))));
    const yhat = np.array([0.78, 0.89, 0.12, 0.08, 0.97]);
    const y = np.array([1, 1, 0, 0, 1]);
    const lines = ["Loss1 = " + fstr(L1(yhat, y)), "Loos2 = " + fstr(L2(yhat, y)), "Loos3 = " + fstr(L3(yhat, y))];
    expect(lines).toEqual(want("losses"));
    expect(lines).toEqual(["Loss1 = 0.5599999999999999", "Loos2 = 0.0822", "Loos3 = 0.6066693634880955"]);
  });
});

describe("lectures 000/001/002: vectorisation", () => {
  const x1 = [5, 1, 0, 3, 8, 2, 5, 6, 0, 1, 2, 5, 9, 0, 7];
  const x2 = [2, 5, 2, 0, 3, 2, 2, 9, 1, 0, 2, 5, 4, 0, 9];

  it("dot of 1e6 random numbers: np.dot vs a loop (seed 1)", () => {
    const f = FIX.dot_vectorized_vs_loop;
    np.random.seed(1);
    const a = np.random.rand(1000000);
    const b = np.random.rand(1000000);
    expect(a.item(0)).toBe(f.a0);
    expect(b.item(999999)).toBe(f.b_last);
    const dotVec = num(np.dot(a, b));
    // numpy's BLAS sums in its own order: only the loop below is bit-reproducible
    closeTo(dotVec, f.dot_vec, 1e-12);
    let dotFor = 0;
    for (let i = 0; i < 1000000; i++) dotFor += a.item(i) * b.item(i);
    expect(["dot_for = " + pyFloat(dotFor)]).toEqual(f.lines);
  });

  it("dot of the deck's lists: 235", () => {
    let dot = 0;
    for (let i = 0; i < x1.length; i++) dot += x1[i] * x2[i];
    const lines = ["for-looped dot = " + dot, "vectorized dot = " + String(np.dot(x1, x2))];
    expect(lines).toEqual(want("dot_of_lists"));
    expect(lines).toEqual(["for-looped dot = 235", "vectorized dot = 235"]);
  });

  it("outer product: loop into np.zeros vs np.outer", () => {
    let outer = np.zeros([x1.length, x2.length]);
    for (let i = 0; i < x1.length; i++) for (let j = 0; j < x2.length; j++) outer.set(i, j, x1[i] * x2[j]);
    const lines = ["for-looped outer = " + String(outer)];
    outer = np.outer(x1, x2);
    lines.push("vectorized outer = " + String(outer));
    expect(lines).toEqual(want("outer_of_lists"));
  });

  it("elementwise product: loop vs np.multiply (the deck's printed lines)", () => {
    let mul = np.zeros(x1.length);
    for (let i = 0; i < x1.length; i++) mul.set(i, x1[i] * x2[i]);
    const lines = ["for-looped elementwise multiplication = " + String(mul)];
    mul = np.multiply(x1, x2);
    lines.push("vectorized elementwise multiplication = " + String(mul));
    expect(lines).toEqual(want("elementwise_of_lists"));
    expect(lines).toEqual([
      "for-looped elementwise multiplication = [10.  5.  0.  0. 24.  4. 10. 54.  0.  0.  4. 25. 36.  0. 63.]",
      "vectorized elementwise multiplication = [10  5  0  0 24  4 10 54  0  0  4 25 36  0 63]",
    ]);
  });

  it("general dot W·x1: loop vs np.dot (seed 3)", () => {
    np.random.seed(3);
    const W = np.random.rand(3, x1.length);
    let gdot = np.zeros(W.shape[0]);
    for (let i = 0; i < W.shape[0]; i++)
      for (let j = 0; j < x1.length; j++) gdot.set(i, gdot.item(i) + W.item(i, j) * x1[j]);
    const lines = ["for-looped gdot = " + String(gdot)];
    gdot = np.dot(W, x1);
    lines.push("vectorized gdot = " + String(gdot));
    expect(lines).toEqual(want("general_dot"));
  });

  it("np.array([1,2,3,4]) prints [1 2 3 4]", () => {
    expect([String(np.array([1, 2, 3, 4]))]).toEqual(want("vector_demo"));
  });

  it("exp of a vector: loop with Math.exp vs np.exp, and the other vectorised functions", () => {
    const v = np.array([0.0, 1.0, -1.0, 2.5]);
    const n = 4;
    const u = np.zeros([n, 1]);
    for (let i = 0; i < n; i++) u.set(i, Math.exp(v.item(i)));
    const lines = [u, np.exp(v), np.log(np.exp(v)), np.abs(v), np.maximum(v, 0), v.power(2), np.divide(1, np.array([1.0, 2.0, 4.0]))].map(String);
    expect(lines).toEqual(want("exp_of_vector"));
  });
});

describe("lecture 000: softmax", () => {
  it("softmax of [[0,9,3,0],[3,0,8,1]] prints numpy's scientific form", () => {
    const softmax = (x: any) => {
      const xExp = np.exp(x);
      const xSum = np.sum(xExp, { axis: 1, keepdims: true });
      return np.divide(xExp, xSum);
    };
    const x = np.array([[0, 9, 3, 0], [3, 0, 8, 1]]);
    const lines = ["softmax(x) = " + String(softmax(x))];
    expect(lines).toEqual(want("softmax_rows"));
    expect(lines[0]).toBe(
      "softmax(x) = [[1.23074356e-04 9.97281837e-01 2.47201452e-03 1.23074356e-04]\n" +
        " [6.68456877e-03 3.32805082e-04 9.92077968e-01 9.04658008e-04]]",
    );
  });
});

describe("lecture 000: lists vs vectors, shapes and reshape", () => {
  it("random list and column vector (seed 0)", () => {
    np.random.seed(0);
    const lines = ["List of values:"];
    const a = np.random.randn(6);
    lines.push(String(a), pyShape(a.shape), String(a.T));
    const dot = num(np.dot(a, a.T));
    lines.push("Vector of values:");
    const b = np.random.randn(6, 1);
    lines.push(String(b), pyShape(b.shape), String(b.T), String(np.dot(b, b.T)));
    expect(lines).toEqual(want("list_vs_vector_seeded"));
    closeTo(dot, FIX.list_vs_vector_seeded.dot, 1e-15);
  });

  it("the deck's printed values", () => {
    const a = np.array([1.63130571, 1.30039595, -1.42170758, 1.28012586, 1.63085575, 0.64436582]);
    const b = np.array([-1.2426375, -0.54254535, 0.76000053, -0.83861851, 0.66463, -1.60972555]).reshape(6, 1);
    const lines = [String(a), pyShape(a.shape), String(a.T), String(b), pyShape(b.shape), String(b.T), String(np.dot(b, b.T))];
    expect(lines).toEqual(want("list_vs_vector_lecture_values"));
    // np.dot(a, a.T) is a full-precision scalar whose last bit depends on the summation order (BLAS)
    closeTo(num(np.dot(a, a.T)), FIX.list_vs_vector_lecture_values.dot, 1e-15);
    expect(lines[0]).toBe("[ 1.63130571  1.30039595 -1.42170758  1.28012586  1.63085575  0.64436582]");
    expect(lines[1]).toBe("(6,)");
    expect(lines[3]).toBe("[[-1.2426375 ]\n [-0.54254535]\n [ 0.76000053]\n [-0.83861851]\n [ 0.66463   ]\n [-1.60972555]]");
    expect(lines[4]).toBe("(6, 1)");
    expect(collapse(lines[5])).toBe(collapse("[[-1.2426375 -0.54254535  0.76000053 -0.83861851  0.66463 -1.60972555]]"));
  });

  it("column and row vectors (seed 2, and the deck's values)", () => {
    np.random.seed(2);
    const C = np.random.randn(5, 1);
    const D = np.random.randn(1, 5);
    expect([String(C), "... is a column vector", String(D), "... is a row vector"]).toEqual(want("column_and_row_vectors_seeded"));
    const C2 = np.array([[0.23665149], [0.45132428], [-0.89728231], [0.72912635], [-0.92627707]]);
    const D2 = np.array([[0.99318971, -0.8439588, 1.20413677, -1.00233032, -1.55317979]]);
    expect([String(C2), String(D2)]).toEqual(want("column_and_row_vectors_lecture_values"));
    expect(String(C2)).toBe("[[ 0.23665149]\n [ 0.45132428]\n [-0.89728231]\n [ 0.72912635]\n [-0.92627707]]");
    expect(collapse(String(D2))).toBe(collapse("[[ 0.99318971 -0.8439588  1.20413677 -1.00233032 -1.55317979]]"));
  });

  it("a rank-1 array reshaped to (5, 1) (seed 42, and the deck's values)", () => {
    np.random.seed(42);
    let a = np.random.randn(5);
    let lines = [String(a), pyShape(a.shape)];
    a = a.reshape([5, 1]);
    lines.push(String(a), pyShape(a.shape));
    expect(lines).toEqual(want("reshape_rank1_seeded"));

    a = np.array([-0.07161977, -2.17009596, 0.09644837, 0.5044574, -0.04263376]);
    lines = [String(a), pyShape(a.shape)];
    a = a.reshape([5, 1]);
    lines.push(String(a), pyShape(a.shape));
    expect(a.shape).toEqual([5, 1]);
    expect(lines).toEqual(want("reshape_rank1_lecture_values"));
    expect(lines).toEqual([
      "[-0.07161977 -2.17009596  0.09644837  0.5044574  -0.04263376]",
      "(5,)",
      "[[-0.07161977]\n [-2.17009596]\n [ 0.09644837]\n [ 0.5044574 ]\n [-0.04263376]]",
      "(5, 1)",
    ]);
  });

  it("image2vector gives shape (18, 1)", () => {
    const image2vector = (image: any) => image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1);
    const image = np.array([
      [[0.139, 0.381], [0.982, 0.647], [0.251, 0.551]],
      [[0.219, 0.647], [0.703, 0.845], [0.397, 0.313]],
      [[0.855, 0.165], [0.313, 0.937], [0.279, 0.077]],
    ]);
    const v = image2vector(image);
    expect(v.shape).toEqual([18, 1]);
    expect(["image = " + String(image), "image2vector(image) = " + String(v), pyShape(v.shape)]).toEqual(want("image2vector_example"));
  });

  it("reshape (a,b,c) to (a*b, c) and to (a*b*c, 1)", () => {
    let v = np.arange(24).reshape(2, 3, 4).multiply(0.5);
    const v1 = v.reshape([v.shape[0] * v.shape[1], v.shape[2]]);
    const v2 = v.reshape([v.shape[0] * v.shape[1] * v.shape[2], 1]);
    expect([String(v1), pyShape(v1.shape), pyShape(v2.shape), String(v2.T)]).toEqual(want("reshape_examples"));
  });
});

describe("lecture 000: normalizeRows", () => {
  it("prints x_norm and the normalised rows", () => {
    const lines: string[] = [];
    const normalizeRows = (x: any) => {
      const xNorm = np.linalg.norm(x, { ord: 2, axis: 1, keepdims: true });
      lines.push("x_norm = " + String(xNorm));
      return np.divide(x, xNorm);
    };
    const x = np.array([[3, 2, 4], [1, 8, 2]]);
    lines.push("normalizeRows(x) = " + String(normalizeRows(x)));
    expect(lines).toEqual(want("normalize_rows"));
    expect(lines).toEqual([
      "x_norm = [[5.38516481]\n [8.30662386]]",
      "normalizeRows(x) = [[0.55708601 0.37139068 0.74278135]\n [0.12038585 0.96308682 0.24077171]]",
    ]);
  });
});

describe("lecture 000: broadcasting samples", () => {
  it("column + 10, (2,3) + (1,3), (2,3) + (2,1), and the four operators", () => {
    const col = np.array([[1], [2], [3]]);
    const m = np.array([[1, 2, 3], [4, 5, 6]]);
    const lines = [
      col.add(10), col.add(np.array([[10], [10], [10]])), m.add(np.array([10, 20, 30])),
      m.add(np.array([[10, 20, 30], [10, 20, 30]])), m.add(np.array([[10], [20]])),
    ].map(String);
    const c = np.array([[10], [20]]);
    lines.push(...[m.subtract(c), m.multiply(c), m.divide(c)].map(String));
    const r = np.array([[10, 20, 30]]);
    lines.push(...[m.subtract(r), m.multiply(r), m.divide(r)].map(String));
    expect(lines).toEqual(want("broadcasting_samples"));
    expect(lines.slice(0, 5)).toEqual([
      "[[11]\n [12]\n [13]]",
      "[[11]\n [12]\n [13]]",
      "[[11 22 33]\n [14 25 36]]",
      "[[11 22 33]\n [14 25 36]]",
      "[[11 12 13]\n [24 25 26]]",
    ]);
  });
});

describe("lecture 000: activation functions and their derivatives", () => {
  const tanh = (x: any) => np.tanh(x);
  const relu = (x: any) => np.maximum(0, x);
  const leakyrelu = (x: any, slope: number) => np.maximum(np.multiply(x, slope), x);
  const softplus = (x: any) => np.log(np.add(1, np.exp(x)));
  const sigmoidDerivative = (x: any) => {
    const s = sigmoid(x);
    return np.multiply(s, np.subtract(1, s));
  };
  const tanhDerivative = (x: any) => {
    const t = tanh(x);
    return np.subtract(1, np.multiply(t, t));
  };
  const reluDerivative = (x: any) => np.heaviside(x, 0);
  const leakyreluDerivative = (x: NDArray, slope: number) => {
    const dLl = np.onesLike(x);
    dLl.set(np.less(x, 0), slope); // dLl[x < 0] = slope
    return dLl;
  };
  const softplusDerivative = (x: any) => np.divide(1, np.add(1, np.exp(np.negative(x))));

  it("prints each function of a vector and of a matrix", () => {
    const x = np.array([-3.0, -1.5, -0.5, 0.0, 0.5, 1.5, 3.0]);
    const m = np.array([[-2.0, 0.0, 2.0], [1.0, -1.0, 0.5]]);
    const lines: string[] = [];
    for (const v of [x, m]) {
      lines.push(
        ...[sigmoid(v), tanh(v), relu(v), leakyrelu(v, 0.01), softplus(v), sigmoidDerivative(v), tanhDerivative(v),
          reluDerivative(v), leakyreluDerivative(v, 0.01), softplusDerivative(v)].map(String),
      );
    }
    const xi = np.array([-2, -1, 0, 1, 2]);
    lines.push(String(relu(xi)), String(reluDerivative(xi)), String(leakyreluDerivative(xi, 0.01)));
    expect(lines).toEqual(want("activations"));
  });
});

describe("lecture 001: sigmoid over np.linspace(-10, 10, 100)", () => {
  it("prints z and sigmoid(z)", () => {
    const z = np.linspace(-10, 10, 100);
    const s = np.divide(1, np.add(1, np.exp(np.negative(z))));
    expect([String(z), String(s)]).toEqual(want("sigmoid_linspace"));
  });
});

describe("lecture 002: note on rank-1 arrays (seed 5)", () => {
  it("randn(5) vs randn(5, 1)", () => {
    np.random.seed(5);
    let a = np.random.randn(5);
    const lines = [String(a), pyShape(a.shape), String(a.T)];
    const dot = num(np.dot(a, a.T));
    a = np.random.randn(5, 1);
    lines.push(String(a), pyShape(a.shape), String(a.T), String(np.dot(a, a.T)));
    expect(lines).toEqual(want("rank1_note_seeded"));
    closeTo(dot, FIX.rank1_note_seeded.dot, 1e-15);
  });
});

// ---- decks 002/004: perceptron and Adaline on Iris ----------------------------------------------

/** The first 100 Iris rows (setosa, versicolor): sepal length and petal length; labels -1 / 1. */
function irisXY(): { X: any; y: any } {
  const rows = readFileSync(join(__dirname, "..", "..", "datasets", "iris.csv"), "utf8").trim().split("\n").slice(1);
  const first = rows.slice(0, 100).map((r) => r.split(",").map(Number));
  const X = np.array(first.map((r) => [r[0], r[2]]));
  const labels = np.array(first.map((r) => r[4]));
  const y = np.where(np.equal(labels, 0), -1, 1); // the deck: np.where(y == 'Iris-setosa', -1, 1)
  return { X, y };
}

class Perceptron {
  w: any;
  errors: number[] = [];
  constructor(public eta = 0.01, public epochs = 50) {}
  train(X: any, y: any): this {
    this.w = np.zeros(1 + X.shape[1]);
    this.errors = [];
    for (let e = 0; e < this.epochs; e++) {
      let errors = 0;
      for (let i = 0; i < X.shape[0]; i++) {
        const xi = X.get(i);
        const target = y.item(i);
        const update = this.eta * (target - num(this.predict(xi)));
        this.w.set("1:", this.w.get("1:").add(np.multiply(update, xi))); // w_[1:] += update * xi
        this.w.set(0, this.w.item(0) + update); // w_[0] += update
        errors += update !== 0.0 ? 1 : 0;
      }
      this.errors.push(errors);
    }
    return this;
  }
  netInput(X: any): any {
    return np.add(np.dot(X, this.w.get("1:")), this.w.item(0));
  }
  predict(X: any): any {
    return np.where(np.greaterEqual(this.netInput(X), 0.0), 1, -1);
  }
}

class AdalineGD {
  w: any;
  cost: number[] = [];
  constructor(public alpha = 0.01, public epochs = 50) {}
  train(X: any, y: any): this {
    this.w = np.zeros(1 + X.shape[1]);
    this.cost = [];
    for (let i = 0; i < this.epochs; i++) {
      const output = this.netInput(X);
      const errors: NDArray = np.subtract(y as NDArray, output as NDArray);
      this.w.set("1:", this.w.get("1:").add(np.multiply(this.alpha, X.T.dot(errors))));
      this.w.set(0, this.w.item(0) + this.alpha * errors.sum());
      this.cost.push(errors.power(2).sum() / 2.0);
    }
    return this;
  }
  netInput(X: any): any {
    return np.add(np.dot(X, this.w.get("1:")), this.w.item(0));
  }
  activation(X: any): any {
    return this.netInput(X);
  }
  predict(X: any): any {
    return np.where(np.greaterEqual(this.activation(X), 0.0), 1, -1);
  }
}

class AdalineSGD extends AdalineGD {
  override train(X: any, y: any, reinitializeWeights = true): this {
    if (reinitializeWeights) this.w = np.zeros(1 + X.shape[1]);
    this.cost = [];
    for (let i = 0; i < this.epochs; i++) {
      for (let k = 0; k < X.shape[0]; k++) {
        const xi = X.get(k);
        const output = num(this.netInput(xi));
        const error = y.item(k) - output;
        this.w.set("1:", this.w.get("1:").add(np.multiply(this.alpha, xi.dot(error))));
        this.w.set(0, this.w.item(0) + this.alpha * error);
      }
      this.cost.push(np.subtract(y as NDArray, this.activation(X) as NDArray).power(2).sum() / 2.0);
    }
    return this;
  }
}

function standardize(X: any): any {
  const Xstd = np.copy(X);
  for (const j of [0, 1]) {
    const col = X.get(":", j);
    Xstd.set(":", j, col.subtract(col.mean()).divide(col.std())); // X_std[:,j] = (X[:,j] - X[:,j].mean()) / X[:,j].std()
  }
  return Xstd;
}

const closeList = (got: number[], expected: number[], rel: number) => {
  expect(got.length).toBe(expected.length);
  got.forEach((g, i) => closeTo(g, expected[i], rel));
};

describe("lectures 002/004: perceptron and Adaline on Iris", () => {
  it("perceptron (epochs=10, eta=0.1) ends with the deck's weights [-0.4 -0.68 1.82]", () => {
    const { X, y } = irisXY();
    const ppn = new Perceptron(0.1, 10).train(X, y);
    const lines = [
      "Weights: " + String(ppn.w),
      "Errors: [" + ppn.errors.join(", ") + "]",
      String(ppn.predict(X.get(":5"))),
      String(ppn.predict(X.get("-5:"))),
    ];
    expect(lines).toEqual(want("perceptron_iris"));
    expect(collapse(lines[0])).toBe("Weights: [-0.4 -0.68 1.82]"); // as the deck prints it
  });

  // Costs accumulate dot products over many epochs; numpy's BLAS may sum in another order, so the
  // trajectories are compared with a relative tolerance, the printed weights exactly.
  it("feature scaling: X_std", () => {
    const f = FIX.feature_scaling;
    const { X } = irisXY();
    const Xstd = standardize(X);
    expect([String(Xstd.get(":5")), String(Xstd.get("-3:"))]).toEqual(f.lines);
    closeList([X.get(":", 0).mean(), X.get(":", 1).mean()], f.means, 1e-12);
    closeList([X.get(":", 0).std(), X.get(":", 1).std()], f.stds, 1e-12);
  });

  it("AdalineGD: learning rates 0.01 vs 0.0001, and on standardised features", () => {
    const f = FIX.adaline_gd_iris;
    const { X, y } = irisXY();
    const ada = new AdalineGD(0.01, 10).train(X, y);
    closeList(ada.cost, f.cost_001, 1e-10);
    closeList(np.log10(ada.cost).tolist(), f.log10_cost_001, 1e-10); // plt.plot(..., np.log10(ada.cost_))
    const ada2 = new AdalineGD(0.0001, 10).train(X, y);
    closeList(ada2.cost, f.cost_00001, 1e-10);
    const ada3 = new AdalineGD(0.01, 15).train(standardize(X), y);
    closeList(ada3.cost, f.cost_std, 1e-10);
    expect([String(ada3.predict(standardize(X)).get("::10"))]).toEqual(f.lines);
    // w_[0] is rounding noise around 0 on standardised data: absolute tolerance
    (ada3.w.tolist() as number[]).forEach((v, i) => expect(Math.abs(v - f.w_std[i])).toBeLessThan(1e-12));
  });

  it("AdalineSGD on standardised features", () => {
    const f = FIX.adaline_sgd_iris;
    const { X, y } = irisXY();
    const ada = new AdalineSGD(0.01, 15).train(standardize(X), y);
    closeList(ada.cost, f.cost, 1e-10);
    expect([String(ada.predict(standardize(X)).get("::10"))]).toEqual(f.lines);
    (ada.w.tolist() as number[]).forEach((v, i) => expect(Math.abs(v - f.w[i])).toBeLessThan(1e-12));
  });
});

describe("decks 000-004: vectorised logistic regression", () => {
  it("three gradient steps: Z = w.T X + b, A, J, dw, db", () => {
    const X = np.array([[1.0, 2.0, -1.0, 0.5], [3.0, 0.5, 2.0, -1.5]]);
    const Y = np.array([[1, 0, 1, 0]]);
    let w = np.zeros([2, 1]);
    let b = 0;
    const m = X.shape[1];
    const lines: string[] = [];
    const values: number[] = [];
    for (let k = 0; k < 3; k++) {
      const Z = np.add(np.dot(w.T, X), b);
      const A = sigmoid(Z);
      const J = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A))))) / m;
      const dZ = np.subtract(A, Y);
      const dw = np.multiply(1 / m, np.dot(X, dZ.T));
      const db = (1 / m) * np.sum(dZ);
      w = np.subtract(w, np.multiply(0.5, dw));
      b = b - 0.5 * db;
      lines.push(String(Z), String(A), String(dw));
      values.push(J, db);
    }
    lines.push(String(w));
    values.push(b);
    expect(lines).toEqual(want("logistic_regression_step"));
    // J and db are full-precision scalars (libm exp and summation order show in the last bits)
    closeList(values, FIX.logistic_regression_step.values, 1e-12);
  });

  it("2-layer network: W = randn * 0.01, b = zeros, forward and backward (seed 1)", () => {
    np.random.seed(1);
    const [n0, n1, n2] = [3, 4, 1];
    const W1 = np.random.randn(n1, n0).multiply(0.01);
    const b1 = np.zeros([n1, 1]);
    const W2 = np.random.randn(n2, n1).multiply(0.01);
    const b2 = np.zeros([n2, 1]);
    const X = np.array([[1.0, -2.0, 0.5, 3.0, -1.0], [0.0, 1.0, 2.0, -1.0, 1.5], [2.0, 0.5, -0.5, 1.0, 0.0]]);
    const Y = np.array([[1, 0, 1, 1, 0]]);
    const m = X.shape[1];
    const Z1 = np.add(np.dot(W1, X), b1);
    const A1 = np.tanh(Z1);
    const Z2 = np.add(np.dot(W2, A1), b2);
    const A2 = sigmoid(Z2);
    const dZ2 = np.subtract(A2, Y);
    const dW2 = np.divide(np.dot(dZ2, A1.T), m);
    const db2 = np.divide(np.sum(dZ2, { axis: 1, keepdims: true }), m);
    const dZ1 = np.multiply(np.dot(W2.T, dZ2), np.subtract(1, np.power(A1, 2)));
    const dW1 = np.divide(np.dot(dZ1, X.T), m);
    const db1 = np.multiply(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));
    const lines = [W1, b1, W2, Z1, A1, A2, dZ2, dW2, db2, dZ1, dW1, db1].map(String);
    lines.push(pyShape(dW1.shape), pyShape(db1.shape));
    expect(lines).toEqual(want("two_layer_network"));
  });
});
