/// The narrow interface a device uses to signal an interrupt: it never calls the PIC itself.

/// One interrupt request line, as wired by the board.
export interface IrqLine {
  /// Drives the line high (edge-triggered PICs latch the rising edge).
  raise(): void;
  /// Drives the line low.
  lower(): void;
}

/// The CPU's view of its interrupt controller.
export interface InterruptController {
  /// True when an unmasked request is pending (INTR asserted).
  hasInterrupt(): boolean;
  /// Acknowledges the highest-priority request and returns its vector (INTA cycle), or -1.
  acknowledge(): number;
  /// IRQ number of the last acknowledged vector (for trace events), or -1.
  lastIrq(): number;
}
