// Journey recorder benchmark: guest MIPS on the emulator bench's CPU-bound workload with no
// recorder, with a recorder attached but idle (armed once, then disarmed: nothing stays
// installed), and with it armed and waiting (its per-instruction hook keeps the user ring). The
// idle figure must equal the plain one: instrumentation costs nothing when off.
import { PC } from '../../emulator/index.ts';
import { JourneyRecorder } from '../../emulator/trace/journey/index.ts';
import { buildWorkload } from './emulator-workload.ts';
import type { BenchTable } from './table.ts';

const ROUNDS = 400;
const TRIES = 3;

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

/// Best of TRIES for each mode, interleaved so machine load hits them alike.
export async function bench(): Promise<BenchTable> {
  const elf = buildWorkload(ROUNDS);
  const best: Record<Mode, number> = { plain: 0, idle: 0, armed: 0 };
  for (let t = 0; t < TRIES; t++)
    for (const mode of ['plain', 'idle', 'armed'] as const)
      best[mode] = Math.max(best[mode], mips(elf, mode));
  return {
    title: 'journey recorder (guest MIPS, best of 3)',
    rows: [
      {
        metric: 'recorder idle',
        unit: 'MIPS',
        ours: best.idle,
        peers: { 'no recorder': best.plain },
        higherIsBetter: true,
      },
      {
        metric: 'recorder armed, waiting',
        unit: 'MIPS',
        ours: best.armed,
        peers: { 'no recorder': best.plain },
        higherIsBetter: true,
      },
    ],
    notes: [
      'the serial markers come from the guest; the workload makes no syscall, so armed means the hook runs on every instruction',
    ],
  };
}
