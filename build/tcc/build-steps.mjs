// Build-step reporting shared by make-tcc-wasm.mjs and debian-source.mjs: each step logs its
// name, and a failure names the step so the user knows what to look at.

/** A build step that failed: the step's name tells the user what to look at. */
export class StepError extends Error {
  constructor(step, detail, hint) {
    super(`step "${step}" failed: ${detail}${hint ? `\n  hint: ${hint}` : ''}`);
    this.name = 'StepError';
    this.step = step;
  }
}

/** Prints one progress line to stderr (npm shows it during install). */
export function log(message) {
  process.stderr.write(`make-tcc-wasm: ${message}\n`);
}

/** Runs one named step; any failure becomes a StepError naming it (with an optional hint). */
export async function step(name, fn, hint) {
  log(name);
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StepError) throw err;
    throw new StepError(name, err instanceof Error ? err.message : String(err), hint);
  }
}
