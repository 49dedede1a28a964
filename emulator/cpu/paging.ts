/// Paging: the two-level page walk (4 KiB pages and 4 MiB PSE pages), the software TLB fill and
/// flush, page faults with their error codes, and the slow paths of memory access (page-crossing
/// accesses, first writes to clean pages, writes into pages that hold decoded code).
import { CR0_PG, CR0_WP, CR4_PSE, PF_VEC } from './constants.ts';
import type { CpuCore as Cpu } from './cpu-core.ts';

/// TLB entry bits (the physical page sits in bits 12-31).
export const T_VALID = 1,
  T_USER = 2,
  T_WSUP = 4,
  T_WUSER = 8,
  T_DIRTY = 16,
  T_NOCODE = 32;

/// Empties the TLB (CR3 write, CR0/CR4 paging changes, a page becoming code).
export function flushTlb(cpu: Cpu): void {
  if (cpu.tlbUsedCount >= cpu.tlbUsed.length) cpu.tlb.fill(0);
  else for (let k = 0; k < cpu.tlbUsedCount; k++) cpu.tlb[cpu.tlbUsed[k]] = 0;
  cpu.tlbUsedCount = 0;
  cpu.fetchLin = -1;
}

/// Drops the entry of one linear page (INVLPG).
export function invalidatePage(cpu: Cpu, lin: number): void {
  cpu.tlb[lin >>> 12] = 0;
  cpu.fetchLin = -1;
}

/// Raises #PF for linear `lin`: error code bit 0 present, bit 1 write, bit 2 user.
function pageFault(cpu: Cpu, lin: number, present: boolean, write: boolean, user: boolean): never {
  cpu.cr2 = lin;
  return cpu.raise(PF_VEC, (present ? 1 : 0) | (write ? 2 : 0) | (user ? 4 : 0));
}

/// Translates linear `lin` for an access, walking the page tables when paging is on, setting
/// accessed/dirty bits, filling the TLB, and raising #PF when the access is not allowed. Returns
/// the physical address.
export function translate(cpu: Cpu, lin: number, write: boolean, user: boolean): number {
  if ((cpu.cr0 & CR0_PG) === 0) {
    fill(cpu, lin, lin & ~0xfff, true, true, true, true);
    return lin;
  }
  const mem = cpu.mem;
  const pdeAddr = (cpu.cr3 & ~0xfff) | ((lin >>> 22) << 2);
  const pde = mem.read32(pdeAddr);
  if ((pde & 1) === 0) pageFault(cpu, lin, false, write, user);
  const wp = (cpu.cr0 & CR0_WP) !== 0;
  if ((pde & 0x80) !== 0 && (cpu.cr4 & CR4_PSE) !== 0) {
    const uok = (pde & 4) !== 0;
    const wok = (pde & 2) !== 0;
    checkAccess(cpu, lin, write, user, uok, wok, wp);
    mem.write32(pdeAddr, pde | 0x20 | (write ? 0x40 : 0));
    const phys = (pde & 0xffc00000) | (lin & 0x3ff000);
    fill(cpu, lin, phys, uok, wok || !wp, uok && wok, write || (pde & 0x40) !== 0);
    return phys | (lin & 0xfff);
  }
  const pteAddr = (pde & ~0xfff) | (((lin >>> 12) & 0x3ff) << 2);
  const pte = mem.read32(pteAddr);
  if ((pte & 1) === 0) pageFault(cpu, lin, false, write, user);
  const uok = (pde & pte & 4) !== 0;
  const wok = (pde & pte & 2) !== 0;
  checkAccess(cpu, lin, write, user, uok, wok, wp);
  if ((pde & 0x20) === 0) mem.write32(pdeAddr, pde | 0x20);
  const newPte = pte | 0x20 | (write ? 0x40 : 0);
  if (newPte !== pte) mem.write32(pteAddr, newPte);
  const phys = pte & ~0xfff;
  fill(cpu, lin, phys, uok, wok || !wp, uok && wok, write || (pte & 0x40) !== 0);
  return phys | (lin & 0xfff);
}

/// Raises #PF (protection) when a present page forbids the access.
function checkAccess(
  cpu: Cpu,
  lin: number,
  write: boolean,
  user: boolean,
  uok: boolean,
  wok: boolean,
  wp: boolean,
): void {
  if (user && !uok) pageFault(cpu, lin, true, write, user);
  if (write && !wok && (user || wp)) pageFault(cpu, lin, true, write, user);
}

/// Stores a TLB entry for `lin`'s page. Pages outside RAM are never cached (always slow path).
function fill(
  cpu: Cpu,
  lin: number,
  physPage: number,
  user: boolean,
  wsup: boolean,
  wuser: boolean,
  dirty: boolean,
): void {
  const ppn = physPage >>> 12;
  if (ppn >= cpu.codeChunks.length) return;
  const idx = lin >>> 12;
  const e =
    physPage |
    T_VALID |
    (user ? T_USER : 0) |
    (wsup ? T_WSUP : 0) |
    (wuser ? T_WUSER : 0) |
    (dirty ? T_DIRTY : 0) |
    (cpu.codeChunks[ppn] === 0 ? T_NOCODE : 0);
  if (cpu.tlb[idx] === 0 && cpu.tlbUsedCount < cpu.tlbUsed.length)
    cpu.tlbUsed[cpu.tlbUsedCount++] = idx;
  else if (cpu.tlb[idx] === 0) cpu.tlbUsedCount = cpu.tlbUsed.length;
  cpu.tlb[idx] = e;
}

/// Sets the instruction-fetch page for linear `lin` (a fetch is a read at the current CPL).
export function translateFetch(cpu: Cpu, lin: number): void {
  const phys = translate(cpu, lin, false, cpu.cpl === 3);
  cpu.fetchLin = lin & ~0xfff;
  cpu.fetchPhys = phys & ~0xfff;
}

/// Reads `size` bytes at linear `lin` through the page walk, byte by byte across pages.
export function readSlow(cpu: Cpu, lin: number, size: number, user: boolean): number {
  if (size === 1 || (lin & 0xfff) <= 0x1000 - size) {
    const p = translate(cpu, lin, false, user);
    if (size === 1) return cpu.mem.read8(p);
    if (size === 2) return cpu.mem.read8(p) | (cpu.mem.read8(p + 1) << 8);
    return cpu.mem.read32(p);
  }
  // Page-crossing: translate both pages before reading, so a fault leaves nothing half done.
  const p0 = translate(cpu, lin, false, user);
  const p1 = translate(cpu, (lin + size - 1) & ~0xfff, false, user) & ~0xfff;
  let v = 0;
  for (let k = 0; k < size; k++) {
    const a = ((lin + k) & 0xfff) < (lin & 0xfff) ? p1 + ((lin + k) & 0xfff) : p0 + k;
    v |= cpu.mem.read8(a) << (8 * k);
  }
  return size === 2 ? v & 0xffff : v;
}

/// Writes `size` bytes at linear `lin`, invalidating decoded code it overwrites.
export function writeSlow(cpu: Cpu, lin: number, v: number, size: number, user: boolean): void {
  const p0 = translate(cpu, lin, true, user);
  const crosses = size > 1 && (lin & 0xfff) > 0x1000 - size;
  const p1 = crosses ? translate(cpu, (lin + size - 1) & ~0xfff, true, user) & ~0xfff : 0;
  for (let k = 0; k < size; k++) {
    const a = crosses && ((lin + k) & 0xfff) < (lin & 0xfff) ? p1 + ((lin + k) & 0xfff) : p0 + k;
    noteCodeWrite(cpu, a);
    cpu.mem.write8(a, v >>> (8 * k));
  }
}

/// Self-modifying code: a write into a 128-byte chunk holding decoded instructions makes every
/// cached instruction of that page stale (one generation bump, checked at fetch).
export function noteCodeWrite(cpu: Cpu, phys: number): void {
  const page = phys >>> 12;
  if (page >= cpu.codeChunks.length) return;
  const chunks = cpu.codeChunks[page];
  if (chunks !== 0 && (chunks & (1 << ((phys & 0xfff) >>> 7))) !== 0) {
    cpu.codeChunks[page] = 0;
    cpu.pageGen[page]++;
    cpu.fetchLin = -1;
  }
}

/// Supervisor-mode (implicit) accesses used for descriptor tables and the TSS.
export function readSys(cpu: Cpu, lin: number, size: number): number {
  return readSlow(cpu, lin, size, false);
}

/// Supervisor-mode write (descriptor accessed bits, TSS busy bit).
export function writeSys(cpu: Cpu, lin: number, v: number, size: number): void {
  writeSlow(cpu, lin, v, size, false);
}
