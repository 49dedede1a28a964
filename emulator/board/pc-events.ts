/// Connects the CPU's and the port bus's hooks to the machine's event emitter, installing each
/// hook only while someone listens, so tracing costs nothing when it is off.
import type { Cpu } from '../cpu/cpu.ts';
import type { Emitter } from '../trace/emitter.ts';
import type { MachineEvents } from '../trace/events.ts';
import type { IoBus } from './io-bus.ts';
import type { InterruptController } from './irq.ts';

/// Re-evaluates which hooks are needed after the listener set changed.
export function wireCpuEvents(
  cpu: Cpu,
  io: IoBus,
  pic: InterruptController,
  events: Emitter<MachineEvents>,
): void {
  cpu.hooks.privilege = events.has('cpu:privilege')
    ? (cause, vector, before, after) =>
        events.emit('cpu:privilege', { cause, vector, before, after, icount: cpu.icount })
    : null;
  cpu.hooks.exception = events.has('cpu:exception')
    ? (vector, errorCode, cs, eip) =>
        events.emit('cpu:exception', {
          vector,
          errorCode,
          cs,
          eip: eip >>> 0,
          cr2: cpu.cr2 >>> 0,
          icount: cpu.icount,
        })
    : null;
  cpu.hooks.irq = events.has('irq')
    ? (vector) => events.emit('irq', { irq: pic.lastIrq(), vector, icount: cpu.icount })
    : null;
  io.observer = events.has('io')
    ? (port, size, write, value) => events.emit('io', { port, size, write, value: value >>> 0 })
    : null;
}
