// Shared by the course tests: the course's notebooks (DEEPTS_COURSE=NN,MM narrows them), the answer
// fixtures, and notebooks executed through the real kernel.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
// @ts-ignore: plain ESM tooling
import * as release from "../../course/release.mjs";
// @ts-ignore: plain ESM tooling
import * as format from "../../course/format.mjs";

export { release, format };
export const ROOT = join(__dirname, "..", "..");

export interface Course {
  file: string;
  name: string;
  nb: any;
  exercises: { name: string; answer: number; tests: number[]; points: number }[];
}

/** Every source notebook, validated, or those DEEPTS_COURSE names (prefixes, comma-separated). */
export function course(): Course[] {
  const only = process.env.DEEPTS_COURSE?.split(",").filter(Boolean);
  return (release.loadCourse() as Omit<Course, "name">[])
    .map((c) => ({ ...c, name: basename(c.file, ".ipynb") }))
    .filter((c) => !only || only.some((p) => c.name.startsWith(p)));
}

export interface Answer {
  kind: "mistake" | "correct";
  fn: string;
  why: string;
  expect: string[];
  code: string;
}

/** The answer fixtures of a notebook (test/course/answers/NN-topic.ts), or []. */
export function answers(name: string): Answer[] {
  const file = join(__dirname, "answers", `${name}.ts`);
  if (!existsSync(file)) return [];
  const out: Answer[] = [];
  let cur: Answer | null = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const head = /^\/\/ @(mistake|correct) ([A-Za-z_$][\w$]*): (.*)$/.exec(line);
    if (head) {
      cur = { kind: head[1] as Answer["kind"], fn: head[2], why: head[3], expect: [], code: "" };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const exp = /^\/\/ @expect (.*)$/.exec(line);
    if (exp && cur.code === "") cur.expect.push(exp[1].trim());
    else cur.code += line + "\n";
  }
  for (const a of out) a.code = a.code.trim();
  return out;
}

/** A cell's source as a string, outputs as a list. */
export const src = (c: any): string => [c.source].flat().join("");
export const errorsOf = (c: any): any[] => (c.outputs ?? []).filter((o: any) => o.output_type === "error");
export const errorText = (o: any): string => `${o.ename}: ${o.evalue}`;

/** A code cell for an executed run. */
export const codeCell = (source: string, tag: Record<string, unknown> = {}, id = `x${Math.random().toString(36).slice(2, 10)}`) => ({
  cell_type: "code",
  id,
  metadata: { deepts_test: tag },
  source,
  outputs: [],
  execution_count: null,
});
