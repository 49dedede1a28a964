/// String instructions MOVS CMPS STOS LODS SCAS INS OUTS, with REP/REPE/REPNE. A repeated
/// instruction runs a bounded batch of iterations per execution and re-executes itself until the
/// count is exhausted, so interrupts, faults (registers are updated per iteration) and
/// single-stepping (one iteration per step, as QEMU logs them) all see consistent state.
import { DF, EAX, ECX, EDI, ES, ESI } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { alu } from './exec-alu.ts';
import { getZF } from './flags.ts';
import type { Insn } from './insn.ts';
import { bulkRep } from './string-bulk.ts';
import { checkIoPermission } from './tss.ts';

/// Iterations per execution of a REP instruction when not single-stepping.
const BATCH = 4096;

/// Kinds of string operation.
const MOVS = 0,
  CMPS = 1,
  STOS = 2,
  LODS = 3,
  SCAS = 4,
  INS = 5,
  OUTS = 6;

function kindOf(op: number): number {
  switch (op & 0xfe) {
    case 0xa4:
      return MOVS;
    case 0xa6:
      return CMPS;
    case 0xaa:
      return STOS;
    case 0xac:
      return LODS;
    case 0xae:
      return SCAS;
    case 0x6c:
      return INS;
    default:
      return OUTS;
  }
}

/// Advances an index register by `delta` at the address size.
function step(cpu: Cpu, r: number, delta: number, a32: boolean): void {
  if (a32) cpu.regs[r] = (cpu.regs[r] + delta) | 0;
  else cpu.regs[r] = (cpu.regs[r] & ~0xffff) | ((cpu.regs[r] + delta) & 0xffff);
}

/// One iteration of string operation `kind`; returns false when a REPE/REPNE condition ends it.
function once(cpu: Cpu, i: Insn, kind: number, delta: number, a32: boolean): void {
  const size = i.size;
  const si = a32 ? cpu.regs[ESI] : cpu.regs[ESI] & 0xffff;
  const di = a32 ? cpu.regs[EDI] : cpu.regs[EDI] & 0xffff;
  switch (kind) {
    case MOVS:
      cpu.write(size, ES, di, cpu.read(size, i.seg, si));
      step(cpu, ESI, delta, a32);
      step(cpu, EDI, delta, a32);
      return;
    case CMPS:
      alu(cpu, 7, cpu.read(size, i.seg, si), cpu.read(size, ES, di), size);
      step(cpu, ESI, delta, a32);
      step(cpu, EDI, delta, a32);
      return;
    case STOS:
      cpu.write(size, ES, di, cpu.getReg(size, EAX));
      step(cpu, EDI, delta, a32);
      return;
    case LODS:
      cpu.setReg(size, EAX, cpu.read(size, i.seg, si));
      step(cpu, ESI, delta, a32);
      return;
    case SCAS:
      alu(cpu, 7, cpu.getReg(size, EAX), cpu.read(size, ES, di), size);
      step(cpu, EDI, delta, a32);
      return;
    case INS: {
      const port = cpu.regs[2] & 0xffff;
      cpu.lin(ES, di, size / 8, true); // check the destination before the port read
      cpu.write(size, ES, di, cpu.io.read(port, (size / 8) as 1 | 2 | 4));
      step(cpu, EDI, delta, a32);
      return;
    }
    default:
      cpu.io.write(cpu.regs[2] & 0xffff, cpu.read(size, i.seg, si), (size / 8) as 1 | 2 | 4);
      step(cpu, ESI, delta, a32);
  }
}

/// Executes any string instruction, repeated or not.
export function stringOp(cpu: Cpu, i: Insn): void {
  const kind = kindOf(i.op);
  if (kind >= INS) checkIoPermission(cpu, cpu.regs[2] & 0xffff, i.size / 8);
  const delta = (cpu.flags & DF) !== 0 ? -(i.size / 8) : i.size / 8;
  const a32 = i.asize === 32;
  if (i.rep === 0) {
    once(cpu, i, kind, delta, a32);
    return;
  }
  const compares = kind === CMPS || kind === SCAS;
  const batch = cpu.stepHook ? 1 : BATCH;
  // Page-sized runs of forward REP MOVS/STOS as one copy (never with the hook: one per step).
  const bulk = batch > 1 && a32 && delta > 0 && (kind === MOVS || kind === STOS);
  for (let n = 0; n < batch; n++) {
    const count = a32 ? cpu.regs[ECX] : cpu.regs[ECX] & 0xffff;
    if (count === 0) return;
    const done = bulk ? bulkRep(cpu, i, kind === MOVS, batch - n) : 0;
    if (done > 0) {
      n += done - 1;
      continue;
    }
    once(cpu, i, kind, delta, a32);
    if (a32) cpu.regs[ECX] = (count - 1) | 0;
    else cpu.setReg(16, ECX, count - 1);
    if (compares && getZF(cpu) !== (i.rep === 1 ? 1 : 0)) return;
  }
  if ((a32 ? cpu.regs[ECX] : cpu.regs[ECX] & 0xffff) !== 0) cpu.eip = cpu.startEip;
}
