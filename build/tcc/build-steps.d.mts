// Types for build-steps.mjs (a plain ESM script so that it runs from `npm install` without tsx).

/** A build step that failed: the step's name tells the user what to look at. */
export declare class StepError extends Error {
  constructor(step: string, detail: string, hint?: string);
  readonly step: string;
}

/** Prints one progress line to stderr. */
export declare function log(message: string): void;

/** Runs one named step; any failure becomes a StepError naming it (with an optional hint). */
export declare function step<T>(name: string, fn: () => T | Promise<T>, hint?: string): Promise<T>;
