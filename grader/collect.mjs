// @ts-check
// Finding the submissions: a folder <student>/<notebook>.ipynb, or the zip an LMS gives for an
// assignment's bulk download:
//   Canvas  name_studentid_submissionid_file.ipynb           (late: name_LATE_studentid_...)
//   Moodle  Full Name_participantid_assignsubmission_file_/file.ipynb
// The student id is parsed from the names and the mapping reported.
import { inflateRawSync } from "node:zlib";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";

/**
 * The files of a zip archive (stored or deflated entries), read without any tool.
 * @param {Buffer} buf
 * @returns {{ name: string, data: Buffer }[]}
 */
export function readZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip archive (no end of central directory)");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = [];
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("broken zip central directory");
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith("/")) continue;
    const lnameLen = buf.readUInt16LE(local + 26);
    const lextraLen = buf.readUInt16LE(local + 28);
    const start = local + 30 + lnameLen + lextraLen;
    const raw = buf.subarray(start, start + csize);
    if (method !== 0 && method !== 8) throw new Error(`zip entry ${name}: unsupported compression ${method}`);
    files.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
  }
  return files;
}

/** A name safe as a folder name. */
const safe = (s) => s.replace(/[^\w.@-]+/g, "_").replace(/^\.+/, "_").slice(0, 120) || "_";

/**
 * Student id and display name from an LMS file path, or null.
 * @param {string} path inside the zip
 */
export function lmsStudent(path) {
  const parts = path.split("/");
  // Moodle: "Ada Lovelace_123456_assignsubmission_file_/01-activations.ipynb"
  for (const dir of parts.slice(0, -1)) {
    const m = /^(.*)_(\d+)_assignsubmission_[a-z]+_?$/.exec(dir);
    if (m) return { student: m[2], name: m[1], file: parts[parts.length - 1] };
  }
  // Canvas: "lovelaceada_123456_7890123_01-activations.ipynb" (or name_LATE_id_subid_file)
  const f = parts[parts.length - 1];
  const c = /^([a-z0-9]+)_(?:LATE_)?(\d+)_(\d+)_(.+)$/i.exec(f);
  if (c) return { student: c[2], name: c[1], file: c[4].replace(/-\d+(\.ipynb)$/, "$1") };
  return null;
}

/** The course notebook a submitted file is for: same name, or the same NN- prefix. */
function notebookFor(file, course) {
  const b = basename(file);
  return course.find((c) => c.name === b) ?? course.find((c) => b.startsWith(c.prefix + "-") || b.startsWith(c.prefix + "_")) ?? null;
}

/**
 * @param {string} input a folder or a .zip
 * @param {string} out the output folder (a zip is unpacked under out/.collected)
 * @param {{ name: string, prefix: string }[]} course
 */
export function collectSubmissions(input, out, course) {
  /** @type {{ student: string, notebook: string, file: string }[]} */
  const submissions = [];
  const mapping = [];
  const skipped = [];
  if (!existsSync(input)) throw new Error(`no such file or folder: ${input}`);
  if (statSync(input).isFile()) {
    const files = readZip(readFileSync(input));
    const dir = join(out, ".collected");
    for (const f of files) {
      if (!f.name.endsWith(".ipynb") || f.name.includes("__MACOSX")) continue;
      const who = lmsStudent(f.name);
      const parts = f.name.split("/");
      const student = who ? safe(who.student) : parts.length >= 2 ? safe(parts[parts.length - 2]) : null;
      const fileName = who ? who.file : parts[parts.length - 1];
      const nb = notebookFor(fileName, course);
      if (!student || !nb) {
        skipped.push(`${f.name} (${!student ? "no student id in its name" : "not a notebook of this course"})`);
        continue;
      }
      if (who) mapping.push({ file: f.name, student, name: who.name });
      const dest = join(dir, student, nb.name);
      mkdirSync(join(dir, student), { recursive: true });
      writeFileSync(dest, f.data);
      submissions.push({ student, notebook: nb.name, file: dest });
    }
  } else {
    for (const student of readdirSync(input).sort()) {
      const sdir = join(input, student);
      if (!statSync(sdir).isDirectory() || student.startsWith(".")) continue;
      for (const f of readdirSync(sdir).sort()) {
        if (!f.endsWith(".ipynb")) continue;
        const nb = notebookFor(f, course);
        if (!nb) {
          skipped.push(`${relative(input, join(sdir, f))} (not a notebook of this course)`);
          continue;
        }
        submissions.push({ student: safe(student), notebook: nb.name, file: join(sdir, f) });
      }
    }
  }
  // one submission per student and notebook: the last by name wins, the others are reported
  const seen = new Map();
  for (const s of submissions) {
    const k = `${s.student}/${s.notebook}`;
    if (seen.has(k)) skipped.push(`${seen.get(k).file} (another file of ${k} is graded: ${s.file})`);
    seen.set(k, s);
  }
  return { submissions: [...seen.values()], mapping, skipped };
}
