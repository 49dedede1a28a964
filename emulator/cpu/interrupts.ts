/// Interrupt and exception delivery through the IDT (interrupt and trap gates, DPL checks, the
/// TSS stack switch on entry to an inner ring), real-mode IVT delivery, and the double-fault /
/// triple-fault escalation. IRET lives in iret.ts.
import type { CpuPicture, PrivilegeCause } from '../trace/events.ts';
import {
  A_DPL,
  A_P,
  A_S,
  CR0_PE,
  CS,
  DF_VEC,
  ESP,
  GP,
  IF,
  NP,
  NT,
  PF_VEC,
  RF,
  SS,
  T_CODE,
  T_EXPAND_CONFORM,
  TF,
  TS,
  VM,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { desc, descAttr, readDescriptor } from './descriptors.ts';
import { GUEST_FAULT } from './fault.ts';
import { getFlags } from './flags.ts';
import { readSys, writeSlow } from './paging.ts';
import { takePicture } from './picture.ts';
import { loadCodeSegment, setStackSegment } from './segmentation.ts';
import { readTssStack } from './tss.ts';

/// What the CPU reports to the board. Null members mean nobody listens (no payload is built).
export interface CpuHooks {
  privilege:
    ((cause: PrivilegeCause, vector: number, before: CpuPicture, after: CpuPicture) => void) | null;
  exception: ((vector: number, code: number, cs: number, eip: number) => void) | null;
  irq: ((vector: number) => void) | null;
  /// Called on a triple fault; the board resets the machine and stops the run.
  reset: (reason: string) => void;
}

/// Source of an interrupt: software INT n (gate DPL checked), INT3/INTO (also checked),
/// hardware IRQ, or CPU exception.
export type InterruptSource = 'int' | 'irq' | 'exception';

const CONTRIBUTORY = new Set([0, 10, 11, 12, 13]);

/// Delivers the exception recorded in `cpu.fault`, escalating to #DF and to a triple fault
/// (reported through `hooks.reset`) as the SDM's double-fault table says.
export function deliverFault(cpu: Cpu): void {
  let vector = cpu.fault.vector;
  let code = cpu.fault.code;
  for (;;) {
    try {
      if (cpu.hooks.exception) cpu.hooks.exception(vector, code, cpu.segSel[CS], cpu.eip);
      deliverInterrupt(cpu, vector, code, 'exception');
      return;
    } catch (e) {
      if (e !== GUEST_FAULT) throw e;
      const next = cpu.fault.vector;
      if (vector === DF_VEC) {
        cpu.hooks.reset('triple fault');
        return;
      }
      const dbl =
        (CONTRIBUTORY.has(vector) && CONTRIBUTORY.has(next)) ||
        (vector === PF_VEC && (next === PF_VEC || CONTRIBUTORY.has(next)));
      vector = dbl ? DF_VEC : next;
      code = dbl ? 0 : cpu.fault.code;
    }
  }
}

/// Delivers interrupt `vector` with error code `code` (-1 = none). `eip` on entry is the return
/// address (the next instruction for INT n/IRQs, the faulting one for faults). Registers change
/// only after every push succeeded, so a fault here leaves the state as it was.
export function deliverInterrupt(
  cpu: Cpu,
  vector: number,
  code: number,
  source: InterruptSource,
): void {
  if ((cpu.cr0 & CR0_PE) === 0) return deliverReal(cpu, vector);
  const ext = source === 'int' ? 0 : 1;
  const gateErr = vector * 8 + 2 + ext;
  if (vector * 8 + 7 > cpu.idtLimit >>> 0) cpu.raise(GP, gateErr);
  const lo = readSys(cpu, (cpu.idtBase + vector * 8) | 0, 4);
  const hi = readSys(cpu, (cpu.idtBase + vector * 8 + 4) | 0, 4);
  const type = (hi >>> 8) & 0x1f;
  if (type !== 0x0e && type !== 0x0f && type !== 0x06 && type !== 0x07) cpu.raise(GP, gateErr);
  if (source === 'int' && ((hi >>> 13) & 3) < cpu.cpl) cpu.raise(GP, gateErr);
  if ((hi & 0x8000) === 0) cpu.raise(NP, gateErr);
  const sel = lo >>> 16;
  const offset = (lo & 0xffff) | (hi & 0xffff0000);
  const gate32 = (type & 8) !== 0;
  if ((sel & 0xfffc) === 0) cpu.raise(GP, ext);
  readDescriptor(cpu, sel);
  const a = descAttr();
  const dpl = (a & A_DPL) >>> 5;
  if ((a & A_S) === 0 || (a & T_CODE) === 0 || dpl > cpu.cpl) cpu.raise(GP, (sel & 0xfffc) + ext);
  if ((a & A_P) === 0) cpu.raise(NP, (sel & 0xfffc) + ext);
  const before = cpu.hooks.privilege ? takePicture(cpu) : null;
  const oldCpl = cpu.cpl;
  const flags = getFlags(cpu);
  const inner = (a & T_EXPAND_CONFORM) === 0 && dpl < cpu.cpl;
  const codeLo = desc.lo,
    codeHi = desc.hi;
  if (inner) enterInner(cpu, dpl, gate32, flags, code, sel, offset, codeLo, codeHi);
  else enterSame(cpu, gate32, flags, code, sel, offset, codeLo, codeHi);
  cpu.flags &= ~(TF | NT | RF | VM);
  if ((type & 1) === 0) cpu.flags &= ~IF;
  cpu.halted = false;
  if (before && cpu.hooks.privilege && oldCpl !== cpu.cpl) {
    const cause: PrivilegeCause = source === 'int' ? 'int' : source;
    cpu.hooks.privilege(cause, vector, before, takePicture(cpu));
  }
}

/// Pushes one value at `ssBase + sp` (supervisor or user access per `user`).
function pushAt(
  cpu: Cpu,
  ssBase: number,
  sp: number,
  v: number,
  size: number,
  user: boolean,
): void {
  writeSlow(cpu, (ssBase + sp) | 0, v, size, user);
}

/// Interrupt to an inner ring: switch to the TSS stack for `dpl`, push SS, ESP, EFLAGS, CS, EIP
/// and the error code there, then load CS:EIP.
function enterInner(
  cpu: Cpu,
  dpl: number,
  gate32: boolean,
  flags: number,
  code: number,
  sel: number,
  offset: number,
  codeLo: number,
  codeHi: number,
): void {
  const { ss, esp } = readTssStack(cpu, dpl);
  if ((ss & 0xfffc) === 0) cpu.raise(TS, 0);
  readDescriptor(cpu, ss, TS);
  const sa = descAttr();
  const okType = (sa & A_S) !== 0 && (sa & (T_CODE | 2)) === 2;
  if ((ss & 3) !== dpl || (sa & A_DPL) >>> 5 !== dpl || !okType) cpu.raise(TS, ss & 0xfffc);
  if ((sa & A_P) === 0) cpu.raise(12, ss & 0xfffc);
  const ssBase = (desc.lo >>> 16) | ((desc.hi & 0xff) << 16) | (desc.hi & 0xff000000);
  const w = gate32 ? 4 : 2;
  const user = dpl === 3;
  const vals = [cpu.segSel[SS], cpu.regs[ESP], flags, cpu.segSel[CS], cpu.eip];
  if (code >= 0) vals.push(code);
  let sp = esp;
  for (const v of vals) {
    sp = (sp - w) | 0;
    pushAt(cpu, ssBase, sp, v, w, user);
  }
  const ssLo = desc.lo,
    ssHi = desc.hi;
  desc.lo = codeLo;
  desc.hi = codeHi;
  loadCodeSegment(cpu, sel, dpl);
  desc.lo = ssLo;
  desc.hi = ssHi;
  setStackSegment(cpu, ss);
  cpu.regs[ESP] = sp;
  cpu.eip = gate32 ? offset : offset & 0xffff;
}

/// Interrupt at the same privilege: push EFLAGS, CS, EIP (and the error code) on the current
/// stack and load CS:EIP.
function enterSame(
  cpu: Cpu,
  gate32: boolean,
  flags: number,
  code: number,
  sel: number,
  offset: number,
  codeLo: number,
  codeHi: number,
): void {
  const w = gate32 ? 4 : 2;
  const user = cpu.cpl === 3;
  const stack32 = cpu.stack32();
  let sp = cpu.regs[ESP];
  const vals = [flags, cpu.segSel[CS], cpu.eip];
  if (code >= 0) vals.push(code);
  for (const v of vals) {
    sp = stack32 ? (sp - w) | 0 : (sp - w) & 0xffff;
    pushAt(cpu, cpu.segBase[SS], sp, v, w, user);
  }
  desc.lo = codeLo;
  desc.hi = codeHi;
  loadCodeSegment(cpu, sel, cpu.cpl);
  cpu.setSp(sp);
  cpu.eip = gate32 ? offset : offset & 0xffff;
}

/// Real mode: push FLAGS, CS, IP and jump through the interrupt vector table.
function deliverReal(cpu: Cpu, vector: number): void {
  const off = readSys(cpu, (cpu.idtBase + vector * 4) | 0, 2);
  const seg = readSys(cpu, (cpu.idtBase + vector * 4 + 2) | 0, 2);
  cpu.push16(getFlags(cpu));
  cpu.push16(cpu.segSel[CS]);
  cpu.push16(cpu.eip);
  cpu.flags &= ~(IF | TF | RF);
  cpu.segSel[CS] = seg;
  cpu.segBase[CS] = seg << 4;
  cpu.fetchLin = -1;
  cpu.eip = off;
}
