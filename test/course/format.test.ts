// The source format's checks: every mistake an author can make stops the release with the notebook,
// cell and line, and the stub keeps the function's signature.
import { describe, it, expect } from "vitest";
import { format, release } from "./helpers";

const meta = (extra: Record<string, unknown>) => ({ nbgrader: { schema_version: 3, locked: false, ...extra } });
const answer = (gid: string, source: string) => ({ cell_type: "code", id: `a-${gid}`, metadata: meta({ grade_id: gid, solution: true, grade: false }), source, outputs: [] });
const test = (gid: string, source: string, points: unknown = 1) => ({
  cell_type: "code",
  id: `t-${gid}`,
  metadata: meta({ grade_id: gid, grade: true, solution: false, locked: true, points }),
  source,
  outputs: [],
});
const ok = "function f(x: number): number {\n  // BEGIN SOLUTION\n  return x + 1;\n  // END SOLUTION\n}";
const nb = (...cells: any[]) => ({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: "deepts" } }, cells });
const problem = (n: any): string => {
  try {
    format.validate(n, "/x/07-demo.ipynb", new Map());
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
};

describe("validate", () => {
  it("accepts a well-formed exercise and returns it with its points", () => {
    expect(format.validate(nb(answer("07-f", ok), test("07-f-tests", 'check("a", f(1));', 3)), "07-demo.ipynb", new Map())).toEqual([
      { name: "f", answer: 0, tests: [1], points: 3 },
    ]);
  });
  it("names notebook, cell and line for unbalanced, nested or inline markers", () => {
    expect(problem(nb(answer("07-f", "function f(x: number): number {\n  // BEGIN SOLUTION\n  return x;\n}")))).toBe(
      "07-demo.ipynb, cell 1 (id a-07-f), line 2: `BEGIN SOLUTION` is never closed: add a line `// END SOLUTION`",
    );
    expect(problem(nb(answer("07-f", "function f(x: number): number {\n  return x;\n  // END SOLUTION\n}")))).toMatch(/cell 1 \(id a-07-f\), line 3: `END SOLUTION` without a `BEGIN SOLUTION`/);
    expect(problem(nb(answer("07-f", "// BEGIN SOLUTION\n// BEGIN SOLUTION\nfunction f() {}\n// END SOLUTION")))).toMatch(/line 2: `BEGIN SOLUTION` inside another/);
    expect(problem(nb(answer("07-f", "function f() { return 1; } // BEGIN SOLUTION\n// END SOLUTION")))).toMatch(/line 1: a marker must be a line of its own/);
    expect(problem(nb(answer("07-f", ok), test("07-f-tests", 'check("a", f(1));\n// BEGIN HIDDEN TESTS\ncheck("b", f(2));')))).toMatch(
      /cell 2 \(id t-07-f-tests\), line 2: `BEGIN HIDDEN TESTS` is never closed/,
    );
  });
  it("rejects duplicate grade_ids across the course, graded cells without points, misplaced markers", () => {
    const seen = new Map([["07-f", "06-other.ipynb cell 4"]]);
    expect(() => format.validate(nb(answer("07-f", ok)), "07-demo.ipynb", seen)).toThrow(/grade_id "07-f" is already used by 06-other.ipynb cell 4/);
    expect(problem(nb(answer("07-f", ok), test("07-f-tests", 'check("a", f(1));', null)))).toMatch(/graded cell "07-f-tests" needs points/);
    expect(problem(nb(answer("07-f", ok), test("07-f-tests", 'check("a", f(1));', 0)))).toMatch(/needs points/);
    expect(problem(nb({ cell_type: "code", id: "c", metadata: {}, source: "// BEGIN SOLUTION\n// END SOLUTION" }))).toMatch(/solution markers in a cell that is not an answer cell/);
    expect(problem(nb(answer("07-f", ok), test("07-f-tests", "// nothing checked\nf(1);")))).toMatch(/at least one public check/);
    expect(problem(nb(test("07-f-tests", 'check("a", 1);')))).toMatch(/must follow the answer cell/);
    expect(problem(nb(answer("07-f", ok)))).toMatch(/exercise f has no test cell/);
    expect(problem(nb(answer("07-f", "// BEGIN SOLUTION\nconst y = 1;\n// END SOLUTION")))).toMatch(/must declare its graded function/);
    expect(problem({ ...nb(), nbformat_minor: 4 })).toMatch(/nbformat 4.5/);
    expect(problem({ ...nb(), metadata: { kernelspec: { name: "python3" } } })).toMatch(/kernel must be "deepts"/);
  });
});

describe("the student's stub", () => {
  it("keeps the signature and the code around the solution, and throws naming the function", () => {
    const cell = answer("07-f", "/** doc */\nfunction f(x: number): number {\n  const a = 1;\n  // BEGIN SOLUTION\n  return x + a;\n  // END SOLUTION\n}");
    expect(release.stubAnswer(cell, "f")).toBe(
      '/** doc */\nfunction f(x: number): number {\n  const a = 1;\n  // YOUR CODE HERE\n  throw new Error("f is not implemented yet: write your code in place of this line");\n}',
    );
  });
});
