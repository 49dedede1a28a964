/// The two-byte opcode map (0F xx, Intel SDM vol. 2, table A-3) for i686 integer code.
import * as bit from './exec-bit.ts';
import * as ctl from './exec-control.ts';
import * as md from './exec-muldiv.ts';
import * as mov from './exec-mov.ts';
import * as sh from './exec-shift.ts';
import * as stk from './exec-stack.ts';
import * as sys from './exec-system.ts';
import { JCC, UNDEFINED } from './opcodes-one-byte.ts';
import { group, op } from './opcode-spec.ts';
import type { OpEntry } from './opcode-types.ts';

const CC = JCC.map((n) => n.slice(1));

function build(): OpEntry[] {
  const t: OpEntry[] = new Array<OpEntry>(256).fill(UNDEFINED);
  t[0x00] = op('', 'Ew', sys.group6, {
    group: group(
      ['sldt', 'str', 'lldt', 'ltr', 'verr', 'verw', null, null].map((n) =>
        n ? op(n, 'Ew', sys.group6) : null,
      ),
      UNDEFINED,
    ),
  });
  t[0x01] = op('', 'M', sys.group7, {
    group: group(
      [
        op('sgdtl|sgdt', 'M', sys.group7),
        op('sidtl|sidt', 'M', sys.group7),
        op('lgdtl|lgdt', 'M', sys.group7),
        op('lidtl|lidt', 'M', sys.group7),
        op('smsw', 'Ew', sys.group7),
        null,
        op('lmsw', 'Ew', sys.group7),
        op('invlpg', 'M', sys.group7),
      ],
      UNDEFINED,
    ),
  });
  t[0x02] = op('lar', 'Gv,Ew', sys.larLsl);
  t[0x03] = op('lsl', 'Gv,Ew', sys.larLsl);
  t[0x06] = op('clts', '', sys.clts);
  t[0x08] = op('invd', '', sys.cacheFlush);
  t[0x09] = op('wbinvd', '', sys.cacheFlush);
  t[0x0b] = op('ud2', '', sys.undefinedOp);
  t[0xb9] = op('ud1', 'Gv,Ev', sys.undefinedOp);
  t[0xff] = op('ud0', 'Gv,Ev', sys.undefinedOp);
  for (let k = 0x18; k <= 0x1f; k++) t[k] = op('nop', 'Ev', mov.nop);
  t[0x20] = op('mov', 'Rd,Cd', sys.movFromCr, { size: 32 });
  t[0x21] = op('mov', 'Rd,Dd', sys.movDr, { size: 32 });
  t[0x22] = op('mov', 'Cd,Rd', sys.movToCr, { size: 32 });
  t[0x23] = op('mov', 'Dd,Rd', sys.movDr, { size: 32 });
  t[0x30] = op('wrmsr', '', sys.wrmsr);
  t[0x31] = op('rdtsc', '', sys.rdtsc);
  t[0x32] = op('rdmsr', '', sys.rdmsr);
  t[0x34] = op('sysenter', '', sys.sysenterOp);
  t[0x35] = op('sysexit', '', sys.sysexitOp);
  for (let c = 0; c < 16; c++) {
    t[0x40 + c] = op(`cmov${CC[c]}`, 'Gv,Ev', bit.cmovcc);
    t[0x80 + c] = op(JCC[c], 'Jz', ctl.jcc);
    t[0x90 + c] = op(`set${CC[c]}`, 'Eb', bit.setcc);
  }
  t[0xa0] = op('push', 'fs', stk.pushSeg, { size: 0 });
  t[0xa1] = op('pop', 'fs', stk.popSeg, { size: 0 });
  t[0xa2] = op('cpuid', '', sys.cpuid);
  t[0xa3] = op('bt', 'Ev,Gv', bit.bitReg);
  t[0xa4] = op('shld', 'Ev,Gv,Ib', sh.doubleShift);
  t[0xa5] = op('shld', 'Ev,Gv,cl', sh.doubleShift);
  t[0xa8] = op('push', 'gs', stk.pushSeg, { size: 0 });
  t[0xa9] = op('pop', 'gs', stk.popSeg, { size: 0 });
  t[0xab] = op('bts', 'Ev,Gv', bit.bitReg);
  t[0xac] = op('shrd', 'Ev,Gv,Ib', sh.doubleShift);
  t[0xad] = op('shrd', 'Ev,Gv,cl', sh.doubleShift);
  t[0xaf] = op('imul', 'Gv,Ev', md.imul2);
  t[0xb0] = op('cmpxchg', 'Eb,Gb', mov.cmpxchg);
  t[0xb1] = op('cmpxchg', 'Ev,Gv', mov.cmpxchg);
  t[0xb2] = op('lss', 'Gv,M', sys.loadFarPointer);
  t[0xb3] = op('btr', 'Ev,Gv', bit.bitReg);
  t[0xb4] = op('lfs', 'Gv,M', sys.loadFarPointer);
  t[0xb5] = op('lgs', 'Gv,M', sys.loadFarPointer);
  t[0xb6] = op('movzb', 'Gv,Eb', mov.movzx, { size: 0 });
  t[0xb7] = op('movzw', 'Gv,Ew', mov.movzx, { size: 0 });
  t[0xba] = op('', 'Ev,Ib', bit.bitImm, {
    group: group(
      [
        null,
        null,
        null,
        null,
        ...['bt', 'bts', 'btr', 'btc'].map((n) => op(n, 'Ev,Ib', bit.bitImm)),
      ],
      UNDEFINED,
    ),
  });
  t[0xbb] = op('btc', 'Ev,Gv', bit.bitReg);
  t[0xbc] = op('bsf', 'Gv,Ev', bit.bitScan);
  t[0xbd] = op('bsr', 'Gv,Ev', bit.bitScan);
  t[0xbe] = op('movsb', 'Gv,Eb', mov.movsx, { size: 0 });
  t[0xbf] = op('movsw', 'Gv,Ew', mov.movsx, { size: 0 });
  t[0xc0] = op('xadd', 'Eb,Gb', mov.xadd);
  t[0xc1] = op('xadd', 'Ev,Gv', mov.xadd);
  t[0xc7] = op('', 'M', mov.cmpxchg8b, {
    group: group(
      [null, op('cmpxchg8b', 'Mq', mov.cmpxchg8b), null, null, null, null, null, null],
      UNDEFINED,
    ),
  });
  for (let r = 0; r < 8; r++) t[0xc8 + r] = op('bswap', 'Zd', bit.bswap, { size: 32 });
  return t;
}

/// Entries for 0F 00 - 0F FF.
export const TWO_BYTE: readonly OpEntry[] = build();
