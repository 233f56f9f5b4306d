// @ts-check
// Similarity report: pairs of submissions whose answer cells are near-identical once names,
// comments, strings' spelling and whitespace are normalised. For the instructor to look at; it
// changes no score. Written as similarity.csv (notebook, student a, student b, similarity, exercises).
import { existsSync, readFileSync } from "node:fs";
import { nbg, text } from "../course/format.mjs";

const KEYWORDS = new Set("break case catch class const continue debugger default delete do else export extends false finally for function if import in instanceof let new null return super switch this throw true try typeof var void while with yield async await of number string boolean any unknown NDArray np nn Math".split(" "));

/** Tokens of an answer with identifiers renamed by first appearance and comments/whitespace dropped. */
export function normalise(src) {
  const body = src.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
  const names = new Map();
  const toks = body.match(/[A-Za-z_$][\w$]*|\d+(?:\.\d+)?(?:e[+-]?\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|\S/g) ?? [];
  return toks.map((t) => {
    if (/^[A-Za-z_$]/.test(t) && !KEYWORDS.has(t)) {
      if (!names.has(t)) names.set(t, `v${names.size}`);
      return names.get(t);
    }
    return t;
  });
}

/** Similarity of two token lists: 1 − edit distance / longer length (on token bigrams' multiset, fast). */
export function similarity(a, b) {
  if (!a.length && !b.length) return 1;
  const grams = (t) => {
    const m = new Map();
    for (let i = 0; i < t.length - 1; i++) m.set(t[i] + " " + t[i + 1], (m.get(t[i] + " " + t[i + 1]) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  let total = 0;
  for (const [k, n] of ga) common += Math.min(n, gb.get(k) ?? 0);
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  return total ? (2 * common) / total : 1;
}

/**
 * The answer cells of a submitted notebook (grade_id → source), or {} when it is not one.
 * @param {string | Buffer} raw
 * @returns {Record<string, string>}
 */
export function answerCells(raw) {
  /** @type {Record<string, string>} */
  const answers = {};
  let nb;
  try {
    nb = JSON.parse(String(raw));
  } catch {
    return answers;
  }
  for (const c of Array.isArray(nb?.cells) ? nb.cells : []) {
    if (!c || typeof c !== "object") continue;
    const gid = nbg(c).grade_id;
    if (typeof gid === "string" && nbg(c).solution === true && c.cell_type === "code" && !(gid in answers)) answers[gid] = text(c);
  }
  return answers;
}

/**
 * The CSV report over graded results: their answer cells as stored in each result (older results:
 * read again from the submitted file).
 */
export function similarityReport(out, results, threshold = 0.95) {
  const byNb = new Map();
  for (const r of results) {
    let cells = r.answers;
    if (!cells) {
      if (!r.file || !existsSync(r.file)) continue;
      cells = answerCells(readFileSync(r.file));
    }
    const answers = new Map(Object.entries(cells).map(([gid, src]) => [gid, normalise(String(src))]));
    if (!byNb.has(r.notebook)) byNb.set(r.notebook, []);
    byNb.get(r.notebook).push({ student: r.student, answers, stubs: r.exercises });
  }
  const lines = ["notebook,student_a,student_b,similarity,exercises"];
  for (const [nbName, subs] of [...byNb].sort()) {
    subs.sort((x, y) => (x.student < y.student ? -1 : 1));
    for (let i = 0; i < subs.length; i++)
      for (let j = i + 1; j < subs.length; j++) {
        const same = [];
        let sum = 0;
        let n = 0;
        for (const [gid, ta] of subs[i].answers) {
          const tb = subs[j].answers.get(gid);
          if (!tb) continue;
          const s = similarity(ta, tb);
          sum += s;
          n++;
          // answers still the stub (or nearly empty) say nothing
          if (s >= threshold && ta.length > 12 && !ta.includes("implemented")) same.push(gid);
        }
        if (same.length && same.length >= Math.max(1, Math.ceil(n / 2))) lines.push([nbName, subs[i].student, subs[j].student, (sum / n).toFixed(3), same.join(" ")].join(","));
      }
  }
  return lines.join("\n") + "\n";
}
