// @ts-check
// The student's workspace: their own copies of the released notebooks, which `npm start` opens.
// A copy the student has changed in any way is never overwritten. When the course changes upstream,
// an untouched copy is refreshed, and beside an edited one the new version is written as
// NN-topic.updated.ipynb (and the start-up message says so). A deleted copy comes back fresh, which
// is how a student starts a notebook over.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sha = (buf) => createHash("sha256").update(buf).digest("hex");
const MANIFEST = join(".deepts", "course.json");

/**
 * @typedef {{ created: string[], restored: string[], updated: string[], beside: [string, string][], kept: string[] }} SyncReport
 */

/**
 * Brings `workspace` up to date with the released student notebooks in `released`.
 * @param {string} released  folder of released student notebooks
 * @param {string} workspace the student's folder
 * @returns {SyncReport}
 */
export function syncWorkspace(released, workspace) {
  mkdirSync(join(workspace, ".deepts"), { recursive: true });
  const manifestPath = join(workspace, MANIFEST);
  /** @type {{ files: Record<string, { copied: string }> }} */
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : { files: {} };
  /** @type {SyncReport} */
  const report = { created: [], restored: [], updated: [], beside: [], kept: [] };
  for (const name of readdirSync(released).filter((f) => f.endsWith(".ipynb")).sort()) {
    const fresh = readFileSync(join(released, name));
    const freshSha = sha(fresh);
    const dest = join(workspace, name);
    const known = manifest.files[name];
    if (!existsSync(dest)) {
      writeFileSync(dest, fresh);
      manifest.files[name] = { copied: freshSha };
      (known ? report.restored : report.created).push(name);
      continue;
    }
    const mine = sha(readFileSync(dest));
    if (mine === freshSha) {
      manifest.files[name] = { copied: freshSha };
    } else if (known && mine === known.copied) {
      // untouched since we copied it: the new course version is not the student's work
      writeFileSync(dest, fresh);
      manifest.files[name] = { copied: freshSha };
      report.updated.push(name);
    } else if (!known || known.copied !== freshSha) {
      // the student's work stays; the new version goes beside it (once per version)
      const stem = name.replace(/\.ipynb$/, "");
      let target = "";
      for (let k = 1; ; k++) {
        const candidate = `${stem}.updated${k === 1 ? "" : `-${k}`}.ipynb`;
        const path = join(workspace, candidate);
        if (!existsSync(path) || sha(readFileSync(path)) === freshSha) {
          target = candidate;
          break;
        }
      }
      if (!existsSync(join(workspace, target))) writeFileSync(join(workspace, target), fresh);
      report.beside.push([name, target]);
    } else {
      report.kept.push(name);
    }
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + "\n");
  return report;
}

/** The start-up message for a sync report, a line per change (nothing when nothing changed). */
export function describeSync(report, workspace) {
  const lines = [];
  if (report.created.length) lines.push(`Your course notebooks are in ${workspace} (${report.created.length} new).`);
  for (const n of report.restored) lines.push(`${n} was missing: a fresh copy is back.`);
  for (const n of report.updated) lines.push(`${n}: updated to the course's new version (you had not changed it).`);
  for (const [n, t] of report.beside) lines.push(`${n}: the course has a new version. Yours is kept as it is; the new one is ${t}.`);
  return lines;
}
