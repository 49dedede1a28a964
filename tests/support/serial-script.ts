/// One step of scripted serial input: once the guest has printed `waitFor` (searched after the
/// previous step's match; omitted = at once), `send` is written to the guest's COM1.
export interface SerialStep {
  readonly waitFor?: string;
  readonly send: string;
}

/// Plays a script against a growing transcript: call the returned function with each chunk of
/// guest output (and once with '' at the start); it calls `send` for every step that is due.
/// Shared by the QEMU runner and the runner of our PC so both machines get the same input.
export function serialFeeder(
  steps: readonly SerialStep[],
  send: (text: string) => void,
): (output: string) => void {
  let text = '';
  let next = 0;
  let searchFrom = 0;
  return (output) => {
    text += output;
    while (next < steps.length) {
      const step = steps[next];
      if (step.waitFor !== undefined) {
        const at = text.indexOf(step.waitFor, searchFrom);
        if (at < 0) return;
        searchFrom = at + step.waitFor.length;
      }
      send(step.send);
      next++;
    }
  };
}
