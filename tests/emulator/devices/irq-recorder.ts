// Test support: an IRQ line that records its level changes (the devices' only view of the PIC).
import type { IrqLine } from '../../../emulator/board/irq.ts';

/// A line whose `level` and `edges` (rising edges seen) can be checked.
export class RecordingLine implements IrqLine {
  level = false;
  edges = 0;
  raise(): void {
    if (!this.level) this.edges++;
    this.level = true;
  }
  lower(): void {
    this.level = false;
  }
}
