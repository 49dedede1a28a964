import { describe, expect, it } from 'vitest';
import { PC, type ExceptionEvent } from '../../../emulator/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';
import { RING3 } from '../support/ring3.ts';

const ok = oracleAvailable('gcc', 'ld');

/// Runs `body` (ring 0, after setup_ring3) and returns the first exception it raises.
function firstException(body: string): { e: ExceptionEvent; serial: string } {
  const elf = buildGuest(`main:\n  call setup_ring3\n${body}\n  ret\n${RING3}`);
  const seen: ExceptionEvent[] = [];
  const { serial } = runGuest(elf, 1_000_000, {}, undefined, (pc) =>
    pc.on('cpu:exception', (e) => seen.push(e)),
  );
  return { e: seen[0], serial };
}

describe.skipIf(!ok)('CPU exceptions', () => {
  it('#DE on division by zero and on quotient overflow', () => {
    expect(firstException('  xor %ecx, %ecx\n  div %ecx').e).toMatchObject({
      vector: 0,
      errorCode: -1,
    });
    expect(
      firstException('  mov $0x80000000, %eax\n  cdq\n  mov $-1, %ecx\n  idiv %ecx').e.vector,
    ).toBe(0);
  });

  it('#UD for ud2, an unknown opcode, and LOCK on a register form', () => {
    expect(firstException('  ud2').e.vector).toBe(6);
    expect(firstException('  .byte 0x0f, 0x04').e.vector).toBe(6);
    expect(firstException('  .byte 0xf0, 0x01, 0xc0').e.vector).toBe(6);
  });

  it('#GP with a selector error code for a bad segment load', () => {
    expect(firstException('  mov $0x58, %ax\n  mov %ax, %ds').e).toMatchObject({
      vector: 13,
      errorCode: 0x58,
    });
  });

  it('#PF with the error code and CR2 of the faulting access', () => {
    const paging = `
  mov $pd, %eax
  movl $0x83, (%eax)          # 4 MiB page 0: identity, supervisor, writable
  mov %eax, %cr3
  mov %cr4, %eax
  or $0x10, %eax              # CR4.PSE
  mov %eax, %cr4
  mov %cr0, %eax
  or $0x80000000, %eax
  mov %eax, %cr0
  movl $1, 0x00801004         # not mapped
  .bss
  .align 4096
pd: .space 4096
  .text`;
    const { e } = firstException(paging);
    expect(e).toMatchObject({ vector: 14, errorCode: 2, cr2: 0x00801004 });
  });

  it('resets the machine on a triple fault and reports it', () => {
    const elf = buildGuest('main:\n  lidt bad\n  int $3\n  .data\nbad: .word 0\n  .long 0\n');
    const reasons: string[] = [];
    const { result } = runGuest(elf, 100_000, {}, undefined, (pc) =>
      pc.on('machine:reset', (r) => reasons.push(r.reason)),
    );
    expect(result.reason).toBe('reset');
    expect(reasons).toEqual(['triple fault']);
  });
});

describe('robustness', () => {
  it('runs random byte streams without a single host exception', () => {
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 16) & 0xff;
    const reasons = new Set<string>();
    const pc = new PC({ memoryBytes: 4 << 20 });
    for (let k = 0; k < 300; k++) {
      pc.reset();
      pc.memory.u8.fill(0);
      pc.cpu.invalidateCode();
      const code = Uint8Array.from({ length: 256 }, rnd);
      pc.memory.load(0x100000, code);
      pc.cpu.eip = 0x100000;
      pc.cpu.regs[4] = 0x80000;
      reasons.add(pc.run(20_000).reason);
    }
    for (const r of reasons) expect(['budget', 'idle', 'exit', 'reset']).toContain(r);
  });
});
