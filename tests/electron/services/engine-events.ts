// An EngineContext for service tests: a scratch workspace and output folder, and a recorder of
// every event the engine emits, with helpers to wait for one.
import type { LabEventName, LabEvents } from '../../../electron/ipc/lab-api.ts';
import type { EngineContext } from '../../../electron/services/service-registry.ts';

/// One emitted event.
export interface Recorded<K extends LabEventName = LabEventName> {
  readonly name: K;
  readonly payload: LabEvents[K];
}

/// A context whose `emit` records; `of(name)` lists the payloads of one event.
export interface RecordingContext extends EngineContext {
  readonly events: Recorded[];
  of<K extends LabEventName>(name: K): LabEvents[K][];
  /// Resolves with the first payload of `name` (after `from`, an index into `events`) that
  /// satisfies `test`; rejects after `ms`.
  waitFor<K extends LabEventName>(
    name: K,
    test?: (payload: LabEvents[K]) => boolean,
    ms?: number,
    from?: number,
  ): Promise<LabEvents[K]>;
}

/// Makes a recording context over `workspaceRoot` and `outputDir`.
export function recordingContext(workspaceRoot: string, outputDir: string): RecordingContext {
  const events: Recorded[] = [];
  const of = <K extends LabEventName>(name: K) =>
    events.filter((e) => e.name === name).map((e) => e.payload as LabEvents[K]);
  return {
    workspaceRoot,
    outputDir,
    events,
    emit: (name, payload) => void events.push({ name, payload } as Recorded),
    of,
    async waitFor(name, test = () => true, ms = 60_000, from = 0) {
      const end = Date.now() + ms;
      for (;;) {
        const hit = events
          .slice(from)
          .find((e) => e.name === name && test(e.payload as LabEvents[typeof name]));
        if (hit) return hit.payload as LabEvents[typeof name];
        if (Date.now() > end) throw new Error(`no '${name}' event matching within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

/// Everything the machine printed so far.
export function serialText(ctx: RecordingContext): string {
  return ctx
    .of('machine:serial')
    .map((s) => s.text)
    .join('');
}
