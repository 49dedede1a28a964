/// Far JMP and CALL in protected mode: directly to a code segment (same privilege, or a
/// conforming one), or through a call gate, including the inner-ring CALL that switches to the
/// TSS stack and copies the gate's parameter dwords.
import {
  A_DPL,
  A_P,
  A_S,
  CR0_PE,
  CS,
  ESP,
  GP,
  NP,
  SS,
  T_CODE,
  T_EXPAND_CONFORM,
  TS,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { desc, descAttr, descBase, readDescriptor } from './descriptors.ts';
import type { Insn } from './insn.ts';
import { writeSlow } from './paging.ts';
import { takePicture } from './picture.ts';
import {
  checkCodeTarget,
  checkTargetLimit,
  loadCodeSegment,
  setStackSegment,
} from './segmentation.ts';
import { readTssStack } from './tss.ts';
import { pushOs } from './exec-stack.ts';

/// Far JMP (call = false) or CALL to `sel:off` with operand size `i.size`.
export function farTransfer(cpu: Cpu, i: Insn, sel: number, off: number, call: boolean): void {
  sel &= 0xffff;
  if ((cpu.cr0 & CR0_PE) === 0) return direct(cpu, i, sel, off, call);
  if ((sel & 0xfffc) === 0) cpu.raise(GP, 0);
  readDescriptor(cpu, sel);
  const a = descAttr();
  if ((a & A_S) !== 0) {
    checkCodeTarget(cpu, sel, cpu.cpl, false);
    return direct(cpu, i, sel, off, call);
  }
  const type = a & 0xf;
  if (type !== 0x4 && type !== 0xc) cpu.raise(GP, sel & 0xfffc); // task gates/TSS: not modelled
  const dpl = (a & A_DPL) >>> 5;
  if (dpl < cpu.cpl || dpl < (sel & 3)) cpu.raise(GP, sel & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(NP, sel & 0xfffc);
  throughGate(cpu, type === 0xc ? 32 : 16, call, desc.lo, desc.hi);
}

/// Same-privilege transfer: push the return address for CALL, load CS:EIP.
function direct(cpu: Cpu, i: Insn, sel: number, off: number, call: boolean): void {
  if (i.size === 16) off &= 0xffff;
  checkTargetLimit(cpu, off);
  const retCs = cpu.segSel[CS],
    retEip = cpu.eip;
  if (call) {
    pushOs(cpu, i, retCs);
    pushOs(cpu, i, retEip);
  }
  loadCodeSegment(cpu, sel, cpu.cpl);
  cpu.eip = i.size === 16 ? off & 0xffff : off;
}

/// Transfer through a call gate whose descriptor dwords are `lo`, `hi`.
function throughGate(cpu: Cpu, size: number, call: boolean, lo: number, hi: number): void {
  const target = lo >>> 16;
  const off = size === 32 ? (lo & 0xffff) | (hi & 0xffff0000) : lo & 0xffff;
  const params = hi & 0x1f;
  if ((target & 0xfffc) === 0) cpu.raise(GP, 0);
  readDescriptor(cpu, target);
  const a = descAttr();
  const dpl = (a & A_DPL) >>> 5;
  if ((a & A_S) === 0 || (a & T_CODE) === 0 || dpl > cpu.cpl) cpu.raise(GP, target & 0xfffc);
  if ((a & A_P) === 0) cpu.raise(NP, target & 0xfffc);
  const conforming = (a & T_EXPAND_CONFORM) !== 0;
  checkTargetLimit(cpu, off);
  if (!call) {
    if (!conforming && dpl !== cpu.cpl) cpu.raise(GP, target & 0xfffc);
    loadCodeSegment(cpu, target, cpu.cpl);
    cpu.eip = off;
    return;
  }
  if (conforming || dpl === cpu.cpl) {
    const w = size / 8;
    const retCs = cpu.segSel[CS],
      retEip = cpu.eip;
    if (w === 4) {
      cpu.push32(retCs);
      cpu.push32(retEip);
    } else {
      cpu.push16(retCs);
      cpu.push16(retEip);
    }
    loadCodeSegment(cpu, target, cpu.cpl);
    cpu.eip = off;
    return;
  }
  callInner(cpu, size, target, off, params, dpl, [desc.lo, desc.hi]);
}

/// CALL through a gate to an inner ring: new stack from the TSS, then push old SS, ESP, the
/// copied parameters, CS and EIP there.
function callInner(
  cpu: Cpu,
  size: number,
  target: number,
  off: number,
  params: number,
  dpl: number,
  code: number[],
): void {
  const w = size / 8;
  const before = cpu.hooks.privilege ? takePicture(cpu) : null;
  const { ss, esp } = readTssStack(cpu, dpl);
  if ((ss & 0xfffc) === 0) cpu.raise(TS, 0);
  readDescriptor(cpu, ss, TS);
  const sa = descAttr();
  const ok =
    (sa & A_S) !== 0 && (sa & (T_CODE | 2)) === 2 && (ss & 3) === dpl && (sa & A_DPL) >>> 5 === dpl;
  if (!ok) cpu.raise(TS, ss & 0xfffc);
  if ((sa & A_P) === 0) cpu.raise(12, ss & 0xfffc);
  const ssBase = descBase();
  const ssDesc = [desc.lo, desc.hi, desc.addr];
  const oldSp = cpu.stack32() ? cpu.regs[ESP] : cpu.regs[ESP] & 0xffff;
  const vals = [cpu.segSel[SS], cpu.regs[ESP]];
  for (let k = params - 1; k >= 0; k--) vals.push(cpu.read(size, SS, (oldSp + k * w) | 0));
  vals.push(cpu.segSel[CS], cpu.eip);
  let sp = esp;
  for (const v of vals) {
    sp = (sp - w) | 0;
    writeSlow(cpu, (ssBase + sp) | 0, v, w, dpl === 3);
  }
  [desc.lo, desc.hi] = code;
  loadCodeSegment(cpu, target, dpl);
  [desc.lo, desc.hi, desc.addr] = ssDesc;
  setStackSegment(cpu, ss);
  cpu.regs[ESP] = sp;
  cpu.eip = off;
  if (before && cpu.hooks.privilege) cpu.hooks.privilege('lcall', -1, before, takePicture(cpu));
}
