// Translated blocks (emulator/cpu/blocks.ts) against the interpreter they replace. With
// EMU_BLOCK_HOT=1 every block is compiled on its first execution, so each test kernel and the
// random-instruction kernels run (almost) entirely as translated code (with 3, the kernels mix
// interpreted and translated runs of the same code); EMU_BLOCK_HOT=0 runs the
// interpreter alone, which the QEMU oracles check. Transcripts, exit codes and the exact
// instruction counts (interrupts land at the same instruction) must match. Small guests check
// self-modifying code inside a block (faults in the middle of blocks: the exceptions, paging
// and user-mode kernels).
import { afterAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildKernel, kernelCases, kernelCmdline } from '../oracle/kernels.ts';
import { runOursIsolated, type OurResult, type OurRunOptions } from '../oracle/our-pc.ts';
import { generateCases } from '../oracle/random-gen.ts';
import { buildRandomKernel } from '../oracle/random-kernel.ts';
import { buildGuest } from '../support/guest.ts';
import { RING3 } from '../support/ring3.ts';

const ok = oracleAvailable('gcc', 'as', 'ld');
const saved = process.env.EMU_BLOCK_HOT;

/// Runs `elf` in a worker (which reads the environment when it starts) with compile threshold
/// `hot`.
function runWith(hot: string, elf: Uint8Array, input?: OurRunOptions['input']): Promise<OurResult> {
  process.env.EMU_BLOCK_HOT = hot;
  return runOursIsolated(elf, { input, cmdline: kernelCmdline }, 120_000);
}

function same(a: OurResult, b: OurResult): void {
  expect(b.text).toBe(a.text);
  expect(b.exitCode).toBe(a.exitCode);
  expect(b.reset).toBe(a.reset);
  expect(b.instructions).toBe(a.instructions);
}

describe.skipIf(!ok)('translated blocks match the interpreter', () => {
  afterAll(() => {
    if (saved === undefined) delete process.env.EMU_BLOCK_HOT;
    else process.env.EMU_BLOCK_HOT = saved;
  });

  it.each(kernelCases.map((k) => [k.name, k] as const))('kernel %s', async (_name, k) => {
    const image = await buildKernel(k.name);
    const interp = await runWith('0', image.elf, k.input);
    same(interp, await runWith('1', image.elf, k.input));
    // Threshold 3: code alternates between interpreted runs and blocks as each gets hot.
    same(interp, await runWith('3', image.elf, k.input));
  });

  it.each([[20261125], [20261129]])('random instructions, seed %i', async (seed) => {
    const image = await buildRandomKernel(`blocks-random-${seed}`, generateCases(seed, 2500));
    same(await runWith('0', image.elf), await runWith('1', image.elf));
  });
});

/// A loop that patches the immediate of an instruction later in its own block: each pass must
/// execute the bytes just written (EAX sums 1..40 = 0x334 when it does).
const SMC = `
main:
  xor %eax, %eax
  mov $1, %ecx
1:
  mov %ecx, patch+1
patch:
  add $0x12345678, %eax
  inc %ecx
  cmp $41, %ecx
  jne 1b
  call puthex
  ret
`;

/// C7 /1 (an undefined member of the MOV Ev,Iz group) must raise #UD, not store (the fast path
/// and the block translator once took any C7 with a memory operand for MOV).
const C7_UD = `
main:
  call setup_ring3
  mov $ud_handler, %eax
  mov $6, %ecx
  mov $0x8e, %dl
  call set_gate
  mov $buf, %eax
  .byte 0xc7, 0x08
  mov $'X', %al
  call putc
  ret
ud_handler:
  mov $'U', %al
  call putc
  mov $'D', %al
  call putc
  mov $0, %al
  jmp exit
  .data
buf: .long 0, 0
  .text
${RING3}`;

describe.skipIf(!ok)('translated blocks: small guests', () => {
  it('raises #UD for C7 /1 in both engines', async () => {
    const elf = buildGuest(C7_UD);
    const interp = await runWith('0', elf);
    expect(interp.text).toBe('UD');
    same(interp, await runWith('1', elf));
  });

  it('runs the bytes a block just wrote into itself', async () => {
    const elf = buildGuest(SMC);
    const interp = await runWith('0', elf);
    expect(interp.text).toBe('00000334');
    same(interp, await runWith('1', elf));
  });
});
