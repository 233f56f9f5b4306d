"""numpy reference for notebooks/16-convolution-lstm.ipynb: recomputes the values of the exercises'
checks (zeroPad, convSingleStep, convForward, poolForward, convBackward, poolBackward, lstmCellForward)
on the same seeded inputs, in the shapes of the deeplearning.ai convolution and sequence-model
assignments (images (m, n_H, n_W, n_C), filters (f, f, n_C_prev, n_C); LSTM x of shape (n_x, m)).

Run from the repository root:  python3 test/gen/course/16_convolution_lstm.py
Writes test/fixtures/course/16-convolution-lstm.json as {"checks": {check id: value}}.
"""

import numpy as np

from _fixture import write


def zero_pad(X, pad):
    return np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode="constant", constant_values=0)


def conv_single_step(a, W, b):
    return float(np.sum(a * W) + float(b.item()))


def conv_forward(A_prev, W, b, stride, pad):
    m, nHp, nWp, _ = A_prev.shape
    f, _, _, nC = W.shape
    nH = (nHp - f + 2 * pad) // stride + 1
    nW = (nWp - f + 2 * pad) // stride + 1
    Z = np.zeros((m, nH, nW, nC))
    P = zero_pad(A_prev, pad)
    for i in range(m):
        for h in range(nH):
            for w in range(nW):
                s = P[i, h * stride:h * stride + f, w * stride:w * stride + f, :]
                for c in range(nC):
                    Z[i, h, w, c] = conv_single_step(s, W[:, :, :, c], b[:, :, :, c])
    return Z


def pool_forward(A_prev, f, stride, mode):
    m, nHp, nWp, nC = A_prev.shape
    nH = (nHp - f) // stride + 1
    nW = (nWp - f) // stride + 1
    A = np.zeros((m, nH, nW, nC))
    for i in range(m):
        for h in range(nH):
            for w in range(nW):
                for c in range(nC):
                    s = A_prev[i, h * stride:h * stride + f, w * stride:w * stride + f, c]
                    A[i, h, w, c] = np.max(s) if mode == "max" else np.mean(s)
    return A


def conv_backward(dZ, A_prev, W, stride, pad):
    m, nHp, nWp, _ = A_prev.shape
    f, _, _, nC = W.shape
    _, nH, nW, _ = dZ.shape
    P = zero_pad(A_prev, pad)
    dP = np.zeros_like(P)
    dW = np.zeros_like(W)
    db = np.zeros((1, 1, 1, nC))
    for i in range(m):
        for h in range(nH):
            for w in range(nW):
                r = slice(h * stride, h * stride + f)
                k = slice(w * stride, w * stride + f)
                for c in range(nC):
                    dP[i, r, k, :] += W[:, :, :, c] * dZ[i, h, w, c]
                    dW[:, :, :, c] += P[i, r, k, :] * dZ[i, h, w, c]
                    db[:, :, :, c] += dZ[i, h, w, c]
    return [dP[:, pad:pad + nHp, pad:pad + nWp, :], dW, db]


def pool_backward(dA, A_prev, f, stride, mode):
    m, nH, nW, nC = dA.shape
    out = np.zeros_like(A_prev)
    for i in range(m):
        for h in range(nH):
            for w in range(nW):
                r = slice(h * stride, h * stride + f)
                k = slice(w * stride, w * stride + f)
                for c in range(nC):
                    if mode == "max":
                        s = A_prev[i, r, k, c]
                        out[i, r, k, c] += (s == np.max(s)) * dA[i, h, w, c]
                    else:
                        out[i, r, k, c] += np.ones((f, f)) * dA[i, h, w, c] / (f * f)
    return out


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def random_lstm(n_a, n_x, n_y):
    r = np.random.randn
    names = ["Wf", "bf", "Wi", "bi", "Wo", "bo", "Wc", "bc"]
    p = {}
    for n in names:
        p[n] = r(n_a, n_a + n_x) if n[0] == "W" else r(n_a, 1)
    p["Wy"] = r(n_y, n_a)
    p["by"] = r(n_y, 1)
    return p


def lstm_cell_forward(xt, a_prev, c_prev, p):
    concat = np.concatenate([a_prev, xt], axis=0)
    ft = sigmoid(p["Wf"] @ concat + p["bf"])
    it = sigmoid(p["Wi"] @ concat + p["bi"])
    cct = np.tanh(p["Wc"] @ concat + p["bc"])
    c_next = ft * c_prev + it * cct
    ot = sigmoid(p["Wo"] @ concat + p["bo"])
    a_next = ot * np.tanh(c_next)
    return a_next, c_next, softmax(p["Wy"] @ a_next + p["by"])


def main():
    c = {}
    np.random.seed(1)
    c["zeroPad-3"] = zero_pad(np.random.randn(4, 3, 3, 2), 3)
    np.random.seed(2)
    c["zeroPad-1"] = zero_pad(np.random.randn(2, 4, 5, 3), 1)
    c["zeroPad-0"] = zero_pad(np.ones((1, 2, 2, 1)), 0)

    np.random.seed(1)
    c["convSingleStep-course"] = conv_single_step(np.random.randn(4, 4, 3), np.random.randn(4, 4, 3), np.random.randn(1, 1, 1))
    np.random.seed(3)
    c["convSingleStep-1x1"] = conv_single_step(np.random.randn(1, 1, 5), np.random.randn(1, 1, 5), np.random.randn(1, 1, 1))

    np.random.seed(1)
    A, W, b = np.random.randn(2, 5, 7, 4), np.random.randn(3, 3, 4, 8), np.random.randn(1, 1, 1, 8)
    c["convForward-course"] = conv_forward(A, W, b, 2, 1)
    np.random.seed(5)
    A2, W2, b2 = np.random.randn(1, 4, 4, 2), np.random.randn(2, 2, 2, 3), np.random.randn(1, 1, 1, 3)
    c["convForward-valid"] = conv_forward(A2, W2, b2, 1, 0)
    W3, b3 = np.random.randn(3, 3, 2, 1), np.random.randn(1, 1, 1, 1)
    c["convForward-same"] = conv_forward(A2, W3, b3, 1, 1)

    np.random.seed(1)
    A = np.random.randn(2, 5, 5, 3)
    c["poolForward-max"] = pool_forward(A, 3, 1, "max")
    c["poolForward-average"] = pool_forward(A, 3, 1, "average")
    np.random.seed(2)
    A2 = np.random.randn(2, 6, 4, 2)
    c["poolForward-stride2"] = {"max": pool_forward(A2, 2, 2, "max"), "average": pool_forward(A2, 2, 2, "average")}
    c["poolForward-uneven"] = pool_forward(A2, 3, 2, "max")

    np.random.seed(1)
    A, W, b = np.random.randn(10, 4, 4, 3), np.random.randn(2, 2, 3, 8), np.random.randn(1, 1, 1, 8)
    c["convBackward-course"] = conv_backward(np.random.randn(10, 4, 4, 8), A, W, 2, 2)
    np.random.seed(6)
    A2, W2, b2 = np.random.randn(2, 5, 5, 2), np.random.randn(3, 3, 2, 3), np.random.randn(1, 1, 1, 3)
    c["convBackward-overlap"] = conv_backward(np.random.randn(2, 3, 3, 3), A2, W2, 1, 0)
    c["convBackward-stride3"] = conv_backward(np.random.randn(2, 2, 2, 3), A2, W2, 3, 1)

    np.random.seed(1)
    A = np.random.randn(5, 5, 3, 2)
    dA = np.random.randn(5, 4, 2, 2)
    c["poolBackward-max"] = pool_backward(dA, A, 2, 1, "max")
    c["poolBackward-average"] = pool_backward(dA, A, 2, 1, "average")
    np.random.seed(7)
    A2 = np.random.randn(2, 4, 6, 3)
    dA2 = np.random.randn(2, 2, 3, 3)
    c["poolBackward-stride2"] = {"max": pool_backward(dA2, A2, 2, 2, "max"), "average": pool_backward(dA2, A2, 2, 2, "average")}
    c["poolBackward-f3"] = pool_backward(np.random.randn(2, 2, 4, 3), A2, 3, 1, "max")

    np.random.seed(1)
    xt, a_prev, c_prev = np.random.randn(3, 10), np.random.randn(5, 10), np.random.randn(5, 10)
    p = random_lstm(5, 3, 2)
    a_next, c_next, yt = lstm_cell_forward(xt, a_prev, c_prev, p)
    c["lstmCellForward-cNext"] = c_next
    c["lstmCellForward-aNext"] = a_next
    c["lstmCellForward-ytPred"] = yt
    np.random.seed(3)
    xt2, a2, c2 = np.random.randn(2, 1), np.random.randn(4, 1), np.random.randn(4, 1)
    p2 = random_lstm(4, 2, 3)
    an, cn, y2 = lstm_cell_forward(xt2, a2, c2, p2)
    c["lstmCellForward-single"] = {"aNext": an, "cNext": cn, "ytPred": y2}
    closed = dict(p2, bf=np.full((4, 1), -50.0), bi=np.full((4, 1), -50.0))
    an3, cn3, _ = lstm_cell_forward(xt2, a2, c2, closed)
    c["lstmCellForward-gates-closed"] = {"aNext": an3, "cNext": cn3}

    write("16-convolution-lstm", c)


if __name__ == "__main__":
    main()
