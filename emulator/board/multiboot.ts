/// The multiboot v1 loader: finds the header, loads an ELF32 kernel by p_paddr (or an a.out-kludge
/// image by its header addresses), places modules after the kernel, builds the multiboot
/// information structure (memory sizes, memory map, command line, modules, loader name) and
/// returns the entry state (EAX = 0x2BADB002, EBX = the structure's address).
import type { PhysicalMemory } from '../cpu/memory-bus.ts';
import { ImageError } from '../errors.ts';
import { parseElf32 } from './elf32.ts';

/// A boot module (initramfs) and its string.
export interface MultibootModule {
  readonly data: Uint8Array;
  readonly string?: string;
}

/// Options of `loadMultiboot`.
export interface MultibootOptions {
  readonly cmdline?: string;
  readonly modules?: readonly MultibootModule[];
  /// Name used in error messages.
  readonly fileName?: string;
}

/// Where the loaded kernel starts and where the information structure is.
export interface MultibootEntry {
  readonly entry: number;
  readonly infoAddr: number;
}

const MAGIC = 0x1badb002;
const INFO_ADDR = 0x9000;
const LOADER_NAME = 'Syscall Lab';

/// Finds the multiboot header in the first 8 KiB; returns its offset.
function findHeader(data: Uint8Array, file: string): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let off = 0; off + 12 <= Math.min(data.length, 8192); off += 4) {
    if (view.getUint32(off, true) !== MAGIC) continue;
    const flags = view.getUint32(off + 4, true);
    if ((MAGIC + flags + view.getUint32(off + 8, true)) >>> 0 === 0) return off;
  }
  throw new ImageError(
    'no multiboot header (magic 0x1BADB002 with a valid checksum) in the first 8 KiB',
    file,
    0,
  );
}

/// Loads the kernel; returns the highest physical address used.
function loadKernel(
  mem: PhysicalMemory,
  data: Uint8Array,
  file: string,
  hdr: number,
): { entry: number; end: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = view.getUint32(hdr + 4, true);
  if ((flags & 0x10000) !== 0) {
    const headerAddr = view.getUint32(hdr + 12, true),
      loadAddr = view.getUint32(hdr + 16, true);
    const loadEnd = view.getUint32(hdr + 20, true),
      bssEnd = view.getUint32(hdr + 24, true);
    const entry = view.getUint32(hdr + 28, true);
    const start = hdr - (headerAddr - loadAddr);
    const len = loadEnd ? loadEnd - loadAddr : data.length - start;
    if (start < 0 || start + len > data.length)
      throw new ImageError('multiboot address fields point outside the file', file, hdr + 12);
    place(mem, loadAddr, data.subarray(start, start + len), file, hdr);
    return { entry, end: Math.max(loadAddr + len, bssEnd) };
  }
  const elf = parseElf32(data, file);
  if (elf.machine !== 3)
    throw new ImageError(`ELF machine ${elf.machine} is not i386 (3)`, file, 18);
  let end = 0;
  for (const ph of elf.segments) {
    if (ph.type !== 1 || ph.memsz === 0) continue;
    place(mem, ph.paddr, data.subarray(ph.offset, ph.offset + ph.filesz), file, ph.offset);
    if (ph.paddr + ph.memsz > mem.size)
      throw new ImageError(
        `segment at 0x${ph.paddr.toString(16)} does not fit in RAM`,
        file,
        ph.offset,
      );
    mem.u8.fill(0, ph.paddr + ph.filesz, ph.paddr + ph.memsz);
    end = Math.max(end, ph.paddr + ph.memsz);
  }
  return { entry: elf.entry, end };
}

function place(
  mem: PhysicalMemory,
  addr: number,
  bytes: Uint8Array,
  file: string,
  off: number,
): void {
  if (!mem.load(addr, bytes))
    throw new ImageError(
      `${bytes.length} bytes at physical 0x${addr.toString(16)} do not fit in ${mem.size >>> 20} MiB of RAM`,
      file,
      off,
    );
}

/// Writes a NUL-terminated string; returns its address.
function putString(mem: PhysicalMemory, addr: number, s: string): number {
  const bytes = new TextEncoder().encode(s);
  mem.u8.set(bytes, addr);
  mem.u8[addr + bytes.length] = 0;
  return addr;
}

/// Loads a multiboot kernel and its modules into `mem`.
export function loadMultibootImage(
  mem: PhysicalMemory,
  data: Uint8Array,
  opts: MultibootOptions = {},
): MultibootEntry {
  const file = opts.fileName ?? 'kernel';
  const hdr = findHeader(data, file);
  const { entry, end } = loadKernel(mem, data, file, hdr);
  const w32 = (addr: number, v: number) => mem.write32(addr, v);
  let modAddr = Math.ceil(end / 4096) * 4096;
  let str = INFO_ADDR + 0x800;
  const mods = opts.modules ?? [];
  const modList = INFO_ADDR + 0x100;
  mods.forEach((m, k) => {
    if (modAddr + m.data.length > mem.size)
      throw new ImageError(
        `module ${k} (${m.data.length} bytes) does not fit in RAM`,
        `module${k}`,
        0,
      );
    mem.load(modAddr, m.data);
    w32(modList + k * 16, modAddr);
    w32(modList + k * 16 + 4, modAddr + m.data.length);
    w32(modList + k * 16 + 8, putString(mem, str, m.string ?? ''));
    w32(modList + k * 16 + 12, 0);
    str += (m.string ?? '').length + 1;
    modAddr = Math.ceil((modAddr + m.data.length) / 4096) * 4096;
  });
  const mmap = INFO_ADDR + 0x400;
  const regions: [number, number, number][] = [
    [0, 0x9fc00, 1],
    [0x9fc00, 0x400, 2],
    [0xf0000, 0x10000, 2],
    [0x100000, mem.size - 0x100000, 1],
  ];
  regions.forEach(([base, len, type], k) => {
    const e = mmap + k * 24;
    w32(e, 20);
    w32(e + 4, base);
    w32(e + 8, 0);
    w32(e + 12, len);
    w32(e + 16, 0);
    w32(e + 20, type);
  });
  const cmdAddr = putString(mem, str, opts.cmdline ?? '');
  str += new TextEncoder().encode(opts.cmdline ?? '').length + 1;
  const nameAddr = putString(mem, str, LOADER_NAME);
  mem.u8.fill(0, INFO_ADDR, INFO_ADDR + 0x100);
  w32(INFO_ADDR, 0x001 | 0x004 | 0x008 | 0x040 | 0x200);
  w32(INFO_ADDR + 4, 639);
  w32(INFO_ADDR + 8, (mem.size - 0x100000) / 1024);
  w32(INFO_ADDR + 16, cmdAddr);
  w32(INFO_ADDR + 20, mods.length);
  w32(INFO_ADDR + 24, modList);
  w32(INFO_ADDR + 44, regions.length * 24);
  w32(INFO_ADDR + 48, mmap);
  w32(INFO_ADDR + 64, nameAddr);
  return { entry, infoAddr: INFO_ADDR };
}
