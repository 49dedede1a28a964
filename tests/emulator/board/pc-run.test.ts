import { describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';

const ok = oracleAvailable('gcc', 'ld');

// Programs PIT channel 0 at ~100 Hz and halts with interrupts on, counting ticks; exits after 5.
const TIMER = `
main:
  lidt idtr
  mov $0x11, %al; out %al, $0x20; mov $0x20, %al; out %al, $0x21
  mov $4, %al; out %al, $0x21; mov $1, %al; out %al, $0x21; mov $0xfe, %al; out %al, $0x21
  mov $0x34, %al; out %al, $0x43; mov $0x9c, %al; out %al, $0x40; mov $0x2e, %al; out %al, $0x40
  mov $irq0, %eax
  mov %ax, idt + 0x100
  movw $0x08, idt + 0x102
  movw $0x8e00, idt + 0x104
  shr $16, %eax
  mov %ax, idt + 0x106
  sti
1:hlt
  cmpl $5, ticks
  jb 1b
  mov ticks, %eax
  call puthex
  ret
irq0:
  incl ticks
  push %eax; mov $0x20, %al; out %al, $0x20; pop %eax
  iret
  .data
idtr: .word 0x7ff
  .long idt
ticks: .long 0
  .bss
idt: .space 0x800
`.replace(/; /g, '\n  ');

describe.skipIf(!ok)('PC run loop and clocks', () => {
  it('fast-forwards HLT to the next timer interrupt in deterministic mode', () => {
    const steps: number[] = [];
    const { serial, result, pc } = runGuest(buildGuest(TIMER), 100_000_000, {}, undefined, (m) =>
      m.on('irq', (e) => steps.push(e.icount)),
    );
    expect(result.reason).toBe('exit');
    expect(serial).toBe('00000005');
    // Five 10 ms periods of guest time at one nanosecond per instruction: the guest clock ran
    // past 50 ms although the CPU executed only a few hundred instructions.
    expect(pc.cpuState().icount).toBeGreaterThan(50_000_000);
    expect(steps.length).toBe(5);
    expect(steps[4] - steps[3]).toBeGreaterThan(9_900_000);
  });

  it("returns 'idle' for HLT with interrupts off, without burning the budget", () => {
    const { result } = runGuest(buildGuest('main:\n  cli\n  hlt\n'), 1_000_000);
    expect(result.reason).toBe('idle');
    expect(result.instructions).toBeLessThan(100);
  });

  it("returns 'idle' in real time while the timer is not yet due, and says how long to sleep", () => {
    let now = 0;
    const { result, pc } = runGuest(buildGuest(TIMER), 10_000_000, {
      clock: 'realtime',
      hostMs: () => now,
    });
    expect(result.reason).toBe('idle');
    const wait = pc.msUntilNextEvent();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(10.1);
    let serial = '';
    pc.on('serial:out', ({ bytes }) => (serial += new TextDecoder().decode(bytes)));
    for (let k = 0; k < 10 && serial === ''; k++) {
      now += 10;
      pc.run(1_000_000);
    }
    expect(serial).toBe('00000005');
  });
});
