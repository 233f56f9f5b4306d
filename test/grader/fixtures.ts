// Submissions of notebook 01 written by editing the student's copy (from the course's sources, as
// the release builds it), for the grader's tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error plain JavaScript modules
import { buildVersions, loadCourse, storedRecording } from "../../course/release.mjs";
// @ts-expect-error plain JavaScript modules
import { nbg, text } from "../../course/format.mjs";

type Cell = { cell_type: string; id?: string; metadata: any; source: string | string[]; outputs?: unknown[]; execution_count?: null };
export type Notebook = { cells: Cell[]; metadata: any; nbformat: number; nbformat_minor: number };

const course = loadCourse().find((c: any) => c.file.endsWith("01-activations.ipynb"));
if (!course) throw new Error("notebook 01 not found");
const versions = buildVersions(course.nb, course.exercises, storedRecording(course.file, course.nb));
export const STUDENT: Notebook = versions.student;
export const INSTRUCTOR: Notebook = versions.instructor;

/** Points of each exercise of notebook 01. */
export const POINTS: Record<string, number> = { basicSigmoid: 1, sigmoid: 2, sigmoidDerivative: 2, relu: 1, tanhDerivative: 1 };
export const FULL = Object.values(POINTS).reduce((a, b) => a + b, 0);

const code = (source: string): Cell => ({ cell_type: "code", id: `x${Math.random().toString(36).slice(2, 10)}`, metadata: {}, source, outputs: [], execution_count: null });

/** The reference solution of an exercise (the instructor's answer cell, markers dropped). */
export function correct(name: string): string {
  const cell = INSTRUCTOR.cells.find((c) => nbg(c).grade_id === `01-${name}`);
  return text(cell).split("\n").filter((l: string) => !/BEGIN SOLUTION|END SOLUTION/.test(l)).join("\n");
}

export class Submission {
  nb: Notebook = structuredClone(STUDENT);

  /** Answer every exercise correctly (the reference solutions). */
  allCorrect(): this {
    for (const name of Object.keys(POINTS)) this.answer(name, correct(name));
    return this;
  }
  /** Replace the source of an exercise's answer cell. */
  answer(name: string, source: string): this {
    const cell = this.cell(`01-${name}`);
    cell.source = source;
    return this;
  }
  cell(gradeId: string): Cell {
    const c = this.nb.cells.find((c) => nbg(c).grade_id === gradeId);
    if (!c) throw new Error(`no cell ${gradeId}`);
    return c;
  }
  /** Insert a code cell after the cell with this grade_id (or at the top with null). */
  insertAfter(gradeId: string | null, source: string): this {
    const at = gradeId === null ? 0 : this.nb.cells.indexOf(this.cell(gradeId)) + 1;
    this.nb.cells.splice(at, 0, code(source));
    return this;
  }
  edit(fn: (nb: Notebook) => void): this {
    fn(this.nb);
    return this;
  }
  write(dir: string, student: string, raw?: string): void {
    mkdirSync(join(dir, student), { recursive: true });
    writeFileSync(join(dir, student, "01-activations.ipynb"), raw ?? JSON.stringify(this.nb, null, 1));
  }
}

export const sub = () => new Submission();
