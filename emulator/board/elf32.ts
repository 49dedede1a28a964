/// A minimal ELF32 little-endian reader: the header fields and program headers a loader needs,
/// with every offset checked so a truncated or foreign file gives a located error.
import { ImageError } from '../errors.ts';

/// One program header.
export interface ProgramHeader {
  readonly type: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly paddr: number;
  readonly filesz: number;
  readonly memsz: number;
}

/// The parts of an ELF32 image a loader uses.
export interface Elf32Image {
  readonly entry: number;
  readonly machine: number;
  readonly segments: readonly ProgramHeader[];
}

/// Parses `data` as ELF32 LSB; `file` names it in errors.
export function parseElf32(data: Uint8Array, file: string): Elf32Image {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (off: number, len: number, what: string) => {
    if (off < 0 || off + len > data.length)
      throw new ImageError(`truncated ELF file: ${what} lies past the end`, file, off);
  };
  need(0, 52, 'ELF header');
  if (view.getUint32(0, false) !== 0x7f454c46)
    throw new ImageError('not an ELF file (bad magic)', file, 0);
  if (data[4] !== 1)
    throw new ImageError('not a 32-bit ELF file (EI_CLASS is not ELFCLASS32)', file, 4);
  if (data[5] !== 1) throw new ImageError('not a little-endian ELF file', file, 5);
  const machine = view.getUint16(18, true);
  const entry = view.getUint32(24, true);
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  const segments: ProgramHeader[] = [];
  for (let k = 0; k < phnum; k++) {
    const o = phoff + k * phentsize;
    need(o, 32, `program header ${k}`);
    const ph = {
      type: view.getUint32(o, true),
      offset: view.getUint32(o + 4, true),
      vaddr: view.getUint32(o + 8, true),
      paddr: view.getUint32(o + 12, true),
      filesz: view.getUint32(o + 16, true),
      memsz: view.getUint32(o + 20, true),
    };
    if (ph.type === 1) need(ph.offset, ph.filesz, `segment ${k} contents`);
    segments.push(ph);
  }
  return { entry, machine, segments };
}
