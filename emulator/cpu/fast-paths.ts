/// Specialized execute functions for the hottest 32-bit forms (register/register ALU, MOV,
/// INC/DEC, PUSH/POP, Jcc with a constant condition). The decoder swaps one in when an
/// instruction matches, so the generic size- and operand-dispatching functions are skipped.
/// Semantics are identical to the generic versions in exec-*.ts.
import { ESP } from './constants.ts';
import type { Cpu } from './cpu.ts';
import { condition, L_ADD, L_DEC, L_INC, L_LOGIC, L_SUB, saveCarry } from './flags.ts';
import type { Exec, Insn } from './insn.ts';
import { ea } from './operands.ts';
import { jcc } from './exec-control.ts';
import { compileExec } from './fast-compile.ts';

type Op2 = (a: number, b: number) => number;
const OPS: (Op2 | null)[] = [
  (a, b) => (a + b) | 0,
  (a, b) => a | b,
  null,
  null,
  (a, b) => a & b,
  (a, b) => (a - b) | 0,
  (a, b) => a ^ b,
  (a, b) => (a - b) | 0,
];
const KINDS = [L_ADD, L_LOGIC, 0, 0, L_LOGIC, L_SUB, L_LOGIC, L_SUB];
/// The same operators as source text, for the compiled variants (fast-compile.ts).
const OPS_SRC = ['(a + b) | 0', 'a | b', '', '', 'a & b', '(a - b) | 0', 'a ^ b', '(a - b) | 0'];

/// Source of the lazy-flags record (the `lazy` helper, inline) and of the optional write-back.
function lazySrc(kind: number): string {
  return `cpu.lop = ${KINDS[kind]}; cpu.la = a; cpu.lb = b; cpu.lr = r; cpu.lsz = 32;`;
}

/// Records lazy flags for a 32-bit operation (inlined copy of setLazy).
function lazy(cpu: Cpu, kind: number, a: number, b: number, r: number): void {
  cpu.lop = kind;
  cpu.la = a;
  cpu.lb = b;
  cpu.lr = r;
  cpu.lsz = 32;
}

/// reg32 = reg32 op reg32 (`toRm`: destination is the r/m register).
function aluRR(kind: number, toRm: boolean): Exec {
  const f = OPS[kind]!,
    k = KINDS[kind],
    write = kind !== 7;
  const [dst, src] = toRm ? ['rm', 'reg'] : ['reg', 'rm'];
  const body = `const a = cpu.regs[i.${dst}], b = cpu.regs[i.${src}], r = ${OPS_SRC[kind]};
    ${write ? `cpu.regs[i.${dst}] = r;` : ''} ${lazySrc(kind)}`;
  return compileExec(body, {}, aluRRShared(f, k, write, toRm));
}

/// The shared-closure form of aluRR (where code cannot be compiled).
function aluRRShared(f: Op2, k: number, write: boolean, toRm: boolean): Exec {
  if (toRm)
    return (cpu, i) => {
      const a = cpu.regs[i.rm],
        b = cpu.regs[i.reg],
        r = f(a, b);
      if (write) cpu.regs[i.rm] = r;
      lazy(cpu, k, a, b, r);
    };
  return (cpu, i) => {
    const a = cpu.regs[i.reg],
      b = cpu.regs[i.rm],
      r = f(a, b);
    if (write) cpu.regs[i.reg] = r;
    lazy(cpu, k, a, b, r);
  };
}

/// reg32 op= imm (group 1 with a register, or the eAX short forms with `reg` = 0).
function aluRI(kind: number, fixedEax: boolean): Exec {
  const f = OPS[kind]!,
    k = KINDS[kind],
    write = kind !== 7;
  const d = fixedEax ? '0' : 'i.rm';
  const body = `const a = cpu.regs[${d}], b = i.imm, r = ${OPS_SRC[kind]};
    ${write ? `cpu.regs[${d}] = r;` : ''} ${lazySrc(kind)}`;
  return compileExec(body, {}, (cpu, i) => {
    const d = fixedEax ? 0 : i.rm;
    const a = cpu.regs[d],
      b = i.imm,
      r = f(a, b);
    if (write) cpu.regs[d] = r;
    lazy(cpu, k, a, b, r);
  });
}

/// reg32 op= [mem32] (ALU Gv,Ev with a memory operand).
function aluRM(kind: number): Exec {
  const f = OPS[kind]!,
    k = KINDS[kind],
    write = kind !== 7;
  const body = `const a = cpu.regs[i.reg], b = cpu.readLin32(cpu.lin(i.seg, ea(cpu, i), 4, false)),
    r = ${OPS_SRC[kind]}; ${write ? 'cpu.regs[i.reg] = r;' : ''} ${lazySrc(kind)}`;
  return compileExec(body, { ea }, (cpu, i) => {
    const a = cpu.regs[i.reg],
      b = cpu.readLin32(cpu.lin(i.seg, ea(cpu, i), 4, false)),
      r = f(a, b);
    if (write) cpu.regs[i.reg] = r;
    lazy(cpu, k, a, b, r);
  });
}

/// [mem32] op= reg32 or imm (ALU Ev,Gv / Ev,Iz with a memory operand).
function aluMX(kind: number, imm: boolean): Exec {
  const f = OPS[kind]!,
    k = KINDS[kind],
    write = kind !== 7;
  const body = `const lin = cpu.lin(i.seg, ea(cpu, i), 4, ${write});
    const a = cpu.readLin32(lin), b = ${imm ? 'i.imm' : 'cpu.regs[i.reg]'}, r = ${OPS_SRC[kind]};
    ${write ? 'cpu.writeLin32(lin, r);' : ''} ${lazySrc(kind)}`;
  return compileExec(body, { ea }, (cpu, i) => {
    const lin = cpu.lin(i.seg, ea(cpu, i), 4, write);
    const a = cpu.readLin32(lin),
      b = imm ? i.imm : cpu.regs[i.reg],
      r = f(a, b);
    if (write) cpu.writeLin32(lin, r);
    lazy(cpu, k, a, b, r);
  });
}

const movRR: Exec = (cpu, i) => {
  cpu.regs[i.reg] = cpu.regs[i.rm];
};
const movRRtoRm: Exec = (cpu, i) => {
  cpu.regs[i.rm] = cpu.regs[i.reg];
};
const movLoad: Exec = (cpu, i) => {
  cpu.regs[i.reg] = cpu.readLin32(cpu.lin(i.seg, ea(cpu, i), 4, false));
};
const movStore: Exec = (cpu, i) => {
  cpu.writeLin32(cpu.lin(i.seg, ea(cpu, i), 4, true), cpu.regs[i.reg]);
};
const movStoreImm: Exec = (cpu, i) => {
  cpu.writeLin32(cpu.lin(i.seg, ea(cpu, i), 4, true), i.imm);
};
const movRegImm: Exec = (cpu, i) => {
  cpu.regs[i.op & 7] = i.imm;
};
const incReg: Exec = (cpu, i) => {
  saveCarry(cpu);
  const r = i.op & 7,
    a = cpu.regs[r],
    v = (a + 1) | 0;
  cpu.regs[r] = v;
  lazy(cpu, L_INC, a, 1, v);
};
const decReg: Exec = (cpu, i) => {
  saveCarry(cpu);
  const r = i.op & 7,
    a = cpu.regs[r],
    v = (a - 1) | 0;
  cpu.regs[r] = v;
  lazy(cpu, L_DEC, a, 1, v);
};
const pushReg: Exec = (cpu, i) => {
  const v = cpu.regs[i.op & 7];
  if (!cpu.stack32()) return cpu.push32(v);
  const sp = (cpu.regs[ESP] - 4) | 0;
  cpu.writeLin32(cpu.lin(2, sp, 4, true), v);
  cpu.regs[ESP] = sp;
};
const popReg: Exec = (cpu, i) => {
  if (!cpu.stack32()) return void (cpu.regs[i.op & 7] = cpu.pop32());
  const sp = cpu.regs[ESP];
  const v = cpu.readLin32(cpu.lin(2, sp, 4, false));
  cpu.regs[ESP] = (sp + 4) | 0;
  cpu.regs[i.op & 7] = v;
};
const testRR: Exec = (cpu, i) => {
  const a = cpu.regs[i.rm],
    b = cpu.regs[i.reg];
  lazy(cpu, L_LOGIC, a, b, a & b);
};
const movzxByte: Exec = (cpu, i) => {
  cpu.regs[i.reg] =
    i.rm >= 0 ? cpu.getReg(8, i.rm) : cpu.readLin8(cpu.lin(i.seg, ea(cpu, i), 1, false));
};
const movsxByte: Exec = (cpu, i) => {
  const v = i.rm >= 0 ? cpu.getReg(8, i.rm) : cpu.readLin8(cpu.lin(i.seg, ea(cpu, i), 1, false));
  cpu.regs[i.reg] = (v << 24) >> 24;
};
const leaReg: Exec = (cpu, i) => {
  cpu.regs[i.reg] = ea(cpu, i);
};

/// Condition `cc` right after a 32-bit CMP/SUB (operands a, b), without materializing flags.
function afterSub(cc: number, a: number, b: number): boolean {
  const r = (a - b) | 0;
  let v: boolean;
  switch (cc >>> 1) {
    case 0:
      v = ((a ^ b) & (a ^ r)) < 0;
      break;
    case 1:
      v = a >>> 0 < b >>> 0;
      break;
    case 2:
      v = a === b;
      break;
    case 3:
      v = a >>> 0 <= b >>> 0;
      break;
    case 4:
      v = r < 0;
      break;
    case 6:
      v = a < b;
      break;
    case 7:
      v = a <= b;
      break;
    default:
      return condition5(cc, r);
  }
  return (cc & 1) === 0 ? v : !v;
}

/// Parity conditions (JP/JNP) from a result.
function condition5(cc: number, r: number): boolean {
  let x = r & 0xff;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  const even = (x & 1) === 0;
  return (cc & 1) === 0 ? even : !even;
}

function jccOf(cc: number): Exec {
  const body = `const take = cpu.lop === ${L_SUB} && cpu.lsz === 32
      ? afterSub(${cc}, cpu.la, cpu.lb) : condition(cpu, ${cc});
    if (!take) return;
    if (cpu.segCheck[1] !== 0) return jcc(cpu, i);
    cpu.eip = (cpu.eip + i.imm) | 0;`;
  return compileExec(body, { afterSub, condition, jcc }, jccShared(cc));
}

/// The shared-closure form of a Jcc fast path.
function jccShared(cc: number): Exec {
  return (cpu, i) => {
    const take =
      cpu.lop === L_SUB && cpu.lsz === 32 ? afterSub(cc, cpu.la, cpu.lb) : condition(cpu, cc);
    if (!take) return;
    if (cpu.segCheck[1] !== 0) return jcc(cpu, i); // non-flat CS: the generic path checks the limit
    cpu.eip = (cpu.eip + i.imm) | 0;
  };
}

const ALU_RR = [0, 1, 4, 5, 6, 7].map((k) => [k, aluRR(k, true), aluRR(k, false)] as const);
const RR_TO_RM: Exec[] = [],
  RR_TO_REG: Exec[] = [],
  RI: Exec[] = [],
  AI: Exec[] = [];
const RM: Exec[] = [],
  MR: Exec[] = [],
  MI: Exec[] = [];
for (const [k, toRm, toReg] of ALU_RR) {
  RR_TO_RM[k] = toRm;
  RR_TO_REG[k] = toReg;
  RI[k] = aluRI(k, false);
  AI[k] = aluRI(k, true);
  RM[k] = aluRM(k);
  MR[k] = aluMX(k, false);
  MI[k] = aluMX(k, true);
}
const JCC = Array.from({ length: 16 }, (_, cc) => jccOf(cc));

/// Returns a specialized execute function for `i` (decoded in a 32-bit code segment), or null
/// when the generic one must run. Only 32-bit operand and address sizes qualify.
export function specialize(i: Insn): Exec | null {
  if (i.size !== 32 || i.asize !== 32 || i.lock) return null;
  const op = i.op;
  if (op < 0x40 && (op & 7) < 6) {
    const kind = (op >>> 3) & 7;
    if (!RR_TO_RM[kind]) return null;
    switch (op & 7) {
      case 1:
        return i.rm >= 0 ? RR_TO_RM[kind] : MR[kind];
      case 3:
        return i.rm >= 0 ? RR_TO_REG[kind] : RM[kind];
      case 5:
        return AI[kind];
      default:
        return null;
    }
  }
  if (op === 0x81 || op === 0x83) return RI[i.reg] ? (i.rm >= 0 ? RI[i.reg] : MI[i.reg]) : null;
  if (op === 0x89) return i.rm >= 0 ? movRRtoRm : movStore;
  if (op === 0x8b) return i.rm >= 0 ? movRR : movLoad;
  if (op === 0xc7 && i.rm < 0 && i.reg === 0) return movStoreImm; // C7 /1-/7: #UD
  if (op >= 0xb8 && op <= 0xbf) return movRegImm;
  if (op >= 0x40 && op <= 0x47) return incReg;
  if (op >= 0x48 && op <= 0x4f) return decReg;
  if (op >= 0x50 && op <= 0x57) return pushReg;
  if (op >= 0x58 && op <= 0x5f) return popReg;
  if (op === 0x8d && i.rm < 0) return leaReg;
  if (op === 0x85 && i.rm >= 0) return testRR;
  if (op === 0x1b6) return movzxByte;
  if (op === 0x1be) return movsxByte;
  if ((op >= 0x70 && op <= 0x7f) || (op >= 0x180 && op <= 0x18f)) return JCC[op & 0xf];
  return null;
}
