import { execFileSync } from 'node:child_process';

/// One instruction as GNU objdump prints it.
export interface ObjdumpInsn {
  readonly address: number;
  readonly bytes: readonly number[];
  /// The AT&T text after the bytes (`shll   $0x2,%eax`), whitespace collapsed.
  readonly text: string;
}

/// Disassembles an ELF's code with `objdump -d` into instructions keyed by address. Long
/// instructions that objdump wraps over two lines are joined.
export function objdumpInstructions(elfPath: string): Map<number, ObjdumpInsn> {
  const out = execFileSync('objdump', ['-d', '-w', '--no-show-raw-insn', elfPath], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const raw = execFileSync('objdump', ['-d', '-w', elfPath], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const bytesAt = new Map<number, number[]>();
  for (const line of raw.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)/.exec(line);
    if (m)
      bytesAt.set(
        parseInt(m[1], 16),
        m[2]
          .trim()
          .split(' ')
          .map((b) => parseInt(b, 16)),
      );
  }
  const map = new Map<number, ObjdumpInsn>();
  for (const line of out.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t(.*)$/.exec(line);
    if (!m) continue;
    const address = parseInt(m[1], 16);
    const text = m[2].replace(/\s+/g, ' ').trim();
    map.set(address, { address, bytes: bytesAt.get(address) ?? [], text });
  }
  return map;
}

/// Address ranges [start, end) of the named functions (from `nm -S`), for log filtering.
export function functionRanges(elfPath: string, names: ReadonlySet<string>): [number, number][] {
  const out = execFileSync('nm', ['-S', elfPath], { encoding: 'utf8' });
  const ranges: [number, number][] = [];
  for (const line of out.split('\n')) {
    const [addr, size, type, name] = line.trim().split(/\s+/);
    if (!name || !/^[tT]$/.test(type) || !names.has(name)) continue;
    const start = parseInt(addr, 16);
    ranges.push([start, start + parseInt(size, 16)]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/// Names of the functions an object file defines (`nm --defined-only`).
export function definedFunctions(objPath: string): Set<string> {
  const out = execFileSync('nm', ['--defined-only', objPath], { encoding: 'utf8' });
  const names = new Set<string>();
  for (const line of out.split('\n')) {
    const [, type, name] = line.trim().split(/\s+/);
    if (name && /^[tT]$/.test(type)) names.add(name);
  }
  return names;
}

/// The value of one symbol (`nm`), or throws naming the ELF when it is missing.
export function symbolValue(elfPath: string, name: string): number {
  const out = execFileSync('nm', [elfPath], { encoding: 'utf8' });
  const m = new RegExp(`^([0-9a-f]+) \\w ${name}$`, 'm').exec(out);
  if (!m) throw new Error(`${elfPath}: no symbol '${name}'`);
  return parseInt(m[1], 16);
}
