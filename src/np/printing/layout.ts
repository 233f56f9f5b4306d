/**
 * Bracket nesting, line wrapping and summarisation of numpy's `_formatArray`, independent of
 * how elements are formatted.
 */
// Only arrays with elements are laid out, so cStrides' treatment of zero-length axes never matters.
import { cStrides } from "../shape";

/** Indices kept along one axis: everything, or `edge` from each end when summarising. */
export function keptIndices(n: number, edge: number, summarise: boolean): number[] {
  const out: number[] = [];
  if (summarise && n > 2 * edge) {
    for (let i = 0; i < edge; i++) out.push(i);
    for (let i = n - edge; i < n; i++) out.push(i);
  } else {
    for (let i = 0; i < n; i++) out.push(i);
  }
  return out;
}

/** Flat C-order indices of the elements that will be shown (the "corners" when summarising). */
export function shownFlatIndices(shape: readonly number[], edge: number, summarise: boolean): number[] {
  const st = cStrides(shape);
  let acc = [0];
  for (let ax = 0; ax < shape.length; ax++) {
    const keep = keptIndices(shape[ax], edge, summarise);
    const next: number[] = [];
    for (const base of acc) for (const k of keep) next.push(base + k * st[ax]);
    acc = next;
  }
  return acc;
}

/** Append `word` to `line`, first breaking the line if it would pass `width` (and that helps). */
function extendLine(s: string, line: string, word: string, width: number, nextPrefix: string): [string, string] {
  let wrap = line.length + word.length > width;
  if (line.length <= nextPrefix.length) wrap = false; // a new line would not be any shorter
  if (wrap) {
    s += line.trimEnd() + "\n";
    line = nextPrefix;
  }
  return [s, line + word];
}

/** Like extendLine, but a multi-line word keeps its own lines aligned. */
function extendLinePretty(s: string, line: string, word: string, width: number, nextPrefix: string): [string, string] {
  const words = word.split(/\r\n|\r|\n/);
  if (words.length === 1) return extendLine(s, line, word, width, nextPrefix);
  const longest = Math.max(...words.map((w) => w.length));
  let indent: string;
  if (line.length + longest > width && line.length > nextPrefix.length) {
    s += line.trimEnd() + "\n";
    line = nextPrefix + words[0];
    indent = nextPrefix;
  } else {
    indent = " ".repeat(line.length);
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += line.trimEnd() + "\n";
    line = indent + w;
  }
  line += " ".repeat(longest - words[words.length - 1].length);
  return [s, line];
}

export interface LayoutArgs {
  shape: readonly number[];
  /** text of the element at a flat C-order index */
  element: (flat: number) => string;
  lineWidth: number;
  /** indentation of continuation lines at the outermost level */
  nextLinePrefix: string;
  separator: string;
  edgeItems: number;
  /** "..." when summarising, "" otherwise */
  summaryInsert: string;
}

/** Lay out a whole array as numpy's `_formatArray` does (0-d: just the element). */
export function layoutArray(a: LayoutArgs): string {
  const { shape, element, separator, edgeItems, summaryInsert } = a;
  const ndim = shape.length;
  const st = cStrides(shape);
  const sepTrim = separator.trimEnd();

  const rec = (axis: number, flat: number, hanging: string, width: number): string => {
    if (axis === ndim) return element(flat);
    const nextHanging = hanging + " ";
    const nextWidth = width - 1; // room for the closing "]"
    const n = shape[axis];
    const stride = st[axis];
    const summary = summaryInsert !== "" && 2 * edgeItems < n;
    const leading = summary ? edgeItems : 0;
    const trailing = summary ? edgeItems : n;
    let s = "";
    if (ndim - axis === 1) {
      const elemWidth = width - Math.max(sepTrim.length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        const word = rec(axis + 1, flat + i * stride, nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hanging);
        line += separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hanging);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        const word = rec(axis + 1, flat + (n - i) * stride, nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hanging);
        line += separator;
      }
      const last = rec(axis + 1, flat + (n - 1) * stride, nextHanging, nextWidth);
      [s, line] = extendLinePretty(s, line, last, elemWidth, hanging);
      s += line;
    } else {
      // blocks of higher axes are separated by one blank line per extra dimension
      const lineSep = sepTrim + "\n".repeat(ndim - axis - 1);
      for (let i = 0; i < leading; i++) {
        s += hanging + rec(axis + 1, flat + i * stride, nextHanging, nextWidth) + lineSep;
      }
      if (summary) s += hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) {
        s += hanging + rec(axis + 1, flat + (n - i) * stride, nextHanging, nextWidth) + lineSep;
      }
      s += hanging + rec(axis + 1, flat + (n - 1) * stride, nextHanging, nextWidth);
    }
    return "[" + s.slice(hanging.length) + "]";
  };
  return rec(0, 0, a.nextLinePrefix, a.lineWidth);
}
