/**
 * The numeric CSV layout scikit-learn ships its small datasets in: an optional first line
 * `n_samples,n_features,name0,name1,...`, then one example a line, the features followed by the
 * integer class label.
 */
export interface LabelledTable {
  /** Number of examples (rows). */
  m: number;
  /** Number of features per example. */
  n: number;
  /** Features, row-major (m × n). */
  features: Float64Array;
  /** Class label of each example. */
  target: Float64Array;
  /** Class names from the header line, or [] without one. */
  classNames: string[];
}

function parseValue(field: string, line: number, col: number): number {
  const s = field.trim();
  const v = s === "" ? NaN : Number(s);
  if (Number.isNaN(v)) throw new Error(`line ${line}, column ${col}: '${field}' is not a number`);
  return v;
}

/**
 * Parses the CSV text. With `countHeader`, the first line must give the counts and class names and
 * the data must agree with them; without it, every line is data and the width comes from line 1.
 * Throws an Error saying which line is wrong.
 * @example
 * const t = parseLabelledCsv("2,1,a,b\n0.5,0\n1.5,1", true); // header: 2 examples, 1 feature, classes a, b
 * [t.m, t.n, t.classNames]; // → [ 2, 1, [ 'a', 'b' ] ]
 * [...t.features]; // → [ 0.5, 1.5 ]
 */
export function parseLabelledCsv(text: string, countHeader: boolean): LabelledTable {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  let first = 0;
  let expectM = -1;
  let n = -1;
  let classNames: string[] = [];
  if (countHeader) {
    if (lines.length === 0) throw new Error("the file is empty");
    const head = lines[0].split(",");
    expectM = Number(head[0]);
    n = Number(head[1]);
    if (!Number.isInteger(expectM) || !Number.isInteger(n) || expectM < 0 || n < 1) {
      throw new Error(`line 1 should read "n_samples,n_features,class names...", got '${lines[0]}'`);
    }
    classNames = head.slice(2).map((s) => s.trim());
    first = 1;
  } else {
    if (lines.length === 0) throw new Error("the file is empty");
    n = lines[0].split(",").length - 1;
  }
  const m = lines.length - first;
  if (expectM >= 0 && m !== expectM) throw new Error(`the header announces ${expectM} rows but the file has ${m}`);
  const features = new Float64Array(m * n);
  const target = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const lineNo = first + i + 1;
    const fields = lines[first + i].split(",");
    if (fields.length !== n + 1) throw new Error(`line ${lineNo} has ${fields.length} values, expected ${n + 1}`);
    for (let j = 0; j < n; j++) features[i * n + j] = parseValue(fields[j], lineNo, j + 1);
    const y = parseValue(fields[n], lineNo, n + 1);
    if (!Number.isInteger(y) || y < 0) throw new Error(`line ${lineNo}: the class label '${fields[n]}' is not a non-negative integer`);
    if (classNames.length > 0 && y >= classNames.length) {
      throw new Error(`line ${lineNo}: class label ${y} but the header names only ${classNames.length} classes`);
    }
    target[i] = y;
  }
  return { m, n, features, target, classNames };
}
