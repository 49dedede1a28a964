// Reading API failures in the renderer. In browser mode they are `LabError`s; through Electron's
// context bridge only an error's message survives, so the preload sends plain `{code, message}`
// objects instead. These helpers read either.
import type { LabErrorCode } from '../../electron/ipc/lab-errors.ts';

/// The error's code, when it carries one.
export function errorCode(err: unknown): LabErrorCode | null {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string')
    return err.code as LabErrorCode;
  return null;
}

/// A message fit to show the learner (`init/main.c: file is 2 MiB, over the 1 MiB limit`).
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string')
    return err.message;
  return String(err);
}
