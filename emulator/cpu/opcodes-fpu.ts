/// The x87 escape opcodes D8-DF (SDM vol. 2, tables ). Memory forms are chosen by
/// ModRM.reg, register forms by reg * 8 + rm; encodings without an entry raise #UD. Mnemonics are
/// GNU objdump's AT&T spellings (with their historical fsub/fsubr swap in the DC/DE register forms).
import * as fpuCore from './exec-fpu.ts';
import * as fpuMath from './exec-fpu-math.ts';

const fpu = { ...fpuCore, ...fpuMath };
import { undefinedOp } from './exec-system.ts';
import { op } from './opcode-spec.ts';
import type { OpEntry } from './opcode-types.ts';

const UD: OpEntry = op('(bad)', '', undefinedOp);
const ARITH = ['add', 'mul', 'com', 'comp', 'sub', 'subr', 'div', 'divr'];

/// Memory-form entries by reg for each escape byte.
function memForms(esc: number): (OpEntry | null)[] {
  const m = (name: string, exec: (typeof fpu)['loadMem']) => op(name, 'M', exec);
  switch (esc) {
    case 0xd8:
      return ARITH.map((n) => m(`f${n}s`, fpu.arithMem));
    case 0xda:
      return ARITH.map((n) => m(`fi${n}l`, fpu.arithMem));
    case 0xdc:
      return ARITH.map((n) => m(`f${n}l`, fpu.arithMem));
    case 0xde:
      return ARITH.map((n) => m(`fi${n}s`, fpu.arithMem));
    case 0xd9:
      return [
        m('flds', fpu.loadMem),
        null,
        m('fsts', fpu.storeReal),
        m('fstps', fpu.storeReal),
        m('fldenv', fpu.environment),
        m('fldcw', fpu.controlWord),
        m('fnstenv', fpu.environment),
        m('fnstcw', fpu.controlWord),
      ];
    case 0xdb:
      return [
        m('fildl', fpu.loadMem),
        m('fisttpl', fpu.storeInt),
        m('fistl', fpu.storeInt),
        m('fistpl', fpu.storeInt),
        null,
        m('fldt', fpu.loadMem),
        null,
        m('fstpt', fpu.storeReal),
      ];
    case 0xdd:
      return [
        m('fldl', fpu.loadMem),
        m('fisttpll', fpu.storeInt),
        m('fstl', fpu.storeReal),
        m('fstpl', fpu.storeReal),
        null,
        null,
        null,
        m('fnstsw', fpu.controlWord),
      ];
    default:
      return [
        m('filds', fpu.loadMem),
        m('fisttps', fpu.storeInt),
        m('fists', fpu.storeInt),
        m('fistps', fpu.storeInt),
        null,
        m('fildll', fpu.loadMem),
        null,
        m('fistpll', fpu.storeInt),
      ];
  }
}

/// Register-form entries (64 per escape byte), indexed reg * 8 + rm.
function regForms(esc: number): (OpEntry | null)[] {
  const t: (OpEntry | null)[] = new Array<OpEntry | null>(64).fill(null);
  const each = (reg: number, name: string, spec: string, exec: (typeof fpu)['fxch']) => {
    for (let k = 0; k < 8; k++) t[reg * 8 + k] = op(name, spec, exec);
  };
  switch (esc) {
    case 0xd8:
      ARITH.forEach((n, r) => each(r, `f${n}`, r === 2 || r === 3 ? 'T' : 'P,T', fpu.arithSt0));
      break;
    case 0xdc:
      ['add', 'mul', null, null, 'sub', 'subr', 'div', 'divr'].forEach(
        (n, r) => n && each(r, `f${n}`, 'T,P', fpu.arithSti),
      );
      break;
    case 0xde:
      ['addp', 'mulp', null, null, 'subp', 'subrp', 'divp', 'divrp'].forEach(
        (n, r) => n && each(r, `f${n}`, 'T,P', fpu.arithSti),
      );
      t[3 * 8 + 1] = op('fcompp', '', fpu.arithSti);
      break;
    case 0xd9:
      each(0, 'fld', 'T', fpu.loadSt);
      each(1, 'fxch', 'T', fpu.fxch);
      t[2 * 8] = op('fnop', '', fpu.unary);
      ['fchs', 'fabs', null, null, 'ftst', 'fxam', null, null].forEach(
        (n, k) => n && (t[32 + k] = op(n, '', fpu.unary)),
      );
      ['fld1', 'fldl2t', 'fldl2e', 'fldpi', 'fldlg2', 'fldln2', 'fldz'].forEach(
        (n, k) => (t[40 + k] = op(n, '', fpu.loadConstant)),
      );
      [
        'f2xm1',
        'fyl2x',
        'fptan',
        'fpatan',
        'fxtract',
        'fprem1',
        'fdecstp',
        'fincstp',
        'fprem',
        'fyl2xp1',
        'fsqrt',
        'fsincos',
        'frndint',
        'fscale',
        'fsin',
        'fcos',
      ].forEach((n, k) => (t[48 + k] = op(n, '', fpu.unary)));
      break;
    case 0xda:
      ['fcmovb', 'fcmove', 'fcmovbe', 'fcmovu'].forEach((n, r) => each(r, n, 'P,T', fpu.fcmov));
      t[5 * 8 + 1] = op('fucompp', '', fpu.fucom);
      break;
    case 0xdb:
      ['fcmovnb', 'fcmovne', 'fcmovnbe', 'fcmovnu'].forEach((n, r) => each(r, n, 'P,T', fpu.fcmov));
      t[4 * 8 + 2] = op('fnclex', '', fpu.control);
      t[4 * 8 + 3] = op('fninit', '', fpu.control);
      each(5, 'fucomi', 'P,T', fpu.fcomi);
      each(6, 'fcomi', 'P,T', fpu.fcomi);
      break;
    case 0xdd:
      each(0, 'ffree', 'T', fpu.storeSt);
      each(2, 'fst', 'T', fpu.storeSt);
      each(3, 'fstp', 'T', fpu.storeSt);
      each(4, 'fucom', 'T', fpu.fucom);
      each(5, 'fucomp', 'T', fpu.fucom);
      break;
    default:
      t[4 * 8] = op('fnstsw', 'ax', fpu.controlWord);
      each(5, 'fucomip', 'P,T', fpu.fcomi);
      each(6, 'fcomip', 'P,T', fpu.fcomi);
  }
  return t;
}

function escape(esc: number): OpEntry {
  const mem = memForms(esc).map((e) => e ?? UD);
  return op('', 'M', undefinedOp, { group: mem, regForms: regForms(esc).map((e) => e ?? UD) });
}

/// Entries for D8..DF.
export const FPU_ENTRIES: readonly OpEntry[] = [0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf].map(
  escape,
);
