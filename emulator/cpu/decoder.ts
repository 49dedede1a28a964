/// The instruction decoder shared by the CPU and the disassembler: prefixes, one- and two-byte
/// opcode maps, ModRM/SIB addressing (32- and 16-bit), displacements and immediates, into an
/// Insn. Undefined encodings decode to the #UD entry; over-long instructions raise #GP(0).
import { DS, SS } from './constants.ts';
import type { Insn } from './insn.ts';
import { specialize } from './fast-paths.ts';
import { ONE_BYTE, UNDEFINED } from './opcodes-one-byte.ts';
import { TWO_BYTE } from './opcodes-two-byte.ts';
import type { OpEntry } from './opcode-types.ts';

/// Where the decoder reads bytes from (linear addresses for the CPU, a buffer for the
/// disassembler), and how it reports a bad instruction.
export interface ByteSource {
  byte(addr: number): number;
  /// Raises `vector` (13 for an instruction longer than 15 bytes); never returns.
  fail(vector: number): never;
}

/// Decoder cursor (module scratch: decoding allocates nothing).
const cur = { pos: 0, start: 0 };

function next8(src: ByteSource): number {
  if (cur.pos - cur.start >= 15) src.fail(13);
  const b = src.byte(cur.pos | 0);
  cur.pos++;
  return b;
}

function next16(src: ByteSource): number {
  return next8(src) | (next8(src) << 8);
}

function next32(src: ByteSource): number {
  return next16(src) | (next16(src) << 16);
}

/// Decodes the instruction at `addr` in a `mode`-bit (16 or 32) code segment into `i`.
export function decodeInto(i: Insn, src: ByteSource, addr: number, mode: number): void {
  cur.pos = addr;
  cur.start = addr;
  let os = mode,
    as = mode,
    seg = -1,
    rep = 0,
    lock = false;
  let b = next8(src);
  for (;;) {
    if (b === 0x66) os = 48 - os;
    else if (b === 0x67) as = 48 - as;
    else if (b === 0xf0) lock = true;
    else if (b === 0xf2) rep = 2;
    else if (b === 0xf3) rep = 1;
    else if (b === 0x26 || b === 0x2e || b === 0x36 || b === 0x3e) seg = (b >>> 3) & 3;
    else if (b === 0x64 || b === 0x65) seg = b - 0x60;
    else break;
    b = next8(src);
  }
  let entry: OpEntry;
  if (b === 0x0f) {
    b = next8(src);
    i.op = 0x100 | b;
    entry = TWO_BYTE[b];
  } else {
    i.op = b;
    entry = ONE_BYTE[b];
  }
  i.asize = as;
  i.opsize = os;
  i.segPrefix = seg;
  i.rep = rep;
  i.lock = lock;
  i.modrm = -1;
  i.rm = -1;
  i.reg = 0;
  i.base = -1;
  i.index = -1;
  i.scale = 0;
  i.disp = 0;
  i.imm = 0;
  i.imm2 = 0;
  i.seg = DS;
  if (entry.modrm) entry = decodeModrm(i, src, entry, as);
  if (seg >= 0) i.seg = seg;
  i.segOverride = seg >= 0;
  i.entry = entry;
  // An unlockable instruction keeps its entry (the disassembler prints `lock nop`) but raises #UD.
  i.exec = lock && !lockable(i.op, i.reg, i.modrm) ? LOCK_UD.exec : entry.exec;
  i.size = entry.size !== 0 ? entry.size : os;
  decodeImmediates(i, src, entry, os, as);
  i.len = cur.pos - addr;
  if (mode === 32) i.exec = specialize(i) ?? i.exec;
}

/// The #UD raised for a LOCK prefix on an instruction that cannot be locked.
const LOCK_UD: OpEntry = UNDEFINED;

const LOCKABLE_ONE = new Set([
  0x00, 0x01, 0x08, 0x09, 0x10, 0x11, 0x18, 0x19, 0x20, 0x21, 0x28, 0x29, 0x30, 0x31, 0x86, 0x87,
]);
const LOCKABLE_TWO = new Set([0x1ab, 0x1b3, 0x1bb, 0x1b0, 0x1b1, 0x1c0, 0x1c1]);

/// True when LOCK is allowed: a memory destination of ADD..XOR, XCHG, INC/DEC, NOT/NEG,
/// BTS/BTR/BTC, CMPXCHG(8B) or XADD (SDM vol. 2 "LOCK").
function lockable(op: number, reg: number, modrm: number): boolean {
  if (modrm < 0 || modrm >>> 6 === 3) return false;
  if (LOCKABLE_ONE.has(op) || LOCKABLE_TWO.has(op)) return true;
  if (op >= 0x80 && op <= 0x83) return reg !== 7;
  if (op === 0xf6 || op === 0xf7) return reg === 2 || reg === 3;
  if (op === 0xfe || op === 0xff) return reg <= 1;
  if (op === 0x1ba) return reg >= 5;
  return op === 0x1c7 && reg === 1;
}

/// Reads ModRM (and SIB/displacement), resolves group members; returns the final entry.
function decodeModrm(i: Insn, src: ByteSource, entry: OpEntry, as: number): OpEntry {
  const m = next8(src);
  const mod = m >>> 6,
    reg = (m >>> 3) & 7,
    rm = m & 7;
  i.modrm = m;
  i.reg = reg;
  if (entry.group) {
    const regForm = mod === 3 && entry.regForms ? entry.regForms[reg * 8 + rm] : null;
    entry = regForm ?? entry.group[reg];
  }
  if (mod === 3) {
    i.rm = rm;
    return entry;
  }
  if (as === 16) decodeAddr16(i, src, mod, rm);
  else decodeAddr32(i, src, mod, rm);
  return entry;
}

/// 32-bit addressing: [base + index*scale + disp] with SIB.
function decodeAddr32(i: Insn, src: ByteSource, mod: number, rm: number): void {
  let base = rm;
  if (rm === 4) {
    const sib = next8(src);
    i.scale = sib >>> 6;
    const index = (sib >>> 3) & 7;
    i.index = index === 4 ? -1 : index;
    base = sib & 7;
    if (base === 5 && mod === 0) {
      base = -1;
      i.disp = next32(src);
    }
  } else if (rm === 5 && mod === 0) {
    base = -1;
    i.disp = next32(src);
  }
  i.base = base;
  if (mod === 1) i.disp = (next8(src) << 24) >> 24;
  else if (mod === 2) i.disp = next32(src);
  if (base === 4 || base === 5) i.seg = SS;
}

const BASE16 = [3, 3, 5, 5, 6, 7, 5, 3];
const INDEX16 = [6, 7, 6, 7, -1, -1, -1, -1];

/// 16-bit addressing: BX/BP + SI/DI + disp, wrapped to 64 KiB at execution.
function decodeAddr16(i: Insn, src: ByteSource, mod: number, rm: number): void {
  if (mod === 0 && rm === 6) {
    i.base = -1;
    i.disp = next16(src);
    return;
  }
  i.base = BASE16[rm];
  i.index = INDEX16[rm];
  if (mod === 1) i.disp = (next8(src) << 24) >> 24;
  else if (mod === 2) i.disp = next16(src);
  if (i.base === 5) i.seg = SS;
}

/// Reads the immediates, relative targets and memory offsets the operand list asks for.
function decodeImmediates(i: Insn, src: ByteSource, entry: OpEntry, os: number, as: number): void {
  let second = false;
  for (const o of entry.ops) {
    let v: number;
    switch (o.kind) {
      case 'I':
      case 'J':
        if (o.size === 'b') v = o.kind === 'J' ? (next8(src) << 24) >> 24 : next8(src);
        else if (o.size === 's') v = (next8(src) << 24) >> 24;
        else if (o.size === 'w' || os === 16)
          v = o.kind === 'J' ? (next16(src) << 16) >> 16 : next16(src);
        else v = next32(src);
        break;
      case 'O':
        i.disp = as === 16 ? next16(src) : next32(src);
        continue;
      case 'A':
        i.imm = os === 16 ? next16(src) : next32(src);
        i.imm2 = next16(src);
        continue;
      default:
        continue;
    }
    if (second) i.imm2 = v;
    else i.imm = v;
    second = true;
  }
}
