// A guest session for the journey tests: our PC booted in-process (deterministic clock) to the
// shell prompt, then commands typed with the recorder armed; each recorded journey is named with
// the build's own System.map and line table.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DebugInfo } from '../../../build/debuginfo/index.ts';
import { PC } from '../../../emulator/index.ts';
import {
  annotateJourney,
  JourneyRecorder,
  journeySymbols,
  SystemMap,
  type ArmSpec,
  type JourneySymbols,
  type JourneyTrace,
  type RawJourney,
} from '../../../emulator/trace/journey/index.ts';
import type { LabArtifacts } from './lab-artifacts.ts';

/// Instructions a command may take before the session gives up.
const COMMAND_BUDGET = 3e9;

/// A recorded journey, raw and annotated, plus what the test's callback read at its end.
export interface Recorded {
  readonly raw: RawJourney;
  readonly trace: JourneyTrace;
  readonly extra: unknown;
}

/// One booted machine with the lab kernel.
export class JourneySession {
  readonly pc = new PC({ memoryBytes: 64 << 20, clock: 'deterministic' });
  readonly symbols: JourneySymbols;
  readonly map: SystemMap;
  text = '';

  constructor(lab: LabArtifacts, append = '') {
    this.pc.on('serial:out', ({ bytes }) => {
      this.text += Buffer.from(bytes).toString('latin1');
    });
    this.map = new SystemMap(lab.systemMap);
    this.symbols = journeySymbols(DebugInfo.fromElf(lab.vmlinux), this.map, (f) => {
      const p = join(lab.tree, f);
      return existsSync(p) ? readFileSync(p, 'utf8') : null;
    });
    this.pc.loadMultiboot(lab.vmlinux, {
      cmdline: `console=ttyS0 ${append}`.trim(),
      modules: [{ data: lab.initrd, string: 'initrd' }],
    });
    this.until('# ');
  }

  /// Runs until the output after the current position contains `marker`.
  until(marker: string): void {
    const from = this.text.length;
    const stop = this.pc.cpu.icount + COMMAND_BUDGET;
    while (!this.text.slice(from).includes(marker)) {
      const r = this.pc.run(1_000_000);
      if (r.reason === 'exit' || r.reason === 'reset' || this.pc.cpu.icount > stop)
        throw new Error(`no '${marker}' (${r.reason}):\n${this.text.slice(-2000)}`);
    }
  }

  /// Runs while `more()` holds.
  runWhile(more: () => boolean): void {
    const stop = this.pc.cpu.icount + COMMAND_BUDGET;
    while (more()) {
      const r = this.pc.run(100_000);
      if (r.reason === 'exit' || r.reason === 'reset' || this.pc.cpu.icount > stop)
        throw new Error(`machine stopped (${r.reason}):\n${this.text.slice(-2000)}`);
    }
  }

  /// Types `command`, records the first journey matching `spec`, then waits for the prompt
  /// (or, with `waitPrompt` false, only for the journey). `atEnd(pc, raw)` runs when the journey
  /// ends, while its process still runs.
  record(
    command: string,
    spec: ArmSpec,
    atEnd: (pc: PC, raw: RawJourney) => unknown = () => null,
    waitPrompt = true,
  ): Recorded {
    let got: { raw: RawJourney; extra: unknown } | null = null;
    const rec = new JourneyRecorder(this.pc, (raw) => {
      got = { raw, extra: atEnd(this.pc, raw) };
    });
    rec.arm(spec);
    this.pc.serialInput(Buffer.from(`${command}\r`));
    if (waitPrompt) this.until('# ');
    else this.runWhile(() => rec.armed);
    rec.disarm();
    if (!got)
      throw new Error(`'${command}' made no matching transition:\n${this.text.slice(-1500)}`);
    const { raw, extra } = got as { raw: RawJourney; extra: unknown };
    return { raw, trace: annotateJourney(raw, this.symbols, command), extra };
  }
}
