// The linker's working data: input objects and sections, global symbols and output sections.
// Section contents stay views of the input bytes until the output is written.
import type { ElfFile, ElfSymbol } from '../elf/reader.ts';

/// One input section that takes part in the link (not a symbol, string or relocation table).
export class InputSection {
  /// The output section it went to (null: not placed yet, or discarded).
  out: OutSection | null = null;
  /// Offset inside `out`, set by the layout.
  offset = 0;
  discarded = false;

  /// The COMDAT group this section belongs to (kept copies only; see resolve.ts).
  group: SectionGroup | null = null;
  /// sh_entsize of linker-made sections (input sections take their header's).
  entsize = 0;
  /// For a merged string or constant section: where each input piece went (see merge.ts).
  merged: MergedPieces | null = null;

  /// `size` and `data` change only when merge.ts keeps just this section's first occurrences.
  constructor(
    readonly obj: InputObject,
    readonly index: number,
    readonly name: string,
    readonly type: number,
    readonly flags: number,
    public size: number,
    readonly align: number,
    public data: Uint8Array,
    readonly relocs: Uint32Array | null,
  ) {}

  /// Final address of the section's first byte.
  get addr(): number {
    return this.out ? (this.out.addr + this.offset) >>> 0 : 0;
  }

  /// Final address of the input byte at `offset` (merged sections map it to the kept copy).
  addressOf(offset: number): number {
    if (!this.merged) return (this.addr + offset) >>> 0;
    const m = this.merged;
    let lo = 0,
      hi = m.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (m.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const owner = m.owners[lo];
    return (owner.addr + m.offsets[lo] + (offset - m.starts[lo])) >>> 0;
  }
}

/// A COMDAT group of an input object: its signature symbol (by name and index in that object) and
/// a key unique to this instance.
export interface SectionGroup {
  readonly signature: string;
  readonly symIndex: number;
  readonly key: string;
}

/// Where the pieces (strings or constants) of a merged input section went: piece `i` starts at
/// input offset `starts[i]` and lives at `offsets[i]` in section `owners[i]`.
export interface MergedPieces {
  readonly starts: Uint32Array;
  readonly owners: readonly InputSection[];
  readonly offsets: Uint32Array;
}

/// An object taking part in the link (a file, or an archive member that was pulled in).
export class InputObject {
  /// Linkable sections by ELF section index (null for the others).
  readonly sections: (InputSection | null)[] = [];
  /// For each symbol index: the global symbol it binds to (null for locals).
  readonly globals: (GlobalSymbol | null)[] = [];
  /// COMMON symbols this object allocates in an executable (its `*(COMMON)` input section).
  common: InputSection | null = null;

  constructor(
    /// What messages print: `dir/file.o` or `lib.a(member.o)`.
    readonly name: string,
    readonly elf: ElfFile,
    /// Its position in the link order (for sorting).
    readonly order: number,
  ) {}

  /// The source file name from the first STT_FILE symbol, as GNU ld prints it.
  get sourceName(): string | null {
    const f = this.elf.symbols.find((s) => s.type === 4);
    return f && f.name ? f.name : null;
  }
}

/// How a global symbol is currently defined.
export type SymbolState = 'undefined' | 'defined' | 'common' | 'script';

/// A global (or weak) symbol of the link.
export class GlobalSymbol {
  state: SymbolState = 'undefined';
  weak = false;
  /// The defining object and its ELF symbol (for 'defined' and 'common').
  obj: InputObject | null = null;
  sym: ElfSymbol | null = null;
  /// The section holding the definition (null for SHN_ABS, common or script symbols).
  section: InputSection | null = null;
  /// For script symbols: the output section it is relative to (null: absolute).
  outSection: OutSection | null = null;
  /// Value: section offset for 'defined', final address for 'script', size for 'common'.
  value = 0;
  size = 0;
  type = 0;
  visibility = 0;
  commonAlign = 1;
  /// True when only weak references exist (an undefined weak does not pull archive members).
  weakRefOnly = true;
  /// The first object that referenced it (for "undefined reference" messages).
  firstRef: InputObject | null = null;
  /// Set by PROVIDE_HIDDEN / HIDDEN.
  hidden = false;

  constructor(readonly name: string) {}

  /// The final address (valid after layout).
  get address(): number {
    if (this.state === 'script') return this.value >>> 0;
    if (this.state === 'defined')
      return this.section ? this.section.addressOf(this.value) : this.value >>> 0;
    if (this.state === 'common' && this.section) return (this.section.addr + this.value) >>> 0;
    return 0;
  }
}

/// An output data statement (BYTE/SHORT/LONG/QUAD) placed at `offset` in its section.
export interface DataItem {
  readonly offset: number;
  readonly width: 1 | 2 | 4 | 8;
  value: number;
}

/// An output section being built.
export class OutSection {
  type = 1;
  flags = 0;
  addr = 0;
  lma = 0;
  size = 0;
  align = 1;
  /// sh_entsize, kept when every input agrees (12 for .stab).
  entsize = 0;
  /// Output section header index (set by the writer; 0 when not emitted).
  index = 0;
  readonly inputs: InputSection[] = [];
  readonly data: DataItem[] = [];
  /// The COMDAT group a partial link writes this section into (its inputs' group).
  group: SectionGroup | null = null;
  /// Removed because empty (GNU ld drops output sections with no contents).
  removed = false;
  /// The `=FILL` pattern (4 bytes, big-endian, repeated from the start of each gap), if any.
  fill: number | null = null;

  constructor(
    readonly name: string,
    readonly order: number,
  ) {}

  get isAlloc(): boolean {
    return (this.flags & 2) !== 0;
  }
}
