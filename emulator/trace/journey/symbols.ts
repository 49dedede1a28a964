/// Naming addresses for a journey: kernel text through a line table (any object with
/// `lookup(address)`, such as build/debuginfo's DebugInfo), every other kernel symbol (the
/// table, the vsyscall page's entry points) through System.map, and the vsyscall page mapped at
/// 0xffffe000 back to the kernel image it was copied from.

/// Function, file and line of an address (the shape of build/debuginfo's SourceLocation).
export interface SourcePlace {
  readonly function: string | null;
  readonly file: string | null;
  readonly line: number | null;
}

/// Something that names kernel text addresses with their source line.
export interface LineLookup {
  lookup(address: number): SourcePlace;
}

/// What the annotator needs to name things.
export interface JourneySymbols {
  /// Function/file/line of a linear address (user addresses give nulls).
  place(address: number): SourcePlace;
  /// The System.map symbol at exactly `address`, or the nearest one below with +offset.
  nameOf(address: number): string | null;
  /// The address of symbol `name` (System.map), if any.
  addressOf(name: string): number | undefined;
  /// Text of a source file named by the line table, when the caller can read it.
  source(file: string): string | null;
}

const PAGE_OFFSET = 0xc0000000;
const VSYSCALL_PAGE = 0xffffe000;
const NONE: SourcePlace = { function: null, file: null, line: null };

/// Sorted System.map symbols (every type: text, data, rodata, bss, absolute).
export class SystemMap {
  private readonly addrs: number[] = [];
  private readonly names: string[] = [];
  private readonly byName = new Map<string, number>();

  /// Parses `nm -n` text; lines that do not match are skipped.
  constructor(text: string) {
    const rows: [number, string, boolean][] = [];
    for (const line of text.split('\n')) {
      const m = /^([0-9a-fA-F]{8})\s+([a-zA-Z])\s+(\S+)$/.exec(line.trim());
      // Assembler-local labels (.Lfoo, tcc's L..3) name no place a learner can look up.
      if (!m || /^(\.L|L\.\.)/.test(m[3])) continue;
      const a = parseInt(m[1], 16);
      rows.push([a, m[3], /^[wWvV]$/.test(m[2])]);
      if (!this.byName.has(m[3])) this.byName.set(m[3], a);
    }
    // At one address the strong symbol comes first: the weak aliases of sys_ni_syscall (the
    // cond_syscall() stubs) must not name the function they all point at.
    rows.sort((x, y) => x[0] - y[0] || Number(x[2]) - Number(y[2]));
    for (const [a, n] of rows) {
      this.addrs.push(a);
      this.names.push(n);
    }
  }

  /// Address of `name`.
  addressOf(name: string): number | undefined {
    return this.byName.get(name);
  }

  /// `name` or `name+0xoff` for the nearest symbol at or below `address` (kernel half only).
  nameOf(address: number): string | null {
    let lo = 0,
      hi = this.addrs.length - 1,
      best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.addrs[mid] <= address) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    if (best < 0 || this.addrs[best] < PAGE_OFFSET) return null;
    // Of several names at one address, the first strong one listed (System.map's order) wins.
    while (best > 0 && this.addrs[best - 1] === this.addrs[best]) best--;
    const off = address - this.addrs[best];
    return off === 0 ? this.names[best] : `${this.names[best]}+0x${off.toString(16)}`;
  }
}

/// Combines a line table and System.map into JourneySymbols; `readSource` reads a file named by
/// the line table (return null when it cannot).
export function journeySymbols(
  lines: LineLookup | null,
  map: SystemMap,
  readSource: (file: string) => string | null = () => null,
): JourneySymbols {
  const vsyscall = map.addressOf('vsyscall_start');
  const image = (a: number) =>
    a >= VSYSCALL_PAGE && vsyscall !== undefined ? vsyscall + (a - VSYSCALL_PAGE) : a;
  return {
    place(address) {
      const a = image(address >>> 0);
      if (a < PAGE_OFFSET) return NONE;
      const name = map.nameOf(a)?.replace(/\+0x[0-9a-f]+$/, '') ?? null;
      // The vsyscall page is data in the image: System.map names it, the line table cannot.
      if (a !== address >>> 0) return { function: name, file: null, line: null };
      const found = lines?.lookup(a) ?? NONE;
      const local = found.function !== null && /^(\.L|L\.\.)/.test(found.function);
      return found.function && !local ? found : { ...found, function: name };
    },
    nameOf: (address) => map.nameOf(image(address >>> 0)),
    addressOf: (name) => map.addressOf(name),
    source: readSource,
  };
}
