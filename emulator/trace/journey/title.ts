/// Names a journey for lists and headings, from its facts only: a syscall by the function the
/// table sent it to and its first argument's text (`sys_MyPrintK("hello") · syscall 338 via
/// sysenter`), an interrupt by its IRQ line and vector (`IRQ 0 (timer) · vector 0x20 in user
/// code`).
import type { JourneyFacts, JourneyTrace } from './format.ts';

/// What the PC's IRQ lines are wired to (emulator/board/pc.ts).
const IRQ_DEVICES: Readonly<Record<number, string>> = { 0: 'timer', 4: 'COM1' };

/// `IRQ 0 (timer)`, or `IRQ ?` when the line is unknown.
export function irqName(irq: number | undefined): string {
  if (irq === undefined || irq < 0) return 'IRQ ?';
  const device = IRQ_DEVICES[irq];
  return device ? `IRQ ${irq} (${device})` : `IRQ ${irq}`;
}

/// How the CPU entered ring 0: `int $0x80`, `sysenter`, `IRQ 0 (timer)`, `exception 14`.
export function entryName(f: JourneyFacts): string {
  if (f.path === 'int80') return 'int $0x80';
  if (f.path === 'sysenter') return 'sysenter';
  if (f.path === 'irq') return irqName(f.irq);
  return `exception ${f.vector}`;
}

/// The journey's display title.
export function journeyTitle(trace: JourneyTrace): string {
  const f = trace.facts;
  const vector = `vector 0x${(f.vector >>> 0).toString(16)}`;
  if (f.path === 'irq') return `${irqName(f.irq)} · ${vector} in user code`;
  const name = f.dispatch?.targetName ?? `syscall ${f.nr}`;
  const arg = f.argStrings[0];
  const text = arg !== null && /^[\x20-\x7e]{1,40}$/.test(arg) ? JSON.stringify(arg) : '…';
  return `${name}(${text}) · syscall ${f.nr} via ${entryName(f)}`;
}
