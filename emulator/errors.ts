/// Errors raised by the emulator to its host (never to the guest: the guest sees exceptions).
/// Every one carries a location: the guest CS:EIP (and vector when known) for machine faults, or
/// the file and byte offset for a malformed input such as a kernel image.

/// Base class: a message plus a printable location, the house LocatedError style.
export class LocatedError extends Error {
  /// @param location printed before the message, e.g. `cs=0008 eip=c0100010 vector=13`
  constructor(
    message: string,
    readonly location: string,
  ) {
    super(`${location}: ${message}`);
    this.name = new.target.name;
  }
}

/// A failure tied to guest state (for example a triple fault), located by CS:EIP and vector.
export class MachineError extends LocatedError {
  constructor(
    message: string,
    readonly cs: number,
    readonly eip: number,
    readonly vector = -1,
  ) {
    super(message, machineLocation(cs, eip, vector));
  }
}

/// A malformed input file (kernel ELF, module, snapshot), located by file name and byte offset.
export class ImageError extends LocatedError {
  constructor(
    message: string,
    readonly file: string,
    readonly offset: number,
  ) {
    super(message, `${file}:0x${offset.toString(16)}`);
  }
}

/// Formats `cs=XXXX eip=XXXXXXXX [vector=N]` as every machine message does.
export function machineLocation(cs: number, eip: number, vector = -1): string {
  const base = `cs=${hex(cs, 4)} eip=${hex(eip, 8)}`;
  return vector >= 0 ? `${base} vector=${vector}` : base;
}

/// Zero-padded lower-case hex of an unsigned value.
export function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, '0');
}
