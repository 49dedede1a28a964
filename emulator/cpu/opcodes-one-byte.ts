/// The one-byte opcode map (Intel SDM vol. 2, table A-2): operand specs for the decoder and the
/// disassembler, and the execute function of each opcode. Unlisted bytes are #UD.
import * as alu from './exec-alu.ts';
import * as ctl from './exec-control.ts';
import { FPU_ENTRIES } from './opcodes-fpu.ts';
import * as fpu from './exec-fpu.ts';
import * as md from './exec-muldiv.ts';
import * as mov from './exec-mov.ts';
import * as sh from './exec-shift.ts';
import * as stk from './exec-stack.ts';
import * as str from './exec-string.ts';
import * as sys from './exec-system.ts';
import { group, op } from './opcode-spec.ts';
import type { OpEntry } from './opcode-types.ts';

/// The #UD entry, shared by every undefined encoding.
export const UNDEFINED: OpEntry = op('(bad)', '', sys.undefinedOp);

const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];
const SHIFT = ['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'shl', 'sar'];
const SEGS = ['es', 'cs', 'ss', 'ds'];

function shiftGroup(spec: string, exec: typeof sh.shiftOne): OpEntry {
  return op('', spec, exec, { group: SHIFT.map((n) => op(n, spec, exec)) });
}

function build(): OpEntry[] {
  const t: OpEntry[] = new Array<OpEntry>(256).fill(UNDEFINED);
  for (let k = 0; k < 8; k++) {
    const b = k * 8;
    t[b] = op(ALU[k], 'Eb,Gb', alu.aluEG);
    t[b + 1] = op(ALU[k], 'Ev,Gv', alu.aluEG);
    t[b + 2] = op(ALU[k], 'Gb,Eb', alu.aluGE);
    t[b + 3] = op(ALU[k], 'Gv,Ev', alu.aluGE);
    t[b + 4] = op(ALU[k], 'al,Ib', alu.aluAI);
    t[b + 5] = op(ALU[k], 'eax,Iz', alu.aluAI);
  }
  for (let s = 0; s < 4; s++) {
    t[s * 8 + 6] = op('push', SEGS[s], stk.pushSeg, { size: 0 });
    if (s !== 1) t[s * 8 + 7] = op('pop', SEGS[s], stk.popSeg, { size: 0 });
  }
  t[0x27] = op('daa', '', alu.daaDas);
  t[0x2f] = op('das', '', alu.daaDas);
  t[0x37] = op('aaa', '', alu.aaaAas);
  t[0x3f] = op('aas', '', alu.aaaAas);
  for (let r = 0; r < 8; r++) {
    t[0x40 + r] = op('inc', 'Zv', alu.incReg);
    t[0x48 + r] = op('dec', 'Zv', alu.decReg);
    t[0x50 + r] = op('push', 'Zv', stk.pushReg);
    t[0x58 + r] = op('pop', 'Zv', stk.popReg);
    t[0x70 + r * 2] = op(JCC[r * 2], 'Jb', ctl.jcc);
    t[0x71 + r * 2] = op(JCC[r * 2 + 1], 'Jb', ctl.jcc);
    t[0x91 + r - 1] = r === 0 ? t[0x90] : op('xchg', 'Zv,eax', mov.xchgAx);
    t[0xb0 + r] = op('mov', 'Zb,Ib', mov.movRI);
    t[0xb8 + r] = op('mov', 'Zv,Iv', mov.movRI);
  }
  t[0x60] = op('pushaw|pusha', '', stk.pusha);
  t[0x61] = op('popaw|popa', '', stk.popa);
  t[0x62] = op('bound', 'Gv,M', sys.bound);
  t[0x63] = op('arpl', 'Ew,Gw', sys.arpl, { size: 16 });
  t[0x68] = op('push', 'Iz', stk.pushImm);
  t[0x69] = op('imul', 'Gv,Ev,Iz', md.imul3);
  t[0x6a] = op('push', 'Is', stk.pushImm);
  t[0x6b] = op('imul', 'Gv,Ev,Is', md.imul3);
  t[0x6c] = op('insb', 'Yb,dx', str.stringOp, { size: 8 });
  t[0x6d] = op('insw|insl', 'Yv,dx', str.stringOp, { size: 0 });
  t[0x6e] = op('outsb', 'dx,Xb', str.stringOp, { size: 8 });
  t[0x6f] = op('outsw|outsl', 'dx,Xv', str.stringOp, { size: 0 });
  const grp1 = (spec: string) =>
    op('', spec, alu.aluEI, { group: ALU.map((n) => op(n, spec, alu.aluEI)) });
  t[0x80] = grp1('Eb,Ib');
  t[0x81] = grp1('Ev,Iz');
  t[0x82] = grp1('Eb,Ib');
  t[0x83] = grp1('Ev,Is');
  t[0x84] = op('test', 'Eb,Gb', alu.testEG);
  t[0x85] = op('test', 'Ev,Gv', alu.testEG);
  t[0x86] = op('xchg', 'Eb,Gb', mov.xchgEG);
  t[0x87] = op('xchg', 'Ev,Gv', mov.xchgEG);
  t[0x88] = op('mov', 'Eb,Gb', mov.movEG);
  t[0x89] = op('mov', 'Ev,Gv', mov.movEG);
  t[0x8a] = op('mov', 'Gb,Eb', mov.movGE);
  t[0x8b] = op('mov', 'Gv,Ev', mov.movGE);
  t[0x8c] = op('mov', 'Ew,Sw', sys.movESreg, { size: 0 });
  t[0x8d] = op('lea', 'Gv,M', mov.lea);
  t[0x8e] = op('mov', 'Sw,Ew', sys.movSregE, { size: 16 });
  t[0x8f] = op('', 'Ev', stk.popE, {
    group: group([op('pop', 'Ev', stk.popE)], UNDEFINED).concat(
      new Array<OpEntry>(7).fill(UNDEFINED),
    ),
  });
  t[0x90] = op('nop', '', mov.nop);
  t[0x98] = op('cbtw|cwtl', '', mov.cbw);
  t[0x99] = op('cwtd|cltd', '', mov.cwd);
  t[0x9a] = op('lcall', 'Ap', ctl.farDirect);
  t[0x9b] = op('fwait', '', fpu.fwait);
  t[0x9c] = op('pushfw|pushf', '', stk.pushf);
  t[0x9d] = op('popfw|popf', '', stk.popf);
  t[0x9e] = op('sahf', '', mov.sahf);
  t[0x9f] = op('lahf', '', mov.lahf);
  t[0xa0] = op('mov', 'al,Ob', mov.movMoffs);
  t[0xa1] = op('mov', 'eax,Ov', mov.movMoffs);
  t[0xa2] = op('mov', 'Ob,al', mov.movMoffs, { size: 8 });
  t[0xa3] = op('mov', 'Ov,eax', mov.movMoffs, { size: 0 });
  t[0xa4] = op('movsb', 'Yb,Xb', str.stringOp);
  t[0xa5] = op('movsw|movsl', 'Yv,Xv', str.stringOp);
  t[0xa6] = op('cmpsb', 'Xb,Yb', str.stringOp);
  t[0xa7] = op('cmpsw|cmpsl', 'Xv,Yv', str.stringOp);
  t[0xa8] = op('test', 'al,Ib', alu.testAI);
  t[0xa9] = op('test', 'eax,Iz', alu.testAI);
  t[0xaa] = op('stos', 'Yb,al', str.stringOp);
  t[0xab] = op('stos', 'Yv,eax', str.stringOp);
  t[0xac] = op('lods', 'al,Xb', str.stringOp);
  t[0xad] = op('lods', 'eax,Xv', str.stringOp);
  t[0xae] = op('scas', 'al,Yb', str.stringOp);
  t[0xaf] = op('scas', 'eax,Yv', str.stringOp);
  t[0xc0] = shiftGroup('Eb,Ib', sh.shiftImm);
  t[0xc1] = shiftGroup('Ev,Ib', sh.shiftImm);
  t[0xc2] = op('ret', 'Iw', ctl.ret);
  t[0xc3] = op('ret', '', ctl.ret);
  t[0xc4] = op('les', 'Gv,M', sys.loadFarPointer);
  t[0xc5] = op('lds', 'Gv,M', sys.loadFarPointer);
  t[0xc6] = op('', 'Eb,Ib', mov.movEI, {
    group: [op('mov', 'Eb,Ib', mov.movEI), ...new Array<OpEntry>(7).fill(UNDEFINED)],
  });
  t[0xc7] = op('', 'Ev,Iz', mov.movEI, {
    group: [op('mov', 'Ev,Iz', mov.movEI), ...new Array<OpEntry>(7).fill(UNDEFINED)],
  });
  t[0xc8] = op('enter', 'Iw,Ib', stk.enter);
  t[0xc9] = op('leave', '', stk.leave);
  t[0xca] = op('lret', 'Iw', ctl.retFar);
  t[0xcb] = op('lret', '', ctl.retFar);
  t[0xcc] = op('int3', '', ctl.int3);
  t[0xcd] = op('int', 'Ib', ctl.intN);
  t[0xce] = op('into', '', ctl.into);
  t[0xcf] = op('iretw|iret', '', ctl.iretOp);
  t[0xd0] = shiftGroup('Eb,1', sh.shiftOne);
  t[0xd1] = shiftGroup('Ev,1', sh.shiftOne);
  t[0xd2] = shiftGroup('Eb,cl', sh.shiftCl);
  t[0xd3] = shiftGroup('Ev,cl', sh.shiftCl);
  t[0xd4] = op('aam', 'Ib', alu.aam);
  t[0xd5] = op('aad', 'Ib', alu.aad);
  t[0xd6] = op('salc', '', alu.salc);
  t[0xd7] = op('xlat', 'Xb', mov.xlat);
  for (let k = 0; k < 8; k++) t[0xd8 + k] = FPU_ENTRIES[k];
  t[0xe0] = op('loopne', 'Jb', ctl.loop);
  t[0xe1] = op('loope', 'Jb', ctl.loop);
  t[0xe2] = op('loop', 'Jb', ctl.loop);
  t[0xe3] = op('jecxz', 'Jb', ctl.loop);
  t[0xe4] = op('in', 'al,Ib', sys.inOp, { size: 8 });
  t[0xe5] = op('in', 'eax,Ib', sys.inOp, { size: 0 });
  t[0xe6] = op('out', 'Ib,al', sys.outOp, { size: 8 });
  t[0xe7] = op('out', 'Ib,eax', sys.outOp, { size: 0 });
  t[0xe8] = op('call', 'Jz', ctl.callRel);
  t[0xe9] = op('jmp', 'Jz', ctl.jmpRel);
  t[0xea] = op('ljmp', 'Ap', ctl.farDirect);
  t[0xeb] = op('jmp', 'Jb', ctl.jmpRel);
  t[0xec] = op('in', 'al,dx', sys.inOp, { size: 8 });
  t[0xed] = op('in', 'eax,dx', sys.inOp, { size: 0 });
  t[0xee] = op('out', 'dx,al', sys.outOp, { size: 8 });
  t[0xef] = op('out', 'dx,eax', sys.outOp, { size: 0 });
  t[0xf1] = op('icebp', '', ctl.int1);
  t[0xf4] = op('hlt', '', sys.hlt);
  t[0xf5] = op('cmc', '', alu.carryOps);
  t[0xf6] = unaryGroup('Eb');
  t[0xf7] = unaryGroup('Ev');
  t[0xf8] = op('clc', '', alu.carryOps);
  t[0xf9] = op('stc', '', alu.carryOps);
  t[0xfa] = op('cli', '', sys.cliSti);
  t[0xfb] = op('sti', '', sys.cliSti);
  t[0xfc] = op('cld', '', sys.cldStd);
  t[0xfd] = op('std', '', sys.cldStd);
  t[0xfe] = op('', 'Eb', alu.incE, {
    group: group(
      [op('inc', 'Eb', alu.incE), op('dec', 'Eb', alu.decE)].concat(new Array(6).fill(null)),
      UNDEFINED,
    ),
  });
  t[0xff] = op('', 'Ev', alu.incE, {
    group: group(
      [
        op('inc', 'Ev', alu.incE),
        op('dec', 'Ev', alu.decE),
        op('call', 'Ev', ctl.callE),
        op('lcall', 'Mp', ctl.farIndirect),
        op('jmp', 'Ev', ctl.jmpE),
        op('ljmp', 'Mp', ctl.farIndirect),
        op('push', 'Ev', stk.pushE),
        null,
      ],
      UNDEFINED,
    ),
  });
  return t;
}

/// Jcc mnemonics by condition code (shared with SETcc/CMOVcc naming).
export const JCC = [
  'jo',
  'jno',
  'jb',
  'jae',
  'je',
  'jne',
  'jbe',
  'ja',
  'js',
  'jns',
  'jp',
  'jnp',
  'jl',
  'jge',
  'jle',
  'jg',
];

/// Group 3 (F6/F7): TEST NOT NEG MUL IMUL DIV IDIV.
function unaryGroup(e: string): OpEntry {
  const members = [
    op('test', `${e},I${e === 'Eb' ? 'b' : 'z'}`, alu.testEI),
    op('test', `${e},I${e === 'Eb' ? 'b' : 'z'}`, alu.testEI),
    op('not', e, alu.notE),
    op('neg', e, alu.negE),
    op('mul', e, md.mul),
    op('imul', e, md.imul1),
    op('div', e, md.div),
    op('idiv', e, md.idiv),
  ];
  return op('', e, alu.notE, { group: members });
}

/// Entries for bytes 00-FF (0F is handled by the decoder).
export const ONE_BYTE: readonly OpEntry[] = build();
