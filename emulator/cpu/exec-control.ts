/// Control transfer: Jcc, JMP/CALL/RET near and far, LOOP/JECXZ, and the software interrupts
/// INT n, INT3, INTO, INT1 and IRET.
import { CS, ECX, GP, OF } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { condition, getFlags } from './flags.ts';
import type { Insn } from './insn.ts';
import { deliverInterrupt } from './interrupts.ts';
import { farReturn, iret } from './iret.ts';
import { ea, readE } from './operands.ts';
import { farTransfer } from './far-transfer.ts';
import { popOs, pushOs } from './exec-stack.ts';

/// Sets EIP to `target`, wrapped to the operand size.
function jumpTo(cpu: Cpu, i: Insn, target: number): void {
  const eip = i.size === 16 ? target & 0xffff : target | 0;
  if (cpu.segCheck[CS] !== 0 && eip >>> 0 > cpu.segLimit[CS] >>> 0) cpu.raise(GP, 0);
  cpu.eip = eip;
}

/// Jcc rel8/rel32 (70-7F, 0F 80-8F).
export function jcc(cpu: Cpu, i: Insn): void {
  if (condition(cpu, i.op & 0xf)) jumpTo(cpu, i, cpu.eip + i.imm);
}

/// JMP rel (E9/EB).
export function jmpRel(cpu: Cpu, i: Insn): void {
  jumpTo(cpu, i, cpu.eip + i.imm);
}

/// CALL rel (E8).
export function callRel(cpu: Cpu, i: Insn): void {
  pushOs(cpu, i, cpu.eip);
  jumpTo(cpu, i, cpu.eip + i.imm);
}

/// JMP r/m (FF /4).
export function jmpE(cpu: Cpu, i: Insn): void {
  jumpTo(cpu, i, readE(cpu, i));
}

/// CALL r/m (FF /2): the target is read before the push.
export function callE(cpu: Cpu, i: Insn): void {
  const target = readE(cpu, i);
  pushOs(cpu, i, cpu.eip);
  jumpTo(cpu, i, target);
}

/// RET / RET imm16 (C3 / C2).
export function ret(cpu: Cpu, i: Insn): void {
  const target = popOs(cpu, i);
  if (i.op === 0xc2) cpu.setSp(cpu.regs[4] + i.imm);
  jumpTo(cpu, i, target);
}

/// LOOP/LOOPE/LOOPNE/JECXZ (E0-E3), counting in CX or ECX by address size.
export function loop(cpu: Cpu, i: Insn): void {
  const wide = i.asize === 32;
  let count = wide ? cpu.regs[ECX] : cpu.regs[ECX] & 0xffff;
  let taken: boolean;
  if (i.op === 0xe3) taken = count === 0;
  else {
    count = wide ? (count - 1) | 0 : (count - 1) & 0xffff;
    if (wide) cpu.regs[ECX] = count;
    else cpu.setReg(16, ECX, count);
    taken = count !== 0;
    if (i.op === 0xe0) taken &&= !condition(cpu, 4);
    else if (i.op === 0xe1) taken &&= condition(cpu, 4);
  }
  if (taken) jumpTo(cpu, i, cpu.eip + i.imm);
}

/// JMP ptr16:32 / CALL ptr16:32 (EA / 9A).
export function farDirect(cpu: Cpu, i: Insn): void {
  farTransfer(cpu, i, i.imm2, i.imm, i.op === 0x9a);
}

/// JMP m16:32 / CALL m16:32 (FF /5, FF /3).
export function farIndirect(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0) cpu.raise(6);
  const off = ea(cpu, i);
  const target = cpu.read(i.size, i.seg, off);
  const sel = cpu.read(16, i.seg, (off + i.size / 8) | 0);
  farTransfer(cpu, i, sel, target, i.reg === 3);
}

/// RETF / RETF imm16 (CB / CA).
export function retFar(cpu: Cpu, i: Insn): void {
  farReturn(cpu, i.size, i.op === 0xca ? i.imm : 0);
}

/// INT imm8 (CD).
export function intN(cpu: Cpu, i: Insn): void {
  deliverInterrupt(cpu, i.imm, -1, 'int');
}

/// INT3 (CC): a trap, so the return address is the next instruction.
export function int3(cpu: Cpu): void {
  deliverInterrupt(cpu, 3, -1, 'int');
}

/// INTO (CE): #OF when OF is set.
export function into(cpu: Cpu): void {
  if ((getFlags(cpu) & OF) !== 0) deliverInterrupt(cpu, 4, -1, 'int');
}

/// INT1 / ICEBP (F1): a #DB trap that skips the gate DPL check.
export function int1(cpu: Cpu): void {
  deliverInterrupt(cpu, 1, -1, 'exception');
}

/// IRET / IRETD (CF).
export function iretOp(cpu: Cpu, i: Insn): void {
  iret(cpu, i.size);
}
