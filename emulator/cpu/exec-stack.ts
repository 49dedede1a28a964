/// Stack instructions: PUSH/POP of registers, immediates, memory and segment registers,
/// PUSHA/POPA, PUSHF/POPF (with the IOPL rules), ENTER and LEAVE.
import {
  AC,
  CR0_PE,
  DF,
  EBP,
  EFLAGS_WRITABLE,
  ESP,
  ID,
  IF,
  IOPL,
  NT,
  RF,
  SS,
  TF,
  VM,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { getFlags, setFlagBits } from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, readE } from './operands.ts';
import { loadSegment } from './segmentation.ts';

/// Pushes `v` at the instruction's operand size.
export function pushOs(cpu: Cpu, i: Insn, v: number): void {
  if (i.size === 16) cpu.push16(v);
  else cpu.push32(v);
}

/// Pops at the instruction's operand size.
export function popOs(cpu: Cpu, i: Insn): number {
  return i.size === 16 ? cpu.pop16() : cpu.pop32();
}

/// PUSH r (50-57): pushes the value before the decrement, also for ESP.
export function pushReg(cpu: Cpu, i: Insn): void {
  pushOs(cpu, i, cpu.getReg(i.size, i.op & 7));
}

/// POP r (58-5F).
export function popReg(cpu: Cpu, i: Insn): void {
  const v = popOs(cpu, i);
  cpu.setReg(i.size, i.op & 7, v);
}

/// PUSH imm (68 / 6A).
export function pushImm(cpu: Cpu, i: Insn): void {
  pushOs(cpu, i, i.imm);
}

/// PUSH r/m (FF /6).
export function pushE(cpu: Cpu, i: Insn): void {
  pushOs(cpu, i, readE(cpu, i));
}

/// POP r/m (8F /0): ESP is incremented before the destination address is computed, and restored
/// if the store faults.
export function popE(cpu: Cpu, i: Insn): void {
  const oldSp = cpu.regs[ESP];
  const v = popOs(cpu, i);
  if (i.rm >= 0) {
    cpu.setReg(i.size, i.rm, v);
    return;
  }
  const newSp = cpu.regs[ESP];
  const off = ea(cpu, i);
  cpu.regs[ESP] = oldSp;
  cpu.write(i.size, i.seg, off, v);
  cpu.regs[ESP] = newSp;
}

/// PUSH sreg (06 0E 16 1E, 0F A0/A8): a 32-bit push writes only the low word.
export function pushSeg(cpu: Cpu, i: Insn): void {
  const seg = segOfOpcode(i.op);
  if (i.size === 16) cpu.push16(cpu.segSel[seg]);
  else {
    const sp = cpu.stack32() ? (cpu.regs[ESP] - 4) | 0 : (cpu.regs[ESP] - 4) & 0xffff;
    cpu.write(16, SS, sp, cpu.segSel[seg]);
    cpu.setSp(sp);
  }
}

/// POP sreg (07 17 1F, 0F A1/A9); POP SS inhibits interrupts for one instruction.
export function popSeg(cpu: Cpu, i: Insn): void {
  const seg = segOfOpcode(i.op);
  const sp = cpu.regs[ESP];
  const v = i.size === 16 ? cpu.pop16() : cpu.pop32();
  const after = cpu.regs[ESP];
  cpu.regs[ESP] = sp;
  loadSegment(cpu, seg, v & 0xffff);
  cpu.regs[ESP] = after;
  if (seg === SS) cpu.inhibitUntil = cpu.icount + 2;
}

/// Segment register named by a PUSH/POP sreg opcode.
function segOfOpcode(op: number): number {
  return op >= 0x100 ? ((op & 0xff) === 0xa0 || (op & 0xff) === 0xa1 ? 4 : 5) : (op >>> 3) & 3;
}

/// PUSHA / PUSHAD (60).
export function pusha(cpu: Cpu, i: Insn): void {
  const sp = cpu.regs[ESP];
  for (let r = 0; r < 8; r++) pushOs(cpu, i, r === ESP ? sp : cpu.regs[r]);
}

/// POPA / POPAD (61): the saved ESP is skipped.
export function popa(cpu: Cpu, i: Insn): void {
  for (let r = 7; r >= 0; r--) {
    const v = popOs(cpu, i);
    if (r !== ESP) cpu.setReg(i.size, r, v);
  }
}

/// PUSHF / PUSHFD (9C): VM and RF read as zero in the image.
export function pushf(cpu: Cpu, i: Insn): void {
  pushOs(cpu, i, getFlags(cpu) & ~(VM | RF));
}

/// POPF / POPFD (9D): IOPL changes only at CPL 0, IF only when CPL <= IOPL.
export function popf(cpu: Cpu, i: Insn): void {
  const v = popOs(cpu, i);
  let mask = TF | DF | NT | AC | ID | 0xfd5 | IF | IOPL;
  if ((cpu.cr0 & CR0_PE) !== 0) {
    const iopl = (getFlags(cpu) & IOPL) >>> 12;
    if (cpu.cpl > 0) mask &= ~IOPL;
    if (cpu.cpl > iopl) mask &= ~IF;
  }
  if (i.size === 16) mask &= 0xffff;
  setFlagBits(cpu, v, mask & EFLAGS_WRITABLE);
  cpu.sliceEnd = cpu.icount + 1;
}

/// LEAVE (C9): eSP = eBP, pop eBP (read first, so a fault changes nothing).
export function leave(cpu: Cpu, i: Insn): void {
  const bp = cpu.stack32() ? cpu.regs[EBP] : cpu.regs[EBP] & 0xffff;
  const v = cpu.read(i.size, SS, bp);
  cpu.setSp(bp + i.size / 8);
  cpu.setReg(i.size, EBP, v);
}

/// ENTER imm16, imm8 (C8): builds a stack frame with `level` nested frame pointers.
export function enter(cpu: Cpu, i: Insn): void {
  const size = i.size,
    w = size / 8;
  const level = i.imm2 & 31;
  const stack32 = cpu.stack32();
  const mask = stack32 ? -1 : 0xffff;
  let sp = cpu.regs[ESP];
  let bp = cpu.regs[EBP];
  sp = (sp - w) & mask;
  cpu.write(size, SS, sp, bp);
  const frame = sp;
  for (let k = 1; k < level; k++) {
    bp = (bp - w) & mask;
    const v = cpu.read(size, SS, bp);
    sp = (sp - w) & mask;
    cpu.write(size, SS, sp, v);
  }
  if (level > 0) {
    sp = (sp - w) & mask;
    cpu.write(size, SS, sp, frame);
  }
  sp = (sp - i.imm) & mask;
  if (size === 16) cpu.setReg(16, EBP, frame);
  else cpu.regs[EBP] = stack32 ? frame : (cpu.regs[EBP] & ~0xffff) | frame;
  cpu.setSp(sp);
}
