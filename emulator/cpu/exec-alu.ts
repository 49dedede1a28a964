/// Integer arithmetic and logic: the eight classic ALU operations in all their forms, TEST,
/// INC/DEC, NOT/NEG and the BCD adjustments. Flags are recorded lazily (flags.ts).
import { AF, CF, EAX } from './constants.ts';
import type { Cpu } from './cpu.ts';
import {
  getAF,
  getCF,
  getFlags,
  L_ADC,
  L_ADD,
  L_DEC,
  L_INC,
  L_LOGIC,
  L_SBB,
  L_SUB,
  saveCarry,
  setLazy,
  setResultFlags,
} from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, modifyE, readE } from './operands.ts';

/// Performs ALU operation `kind` (0 ADD, 1 OR, 2 ADC, 3 SBB, 4 AND, 5 SUB, 6 XOR, 7 CMP) and
/// records its flags; returns the result.
export function alu(cpu: Cpu, kind: number, a: number, b: number, size: number): number {
  let r: number;
  switch (kind) {
    case 0:
      r = (a + b) | 0;
      setLazy(cpu, L_ADD, a, b, r, size);
      return r;
    case 1:
      r = a | b;
      setLazy(cpu, L_LOGIC, a, b, r, size);
      return r;
    case 2: {
      const c = getCF(cpu);
      r = (a + b + c) | 0;
      setLazy(cpu, L_ADC, a, b, r, size);
      cpu.lc = c;
      return r;
    }
    case 3: {
      const c = getCF(cpu);
      r = (a - b - c) | 0;
      setLazy(cpu, L_SBB, a, b, r, size);
      cpu.lc = c;
      return r;
    }
    case 4:
      r = a & b;
      setLazy(cpu, L_LOGIC, a, b, r, size);
      return r;
    case 6:
      r = a ^ b;
      setLazy(cpu, L_LOGIC, a, b, r, size);
      return r;
    default:
      r = (a - b) | 0;
      setLazy(cpu, L_SUB, a, b, r, size);
      return r;
  }
}

/// ALU r/m, reg (opcodes x0/x1 of 00-3F).
export function aluEG(cpu: Cpu, i: Insn): void {
  const kind = (i.op >>> 3) & 7;
  const size = i.size;
  const b = cpu.getReg(size, i.reg);
  if (i.rm >= 0) {
    const r = alu(cpu, kind, cpu.getReg(size, i.rm), b, size);
    if (kind !== 7) cpu.setReg(size, i.rm, r);
    return;
  }
  const off = ea(cpu, i);
  const r = alu(cpu, kind, cpu.read(size, i.seg, off), b, size);
  if (kind !== 7) cpu.write(size, i.seg, off, r);
}

/// ALU reg, r/m (opcodes x2/x3).
export function aluGE(cpu: Cpu, i: Insn): void {
  const kind = (i.op >>> 3) & 7;
  const r = alu(cpu, kind, cpu.getReg(i.size, i.reg), readE(cpu, i), i.size);
  if (kind !== 7) cpu.setReg(i.size, i.reg, r);
}

/// ALU AL/eAX, imm (opcodes x4/x5).
export function aluAI(cpu: Cpu, i: Insn): void {
  const kind = (i.op >>> 3) & 7;
  const r = alu(cpu, kind, cpu.getReg(i.size, EAX), i.imm, i.size);
  if (kind !== 7) cpu.setReg(i.size, EAX, r);
}

/// Group 1 (80/81/83): ALU r/m, imm with the operation in ModRM.reg.
export function aluEI(cpu: Cpu, i: Insn): void {
  const kind = i.reg;
  const size = i.size;
  if (i.rm >= 0) {
    const r = alu(cpu, kind, cpu.getReg(size, i.rm), i.imm, size);
    if (kind !== 7) cpu.setReg(size, i.rm, r);
    return;
  }
  const off = ea(cpu, i);
  const r = alu(cpu, kind, cpu.read(size, i.seg, off), i.imm, size);
  if (kind !== 7) cpu.write(size, i.seg, off, r);
}

/// TEST r/m, reg.
export function testEG(cpu: Cpu, i: Insn): void {
  alu(cpu, 4, readE(cpu, i), cpu.getReg(i.size, i.reg), i.size);
}

/// TEST r/m, imm (F6/F7 /0 and /1).
export function testEI(cpu: Cpu, i: Insn): void {
  alu(cpu, 4, readE(cpu, i), i.imm, i.size);
}

/// TEST AL/eAX, imm.
export function testAI(cpu: Cpu, i: Insn): void {
  alu(cpu, 4, cpu.getReg(i.size, EAX), i.imm, i.size);
}

function incValue(cpu: Cpu, v: number, size: number): number {
  saveCarry(cpu);
  const r = (v + 1) | 0;
  setLazy(cpu, L_INC, v, 1, r, size);
  return r;
}

function decValue(cpu: Cpu, v: number, size: number): number {
  saveCarry(cpu);
  const r = (v - 1) | 0;
  setLazy(cpu, L_DEC, v, 1, r, size);
  return r;
}

/// INC r16/r32 (40-47).
export function incReg(cpu: Cpu, i: Insn): void {
  const r = i.op & 7;
  cpu.setReg(i.size, r, incValue(cpu, cpu.getReg(i.size, r), i.size));
}

/// DEC r16/r32 (48-4F).
export function decReg(cpu: Cpu, i: Insn): void {
  const r = i.op & 7;
  cpu.setReg(i.size, r, decValue(cpu, cpu.getReg(i.size, r), i.size));
}

/// INC r/m (FE/FF /0).
export function incE(cpu: Cpu, i: Insn): void {
  modifyE(cpu, i, incValue);
}

/// DEC r/m (FE/FF /1).
export function decE(cpu: Cpu, i: Insn): void {
  modifyE(cpu, i, decValue);
}

/// NOT r/m (no flags).
export function notE(cpu: Cpu, i: Insn): void {
  modifyE(cpu, i, (_c, v) => ~v);
}

/// NEG r/m: 0 - v with SUB flags (CF = v != 0).
export function negE(cpu: Cpu, i: Insn): void {
  modifyE(cpu, i, (c, v, size) => alu(c, 5, 0, v, size));
}

/// DAA / DAS (27 / 2F): decimal adjust AL after addition / subtraction.
export function daaDas(cpu: Cpu, i: Insn): void {
  const sub = i.op === 0x2f;
  const oldAl = cpu.regs[EAX] & 0xff;
  const oldCf = getCF(cpu);
  let al = oldAl,
    cf = 0,
    af = 0;
  if ((al & 0xf) > 9 || getAF(cpu)) {
    al = sub ? al - 6 : al + 6;
    af = 1;
    cf = oldCf | (sub ? (oldAl < 6 ? 1 : 0) : al > 0xff ? 1 : 0);
  }
  if (oldAl > 0x99 || oldCf) {
    al = sub ? al - 0x60 : al + 0x60;
    cf = 1;
  }
  al &= 0xff;
  cpu.setReg(8, EAX, al);
  setResultFlags(cpu, al, 8, cf, 0);
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~AF) | (af ? AF : 0);
}

/// AAA / AAS (37 / 3F): ASCII adjust after addition / subtraction.
export function aaaAas(cpu: Cpu, i: Insn): void {
  const sub = i.op === 0x3f;
  let ax = cpu.regs[EAX] & 0xffff;
  const adjust = (ax & 0xf) > 9 || getAF(cpu) !== 0;
  if (adjust) ax = sub ? (ax - 6 - 0x100) & 0xffff : (ax + 0x106) & 0xffff;
  ax &= 0xff0f;
  cpu.setReg(16, EAX, ax);
  setResultFlags(cpu, ax, 8, adjust ? 1 : 0, 0);
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~(AF | CF)) | (adjust ? AF | CF : 0);
}

/// AAM imm8 (D4): AH = AL / imm, AL = AL % imm; #DE when imm is 0.
export function aam(cpu: Cpu, i: Insn): void {
  if (i.imm === 0) cpu.raise(0);
  const al = cpu.regs[EAX] & 0xff;
  const r = al % i.imm;
  cpu.setReg(16, EAX, (Math.floor(al / i.imm) << 8) | r);
  setResultFlags(cpu, r, 8, 0, 0);
}

/// AAD imm8 (D5): AL = AH * imm + AL, AH = 0.
export function aad(cpu: Cpu, i: Insn): void {
  const ax = cpu.regs[EAX];
  const al = (((ax >>> 8) & 0xff) * i.imm + (ax & 0xff)) & 0xff;
  cpu.setReg(16, EAX, al);
  setResultFlags(cpu, al, 8, 0, 0);
}

/// SALC (D6, undocumented): AL = CF ? 0xFF : 0.
export function salc(cpu: Cpu): void {
  cpu.setReg(8, EAX, getCF(cpu) ? 0xff : 0);
}

/// CMC / CLC / STC (F5 / F8 / F9).
export function carryOps(cpu: Cpu, i: Insn): void {
  const cf = i.op === 0xf5 ? getCF(cpu) ^ 1 : i.op === 0xf9 ? 1 : 0;
  getFlags(cpu);
  cpu.flags = (cpu.flags & ~CF) | cf;
}
