// A minimal zip writer and reader, enough for numpy's .npz: stored or deflated entries (node's zlib),
// zip64 sizes in the entries numpy writes, no encryption, no multi-disk archives.
import { zlib } from "./node_fs";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC-32 zip stores for each entry. */
export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of the named entries, deflated when `compress`. */
export function zipBytes(entries: [string, Uint8Array][], compress: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the earliest time zip can hold, so the same arrays give the same bytes
  const time = 0, date = (0 << 9) | (1 << 5) | 1;
  for (const [name, data] of entries) {
    const nameB = new TextEncoder().encode(name);
    const body = compress ? new Uint8Array(zlib().deflateRawSync(data)) : data;
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameB.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, compress ? 8 : 0, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameB.length, true);
    local.set(nameB, 30);
    const cen = new Uint8Array(46 + nameB.length);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, compress ? 8 : 0, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameB.length, true);
    cv.setUint32(42, offset, true);
    cen.set(nameB, 46);
    parts.push(local, body);
    central.push(cen);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((p, c) => p + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((p, c) => p + c.length, 0));
  let at = 0;
  for (const c of all) (out.set(c, at), (at += c.length));
  return out;
}

/** The entries of a zip archive, by name, uncompressed. */
export function unzipBytes(bytes: Uint8Array): Map<string, Uint8Array> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("File is not a zip file");
  let count = v.getUint16(eocd + 10, true);
  let cd = v.getUint32(eocd + 16, true);
  // a zip64 end record (its locator sits just before the plain end record)
  if ((count === 0xffff || cd === 0xffffffff) && eocd >= 20 && v.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(v.getBigUint64(eocd - 12, true));
    count = Number(v.getBigUint64(z + 32, true));
    cd = Number(v.getBigUint64(z + 48, true));
  }
  const out = new Map<string, Uint8Array>();
  for (let k = 0, p = cd; k < count; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error("Bad magic number for central directory");
    const method = v.getUint16(p + 10, true);
    let csize = v.getUint32(p + 20, true);
    let usize = v.getUint32(p + 24, true);
    const nlen = v.getUint16(p + 28, true), xlen = v.getUint16(p + 30, true), clen = v.getUint16(p + 32, true);
    let loc = v.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nlen));
    // zip64 extra field: the 0xFFFFFFFF fields, in order usize, csize, offset
    for (let x = p + 46 + nlen; x < p + 46 + nlen + xlen; ) {
      const id = v.getUint16(x, true), sz = v.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (usize === 0xffffffff) (usize = Number(v.getBigUint64(q, true))), (q += 8);
        if (csize === 0xffffffff) (csize = Number(v.getBigUint64(q, true))), (q += 8);
        if (loc === 0xffffffff) loc = Number(v.getBigUint64(q, true));
      }
      x += 4 + sz;
    }
    const start = loc + 30 + v.getUint16(loc + 26, true) + v.getUint16(loc + 28, true);
    const raw = bytes.subarray(start, start + csize);
    if (method === 0) out.set(name, raw);
    else if (method === 8) out.set(name, new Uint8Array(zlib().inflateRawSync(raw)));
    else throw new Error(`deepts: zip compression method ${method} is not supported`);
    if (out.get(name)!.length !== usize) throw new Error(`zip entry ${name}: size mismatch`);
    p += 46 + nlen + xlen + clen;
  }
  return out;
}
