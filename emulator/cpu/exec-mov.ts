/// Data movement: MOV in its register, memory, immediate and moffs forms, MOVZX/MOVSX, LEA,
/// XCHG, CMPXCHG(8B), XADD, the sign extensions CBW/CWDE/CWD/CDQ, LAHF/SAHF, XLAT and NOP.
import { AF, CF, EAX, EBX, ECX, EDX, PF, SF, ZF } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { alu } from './exec-alu.ts';
import { getFlags, L_ADD, setLazy } from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, readE, signExtend, writeE } from './operands.ts';

/// MOV r/m, reg (88/89).
export function movEG(cpu: Cpu, i: Insn): void {
  writeE(cpu, i, cpu.getReg(i.size, i.reg));
}

/// MOV reg, r/m (8A/8B).
export function movGE(cpu: Cpu, i: Insn): void {
  cpu.setReg(i.size, i.reg, readE(cpu, i));
}

/// MOV r/m, imm (C6/C7).
export function movEI(cpu: Cpu, i: Insn): void {
  writeE(cpu, i, i.imm);
}

/// MOV reg, imm (B0-BF).
export function movRI(cpu: Cpu, i: Insn): void {
  cpu.setReg(i.size, i.op & 7, i.imm);
}

/// MOV AL/eAX, moffs (A0/A1) and MOV moffs, AL/eAX (A2/A3).
export function movMoffs(cpu: Cpu, i: Insn): void {
  if ((i.op & 2) === 0) cpu.setReg(i.size, EAX, cpu.read(i.size, i.seg, i.disp));
  else cpu.write(i.size, i.seg, i.disp, cpu.getReg(i.size, EAX));
}

/// MOVZX reg, r/m8|r/m16 (0F B6/B7).
export function movzx(cpu: Cpu, i: Insn): void {
  cpu.setReg(i.size, i.reg, readE(cpu, i, (i.op & 1) === 0 ? 8 : 16));
}

/// MOVSX reg, r/m8|r/m16 (0F BE/BF).
export function movsx(cpu: Cpu, i: Insn): void {
  const from = (i.op & 1) === 0 ? 8 : 16;
  cpu.setReg(i.size, i.reg, signExtend(readE(cpu, i, from), from));
}

/// LEA reg, m (8D). A register operand is #UD.
export function lea(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0) cpu.raise(6);
  cpu.setReg(i.size, i.reg, ea(cpu, i));
}

/// XCHG r/m, reg (86/87).
export function xchgEG(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const g = cpu.getReg(size, i.reg);
  if (i.rm >= 0) {
    cpu.setReg(size, i.reg, cpu.getReg(size, i.rm));
    cpu.setReg(size, i.rm, g);
    return;
  }
  const off = ea(cpu, i);
  const v = cpu.read(size, i.seg, off);
  cpu.write(size, i.seg, off, g);
  cpu.setReg(size, i.reg, v);
}

/// XCHG eAX, reg (91-97); 90 is NOP.
export function xchgAx(cpu: Cpu, i: Insn): void {
  const r = i.op & 7;
  const a = cpu.getReg(i.size, EAX);
  cpu.setReg(i.size, EAX, cpu.getReg(i.size, r));
  cpu.setReg(i.size, r, a);
}

/// NOP (90, 0F 1F, hint NOPs).
export function nop(): void {}

/// CMPXCHG r/m, reg (0F B0/B1): compare with AL/eAX; the destination is written either way.
export function cmpxchg(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const mem = i.rm < 0;
  const off = mem ? ea(cpu, i) : 0;
  const d = mem ? cpu.read(size, i.seg, off) : cpu.getReg(size, i.rm);
  const acc = cpu.getReg(size, EAX);
  alu(cpu, 7, acc, d, size);
  const equal = ((acc ^ d) & (size === 32 ? -1 : (1 << size) - 1)) === 0;
  const out = equal ? cpu.getReg(size, i.reg) : d;
  if (mem) cpu.write(size, i.seg, off, out);
  else cpu.setReg(size, i.rm, out);
  if (!equal) cpu.setReg(size, EAX, d);
}

/// CMPXCHG8B m64 (0F C7 /1).
export function cmpxchg8b(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0) cpu.raise(6);
  const off = ea(cpu, i);
  const lo = cpu.read(32, i.seg, off),
    hi = cpu.read(32, i.seg, (off + 4) | 0);
  getFlags(cpu);
  if (lo === cpu.regs[EAX] && hi === cpu.regs[EDX]) {
    cpu.write(32, i.seg, off, cpu.regs[EBX]);
    cpu.write(32, i.seg, (off + 4) | 0, cpu.regs[ECX]);
    cpu.flags |= ZF;
  } else {
    cpu.write(32, i.seg, off, lo);
    cpu.write(32, i.seg, (off + 4) | 0, hi);
    cpu.regs[EAX] = lo;
    cpu.regs[EDX] = hi;
    cpu.flags &= ~ZF;
  }
}

/// XADD r/m, reg (0F C0/C1): exchange, then add.
export function xadd(cpu: Cpu, i: Insn): void {
  const size = i.size;
  const mem = i.rm < 0;
  const off = mem ? ea(cpu, i) : 0;
  const d = mem ? cpu.read(size, i.seg, off) : cpu.getReg(size, i.rm);
  const s = cpu.getReg(size, i.reg);
  const r = (d + s) | 0;
  if (mem) cpu.write(size, i.seg, off, r);
  cpu.setReg(size, i.reg, d);
  if (!mem) cpu.setReg(size, i.rm, r);
  setLazy(cpu, L_ADD, d, s, r, size);
}

/// CBW / CWDE (98).
export function cbw(cpu: Cpu, i: Insn): void {
  if (i.size === 16) cpu.setReg(16, EAX, signExtend(cpu.regs[EAX], 8));
  else cpu.regs[EAX] = signExtend(cpu.regs[EAX], 16);
}

/// CWD / CDQ (99).
export function cwd(cpu: Cpu, i: Insn): void {
  if (i.size === 16) cpu.setReg(16, EDX, signExtend(cpu.regs[EAX], 16) >> 16);
  else cpu.regs[EDX] = cpu.regs[EAX] >> 31;
}

const LAHF_BITS = SF | ZF | AF | PF | CF;

/// LAHF (9F): AH = SF:ZF:0:AF:0:PF:1:CF.
export function lahf(cpu: Cpu): void {
  cpu.setReg(8, 4, (getFlags(cpu) & LAHF_BITS) | 2);
}

/// SAHF (9E): SF ZF AF PF CF from AH.
export function sahf(cpu: Cpu): void {
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~LAHF_BITS) | ((cpu.regs[EAX] >>> 8) & LAHF_BITS);
}

/// XLAT (D7): AL = [seg:eBX + AL].
export function xlat(cpu: Cpu, i: Insn): void {
  const base = i.asize === 16 ? cpu.regs[EBX] & 0xffff : cpu.regs[EBX];
  let off = (base + (cpu.regs[EAX] & 0xff)) | 0;
  if (i.asize === 16) off &= 0xffff;
  cpu.setReg(8, EAX, cpu.read(8, i.seg, off));
}
