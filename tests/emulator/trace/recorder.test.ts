// The journey recorder on a tiny ring-3 guest (tests/emulator/support/ring3.ts): its int $0x80
// handler adds 1000 to EAX, its sysenter handler 2000. The journey's facts must be the guest's
// own values, and an unarmed or disarmed recorder must leave nothing installed in the machine.
import { describe, expect, it } from 'vitest';
import type { PC } from '../../../emulator/index.ts';
import {
  annotateJourney,
  JourneyRecorder,
  journeySymbols,
  SystemMap,
  type ArmSpec,
  type RawJourney,
} from '../../../emulator/trace/journey/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';
import { RING3, SEL } from '../support/ring3.ts';

const ok = oracleAvailable('gcc', 'ld');

// Ring 3 makes one int $0x80 (EAX = 5) and one sysenter (EAX = 6), then spins.
const USER = `
main:
  call setup_ring3
  mov $user, %eax
  jmp to_user
user:
  mov $5, %eax
  mov $0x1234, %ebx
  int $0x80
  mov %eax, %esi
  mov $after, %edx
  mov %esp, %ecx
  mov $6, %eax
  sysenter
after:
  jmp after
${RING3}
`;

/// True when nothing of the recorder is installed in the CPU or on the port bus.
function untouched(pc: PC): boolean {
  const h = pc.cpu.hooks;
  return (
    pc.cpu.stepHook === null &&
    h.privilege === null &&
    h.exception === null &&
    pc.io.observer === null
  );
}

function record(spec: ArmSpec): { pc: PC; journeys: RawJourney[]; rec: JourneyRecorder } {
  const journeys: RawJourney[] = [];
  let rec!: JourneyRecorder;
  const { pc } = runGuest(buildGuest(USER), 100_000, {}, undefined, (machine) => {
    rec = new JourneyRecorder(machine, (j) => journeys.push(j));
    rec.arm(spec);
  });
  return { pc, journeys, rec };
}

const names = journeySymbols(null, new SystemMap(''));

describe.skipIf(!ok)('journey recorder', () => {
  it('records int $0x80 with the gate, the TSS stack and the pushed frame', () => {
    const { pc, journeys, rec } = record({ kind: 'syscall', match: 5 });
    expect(journeys).toHaveLength(1);
    const t = annotateJourney(journeys[0], names, 'int');
    const f = t.facts;
    expect(f).toMatchObject({ path: 'int80', vector: 0x80, nr: 5, returnValue: 1005 });
    expect(f.args[0]).toBe(0x1234);
    expect(f.cplPath).toEqual([3, 0, 3]);
    expect(f.gate).toMatchObject({ vector: 0x80, selector: SEL.kcode, dpl: 3, cpl: 3 });
    expect(f.returnedToCaller).toBe(true);
    const pushes = t.frames.filter((x) => x.stage === 'trap' && x.stack).map((x) => x.stack!);
    expect(pushes.map((p) => p.label)).toEqual(['SS', 'ESP', 'EFLAGS', 'CS', 'EIP']);
    expect(pushes[0].value).toBe(SEL.udata);
    expect(pushes[3].value).toBe(SEL.ucode);
    const int = t.frames.find((x) => x.text === 'int $0x80')!;
    expect(pushes[4].value).toBe(int.address + 2);
    expect(pushes[4].address).toBe(f.stackSwitch!.esp - 20);
    expect(rec.armed).toBe(false);
    expect(untouched(pc)).toBe(true);
  });

  it('records sysenter/sysexit with the MSRs and no CPU pushes', () => {
    const { journeys } = record({ kind: 'syscall', match: 6 });
    const t = annotateJourney(journeys[0], names, 'sysenter');
    expect(t.facts).toMatchObject({ path: 'sysenter', nr: 6, returnValue: 2006 });
    expect(t.facts.stackSwitch).toMatchObject({ source: 'msr', msrCs: SEL.kcode });
    expect(t.frames.some((x) => x.stage === 'trap' && x.stack)).toBe(false);
    expect(t.frames.filter((x) => x.stage === 'return' && x.kind === 'cpu').at(-1)?.regs.cpl).toBe(
      3,
    );
    expect(t.frames.some((x) => x.stage === 'user' && x.text === 'mov $0x6,%eax')).toBe(true);
  });

  it('installs nothing until armed, and nothing after a disarm', () => {
    const { pc } = runGuest(buildGuest(USER), 1000);
    const rec = new JourneyRecorder(pc, () => {});
    expect(untouched(pc)).toBe(true);
    rec.arm({ kind: 'syscall' });
    expect(pc.cpu.stepHook).not.toBeNull();
    rec.disarm();
    expect(untouched(pc)).toBe(true);
    rec.arm({ kind: 'irq', afterOutput: 'never printed' });
    expect(pc.cpu.stepHook).toBeNull();
    rec.disarm();
    expect(untouched(pc)).toBe(true);
  });
});
