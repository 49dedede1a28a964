/// Segment register loads with the protected-mode checks, per-access limit/type checks for
/// segments that are not flat, and the real-mode rules (base = selector * 16).
import {
  A_DB,
  A_DPL,
  A_G,
  A_P,
  A_S,
  CR0_PE,
  CS,
  GP,
  NP,
  SS,
  SS_VEC,
  T_CODE,
  T_EXPAND_CONFORM,
  T_WRITE_READ,
} from './constants.ts';
import type { CpuCore } from './cpu-core.ts';
import type { Cpu } from './cpu.ts';
import { descAttr, descBase, descLimit, markAccessed, readDescriptor } from './descriptors.ts';

/// Flat 32-bit segments of the multiboot entry state (CS code, the others writable data).
export function resetSegments(cpu: Cpu): void {
  for (let s = 0; s < 6; s++) {
    cpu.segSel[s] = s === CS ? 0x08 : 0x10;
    cpu.segBase[s] = 0;
    cpu.segLimit[s] = -1;
    cpu.segAttr[s] =
      A_P | A_S | A_DB | A_G | (s === CS ? T_CODE | T_WRITE_READ | 1 : T_WRITE_READ | 1);
  }
  cpu.segSel[6] = cpu.segSel[7] = 0;
  cpu.segBase[6] = cpu.segBase[7] = 0;
  cpu.segLimit[6] = cpu.segLimit[7] = 0xffff;
  cpu.segAttr[6] = A_P | 2;
  cpu.segAttr[7] = A_P | 11;
  for (let s = 0; s < 8; s++) updateSegCheck(cpu, s);
}

/// Recomputes whether accesses through `seg` need checks: only flat, present, writable,
/// expand-up data segments (and a flat CS for fetches) skip them.
export function updateSegCheck(cpu: Cpu, seg: number): void {
  const a = cpu.segAttr[seg];
  const flat = cpu.segBase[seg] === 0 && cpu.segLimit[seg] === -1 && (a & A_P) !== 0;
  const dataRw = (a & (T_CODE | T_WRITE_READ | T_EXPAND_CONFORM)) === T_WRITE_READ;
  cpu.segCheck[seg] = flat && (dataRw || seg === CS) && (cpu.cr0 & CR0_PE) !== 0 ? 0 : 1;
  if ((cpu.cr0 & CR0_PE) === 0 && flat) cpu.segCheck[seg] = 0;
}

/// Checks an access of `size` bytes at `seg:off`; raises #GP(0) (#SS(0) for SS) on a violation.
export function checkSegment(
  cpu: CpuCore,
  seg: number,
  off: number,
  size: number,
  write: boolean,
): void {
  const a = cpu.segAttr[seg];
  const vec = seg === SS ? SS_VEC : GP;
  if ((cpu.cr0 & CR0_PE) !== 0) {
    if ((a & A_P) === 0) cpu.raise(vec, 0);
    if ((a & T_CODE) !== 0 ? write || (a & T_WRITE_READ) === 0 : write && (a & T_WRITE_READ) === 0)
      cpu.raise(vec, 0);
  }
  const first = off >>> 0;
  const last = (off + size - 1) >>> 0;
  const limit = cpu.segLimit[seg] >>> 0;
  if ((a & (T_CODE | T_EXPAND_CONFORM)) === T_EXPAND_CONFORM) {
    const top = (a & A_DB) !== 0 ? 0xffffffff : 0xffff;
    if (first <= limit || last > top || last < first) cpu.raise(vec, 0);
  } else if (last > limit || last < first) cpu.raise(vec, 0);
}

/// Fills the cache of `seg` from the descriptor in `desc` with selector `sel`.
function setCache(cpu: Cpu, seg: number, sel: number): void {
  cpu.segSel[seg] = sel;
  cpu.segBase[seg] = descBase();
  cpu.segLimit[seg] = descLimit();
  cpu.segAttr[seg] = descAttr();
  updateSegCheck(cpu, seg);
}

/// Loads a data segment register or SS with selector `sel` (MOV/POP/LDS...), with all checks.
export function loadSegment(cpu: Cpu, seg: number, sel: number): void {
  sel &= 0xffff;
  if ((cpu.cr0 & CR0_PE) === 0) return loadRealSegment(cpu, seg, sel);
  if (seg === CS) cpu.raise(6);
  if ((sel & 0xfffc) === 0) {
    if (seg === SS) cpu.raise(GP, 0);
    cpu.segSel[seg] = sel;
    cpu.segAttr[seg] = 0;
    cpu.segBase[seg] = 0;
    cpu.segLimit[seg] = 0;
    cpu.segCheck[seg] = 1;
    return;
  }
  readDescriptor(cpu, sel);
  const a = descAttr();
  const dpl = (a & A_DPL) >>> 5;
  const rpl = sel & 3;
  if (seg === SS) {
    const ok = (a & A_S) !== 0 && (a & (T_CODE | T_WRITE_READ)) === T_WRITE_READ;
    if (!ok || rpl !== cpu.cpl || dpl !== cpu.cpl) cpu.raise(GP, sel & 0xfffc);
    if ((a & A_P) === 0) cpu.raise(SS_VEC, sel & 0xfffc);
  } else {
    const code = (a & T_CODE) !== 0;
    if ((a & A_S) === 0 || (code && (a & T_WRITE_READ) === 0)) cpu.raise(GP, sel & 0xfffc);
    const conforming = code && (a & T_EXPAND_CONFORM) !== 0;
    if (!conforming && (rpl > dpl || cpu.cpl > dpl)) cpu.raise(GP, sel & 0xfffc);
    if ((a & A_P) === 0) cpu.raise(NP, sel & 0xfffc);
  }
  markAccessed(cpu);
  setCache(cpu, seg, sel);
}

/// Real mode: base = selector << 4, the rest of the cache keeps its value.
function loadRealSegment(cpu: Cpu, seg: number, sel: number): void {
  cpu.segSel[seg] = sel;
  cpu.segBase[seg] = sel << 4;
  if (seg === CS) cpu.fetchLin = -1;
  updateSegCheck(cpu, seg);
}

/// Raises #GP(0) when `eip` lies beyond the limit of the code descriptor in `desc`.
export function checkTargetLimit(cpu: Cpu, eip: number): void {
  if ((cpu.cr0 & CR0_PE) !== 0 && eip >>> 0 > descLimit() >>> 0) cpu.raise(GP, 0);
}

/// Loads CS from selector `sel` for a far JMP/CALL/RET/IRET whose target privilege is `newCpl`.
/// The caller has checked the descriptor (see checkCodeTarget); `desc` still holds it.
export function loadCodeSegment(cpu: Cpu, sel: number, newCpl: number): void {
  if ((cpu.cr0 & CR0_PE) === 0) {
    loadRealSegment(cpu, CS, sel);
    return;
  }
  // Like QEMU, far transfers do not set the descriptor's accessed bit (only MOV/POP/LxS do).
  const was32 = cpu.segAttr[CS] & A_DB;
  setCache(cpu, CS, (sel & 0xfffc) | newCpl);
  cpu.setCpl(newCpl);
  cpu.fetchLin = -1;
  if ((cpu.segAttr[CS] & A_DB) !== was32) cpu.invalidateCode();
}

/// Reads and checks a code-segment descriptor for a far transfer to `sel` at privilege `cpl`
/// (same-privilege JMP/CALL, or RET/IRET to `cpl`). Raises #GP(sel)/#NP(sel). Returns its DPL.
export function checkCodeTarget(cpu: Cpu, sel: number, cpl: number, exactRpl: boolean): number {
  if ((sel & 0xfffc) === 0) cpu.raise(GP, 0);
  readDescriptor(cpu, sel);
  const a = descAttr();
  if ((a & A_S) === 0 || (a & T_CODE) === 0) cpu.raise(GP, sel & 0xfffc);
  const dpl = (a & A_DPL) >>> 5;
  const conforming = (a & T_EXPAND_CONFORM) !== 0;
  const rpl = sel & 3;
  if (exactRpl) {
    if (rpl !== cpl || (conforming ? dpl > cpl : dpl !== cpl)) cpu.raise(GP, sel & 0xfffc);
  } else if (conforming ? dpl > cpl : rpl > cpl || dpl !== cpl) cpu.raise(GP, sel & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(NP, sel & 0xfffc);
  return dpl;
}

/// After a return to an outer privilege level, data segments the new CPL may not use become
/// null (SDM: RET/IRET "validate segment registers").
export function nullInvalidSegments(cpu: Cpu): void {
  for (const seg of [0, 3, 4, 5]) {
    const a = cpu.segAttr[seg];
    const dpl = (a & A_DPL) >>> 5;
    const conformingCode = (a & (T_CODE | T_EXPAND_CONFORM)) === (T_CODE | T_EXPAND_CONFORM);
    if ((a & A_S) !== 0 && !conformingCode && dpl < cpu.cpl) {
      cpu.segSel[seg] = 0;
      cpu.segAttr[seg] = 0;
      cpu.segCheck[seg] = 1;
    }
  }
}

/// Sets SS's cache from the descriptor in `desc` (stack switch during interrupts/returns).
export function setStackSegment(cpu: Cpu, sel: number): void {
  setCache(cpu, SS, sel);
}
