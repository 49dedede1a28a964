/// A decoded instruction, as the decoder leaves it and the execute functions read it. The CPU
/// keeps these in a per-physical-address cache, so an instruction is decoded once and executed
/// many times; the objects are reused in place (no allocation after start-up).
import type { Cpu } from './cpu.ts';
import type { OpEntry } from './opcode-types.ts';

/// Executes one decoded instruction; `cpu.eip` already points past it.
export type Exec = (cpu: Cpu, i: Insn) => void;

/// What an instruction not yet decoded executes (one shared function, not one per object).
function noExec(): void {}

/// One decoded instruction.
export class Insn {
  /// Cache tag: physical address of the first byte (-1 when not cached), the code page's
  /// generation when decoded, and the code-size mode (16 or 32).
  phys = -1;
  gen = 0;
  mode = 32;
  /// Length in bytes (1..15).
  len = 0;
  /// Opcode: 0x00-0xff, 0x100-0x1ff for 0F xx.
  op = 0;
  exec: Exec = noExec;
  /// Table entry (mnemonic and operand kinds, for the disassembler).
  entry: OpEntry | null = null;
  /// Operand size in bits (8, 16 or 32) and address size (16 or 32).
  size = 32;
  asize = 32;
  /// Operand-size attribute (16 or 32) even when the entry fixes `size`; segment prefix or -1.
  opsize = 32;
  segPrefix = -1;
  /// ModRM: `reg` field; `rm` is the register number when mod == 3, else -1; `modrm` raw byte.
  modrm = -1;
  reg = 0;
  rm = -1;
  /// Memory operand: base and index registers (-1 = none), scale shift, displacement, segment.
  base = -1;
  index = -1;
  scale = 0;
  disp = 0;
  seg = 3;
  /// True when a segment-override prefix chose `seg`.
  segOverride = false;
  /// Immediates (sign- or zero-extended as the operand kind says) and the second one of ENTER/far.
  imm = 0;
  imm2 = 0;
  /// 0 none, 1 = REP/REPE (F3), 2 = REPNE (F2).
  rep = 0;
  lock = false;
  /// Successors seen last time (fall-through and taken branch), for chaining without a cache
  /// lookup; validated by physical address and page generation before use.
  next: Insn | null = null;
  alt: Insn | null = null;

  /// Copies every field of `o` into this object (used to move a scratch decode into the cache).
  copyFrom(o: Insn): void {
    this.phys = o.phys;
    this.gen = o.gen;
    this.mode = o.mode;
    this.len = o.len;
    this.op = o.op;
    this.exec = o.exec;
    this.entry = o.entry;
    this.size = o.size;
    this.asize = o.asize;
    this.opsize = o.opsize;
    this.segPrefix = o.segPrefix;
    this.modrm = o.modrm;
    this.reg = o.reg;
    this.rm = o.rm;
    this.base = o.base;
    this.index = o.index;
    this.scale = o.scale;
    this.disp = o.disp;
    this.seg = o.seg;
    this.segOverride = o.segOverride;
    this.imm = o.imm;
    this.imm2 = o.imm2;
    this.rep = o.rep;
    this.lock = o.lock;
    this.next = null;
    this.alt = null;
  }
}
