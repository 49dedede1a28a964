// The gen_init_cpio list format (usr/initramfs_list): `dir NAME MODE UID GID`, `file NAME SRC MODE
// UID GID`, `nod NAME MODE UID GID c|b MAJ MIN`, `slink NAME TARGET MODE UID GID`, plus `pipe` and
// `sock` (NAME MODE UID GID) as in Linux. '#' starts a comment. Errors are located at list:line
// and worded like usr/gen_init_cpio.c's.
import { LocatedError } from '../elf/errors.ts';
import type { CpioEntry } from './types.ts';

/// A bad line in an initramfs list.
export class CpioListError extends LocatedError {}

/// Reads a `file` entry's source; null when it does not exist.
export type SourceReader = (src: string) => Uint8Array | null;

const FIELD_COUNT: Readonly<Record<string, number>> = {
  dir: 5,
  file: 6,
  nod: 8,
  slink: 6,
  pipe: 5,
  sock: 5,
};

/// Parses the list and reads the files it names. Throws CpioListError at the first bad line.
export function parseCpioList(listName: string, text: string, read: SourceReader): CpioEntry[] {
  const out: CpioEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const tok = raw
      .replace(/#.*/, '')
      .split(/[ \t\r]+/)
      .filter(Boolean);
    if (tok.length === 0) return;
    const fail = (msg: string): never => {
      throw new CpioListError(msg, listName, line);
    };
    const want = FIELD_COUNT[tok[0]];
    if (want === undefined) fail(`unknown entry type '${tok[0]}' (dir, file, nod or slink)`);
    if (tok.length !== want) fail(`wrong number of fields for '${tok[0]}'`);
    out.push(entry(tok, fail, read));
  });
  return out;
}

function num(s: string, base: 8 | 10, what: string, fail: (m: string) => never): number {
  const ok = base === 8 ? /^[0-7]+$/.test(s) : /^\d+$/.test(s);
  const v = ok ? parseInt(s, base) : NaN;
  if (!ok || v > 0xffffffff) fail(`bad ${what}`);
  return v;
}

function entry(tok: string[], fail: (m: string) => never, read: SourceReader): CpioEntry {
  const [kind, name] = tok;
  const ids = (at: number) => ({
    uid: num(tok[at], 10, 'uid', fail),
    gid: num(tok[at + 1], 10, 'gid', fail),
  });
  switch (kind) {
    case 'dir':
    case 'pipe':
    case 'sock':
      return { kind, name, mode: num(tok[2], 8, 'mode', fail), ...ids(3) };
    case 'file': {
      const data = read(tok[2]) ?? fail(`cannot open '${tok[2]}'`);
      return { kind, name, mode: num(tok[3], 8, 'mode', fail), ...ids(4), data };
    }
    case 'slink':
      return { kind, name, target: tok[2], mode: num(tok[3], 8, 'mode', fail), ...ids(4) };
    default: {
      if (tok[5] !== 'c' && tok[5] !== 'b') fail(`device type must be c or b, not '${tok[5]}'`);
      return {
        kind: 'nod',
        name,
        mode: num(tok[2], 8, 'mode', fail),
        ...ids(3),
        device: tok[5] as 'c' | 'b',
        major: num(tok[6], 10, 'major', fail),
        minor: num(tok[7], 10, 'minor', fail),
      };
    }
  }
}
