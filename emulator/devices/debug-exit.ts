/// The test-exit device (QEMU isa-debug-exit compatible, port 0xF4): a byte written there ends the
/// run with that byte as the machine's exit code. Port 0x80 (POST codes) is claimed here too and
/// ignored, as the PC's diagnostic port.
import type { IoBus } from '../board/io-bus.ts';

/// Debug-exit port plus the ignored POST port.
export class DebugExit {
  /// `exit` is called with the byte the guest wrote.
  constructor(io: IoBus, port: number, exit: (code: number) => void) {
    io.register(port, 4, null, (_p, v) => exit(v & 0xff));
    io.register(
      0x80,
      1,
      () => 0xff,
      () => {},
    );
  }
}
