import { AF, CF, OF, PF, SF, ZF, undefinedFlags, type FlagContext } from './flag-masks.ts';
import type { ObjdumpInsn } from './objdump-map.ts';

/// Which flags are undefined at a point of execution, carried from instruction to instruction:
/// an instruction that leaves a flag undefined poisons it until one defines it again, and a
/// flags image pushed while some were undefined poisons those bits of the register it is
/// popped into ("taint"), so lockstep does not report what the manuals do not define.
export class FlagTracker {
  /// Arithmetic flags currently undefined.
  undef = 0;
  /// Undefined flags at the last pushf or interrupt (what a later popf/iret/pop brings back).
  pushedUndef = 0;
  /// Per register (EAX..EDI encoding order): bits allowed to differ.
  readonly taint = [0, 0, 0, 0, 0, 0, 0, 0];

  /// An interrupt or exception pushed EFLAGS.
  onInterrupt(): void {
    this.pushedUndef = this.undef;
  }

  /// Updates the state for one executed instruction; `ecx` is ECX before it ran.
  onInstruction(insn: ObjdumpInsn | undefined, ecx: number): void {
    if (!insn) return;
    const { mnemonic, size, operands } = parseInsn(insn.text);
    if (mnemonic === 'pushf') this.pushedUndef = this.undef;
    else if (mnemonic === 'popf') this.undef = 0;
    else if (mnemonic === 'iret') this.undef = this.pushedUndef;
    else if (mnemonic === 'pop') this.taintPop(operands);
    else
      this.undef = nextUndefined(this.undef, { mnemonic, size, count: shiftCount(operands, ecx) });
  }

  private taintPop(operands: string[]): void {
    const reg = REG32.indexOf(operands[0] ?? '');
    if (reg >= 0) this.taint[reg] = this.pushedUndef;
  }
}

const REG32 = ['%eax', '%ecx', '%edx', '%ebx', '%esp', '%ebp', '%esi', '%edi'];
const REG16 = new Set(['%ax', '%cx', '%dx', '%bx', '%sp', '%bp', '%si', '%di']);
const REG8 = new Set(['%al', '%cl', '%dl', '%bl', '%ah', '%ch', '%dh', '%bh']);
const PREFIXES = new Set('rep repz repnz repe repne lock data16 addr16'.split(' '));
const BASES = new Set(
  'add adc sub sbb cmp neg and or xor test inc dec mul imul div idiv shl sal shr sar rol ror rcl rcr shld shrd bt bts btr btc bsf bsr xadd cmpxchg pop push not mov'.split(
    ' ',
  ),
);

/// Mnemonic without prefixes and AT&T size suffix, the operand size and the operands.
export function parseInsn(text: string): {
  mnemonic: string;
  size: 8 | 16 | 32;
  operands: string[];
} {
  const words = text.split(' ');
  while (words.length > 1 && PREFIXES.has(words[0])) words.shift();
  let mnemonic = words[0];
  const operands = (words[1] ?? '').split(/,(?![^(]*\))/).filter((o) => o !== '');
  let size: 8 | 16 | 32 = 32;
  const last = operands[operands.length - 1] ?? '';
  if (REG8.has(last)) size = 8;
  else if (REG16.has(last)) size = 16;
  const suffix = mnemonic.slice(-1);
  if (!BASES.has(mnemonic) && BASES.has(mnemonic.slice(0, -1)) && 'bwl'.includes(suffix)) {
    mnemonic = mnemonic.slice(0, -1);
    size = suffix === 'b' ? 8 : suffix === 'w' ? 16 : 32;
  }
  if (/^(cmps|scas)[bwl]?$/.test(mnemonic)) mnemonic = 'cmp';
  if (/^(pushf|popf|iret)[lw]?$/.test(mnemonic)) mnemonic = mnemonic.replace(/[lw]$/, '');
  return { mnemonic, size, operands };
}

/// The count a shift or rotate uses: an immediate, CL, or 1 when there is no count operand.
function shiftCount(operands: string[], ecx: number): number {
  const first = operands[0] ?? '';
  if (first.startsWith('$')) return parseInt(first.slice(1), 16);
  if (first === '%cl') return ecx & 0xff;
  return 1;
}

const FCOMI = new Set(['fcomi', 'fcomip', 'fucomi', 'fucomip']);
const WRITES_ALL = new Set(
  'add adc sub sbb cmp neg and or xor test mul imul div idiv bsf bsr daa das aaa aas aam aad xadd cmpxchg'.split(
    ' ',
  ),
);

function nextUndefined(undef: number, ctx: FlagContext): number {
  const m = ctx.mnemonic;
  if (WRITES_ALL.has(m))
    return undefinedFlags({ ...ctx, mnemonic: m === 'xadd' ? 'add' : m === 'cmpxchg' ? 'cmp' : m });
  if (['shl', 'sal', 'shr', 'sar', 'shld', 'shrd'].includes(m)) {
    return (ctx.count ?? 1) % 32 === 0 ? undef : undefinedFlags(ctx);
  }
  if (['rol', 'ror', 'rcl', 'rcr'].includes(m)) {
    return (ctx.count ?? 1) % 32 === 0 ? undef : (undef & ~(CF | OF)) | undefinedFlags(ctx);
  }
  if (FCOMI.has(m)) return undefinedFlags(ctx);
  if (m === 'inc' || m === 'dec') return undef & CF;
  if (['bt', 'bts', 'btr', 'btc'].includes(m)) return (undef & ZF) | OF | SF | AF | PF;
  if (m === 'sahf') return undef & OF;
  if (['clc', 'stc', 'cmc'].includes(m)) return undef & ~CF;
  if (['lar', 'lsl', 'verr', 'verw', 'cmpxchg8b'].includes(m)) return undef & ~ZF;
  return undef;
}
