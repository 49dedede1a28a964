import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGuest, type GuestImage } from '../../support/guest-build.ts';
import { F_ALL } from './flag-masks.ts';
import { kernelLinkerScript, kernelsDir, runtimeSources } from './kernels.ts';
import type { RandomCase } from './random-gen.ts';

/// DF is compared too: string instructions and std/cld cases depend on it.
const COMPARED_FLAGS = F_ALL | 0x400;
const REG_NAMES = ['eax', 'ecx', 'edx', 'ebx', 'esi', 'edi'] as const;

function hex(v: number): string {
  return `0x${(v >>> 0).toString(16)}`;
}

/// GNU as text of one case: load registers, run `pre`, load EFLAGS, run the instruction, record.
function caseSource(c: RandomCase): string {
  const loads = c.regs.map((v, i) => `movl $${hex(v)},%${REG_NAMES[i]}`).join('; ');
  return [
    `/* case ${c.index}: ${c.insn} */`,
    c.memory ? '\tcall reset_buffers' : '',
    `\t${loads}`,
    c.pre ? `\t${c.pre}` : '',
    `\tpushl $${hex(c.flagsIn)}; popfl`,
    `\t${c.insn}`,
    `\tpushfl; cld; pushal; pushl $${c.index}; call record_case; addl $40, %esp`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/// The generated kernel's main file: every case in a row, inside kmain.
export function randomKernelSource(cases: readonly RandomCase[]): string {
  const body = cases.map(caseSource).join('\n');
  return `\t.text\n\t.globl kmain\nkmain:\n\tpushl %ebx; pushl %esi; pushl %edi; pushl %ebp\n${body}\n\tpopl %ebp; popl %edi; popl %esi; popl %ebx\n\txorl %eax, %eax\n\tret\n`;
}

/// Builds the kernel that runs `cases` (the runtime plus kernels/random/record.c).
export function buildRandomKernel(name: string, cases: readonly RandomCase[]): Promise<GuestImage> {
  const record = join(kernelsDir, 'random/record.c');
  return buildGuest({
    name,
    sources: [
      ...runtimeSources(),
      { name: 'record.c', text: readFileSync(record, 'utf8') },
      { name: `${name}.S`, text: randomKernelSource(cases) },
    ],
    linkerScript: kernelLinkerScript(),
    libgcc: true,
  });
}

/// One recorded case: EAX ECX EDX EBX ESI EDI, EFLAGS, the buffers' hash.
export interface CaseDump {
  readonly regs: readonly number[];
  readonly flags: number;
  readonly memory: number;
}

/// Parses the "R index ..." lines of a transcript.
export function parseDumps(text: string): Map<number, CaseDump> {
  const out = new Map<number, CaseDump>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('R ')) continue;
    const v = line
      .slice(2)
      .trim()
      .split(' ')
      .map((x) => parseInt(x, 16) >>> 0);
    if (v.length !== 9) continue;
    out.set(v[0], { regs: v.slice(1, 7), flags: v[7], memory: v[8] });
  }
  return out;
}

function showDump(d: CaseDump | undefined): string {
  if (!d) return '<missing>';
  const regs = d.regs.map((v, i) => `${REG_NAMES[i]}=${(v >>> 0).toString(16).padStart(8, '0')}`);
  return `${regs.join(' ')} eflags=${d.flags.toString(16).padStart(8, '0')} mem=${d.memory.toString(16)}`;
}

/// Compares one case; returns a report naming the seed, the instruction and both dumps, or null.
export function compareCase(
  seed: number,
  c: RandomCase,
  ref: CaseDump | undefined,
  ours: CaseDump | undefined,
): string | null {
  const diffs: string[] = [];
  if (!ref || !ours) diffs.push(!ref ? 'missing on QEMU' : 'missing on ours');
  else {
    ref.regs.forEach((v, i) => {
      if (!c.undefinedRegs.includes(i) && v !== ours.regs[i]) diffs.push(REG_NAMES[i]);
    });
    const mask = COMPARED_FLAGS & ~c.undefinedFlags;
    const flagDiff = (ref.flags ^ ours.flags) & mask;
    if (flagDiff) diffs.push(`eflags bits ${flagDiff.toString(16)}`);
    if (c.memory && ref.memory !== ours.memory) diffs.push('memory');
  }
  if (diffs.length === 0) return null;
  const setup = c.regs.map((v, i) => `${REG_NAMES[i]}=${(v >>> 0).toString(16)}`).join(' ');
  return [
    `seed ${seed} case ${c.index}: ${c.insn}   (differs: ${diffs.join(', ')})`,
    `  before: ${setup} eflags=${c.flagsIn.toString(16)}${c.pre ? ` pre: ${c.pre}` : ''}`,
    `  QEMU:   ${showDump(ref)}`,
    `  ours:   ${showDump(ours)}`,
    `  ignored: flags ${c.undefinedFlags.toString(16)}${c.undefinedRegs.length ? `, ${c.undefinedRegs.map((i) => REG_NAMES[i]).join(' ')}` : ''}`,
  ].join('\n');
}
