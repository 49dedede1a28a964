/// The keys `syscall-lab run` itself answers when a terminal is the guest's COM1: in raw mode
/// every byte (Ctrl-C included) goes to the guest, so, as QEMU's `-serial mon:stdio` does, Ctrl-A
/// starts a command: Ctrl-A x quits, Ctrl-A h shows the keys, Ctrl-A Ctrl-A sends one Ctrl-A.

/// The escape byte (Ctrl-A).
export const ESCAPE = 0x01;

/// What a Ctrl-A command asks of the run.
export type ConsoleCommand = 'quit' | 'help';

/// The help line (printed on stderr at the start and for Ctrl-A h).
export const CONSOLE_KEYS_HELP =
  'Ctrl-A x quits, Ctrl-A h shows this, Ctrl-A Ctrl-A sends Ctrl-A; every other key goes to the guest';

/// Typed bytes split into what the guest gets and the commands, in the order they were typed.
export interface KeyResult {
  readonly guest: Uint8Array;
  readonly commands: readonly ConsoleCommand[];
}

/// Splits terminal input into guest bytes and Ctrl-A commands. An escape at the end of one
/// chunk applies to the first byte of the next (terminals deliver keys in any grouping).
export class ConsoleKeys {
  private escaped = false;

  /// Feeds one chunk; bytes after a quit are dropped (the run is ending).
  feed(bytes: Uint8Array): KeyResult {
    const guest: number[] = [];
    const commands: ConsoleCommand[] = [];
    for (const b of bytes) {
      if (!this.escaped) {
        if (b === ESCAPE) this.escaped = true;
        else guest.push(b);
        continue;
      }
      this.escaped = false;
      const key = String.fromCharCode(b).toLowerCase();
      if (b === ESCAPE) guest.push(ESCAPE);
      else if (key === 'x') {
        commands.push('quit');
        break;
      } else if (key === 'h' || key === '?') commands.push('help');
      // any other key after Ctrl-A is swallowed, as in QEMU
    }
    return { guest: Uint8Array.from(guest), commands };
  }
}
