/// Reads an ELF32 file's section headers and symbol table: what `objdump -d` needs to find code
/// sections and name addresses. Bounds are checked; a malformed file gives a located ImageError.
import { ImageError } from '../errors.ts';

/// One section.
export interface ElfSection {
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
}

/// One symbol with a name.
export interface ElfSymbol {
  readonly name: string;
  readonly value: number;
  readonly section: number;
  readonly type: number;
}

/// Sections and symbols of an ELF32 LSB file.
export interface ElfContents {
  readonly sections: readonly ElfSection[];
  readonly symbols: readonly ElfSymbol[];
  readonly relocatable: boolean;
}

function cString(data: Uint8Array, off: number): string {
  let end = off;
  while (end < data.length && data[end] !== 0) end++;
  return new TextDecoder().decode(data.subarray(off, end));
}

/// Parses `data`; `file` names it in errors.
export function readElfSections(data: Uint8Array, file: string): ElfContents {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 52 || view.getUint32(0, false) !== 0x7f454c46)
    throw new ImageError('not an ELF file', file, 0);
  if (data[4] !== 1 || data[5] !== 1)
    throw new ImageError('not a 32-bit little-endian ELF file', file, 4);
  const shoff = view.getUint32(32, true),
    shentsize = view.getUint16(46, true),
    shnum = view.getUint16(48, true);
  const shstrndx = view.getUint16(50, true);
  if (shoff + shnum * shentsize > data.length)
    throw new ImageError('section headers lie past the end of the file', file, 32);
  const raw = Array.from({ length: shnum }, (_, k) => {
    const o = shoff + k * shentsize;
    return {
      nameOff: view.getUint32(o, true),
      type: view.getUint32(o + 4, true),
      flags: view.getUint32(o + 8, true),
      addr: view.getUint32(o + 12, true),
      offset: view.getUint32(o + 16, true),
      size: view.getUint32(o + 20, true),
      link: view.getUint32(o + 24, true),
      entsize: view.getUint32(o + 36, true),
    };
  });
  const strtab = raw[shstrndx];
  const sections = raw.map((s) => ({
    name: strtab ? cString(data, strtab.offset + s.nameOff) : '',
    type: s.type,
    flags: s.flags,
    addr: s.addr,
    offset: s.offset,
    size: s.size,
  }));
  for (const [k, s] of sections.entries())
    if (s.type !== 8 && s.offset + s.size > data.length)
      throw new ImageError(
        `section ${s.name || k} lies past the end of the file`,
        file,
        shoff + k * shentsize,
      );
  const symbols: ElfSymbol[] = [];
  for (const s of raw) {
    if (s.type !== 2) continue;
    const names = raw[s.link];
    for (let o = s.offset + 16; o + 16 <= s.offset + s.size; o += 16) {
      const name = cString(data, names.offset + view.getUint32(o, true));
      symbols.push({
        name,
        value: view.getUint32(o + 4, true),
        type: data[o + 12] & 0xf,
        section: view.getUint16(o + 14, true),
      });
    }
  }
  return { sections, symbols, relocatable: view.getUint16(16, true) === 1 };
}
