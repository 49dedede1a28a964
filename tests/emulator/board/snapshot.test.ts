import { describe, expect, it } from 'vitest';
import { PC } from '../../../emulator/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest } from '../support/guest.ts';

const ok = oracleAvailable('gcc', 'ld');

// A guest that programs the PIT at ~1 kHz, counts timer interrupts in its IRQ0 handler while it
// computes a checksum, and prints both: the output depends on exactly when interrupts arrive.
const GUEST = `
main:
  lidt idtr
  mov $0x11, %al
  out %al, $0x20
  mov $0x20, %al
  out %al, $0x21
  mov $4, %al
  out %al, $0x21
  mov $1, %al
  out %al, $0x21
  mov $0xfe, %al
  out %al, $0x21
  mov $0x34, %al
  out %al, $0x43
  mov $0xa9, %al
  out %al, $0x40
  mov $0x04, %al
  out %al, $0x40
  mov $irq0, %eax
  mov %ax, idt + 0x20 * 8
  movw $0x08, idt + 0x20 * 8 + 2
  movw $0x8e00, idt + 0x20 * 8 + 4
  shr $16, %eax
  mov %ax, idt + 0x20 * 8 + 6
  sti
  xor %eax, %eax
  mov $3000000, %ecx
1:imul $31, %eax, %eax
  add %ecx, %eax
  xor ticks, %eax
  loop 1b
  call puthex
  mov ticks, %eax
  call puthex
  ret
irq0:
  push %eax
  incl ticks
  mov $0x20, %al
  out %al, $0x20
  pop %eax
  iret
  .data
idtr: .word 256 * 8 - 1
  .long idt
ticks: .long 0
  .bss
idt: .space 256 * 8
`;

function boot(elf: Uint8Array): { pc: PC; out: () => string } {
  const pc = new PC({ memoryBytes: 16 << 20, clock: 'deterministic' });
  let text = '';
  pc.on('serial:out', ({ bytes }) => (text += new TextDecoder().decode(bytes)));
  pc.loadMultiboot(elf);
  return { pc, out: () => text };
}

describe.skipIf(!ok)('snapshot and restore', () => {
  it('restore + rerun reproduces the same output and CPU state exactly', () => {
    const elf = buildGuest(GUEST);
    const a = boot(elf);
    expect(a.pc.run(5_000_000).reason).toBe('budget');
    const snap = structuredClone(a.pc.snapshot());
    const first = a.pc.run(100_000_000);
    expect(first.reason).toBe('exit');
    const stateA = a.pc.cpuState();
    const outA = a.out();
    expect(outA).toMatch(/^[0-9a-f]{16}$/);
    expect(parseInt(outA.slice(8), 16)).toBeGreaterThan(5);

    const b = boot(elf);
    b.pc.restore(snap);
    const second = b.pc.run(100_000_000);
    expect(second).toEqual(first);
    expect(b.pc.cpuState()).toEqual(stateA);
    expect(b.out()).toBe(outA);

    // Restoring into the same machine again reproduces it too.
    a.pc.restore(snap);
    let again = '';
    a.pc.on('serial:out', ({ bytes }) => (again += new TextDecoder().decode(bytes)));
    expect(a.pc.run(100_000_000)).toEqual(first);
    expect(again).toBe(outA);
  });

  it('rejects a snapshot of a different RAM size with a clear message', () => {
    const small = new PC({ memoryBytes: 4 << 20 });
    const big = new PC({ memoryBytes: 8 << 20 });
    expect(() => big.restore(small.snapshot())).toThrow(/cannot restore/);
  });
});
