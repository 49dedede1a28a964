/// IRET (same-privilege and return to an outer ring, real mode too) and the far RET to an outer
/// ring, which share the "pop CS:EIP, maybe SS:ESP, validate, commit" shape.
import {
  A_DPL,
  A_P,
  A_S,
  CR0_PE,
  CS,
  EFLAGS_WRITABLE,
  ESP,
  GP,
  IF,
  IOPL,
  NT,
  RF,
  SS,
  SS_VEC,
  T_CODE,
  VM,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { desc, descAttr, readDescriptor } from './descriptors.ts';
import { getFlags, setFlagBits } from './flags.ts';
import { takePicture } from './picture.ts';
import {
  checkCodeTarget,
  checkTargetLimit,
  loadCodeSegment,
  nullInvalidSegments,
  setStackSegment,
} from './segmentation.ts';

/// Reads the stack slot `k` (of width `w`) above the current stack pointer without popping.
function peek(cpu: Cpu, k: number, w: number): number {
  const sp = cpu.stack32() ? cpu.regs[ESP] : cpu.regs[ESP] & 0xffff;
  return cpu.read(w * 8, SS, (sp + k * w) | 0);
}

/// Checks the outer-ring stack selector `ss` for ring `rpl`; leaves its descriptor in `desc`.
function checkOuterStack(cpu: Cpu, ss: number, rpl: number): void {
  if ((ss & 0xfffc) === 0) cpu.raise(GP, 0);
  readDescriptor(cpu, ss);
  const a = descAttr();
  const writable = (a & A_S) !== 0 && (a & (T_CODE | 2)) === 2;
  if ((ss & 3) !== rpl || (a & A_DPL) >>> 5 !== rpl || !writable) cpu.raise(GP, ss & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(SS_VEC, ss & 0xfffc);
}

/// Writes popped EFLAGS with the privilege rules: IOPL only at CPL 0, IF only when CPL <= IOPL.
function writeFlagsFromIret(cpu: Cpu, value: number, size: number, oldCpl: number): void {
  let mask = EFLAGS_WRITABLE & ~(VM | RF);
  if (size === 16) mask &= 0xffff;
  const iopl = (getFlags(cpu) & IOPL) >>> 12;
  if (oldCpl > 0) mask &= ~IOPL;
  if (oldCpl > iopl) mask &= ~IF;
  setFlagBits(cpu, value, mask | (size === 32 ? RF : 0));
}

/// IRET / IRETD with operand size `size` (16 or 32).
export function iret(cpu: Cpu, size: number): void {
  const w = size / 8;
  if ((cpu.cr0 & CR0_PE) === 0) {
    const eip = peek(cpu, 0, w),
      cs = peek(cpu, 1, w),
      fl = peek(cpu, 2, w);
    cpu.setSp(cpu.regs[ESP] + 3 * w);
    cpu.segSel[CS] = cs & 0xffff;
    cpu.segBase[CS] = (cs & 0xffff) << 4;
    cpu.fetchLin = -1;
    cpu.eip = size === 32 ? eip : eip & 0xffff;
    setFlagBits(cpu, fl, size === 32 ? EFLAGS_WRITABLE : 0xffff);
    return;
  }
  if ((getFlags(cpu) & NT) !== 0) cpu.raise(GP, 0); // task switches are not modelled
  const eip = peek(cpu, 0, w),
    cs = peek(cpu, 1, w) & 0xffff,
    fl = peek(cpu, 2, w);
  if (size === 32 && (fl & VM) !== 0 && cpu.cpl === 0) cpu.raise(GP, 0); // no virtual-8086 mode
  const rpl = cs & 3;
  if (rpl < cpu.cpl) cpu.raise(GP, cs & 0xfffc);
  const before = cpu.hooks.privilege && rpl !== cpu.cpl ? takePicture(cpu) : null;
  const oldCpl = cpu.cpl;
  if (rpl === cpu.cpl) {
    checkCodeTarget(cpu, cs, rpl, true);
    checkTargetLimit(cpu, size === 32 ? eip : eip & 0xffff);
    loadCodeSegment(cpu, cs, rpl);
    cpu.setSp(cpu.regs[ESP] + 3 * w);
  } else {
    const esp = peek(cpu, 3, w),
      ss = peek(cpu, 4, w) & 0xffff;
    checkCodeTarget(cpu, cs, rpl, true);
    checkTargetLimit(cpu, size === 32 ? eip : eip & 0xffff);
    const codeLo = desc.lo,
      codeHi = desc.hi;
    checkOuterStack(cpu, ss, rpl);
    const ssLo = desc.lo,
      ssHi = desc.hi;
    desc.lo = codeLo;
    desc.hi = codeHi;
    loadCodeSegment(cpu, cs, rpl);
    desc.lo = ssLo;
    desc.hi = ssHi;
    setStackSegment(cpu, ss);
    cpu.regs[ESP] = size === 32 ? esp : (cpu.regs[ESP] & ~0xffff) | (esp & 0xffff);
    nullInvalidSegments(cpu);
  }
  cpu.eip = size === 32 ? eip : eip & 0xffff;
  writeFlagsFromIret(cpu, fl, size, oldCpl);
  cpu.sliceEnd = cpu.icount + 1;
  if (before && cpu.hooks.privilege) cpu.hooks.privilege('iret', -1, before, takePicture(cpu));
}

/// Far RET (RETF imm16) with operand size `size`, releasing `release` bytes of arguments.
export function farReturn(cpu: Cpu, size: number, release: number): void {
  const w = size / 8;
  const eip = peek(cpu, 0, w),
    cs = peek(cpu, 1, w) & 0xffff;
  if ((cpu.cr0 & CR0_PE) === 0) {
    cpu.setSp(cpu.regs[ESP] + 2 * w + release);
    cpu.segSel[CS] = cs;
    cpu.segBase[CS] = cs << 4;
    cpu.fetchLin = -1;
    cpu.eip = eip;
    return;
  }
  const rpl = cs & 3;
  if (rpl < cpu.cpl) cpu.raise(GP, cs & 0xfffc);
  checkCodeTarget(cpu, cs, rpl, true);
  checkTargetLimit(cpu, size === 32 ? eip : eip & 0xffff);
  const before = cpu.hooks.privilege && rpl !== cpu.cpl ? takePicture(cpu) : null;
  if (rpl === cpu.cpl) {
    loadCodeSegment(cpu, cs, rpl);
    cpu.setSp(cpu.regs[ESP] + 2 * w + release);
  } else {
    const esp = peek(cpu, 2 + release / w, w),
      ss = peek(cpu, 3 + release / w, w) & 0xffff;
    const codeLo = desc.lo,
      codeHi = desc.hi;
    checkOuterStack(cpu, ss, rpl);
    const ssLo = desc.lo,
      ssHi = desc.hi;
    desc.lo = codeLo;
    desc.hi = codeHi;
    loadCodeSegment(cpu, cs, rpl);
    desc.lo = ssLo;
    desc.hi = ssHi;
    setStackSegment(cpu, ss);
    cpu.regs[ESP] = (esp + release) | 0;
    nullInvalidSegments(cpu);
  }
  cpu.eip = size === 32 ? eip : eip & 0xffff;
  if (before && cpu.hooks.privilege) cpu.hooks.privilege('lret', -1, before, takePicture(cpu));
}
