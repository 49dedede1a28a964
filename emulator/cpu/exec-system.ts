/// System instructions: privileged control (HLT, CLI/STI, MOV CRn/DRn, descriptor-table loads
/// and stores, LTR/LLDT, INVLPG, CLTS, LMSW/SMSW, MSRs), segment-register loads, port I/O,
/// CPUID/RDTSC, SYSENTER/SYSEXIT, LAR/LSL/VERR/VERW, ARPL, BOUND and the #UD entry.
import {
  A_DPL,
  A_S,
  CR0_PE,
  CR0_PG,
  CR0_TS,
  CR4_TSD,
  CS,
  DF,
  EAX,
  EBX,
  ECX,
  EDX,
  GP,
  IF,
  IOPL,
  LDTR,
  MSR_SYSENTER_CS,
  MSR_SYSENTER_EIP,
  MSR_SYSENTER_ESP,
  MSR_TSC,
  SS,
  T_CODE,
  T_EXPAND_CONFORM,
  T_WRITE_READ,
  TR,
  ZF,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { desc, descAttr, descLimit, readDescriptor } from './descriptors.ts';
import { getFlags } from './flags.ts';
import type { Insn } from './insn.ts';
import { ea, readE, signExtend, writeE } from './operands.ts';
import { flushTlb, invalidatePage } from './paging.ts';
import { loadSegment, updateSegCheck } from './segmentation.ts';
import { sysenter, sysexit } from './sysenter.ts';
import { checkIoPermission, loadLdt, loadTaskRegister } from './tss.ts';
import { GUEST_FAULT } from './fault.ts';

/// Raises #GP(0) unless running at CPL 0 (privileged instructions).
function requireCpl0(cpu: Cpu): void {
  if (cpu.cpl !== 0 && (cpu.cr0 & CR0_PE) !== 0) cpu.raise(GP, 0);
}

/// Undefined or unimplemented encodings: #UD in the guest.
export function undefinedOp(cpu: Cpu): void {
  cpu.raise(6);
}

/// HLT (F4): stop until an interrupt.
export function hlt(cpu: Cpu): void {
  requireCpl0(cpu);
  cpu.halted = true;
  cpu.sliceEnd = cpu.icount + 1;
}

/// CLI / STI (FA / FB): need CPL <= IOPL; STI takes effect after the next instruction.
export function cliSti(cpu: Cpu, i: Insn): void {
  if ((cpu.cr0 & CR0_PE) !== 0 && cpu.cpl > (getFlags(cpu) & IOPL) >>> 12) cpu.raise(GP, 0);
  if (i.op === 0xfa) cpu.flags &= ~IF;
  else {
    if ((cpu.flags & IF) === 0) cpu.inhibitUntil = cpu.icount + 2;
    cpu.flags |= IF;
    cpu.sliceEnd = cpu.icount + 2;
  }
}

/// CLD / STD (FC / FD).
export function cldStd(cpu: Cpu, i: Insn): void {
  if (i.op === 0xfc) cpu.flags &= ~DF;
  else cpu.flags |= DF;
}

/// IN AL/eAX, imm8|DX (E4/E5/EC/ED).
export function inOp(cpu: Cpu, i: Insn): void {
  const port = i.op >= 0xec ? cpu.regs[EDX] & 0xffff : i.imm;
  const bytes = (i.size / 8) as 1 | 2 | 4;
  checkIoPermission(cpu, port, bytes);
  cpu.setReg(i.size, EAX, cpu.io.read(port, bytes));
}

/// OUT imm8|DX, AL/eAX (E6/E7/EE/EF). Ends the slice: a device may now request an interrupt.
export function outOp(cpu: Cpu, i: Insn): void {
  const port = i.op >= 0xec ? cpu.regs[EDX] & 0xffff : i.imm;
  const bytes = (i.size / 8) as 1 | 2 | 4;
  checkIoPermission(cpu, port, bytes);
  cpu.io.write(port, cpu.getReg(i.size, EAX), bytes);
  cpu.sliceEnd = cpu.icount + 1;
}

/// MOV sreg, r/m16 (8E); MOV SS inhibits interrupts for one instruction.
export function movSregE(cpu: Cpu, i: Insn): void {
  if (i.reg === CS || i.reg > 5) cpu.raise(6);
  loadSegment(cpu, i.reg, readE(cpu, i, 16));
  if (i.reg === SS) cpu.inhibitUntil = cpu.icount + 2;
}

/// MOV r/m16, sreg (8C): a register destination with 32-bit operand size gets the zero-extended
/// selector.
export function movESreg(cpu: Cpu, i: Insn): void {
  if (i.reg > 5) cpu.raise(6);
  writeE(cpu, i, cpu.segSel[i.reg], i.rm >= 0 ? i.size : 16);
}

/// LDS/LES/LSS/LFS/LGS reg, m16:32.
export function loadFarPointer(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0) cpu.raise(6);
  const seg = i.op === 0xc4 ? 0 : i.op === 0xc5 ? 3 : i.op === 0x1b2 ? SS : i.op === 0x1b4 ? 4 : 5;
  const off = ea(cpu, i);
  const v = cpu.read(i.size, i.seg, off);
  const sel = cpu.read(16, i.seg, (off + i.size / 8) | 0);
  loadSegment(cpu, seg, sel);
  cpu.setReg(i.size, i.reg, v);
}

/// MOV r32, CRn (0F 20).
export function movFromCr(cpu: Cpu, i: Insn): void {
  requireCpl0(cpu);
  const v = [cpu.cr0, 0, cpu.cr2, cpu.cr3, cpu.cr4][i.reg];
  if (v === undefined) cpu.raise(6);
  cpu.regs[i.modrm & 7] = v;
}

/// MOV CRn, r32 (0F 22): paging changes flush the TLB and end the slice.
export function movToCr(cpu: Cpu, i: Insn): void {
  requireCpl0(cpu);
  const v = cpu.regs[i.modrm & 7];
  switch (i.reg) {
    case 0:
      if ((v & CR0_PG) !== 0 && (v & CR0_PE) === 0) cpu.raise(GP, 0);
      cpu.cr0 = v | 0x10;
      for (let s = 0; s < 8; s++) updateSegCheck(cpu, s);
      break;
    case 2:
      cpu.cr2 = v;
      return;
    case 3:
      cpu.cr3 = v;
      break;
    case 4:
      if ((v & ~0x7ff) !== 0) cpu.raise(GP, 0);
      cpu.cr4 = v;
      break;
    default:
      cpu.raise(6);
  }
  flushTlb(cpu);
  cpu.sliceEnd = cpu.icount + 1;
}

/// Bits of DR6 and DR7 that always read as 1 (SDM vol. 3, 18.2: their reserved bits).
const DR_FIXED_ONES = [0, 0, 0, 0, 0, 0, 0xffff0ff0, 0x400];

/// MOV r32, DRn / MOV DRn, r32 (0F 21 / 0F 23): stored, breakpoints are not modelled. DR4 and
/// DR5 are DR6 and DR7 (their aliases while CR4.DE is clear, which is all this CPU models).
export function movDr(cpu: Cpu, i: Insn): void {
  requireCpl0(cpu);
  const r = i.modrm & 7;
  const n = i.reg === 4 || i.reg === 5 ? i.reg + 2 : i.reg;
  if (i.op === 0x121) cpu.regs[r] = cpu.dr[n] | DR_FIXED_ONES[n];
  else cpu.dr[n] = cpu.regs[r];
}

/// Group 6 (0F 00): SLDT STR LLDT LTR VERR VERW.
export function group6(cpu: Cpu, i: Insn): void {
  if ((cpu.cr0 & CR0_PE) === 0) cpu.raise(6);
  switch (i.reg) {
    case 0:
      return writeE(cpu, i, cpu.segSel[LDTR], i.rm >= 0 ? i.size : 16);
    case 1:
      return writeE(cpu, i, cpu.segSel[TR], i.rm >= 0 ? i.size : 16);
    case 2:
      requireCpl0(cpu);
      return loadLdt(cpu, readE(cpu, i, 16));
    case 3:
      requireCpl0(cpu);
      return loadTaskRegister(cpu, readE(cpu, i, 16));
    case 4:
    case 5:
      return verify(cpu, readE(cpu, i, 16), i.reg === 5);
    default:
      cpu.raise(6);
  }
}

/// Group 7 (0F 01): SGDT SIDT LGDT LIDT SMSW LMSW INVLPG.
export function group7(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0 && i.reg !== 4 && i.reg !== 6) cpu.raise(6);
  switch (i.reg) {
    case 0:
    case 1: {
      const off = ea(cpu, i);
      const base = i.reg === 0 ? cpu.gdtBase : cpu.idtBase;
      cpu.write(16, i.seg, off, i.reg === 0 ? cpu.gdtLimit : cpu.idtLimit);
      cpu.write(32, i.seg, (off + 2) | 0, i.size === 16 ? base & 0xffffff : base);
      return;
    }
    case 2:
    case 3: {
      requireCpl0(cpu);
      const off = ea(cpu, i);
      const limit = cpu.read(16, i.seg, off);
      let base = cpu.read(32, i.seg, (off + 2) | 0);
      if (i.size === 16) base &= 0xffffff;
      if (i.reg === 2) {
        cpu.gdtBase = base;
        cpu.gdtLimit = limit;
      } else {
        cpu.idtBase = base;
        cpu.idtLimit = limit;
      }
      return;
    }
    case 4:
      return writeE(cpu, i, cpu.cr0, i.rm >= 0 ? i.size : 16);
    case 6: {
      requireCpl0(cpu);
      const v = readE(cpu, i, 16);
      cpu.cr0 = (cpu.cr0 & ~0xe) | (v & 0xf) | (cpu.cr0 & CR0_PE);
      return;
    }
    case 7:
      requireCpl0(cpu);
      invalidatePage(cpu, (cpu.segBase[i.seg] + ea(cpu, i)) | 0);
      return;
    default:
      cpu.raise(6);
  }
}

/// VERR / VERW: ZF = the segment is readable / writable at the current privilege.
function verify(cpu: Cpu, sel: number, write: boolean): void {
  const ok =
    visibleDescriptor(cpu, sel, false) &&
    (() => {
      const a = descAttr();
      if ((a & A_S) === 0) return false;
      if (write) return (a & (T_CODE | T_WRITE_READ)) === T_WRITE_READ;
      return (a & T_CODE) === 0 || (a & T_WRITE_READ) !== 0;
    })();
  getFlags(cpu);
  cpu.flags = ok ? cpu.flags | ZF : cpu.flags & ~ZF;
}

/// Reads `sel`'s descriptor for LAR/LSL/VERR/VERW without faulting; checks DPL visibility.
function visibleDescriptor(cpu: Cpu, sel: number, system: boolean): boolean {
  if ((sel & 0xfffc) === 0) return false;
  try {
    readDescriptor(cpu, sel);
  } catch (e) {
    if (e !== GUEST_FAULT) throw e;
    return false;
  }
  const a = descAttr();
  if ((a & A_S) === 0 && !system) return false;
  const conforming = (a & (A_S | T_CODE | T_EXPAND_CONFORM)) === (A_S | T_CODE | T_EXPAND_CONFORM);
  const dpl = (a & A_DPL) >>> 5;
  return conforming || (dpl >= cpu.cpl && dpl >= (sel & 3));
}

const LAR_SYSTEM_TYPES = new Set([1, 2, 3, 4, 5, 9, 11, 12]);
const LSL_SYSTEM_TYPES = new Set([1, 2, 3, 9, 11]);

/// LAR / LSL (0F 02 / 0F 03).
export function larLsl(cpu: Cpu, i: Insn): void {
  const sel = readE(cpu, i, 16);
  const lsl = i.op === 0x103;
  let ok = visibleDescriptor(cpu, sel, true);
  const a = ok ? descAttr() : 0;
  if (ok && (a & A_S) === 0) ok = (lsl ? LSL_SYSTEM_TYPES : LAR_SYSTEM_TYPES).has(a & 0xf);
  getFlags(cpu);
  if (!ok) {
    cpu.flags &= ~ZF;
    return;
  }
  cpu.flags |= ZF;
  const v = lsl ? descLimit() : desc.hi & 0x00f0ff00;
  cpu.setReg(i.size, i.reg, v);
}

/// ARPL r/m16, r16 (63): raises the RPL of the destination to at least the source's.
export function arpl(cpu: Cpu, i: Insn): void {
  if ((cpu.cr0 & CR0_PE) === 0) cpu.raise(6);
  const d = readE(cpu, i, 16),
    s = cpu.getReg(16, i.reg);
  getFlags(cpu);
  if ((d & 3) < (s & 3)) {
    writeE(cpu, i, (d & ~3) | (s & 3), 16);
    cpu.flags |= ZF;
  } else cpu.flags &= ~ZF;
}

/// BOUND reg, m (62): #BR when the index is outside [lower, upper].
export function bound(cpu: Cpu, i: Insn): void {
  if (i.rm >= 0) cpu.raise(6);
  const off = ea(cpu, i);
  const w = i.size / 8;
  const idx = signExtend(cpu.getReg(i.size, i.reg), i.size);
  const lo = signExtend(cpu.read(i.size, i.seg, off), i.size);
  const hi = signExtend(cpu.read(i.size, i.seg, (off + w) | 0), i.size);
  if (idx < lo || idx > hi) cpu.raise(5);
}

/// CLTS (0F 06).
export function clts(cpu: Cpu): void {
  requireCpl0(cpu);
  cpu.cr0 &= ~CR0_TS;
}

/// INVD / WBINVD (0F 08 / 0F 09): caches are not modelled.
export function cacheFlush(cpu: Cpu): void {
  requireCpl0(cpu);
}

/// CPUID (0F A2): a family-6 i686 with FPU, PSE, TSC, MSR, CX8, SEP and CMOV.
export function cpuid(cpu: Cpu): void {
  const leaf = cpu.regs[EAX];
  const r = cpu.regs;
  if (leaf === 0) {
    r[EAX] = 1;
    r[EBX] = 0x756e6547; // "Genu"
    r[EDX] = 0x49656e69; // "ineI"
    r[ECX] = 0x6c65746e; // "ntel"
  } else if (leaf === 1) {
    r[EAX] = 0x6f3; // family 6, model 15, stepping 3 (SEP valid)
    r[EBX] = 0;
    r[ECX] = 0;
    r[EDX] = (1 << 0) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 8) | (1 << 11) | (1 << 15);
  } else r[EAX] = r[EBX] = r[ECX] = r[EDX] = 0;
}

/// RDTSC (0F 31): the executed-instruction count plus the offset WRMSR may set.
export function rdtsc(cpu: Cpu): void {
  if ((cpu.cr4 & CR4_TSD) !== 0) requireCpl0(cpu);
  const t = cpu.icount + cpu.tscOffset;
  cpu.regs[EAX] = t % 4294967296;
  cpu.regs[EDX] = Math.floor(t / 4294967296);
}

/// RDMSR (0F 32): the SYSENTER MSRs and the TSC; other MSRs raise #GP(0).
export function rdmsr(cpu: Cpu): void {
  requireCpl0(cpu);
  let lo = 0,
    hi = 0;
  switch (cpu.regs[ECX]) {
    case MSR_SYSENTER_CS:
      lo = cpu.sysenterCs;
      break;
    case MSR_SYSENTER_ESP:
      lo = cpu.sysenterEsp;
      break;
    case MSR_SYSENTER_EIP:
      lo = cpu.sysenterEip;
      break;
    case MSR_TSC: {
      const t = cpu.icount + cpu.tscOffset;
      lo = t % 4294967296;
      hi = Math.floor(t / 4294967296);
      break;
    }
    default:
      cpu.raise(GP, 0);
  }
  cpu.regs[EAX] = lo;
  cpu.regs[EDX] = hi;
}

/// WRMSR (0F 30).
export function wrmsr(cpu: Cpu): void {
  requireCpl0(cpu);
  const lo = cpu.regs[EAX];
  switch (cpu.regs[ECX]) {
    case MSR_SYSENTER_CS:
      cpu.sysenterCs = lo & 0xffff;
      return;
    case MSR_SYSENTER_ESP:
      cpu.sysenterEsp = lo;
      return;
    case MSR_SYSENTER_EIP:
      cpu.sysenterEip = lo;
      return;
    case MSR_TSC:
      cpu.tscOffset = (cpu.regs[EDX] >>> 0) * 4294967296 + (lo >>> 0) - cpu.icount;
      return;
    default:
      cpu.raise(GP, 0);
  }
}

/// SYSENTER (0F 34).
export function sysenterOp(cpu: Cpu): void {
  sysenter(cpu);
}

/// SYSEXIT (0F 35).
export function sysexitOp(cpu: Cpu): void {
  sysexit(cpu);
}
