// Answer fixtures of notebooks/06-gradient-descent.ipynb: typical mistakes (must fail with the
// @expect text) and other correct ways of writing each exercise (must pass). Format: course/README.md.

// @mistake numericalDerivative: the one-sided difference
// @expect that is the one-sided difference
function numericalDerivative(f: (x: number) => number, x: number, eps: number): number {
  return (f(x + eps) - f(x)) / eps;
}

// @mistake numericalDerivative: divides by eps instead of 2 eps
// @expect divide by 2 * eps, not eps
function numericalDerivative(f: (x: number) => number, x: number, eps: number): number {
  return (f(x + eps) - f(x - eps)) / eps;
}

// @mistake numericalDerivative: / 2 * eps without parentheses
// @expect write / (2 * eps) with the parentheses
function numericalDerivative(f: (x: number) => number, x: number, eps: number): number {
  return (f(x + eps) - f(x - eps)) / 2 * eps;
}

// @correct numericalDerivative: the mean of the two one-sided slopes
function numericalDerivative(f: (x: number) => number, x: number, eps: number): number {
  const right = (f(x + eps) - f(x)) / eps;
  const left = (f(x) - f(x - eps)) / eps;
  return (right + left) / 2;
}

// @correct numericalDerivative: 0.5 / eps times the difference
function numericalDerivative(f: (x: number) => number, x: number, eps: number): number {
  const plus = f(x + eps);
  const minus = f(x - eps);
  return (0.5 / eps) * (plus - minus);
}

// @mistake forwardGraph: forgets the 3
// @expect J = 3v: multiply by 3
function forwardGraph(a: number, b: number, c: number): { u: number; v: number; J: number } {
  const u = b * c;
  const v = a + u;
  return { u, v, J: v };
}

// @mistake forwardGraph: 3a + bc, the 3 on a only
// @expect the 3 multiplies the whole sum
function forwardGraph(a: number, b: number, c: number): { u: number; v: number; J: number } {
  const u = b * c;
  const v = a + u;
  return { u, v, J: 3 * a + u };
}

// @correct forwardGraph: the whole formula at once, then the nodes
function forwardGraph(a: number, b: number, c: number): { u: number; v: number; J: number } {
  return { J: 3 * (a + b * c), v: a + b * c, u: c * b };
}

// @mistake backwardGraph: forgets dJ/dv = 3
// @expect multiply by dv = 3
function backwardGraph(a: number, b: number, c: number): { da: number; db: number; dc: number } {
  return { da: 1, db: c, dc: b };
}

// @mistake backwardGraph: db and dc swapped (du/db taken as b)
// @expect du/db is c and du/dc is b
function backwardGraph(a: number, b: number, c: number): { da: number; db: number; dc: number } {
  const du = 3;
  return { da: 3, db: du * b, dc: du * c };
}

// @correct backwardGraph: the partial derivatives of 3a + 3bc written down directly
function backwardGraph(a: number, b: number, c: number): { da: number; db: number; dc: number } {
  return { da: 3, db: 3 * c, dc: 3 * b };
}

// @correct backwardGraph: central differences of the forward pass (exact here: J is linear in each variable)
function backwardGraph(a: number, b: number, c: number): { da: number; db: number; dc: number } {
  const J = (x: number, y: number, z: number) => 3 * (x + y * z);
  const h = 0.5;
  return {
    da: (J(a + h, b, c) - J(a - h, b, c)) / (2 * h),
    db: (J(a, b + h, c) - J(a, b - h, c)) / (2 * h),
    dc: (J(a, b, c + h) - J(a, b, c - h)) / (2 * h),
  };
}

// @mistake gradientDescent: steps uphill (+ instead of −)
// @expect with a minus
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  const path = np.zeros([numIterations + 1, x0.size]);
  let x = x0.astype("float64");
  path.set(0, ":", x);
  for (let t = 1; t <= numIterations; t++) {
    x = x.add(grad(x).mul(learningRate));
    path.set(t, ":", x);
  }
  return path;
}

// @mistake gradientDescent: the path without x0
// @expect row 0 of the path is x0 itself
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  const path = np.zeros([numIterations, x0.size]);
  let x = x0.astype("float64");
  for (let t = 0; t < numIterations; t++) {
    x = x.subtract(grad(x).mul(learningRate));
    path.set(t, ":", x);
  }
  return path;
}

// @mistake gradientDescent: forgets the learning rate
// @expect multiply the gradient by the learning rate
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  const path = np.zeros([numIterations + 1, x0.size]);
  let x = x0.astype("float64");
  path.set(0, ":", x);
  for (let t = 1; t <= numIterations; t++) {
    x = x.subtract(grad(x));
    path.set(t, ":", x);
  }
  return path;
}

// @mistake gradientDescent: updates x0 in place, so the caller's x0 changes
// @expect it must not change
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  const x = x0.dtype === "float64" ? x0 : x0.astype("float64");
  const path = np.zeros([numIterations + 1, x0.size]);
  path.set(0, ":", x);
  for (let t = 1; t <= numIterations; t++) {
    x.set("...", x.subtract(grad(x).mul(learningRate)));
    path.set(t, ":", x);
  }
  return path;
}

// @correct gradientDescent: rows collected in a JavaScript array, then np.array
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  let x = np.array(x0.tolist() as number[], { dtype: "float64" });
  const rows: number[][] = [x.tolist() as number[]];
  for (let t = 0; t < numIterations; t++) {
    const g = grad(x);
    x = np.subtract(x, np.multiply(learningRate, g));
    rows.push(x.tolist() as number[]);
  }
  return np.array(rows, { dtype: "float64" }).reshape(numIterations + 1, x0.size);
}

// @correct gradientDescent: updates a copy in place, one coordinate at a time
function gradientDescent(grad: (x: NDArray) => NDArray, x0: NDArray, learningRate: number, numIterations: number): NDArray {
  const x = x0.astype("float64").copy();
  const path = np.zeros([numIterations + 1, x.size]);
  path.set(0, ":", x);
  for (let t = 1; t <= numIterations; t++) {
    const g = grad(x.copy());
    for (let i = 0; i < x.size; i++) x.set(i, x.item(i) - learningRate * g.item(i));
    path.set(t, ":", x);
  }
  return path;
}
