// @ts-check
// What the grader writes: results.json in Gradescope's shape, a feedback page per submission, and
// the gradebook (grades.csv), which depends only on the results in the output folder (so merged
// shards give the same bytes as one run).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const STATUS_TEXT = { passed: "passed", failed: "failed", timeout: "timed out", error: "error", "not-run": "not run" };

/** Gradescope's results.json for one graded submission. */
export function gradescopeJson(result) {
  let number = 0;
  const tests = result.exercises.flatMap((ex, e) =>
    ex.tests.map((t, k) => ({
      name: t.name,
      number: `${e + 1}.${k + 1}`,
      score: t.score,
      max_score: t.max,
      status: t.status === "passed" ? "passed" : "failed",
      output: `${STATUS_TEXT[t.status] ?? t.status}: ${t.message}${t.override ? `\nManual override: ${t.override}` : ""}`,
      visibility: "visible",
      extra_data: { grade_id: t.gradeId, status: t.status, order: ++number },
    })),
  );
  return {
    score: result.score,
    execution_time: Math.round(result.seconds * 1000) / 1000,
    output: [`${result.notebook}: ${fmt(result.score)} / ${fmt(result.max)}`, ...(result.overridden ?? []).map((o) => `manual override: ${o}`), ...result.notes.map((n) => `note: ${n}`)].join("\n"),
    tests,
    extra_data: { student: result.student, notebook: result.notebook, sources_hash: result.sources, submission_hash: result.submission, notes: result.notes, overrides: result.overridden ?? [] },
  };
}

const fmt = (x) => String(Math.round(x * 1000) / 1000);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** The page a student reads: each exercise's verdict and message (hidden tests: no code, no values). */
export function feedbackHtml(result) {
  const rows = result.exercises
    .flatMap((ex) =>
      ex.tests.map(
        (t) =>
          `<tr class="${esc(t.status)}"><td>${esc(ex.name)}</td><td>${esc(STATUS_TEXT[t.status] ?? t.status)}</td><td>${fmt(t.score)} / ${fmt(t.max)}</td><td><pre>${esc(t.message)}${t.override ? `\n<b>Manual override:</b> ${esc(t.override)}` : ""}</pre></td></tr>`,
      ),
    )
    .join("\n");
  const notes = result.notes.length ? `<h2>About your notebook</h2><ul>${result.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(result.notebook)}: feedback for ${esc(result.student)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;margin:0;font:13px ui-monospace,monospace}.passed td:nth-child(2){color:#176f2c}.failed td:nth-child(2),.error td:nth-child(2),.timeout td:nth-child(2),.not-run td:nth-child(2){color:#a4161a}</style>
</head><body>
<h1>${esc(result.notebook)}</h1>
<p><b>${esc(result.student)}</b>: ${fmt(result.score)} / ${fmt(result.max)} points.</p>
${(result.overridden ?? []).map((o) => `<p class="override"><b>Manual override:</b> ${esc(o)}</p>`).join("\n")}
<table><thead><tr><th>exercise</th><th>verdict</th><th>points</th><th>message</th></tr></thead><tbody>
${rows}
</tbody></table>
${notes}
<p><small>Graded by deepts from the course's sources ${esc(result.sources)}; hidden tests are run but neither their code nor their expected values are shown.</small></p>
</body></html>
`;
}

/** Every graded result in an output folder: submissions/<student>/<notebook>/result.json. */
export function readResults(out) {
  const base = join(out, "submissions");
  const results = [];
  if (!existsSync(base)) return results;
  for (const student of readdirSync(base).sort()) {
    const sdir = join(base, student);
    if (!statSync(sdir).isDirectory()) continue;
    for (const nb of readdirSync(sdir).sort()) {
      const f = join(sdir, nb, "result.json");
      if (existsSync(f)) results.push(JSON.parse(readFileSync(f, "utf8")));
    }
  }
  return results;
}

const csvCell = (s) => (/[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));

/** The fields of a CSV line (RFC 4180 quoting), or null when a quote is not closed. */
function csvFields(l) {
  const out = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < l.length; i++) {
    const ch = l[i];
    if (q) {
      if (ch === '"' && l[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") out.push(cur), (cur = "");
    else cur += ch;
  }
  if (q) return null;
  out.push(cur);
  return out.map((s) => s.trim());
}

const OVERRIDE_COLUMNS = ["student", "notebook", "grade_id", "score", "reason"];

/**
 * @typedef {{ student: string, notebook: string, gradeId: string | null, score: number, reason: string, line: number }} Override
 */

/**
 * Manual overrides: a CSV with the header `student,notebook,grade_id,score,reason` (grade_id
 * empty: the score of the whole notebook). They always win, and are shown as such. A malformed
 * file is refused with the line at fault.
 * @param {string | null} file
 * @returns {Override[]}
 */
export function readOverrides(file) {
  if (!file) return [];
  const all = readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const bad = (n, why) => new Error(`overrides ${file} line ${n}: ${why}`);
  const first = all.findIndex((l) => l.trim());
  if (first < 0) throw bad(1, `empty; expected the header ${OVERRIDE_COLUMNS.join(",")}`);
  const head = csvFields(all[first]) ?? [];
  const unknown = head.filter((h) => !OVERRIDE_COLUMNS.includes(h));
  const missing = OVERRIDE_COLUMNS.filter((h) => h !== "reason" && !head.includes(h));
  if (unknown.length || missing.length) throw bad(first + 1, `the header must be ${OVERRIDE_COLUMNS.join(",")} (${missing.length ? `missing ${missing.join(", ")}` : `unknown ${unknown.join(", ")}`})`);
  /** @type {Override[]} */
  const rows = [];
  const seen = new Map();
  for (let k = first + 1; k < all.length; k++) {
    const l = all[k];
    const n = k + 1;
    if (!l.trim()) continue;
    const v = csvFields(l);
    if (!v) throw bad(n, "a quote is not closed");
    if (v.length !== head.length) throw bad(n, `${v.length} fields, the header has ${head.length} (quote a reason that contains a comma)`);
    const row = Object.fromEntries(head.map((h, i) => [h, v[i]]));
    if (!row.student) throw bad(n, "no student");
    if (!row.notebook) throw bad(n, "no notebook");
    const score = row.score === "" ? NaN : Number(row.score);
    if (!Number.isFinite(score) || score < 0) throw bad(n, `the score "${row.score}" is not a number ≥ 0`);
    const o = { student: row.student, notebook: row.notebook.replace(/\.ipynb$/, ""), gradeId: row.grade_id || null, score, reason: row.reason || "manual override", line: n };
    const key = `${o.student}\0${o.notebook}\0${o.gradeId ?? ""}`;
    if (seen.has(key)) throw bad(n, `overrides the same score as line ${seen.get(key)}`);
    seen.set(key, n);
    rows.push(o);
  }
  return rows;
}

/**
 * Refuses overrides naming a notebook or a grade_id the course does not have (a typo would
 * otherwise be silently ignored).
 * @param {Override[]} rows
 * @param {{ name: string, exercises: { gradeId: string, tests: { gradeId: string }[] }[] }[]} course
 * @param {string} file
 * @param {string[]} [allNotebooks] every notebook of the course (graded in this run or not)
 */
export function checkOverrides(rows, course, file, allNotebooks = course.map((c) => c.name)) {
  const names = allNotebooks.map((n) => n.replace(/\.ipynb$/, ""));
  for (const o of rows) {
    if (!names.includes(o.notebook)) throw new Error(`overrides ${file} line ${o.line}: no notebook "${o.notebook}" in the course (${names.join(", ")})`);
    // the notebooks not graded in this run (--notebook) are checked when they are
    const nb = course.find((c) => c.name.replace(/\.ipynb$/, "") === o.notebook);
    if (!nb) continue;
    const ids = nb.exercises.flatMap((ex) => [ex.gradeId, ...ex.tests.map((t) => t.gradeId)]);
    if (o.gradeId && !ids.includes(o.gradeId)) throw new Error(`overrides ${file} line ${o.line}: ${o.notebook} has no exercise or test cell "${o.gradeId}" (${ids.join(", ")})`);
  }
}

/**
 * A result with the overrides that concern it applied: a test cell's score, an exercise's (its
 * first test cell gets the score, the others 0), then the notebook's, whatever their order in
 * the file.
 */
export function applyOverrides(result, overrides) {
  const mine = overrides.filter((o) => o.student === result.student && o.notebook === result.notebook.replace(/\.ipynb$/, ""));
  if (!mine.length) return result;
  const r = structuredClone(result);
  r.overridden = [];
  const rank = (o) => (!o.gradeId ? 2 : r.exercises.some((ex) => ex.gradeId === o.gradeId) ? 1 : 0);
  for (const o of [...mine].sort((a, b) => rank(a) - rank(b))) {
    const say = `${o.score} points (${o.reason})`;
    if (o.gradeId) {
      for (const ex of r.exercises) {
        if (ex.gradeId === o.gradeId) ex.tests.forEach((t, k) => Object.assign(t, { score: k === 0 ? o.score : 0, override: `exercise ${o.gradeId}: ${say}` }));
        else for (const t of ex.tests) if (t.gradeId === o.gradeId) Object.assign(t, { score: o.score, override: say });
        ex.score = ex.tests.reduce((s, t) => s + t.score, 0);
      }
      r.score = r.exercises.reduce((s, x) => s + x.score, 0);
    } else r.score = o.score;
    r.overridden.push(`${o.gradeId ?? "notebook"} → ${o.score} (${o.reason})`);
  }
  return r;
}

/**
 * grades.csv: a row per student, a column per notebook, the total and a status column naming any
 * problem (timeouts, errors, cells put back, overrides). Sorted; no times: the same results give
 * the same bytes.
 * @param {any[]} results
 * @param {string[]} notebooks every notebook graded (columns)
 */
export function gradebookCsv(results, notebooks, problemsOf) {
  const cols = [...new Set(notebooks)].sort().map((n) => n.replace(/\.ipynb$/, ""));
  const students = [...new Set(results.map((r) => r.student))].sort();
  const lines = [["student", ...cols, "total", "status"].map(csvCell).join(",")];
  for (const s of students) {
    let total = 0;
    const status = [];
    const cells = cols.map((c) => {
      const r = results.find((x) => x.student === s && x.notebook.replace(/\.ipynb$/, "") === c);
      if (!r) {
        status.push(`${c}: no submission`);
        return "";
      }
      total += r.score;
      for (const p of problemsOf(r)) status.push(`${c}: ${p}`);
      for (const o of r.overridden ?? []) status.push(`${c}: override ${o}`);
      return fmt(r.score);
    });
    lines.push([s, ...cells, fmt(total), status.join("; ")].map(csvCell).join(","));
  }
  return lines.join("\n") + "\n";
}
