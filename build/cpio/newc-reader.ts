// The newc reader: every record of one archive or of several concatenated ones (as the kernel
// accepts, later names winning), with the NUL padding between archives skipped. Anything
// malformed is a CpioFormatError giving the byte offset.
import { LocatedError } from '../elf/errors.ts';
import { TRAILER, type CpioRecord } from './types.ts';

/// A malformed newc archive.
export class CpioFormatError extends LocatedError {}

const decoder = new TextDecoder();

function hexField(bytes: Uint8Array, at: number, name: string, file: string): number {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const c = bytes[at + i];
    const d =
      c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0)
      throw new CpioFormatError(`bad hex digit in the ${name} field`, file, 0, undefined, at + i);
    v = v * 16 + d;
  }
  return v;
}

const FIELDS = [
  'ino',
  'mode',
  'uid',
  'gid',
  'nlink',
  'mtime',
  'filesize',
  'devmajor',
  'devminor',
  'rdevmajor',
  'rdevminor',
  'namesize',
  'check',
] as const;

/// Reads all records (trailers excluded) of the archive(s) in `bytes`.
export function readNewc(bytes: Uint8Array, file = 'initramfs.cpio'): CpioRecord[] {
  const out: CpioRecord[] = [];
  let at = 0,
    archive = 0;
  for (;;) {
    while (at < bytes.length && bytes[at] === 0) at++; // padding between concatenated archives
    if (at >= bytes.length) break;
    const { record, next } = readRecord(bytes, at, file, archive);
    at = next;
    if (record.name === TRAILER) archive++;
    else out.push(record);
  }
  return out;
}

// One header, name and data at `at`; `next` is the 4-byte aligned offset after the data.
function readRecord(
  bytes: Uint8Array,
  at: number,
  file: string,
  archive: number,
): { record: CpioRecord; next: number } {
  const fail = (msg: string, where = at): never => {
    throw new CpioFormatError(msg, file, 0, undefined, where);
  };
  if (at + 110 > bytes.length) fail('truncated header');
  const magic = decoder.decode(bytes.subarray(at, at + 6));
  if (magic !== '070701' && magic !== '070702') fail(`bad magic '${magic}' (not a newc archive)`);
  const f = Object.fromEntries(
    FIELDS.map((n, i) => [n, hexField(bytes, at + 6 + i * 8, n, file)]),
  ) as Record<(typeof FIELDS)[number], number>;
  const nameStart = at + 110;
  if (f.namesize < 1 || nameStart + f.namesize > bytes.length)
    fail('name runs past the end of the archive');
  if (bytes[nameStart + f.namesize - 1] !== 0) fail('name is not NUL-terminated', nameStart);
  const name = decoder.decode(bytes.subarray(nameStart, nameStart + f.namesize - 1));
  const dataStart = (nameStart + f.namesize + 3) & ~3;
  if (dataStart + f.filesize > bytes.length)
    fail(`data of '${name}' runs past the end of the archive`);
  const record: CpioRecord = {
    name,
    ino: f.ino,
    mode: f.mode,
    uid: f.uid,
    gid: f.gid,
    nlink: f.nlink,
    mtime: f.mtime,
    devMajor: f.devmajor,
    devMinor: f.devminor,
    rdevMajor: f.rdevmajor,
    rdevMinor: f.rdevminor,
    data: bytes.subarray(dataStart, dataStart + f.filesize),
    offset: at,
    archive,
  };
  return { record, next: (dataStart + f.filesize + 3) & ~3 };
}

/// The file system a kernel unpacks from the records: one record per path, the last one winning.
export function unpackedView(records: readonly CpioRecord[]): Map<string, CpioRecord> {
  const out = new Map<string, CpioRecord>();
  for (const r of records) out.set(r.name, r);
  return out;
}
