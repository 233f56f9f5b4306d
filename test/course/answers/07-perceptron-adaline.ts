// Typical mistakes and other correct ways of writing the exercises of notebook 07 (perceptron and
// Adaline). Each mistake must fail its test cell with the @expect text; each alternative must pass.

// @mistake netInput: forgot the bias w[0]
// @expect the bias is missing
function netInput(X: NDArray, w: NDArray): NDArray {
  return np.dot(X, w.get("1:"));
}

// @mistake netInput: took the bias from the end of w
// @expect the bias is the FIRST entry w[0]
function netInput(X: NDArray, w: NDArray): NDArray {
  return np.add(np.dot(X, w.get(":-1")), w.item(-1));
}

// @correct netInput: a loop over the rows and features
function netInput(X: NDArray, w: NDArray): NDArray {
  const [m, n] = X.shape;
  const z: number[] = [];
  for (let i = 0; i < m; i++) {
    let s = w.item(0);
    for (let j = 0; j < n; j++) s += X.item(i, j) * w.item(j + 1);
    z.push(s);
  }
  return np.array(z);
}

// @correct netInput: a column of ones in front of X
function netInput(X: NDArray, w: NDArray): NDArray {
  const ones = np.ones([X.shape[0], 1]);
  return np.dot(np.concatenate([ones, X], { axis: 1 }), w);
}

// @mistake predictStep: strict inequality, so z = 0 gives −1
// @expect z = 0 must give +1
function predictStep(X: NDArray, w: NDArray): NDArray {
  return np.where(np.greater(netInput(X, w), 0), 1, -1);
}

// @mistake predictStep: labels 0 and 1 instead of −1 and +1
// @expect the labels are −1 and +1
function predictStep(X: NDArray, w: NDArray): NDArray {
  return np.where(np.greaterEqual(netInput(X, w), 0), 1, 0);
}

// @mistake predictStep: returned the net input itself
// @expect return the labels ±1, not the net input
function predictStep(X: NDArray, w: NDArray): NDArray {
  return netInput(X, w);
}

// @correct predictStep: float labels from the boolean mask, 2·[z ≥ 0] − 1
function predictStep(X: NDArray, w: NDArray): NDArray {
  return netInput(X, w).greaterEqual(0).astype("float64").multiply(2).subtract(1);
}

// @correct predictStep: one row at a time
function predictStep(X: NDArray, w: NDArray): NDArray {
  const out: number[] = [];
  for (let i = 0; i < X.shape[0]; i++) {
    const z = np.sum(X.get(i).multiply(w.get("1:"))) + w.item(0);
    out.push(z >= 0 ? 1 : -1);
  }
  return np.array(out);
}

// @mistake perceptronFit: the update runs only when the prediction is right (so it is always 0)
// @expect the weights must move when the prediction is WRONG
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let wrong = 0;
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(i);
      const yhat = np.dot(xi, w.get("1:")).item() + w.item(0) >= 0 ? 1 : -1;
      if (yhat === y.item(i)) {
        const update = eta * (y.item(i) - yhat);
        w.set("1:", w.get("1:").add(xi.multiply(update)));
        w.set(0, w.item(0) + update);
        if (update !== 0) wrong++;
      }
    }
    errors.push(wrong);
  }
  return { w, errors };
}

// @mistake perceptronFit: wrong sign of the update, ŷ − y
// @expect the update is w += η (y − ŷ) x
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let wrong = 0;
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(i);
      const yhat = np.dot(xi, w.get("1:")).item() + w.item(0) >= 0 ? 1 : -1;
      const update = eta * (yhat - y.item(i));
      w.set("1:", w.get("1:").add(xi.multiply(update)));
      w.set(0, w.item(0) + update);
      if (update !== 0) wrong++;
    }
    errors.push(wrong);
  }
  return { w, errors };
}

// @mistake perceptronFit: the bias w[0] is never updated
// @expect w[0], the bias, never moved
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let wrong = 0;
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(i);
      const yhat = np.dot(xi, w.get("1:")).item() + w.item(0) >= 0 ? 1 : -1;
      const update = eta * (y.item(i) - yhat);
      w.set("1:", w.get("1:").add(xi.multiply(update)));
      if (update !== 0) wrong++;
    }
    errors.push(wrong);
  }
  return { w, errors };
}

// @mistake perceptronFit: the error count is not reset at each epoch
// @expect reset the count to 0 at the start of every epoch
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  let wrong = 0;
  for (let epoch = 0; epoch < nIter; epoch++) {
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(i);
      const yhat = np.dot(xi, w.get("1:")).item() + w.item(0) >= 0 ? 1 : -1;
      const update = eta * (y.item(i) - yhat);
      w.set("1:", w.get("1:").add(xi.multiply(update)));
      w.set(0, w.item(0) + update);
      if (update !== 0) wrong++;
    }
    errors.push(wrong);
  }
  return { w, errors };
}

// @mistake perceptronFit: z > 0 instead of z ≥ 0 in the step
// @expect z ≥ 0, not z > 0
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let wrong = 0;
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(i);
      const yhat = np.dot(xi, w.get("1:")).item() + w.item(0) > 0 ? 1 : -1;
      const update = eta * (y.item(i) - yhat);
      w.set("1:", w.get("1:").add(xi.multiply(update)));
      w.set(0, w.item(0) + update);
      if (update !== 0) wrong++;
    }
    errors.push(wrong);
  }
  return { w, errors };
}

// @correct perceptronFit: plain JavaScript numbers for the weights, converted at the end
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  const [m, n] = X.shape;
  const w = new Array<number>(n + 1).fill(0);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let count = 0;
    for (let i = 0; i < m; i++) {
      let z = w[0];
      for (let j = 0; j < n; j++) z += w[j + 1] * X.item(i, j);
      const yhat = z >= 0 ? 1 : -1;
      const target = y.item(i);
      if (yhat !== target) {
        const update = eta * (target - yhat);
        for (let j = 0; j < n; j++) w[j + 1] += update * X.item(i, j);
        w[0] += update;
        count += 1;
      }
    }
    errors.push(count);
  }
  return { w: np.array(w), errors };
}

// @correct perceptronFit: using netInput and predictStep on one-row matrices
function perceptronFit(X: NDArray, y: NDArray, eta: number, nIter: number): { w: NDArray; errors: number[] } {
  let w = np.zeros(X.shape[1] + 1);
  const errors: number[] = [];
  for (let epoch = 0; epoch < nIter; epoch++) {
    let e = 0;
    for (let i = 0; i < X.shape[0]; i++) {
      const xi = X.get(`${i}:${i + 1}`);                 // (1, n)
      const update = eta * (y.item(i) - predictStep(xi, w).item(0));
      w = np.concatenate([np.array([w.item(0) + update]), w.get("1:").add(xi.get(0).multiply(update))]);
      e += update === 0 ? 0 : 1;
    }
    errors.push(e);
  }
  return { w, errors };
}

// @mistake adalineEpoch: errors from the ±1 predictions instead of the net input
// @expect Adaline's error is y − z with the net input z
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(y, predictStep(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  wNew.set(0, w.item(0) + eta * np.sum(errors));
  return { w: wNew, cost: np.sum(np.square(errors)) / 2 };
}

// @mistake adalineEpoch: stepped uphill (z − y)
// @expect the weights moved uphill
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(netInput(X, w), y);
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  wNew.set(0, w.item(0) + eta * np.sum(errors));
  return { w: wNew, cost: np.sum(np.square(errors)) / 2 };
}

// @mistake adalineEpoch: the bias is not updated
// @expect w[0], the bias, did not move
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(y, netInput(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  return { w: wNew, cost: np.sum(np.square(errors)) / 2 };
}

// @mistake adalineEpoch: mean instead of sum over the examples
// @expect not the mean
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const m = X.shape[0];
  const errors = np.subtract(y, netInput(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta / m)));
  wNew.set(0, w.item(0) + (eta * np.sum(errors)) / m);
  return { w: wNew, cost: np.sum(np.square(errors)) / 2 };
}

// @mistake adalineEpoch: the cost without the ½
// @expect the ½ is missing
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(y, netInput(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  wNew.set(0, w.item(0) + eta * np.sum(errors));
  return { w: wNew, cost: np.sum(np.square(errors)) };
}

// @mistake adalineEpoch: the cost after the step instead of before
// @expect the cost of the weights you STARTED from
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(y, netInput(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  wNew.set(0, w.item(0) + eta * np.sum(errors));
  return { w: wNew, cost: np.sum(np.square(np.subtract(y, netInput(X, wNew)))) / 2 };
}

// @mistake adalineEpoch: changes the caller's w in place
// @expect must not change the w passed in
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const errors = np.subtract(y, netInput(X, w));
  w.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  w.set(0, w.item(0) + eta * np.sum(errors));
  return { w, cost: np.sum(np.square(errors)) / 2 };
}

// @correct adalineEpoch: the gradient accumulated example by example, then one step
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const [m, n] = X.shape;
  const grad = new Array<number>(n + 1).fill(0);
  let cost = 0;
  for (let i = 0; i < m; i++) {
    let z = w.item(0);
    for (let j = 0; j < n; j++) z += w.item(j + 1) * X.item(i, j);
    const e = y.item(i) - z;
    cost += (e * e) / 2;
    grad[0] += e;
    for (let j = 0; j < n; j++) grad[j + 1] += e * X.item(i, j);
  }
  return { w: np.array(grad.map((g, j) => w.item(j) + eta * g)), cost };
}

// @correct adalineEpoch: a column of ones for the bias, w − η ∇J
function adalineEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): { w: NDArray; cost: number } {
  const Xb = np.concatenate([np.ones([X.shape[0], 1]), X], { axis: 1 });
  const errors = y.subtract(np.dot(Xb, w));
  const gradJ = np.dot(Xb.T, errors).negative();
  return { w: w.subtract(gradJ.multiply(eta)), cost: 0.5 * np.sum(errors.multiply(errors)) };
}

// @mistake standardizeFeatures: statistics over each row instead of each column
// @expect take the statistics along axis 0
function standardizeFeatures(X: NDArray): NDArray {
  const mu = np.mean(X, { axis: 1, keepdims: true });
  return np.divide(np.subtract(X, mu), np.std(X, { axis: 1, keepdims: true }));
}

// @mistake standardizeFeatures: sample standard deviation (ddof 1)
// @expect population standard deviation
function standardizeFeatures(X: NDArray): NDArray {
  return np.divide(np.subtract(X, np.mean(X, { axis: 0 })), np.std(X, { axis: 0, ddof: 1 }));
}

// @mistake standardizeFeatures: divided by the variance
// @expect not the variance
function standardizeFeatures(X: NDArray): NDArray {
  return np.divide(np.subtract(X, np.mean(X, { axis: 0 })), np.var(X, { axis: 0 }));
}

// @mistake standardizeFeatures: only centred
// @expect divide by σ_j too
function standardizeFeatures(X: NDArray): NDArray {
  return np.subtract(X, np.mean(X, { axis: 0 }));
}

// @correct standardizeFeatures: column by column, as the lecture's X_std[:, j] = ...
function standardizeFeatures(X: NDArray): NDArray {
  const out = X.astype("float64").copy();
  for (let j = 0; j < X.shape[1]; j++) {
    const col = X.get(":", j);
    out.set(":", j, col.subtract(col.mean()).divide(np.std(col)));
  }
  return out;
}

// @correct standardizeFeatures: σ from the mean of the squared deviations
function standardizeFeatures(X: NDArray): NDArray {
  const m = X.shape[0];
  const centred = X.subtract(np.sum(X, { axis: 0, keepdims: true }).divide(m));
  const sigma = np.sqrt(np.sum(centred.multiply(centred), { axis: 0, keepdims: true }).divide(m));
  return centred.divide(sigma);
}

// @mistake adalineSgdEpoch: all errors first, then one step (that is batch gradient descent)
// @expect in SGD each example's error uses the weights already updated
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  const errors = np.subtract(y, netInput(X, w));
  const wNew = w.copy();
  wNew.set("1:", w.get("1:").add(np.dot(X.T, errors).multiply(eta)));
  wNew.set(0, w.item(0) + eta * np.sum(errors));
  return wNew;
}

// @mistake adalineSgdEpoch: the bias is not updated
// @expect w[0], the bias, did not move
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  const wNew = w.copy();
  for (let i = 0; i < X.shape[0]; i++) {
    const xi = X.get(i);
    const error = y.item(i) - (np.dot(xi, wNew.get("1:")).item() + wNew.item(0));
    wNew.set("1:", wNew.get("1:").add(xi.multiply(eta * error)));
  }
  return wNew;
}

// @mistake adalineSgdEpoch: the error from the ±1 prediction
// @expect not y − ŷ with the ±1 prediction
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  const wNew = w.copy();
  for (let i = 0; i < X.shape[0]; i++) {
    const xi = X.get(i);
    const z = np.dot(xi, wNew.get("1:")).item() + wNew.item(0);
    const error = y.item(i) - (z >= 0 ? 1 : -1);
    wNew.set("1:", wNew.get("1:").add(xi.multiply(eta * error)));
    wNew.set(0, wNew.item(0) + eta * error);
  }
  return wNew;
}

// @mistake adalineSgdEpoch: stepped uphill
// @expect the weights moved uphill
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  const wNew = w.copy();
  for (let i = 0; i < X.shape[0]; i++) {
    const xi = X.get(i);
    const error = y.item(i) - (np.dot(xi, wNew.get("1:")).item() + wNew.item(0));
    wNew.set("1:", wNew.get("1:").subtract(xi.multiply(eta * error)));
    wNew.set(0, wNew.item(0) - eta * error);
  }
  return wNew;
}

// @correct adalineSgdEpoch: plain numbers, one example at a time
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  const [m, n] = X.shape;
  const v = Array.from({ length: n + 1 }, (_, j) => w.item(j));
  for (let i = 0; i < m; i++) {
    let z = v[0];
    for (let j = 0; j < n; j++) z += v[j + 1] * X.item(i, j);
    const e = y.item(i) - z;
    v[0] += eta * e;
    for (let j = 0; j < n; j++) v[j + 1] += eta * e * X.item(i, j);
  }
  return np.array(v);
}

// @correct adalineSgdEpoch: adalineEpoch on one example at a time
function adalineSgdEpoch(X: NDArray, y: NDArray, w: NDArray, eta: number): NDArray {
  let cur = w;
  for (let i = 0; i < X.shape[0]; i++) cur = adalineEpoch(X.get(`${i}:${i + 1}`), y.get(`${i}:${i + 1}`), cur, eta).w;
  return cur;
}
