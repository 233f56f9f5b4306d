// Node's fs and zlib, loaded when a file function is first called: np itself must load where they do
// not exist (a browser), and only the file functions need them.
export function fs(): typeof import("node:fs") {
  return require("node:fs");
}
export function zlib(): typeof import("node:zlib") {
  return require("node:zlib");
}

/** A path, or an open file descriptor (numpy's file objects): bytes read whole. */
export function readBytes(file: string | number): Uint8Array {
  return new Uint8Array(fs().readFileSync(file));
}

/** Writes bytes to a path (replaced) or an open file descriptor (appended at its position). */
export function writeBytes(file: string | number, bytes: Uint8Array): void {
  if (typeof file === "number") fs().writeSync(file, bytes);
  else fs().writeFileSync(file, bytes);
}
