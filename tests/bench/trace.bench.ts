// Journey recorder benchmark: guest MIPS on the emulator bench's CPU-bound workload with no
// recorder, with a recorder attached but idle (armed once, then disarmed: nothing stays
// installed), and with it armed and waiting (its per-instruction hook keeps the user ring). The
// idle figure must equal the plain one: instrumentation costs nothing when off.
import { PC } from '../../emulator/index.ts';
import { JourneyRecorder } from '../../emulator/trace/journey/index.ts';
import { buildWorkload } from './emulator-workload.ts';
import type { BenchTable } from './table.ts';

const ROUNDS = 250;
const TRIES = 5;

type Mode = 'plain' | 'idle' | 'armed';

/// Guest MIPS between the workload's 'S' and 'E' serial markers.
function mips(elf: Uint8Array, mode: Mode): number {
  const pc = new PC({ memoryBytes: 64 << 20, clock: 'deterministic' });
  let start = 0,
    startCount = 0,
    end = 0,
    endCount = 0;
  pc.on('serial:out', ({ bytes }) => {
    for (const b of bytes) {
      if (b === 0x53) [start, startCount] = [performance.now(), pc.cpu.icount];
      if (b === 0x45) [end, endCount] = [performance.now(), pc.cpu.icount];
    }
  });
  pc.loadMultiboot(elf);
  if (mode !== 'plain') {
    const rec = new JourneyRecorder(pc, () => {});
    rec.arm({ kind: 'syscall', match: 338 });
    if (mode === 'idle') rec.disarm();
  }
  // small slices so serial output is flushed close to the markers
  while (pc.run(200_000).reason === 'budget');
  return (endCount - startCount) / ((end - start) * 1000);
}

/// Best of TRIES for plain and idle (interleaved, before anything ran hooked in this process),
/// then armed, then idle again: V8 shares the CPU loop's compiled code between machines, so a
/// recording made earlier in the same thread can slow the unhooked loop afterwards.
export async function bench(): Promise<BenchTable> {
  const elf = buildWorkload(ROUNDS);
  const best = (mode: Mode) => {
    let b = 0;
    for (let t = 0; t < TRIES; t++) b = Math.max(b, mips(elf, mode));
    return b;
  };
  let plain = 0,
    idle = 0;
  for (let t = 0; t < TRIES; t++) {
    plain = Math.max(plain, mips(elf, 'plain'));
    idle = Math.max(idle, mips(elf, 'idle'));
  }
  const armed = best('armed');
  const idleAfter = best('idle');
  const peers = { 'no recorder': plain };
  return {
    title: 'journey recorder (guest MIPS, best of 5)',
    rows: [
      { metric: 'recorder idle', unit: 'MIPS', ours: idle, peers, higherIsBetter: true },
      { metric: 'recorder armed, waiting', unit: 'MIPS', ours: armed, peers, higherIsBetter: true },
      {
        metric: 'idle after a hooked run',
        unit: 'MIPS',
        ours: idleAfter,
        peers,
        higherIsBetter: true,
      },
    ],
    notes: [
      'the workload makes no syscall, so armed means the hook runs on every instruction',
      'the last row runs in the same thread after hooked runs (shared JIT feedback of the CPU loop)',
    ],
  };
}
