// The newc writer, byte-identical to the tree's own usr/gen_init_cpio.c (which the GNU make build
// uses): inodes numbered from 721 in list order (the trailer takes the next one), nlink 2 for
// directories and 1 otherwise, every time stamp and device number of the archive itself 0 (so the
// same inputs give the same bytes), names without leading '/', 4-byte padding after the header+
// name and after the data, and the whole archive padded to 512-byte blocks as cpio(1) writes.
import {
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFREG,
  S_IFSOCK,
  TRAILER,
  type CpioEntry,
} from './types.ts';

/// Writer settings. Defaults match usr/gen_init_cpio.c.
export interface NewcOptions {
  /// First inode number (gen_init_cpio: 721).
  readonly firstIno?: number;
  /// mtime of every record (default 0, for reproducible archives).
  readonly mtime?: number;
}

const HEADER = 110;
const encoder = new TextEncoder();

interface Planned {
  readonly name: Uint8Array;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly rdevMajor: number;
  readonly rdevMinor: number;
  readonly data: Uint8Array;
}

function typeBits(e: CpioEntry): number {
  switch (e.kind) {
    case 'dir':
      return S_IFDIR;
    case 'file':
      return S_IFREG;
    case 'slink':
      return S_IFLNK;
    case 'nod':
      return e.device === 'c' ? S_IFCHR : S_IFBLK;
    case 'pipe':
      return S_IFIFO;
    case 'sock':
      return S_IFSOCK;
  }
}

function plan(e: CpioEntry): Planned {
  const data =
    e.kind === 'file' ? e.data : e.kind === 'slink' ? encoder.encode(e.target) : new Uint8Array(0);
  return {
    name: encoder.encode(e.name.replace(/^\/+/, '')),
    mode: typeBits(e) | (e.mode & 0o7777),
    uid: e.uid,
    gid: e.gid,
    rdevMajor: e.kind === 'nod' ? e.major : 0,
    rdevMinor: e.kind === 'nod' ? e.minor : 0,
    data,
  };
}

const pad4 = (n: number): number => (n + 3) & ~3;

/// Packs the entries, in order, into one newc archive.
export function packNewc(entries: readonly CpioEntry[], options: NewcOptions = {}): Uint8Array {
  const records = entries.map(plan);
  records.push({
    name: encoder.encode(TRAILER),
    mode: 0,
    uid: 0,
    gid: 0,
    rdevMajor: 0,
    rdevMinor: 0,
    data: new Uint8Array(0),
  });
  let size = 0;
  for (const r of records) size = pad4(pad4(size + HEADER + r.name.length + 1) + r.data.length);
  const out = new Uint8Array(Math.ceil(size / 512) * 512);
  let at = 0,
    ino = options.firstIno ?? 721;
  for (const r of records) {
    const fields = [
      ino++,
      r.mode,
      r.uid,
      r.gid,
      (r.mode & 0o170000) === S_IFDIR ? 2 : 1,
      options.mtime ?? 0,
      r.data.length,
      0,
      0,
      r.rdevMajor,
      r.rdevMinor,
      r.name.length + 1,
      0,
    ];
    at = writeHeader(out, at, fields);
    out.set(r.name, at);
    at = pad4(at + r.name.length + 1);
    out.set(r.data, at);
    at = pad4(at + r.data.length);
  }
  return out;
}

// "070701" then 13 fields as 8 upper-case hex digits.
function writeHeader(out: Uint8Array, at: number, fields: readonly number[]): number {
  const magic = '070701';
  for (let i = 0; i < 6; i++) out[at + i] = magic.charCodeAt(i);
  let p = at + 6;
  for (const f of fields) {
    const v = f >>> 0;
    for (let shift = 28; shift >= 0; shift -= 4)
      out[p++] = '0123456789ABCDEF'.charCodeAt((v >>> shift) & 15);
  }
  return p;
}
