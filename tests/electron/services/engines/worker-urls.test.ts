// Which worker scripts the engines start: their own TypeScript bootstraps from source, the
// bundled entries beside the main bundle in the packaged app.
import { describe, expect, it } from 'vitest';
import { BUNDLED_WORKERS, workerUrls } from '../../../../electron/services/engines/worker-urls.ts';

describe('workerUrls', () => {
  it('leaves the engines to their own bootstraps when run from TypeScript', () => {
    expect(workerUrls()).toEqual({});
    expect(workerUrls('file:///repo/electron/services/engines.ts')).toEqual({});
  });

  it('points at the bundled workers beside the main bundle', () => {
    const urls = workerUrls('file:///opt/Syscall%20Lab/resources/app.asar/out/main/index.js');
    expect(urls.tcc?.href).toBe(
      `file:///opt/Syscall%20Lab/resources/app.asar/out/main/${BUNDLED_WORKERS.tcc}`,
    );
    expect(urls.machine?.href).toBe(
      `file:///opt/Syscall%20Lab/resources/app.asar/out/main/${BUNDLED_WORKERS.machine}`,
    );
  });
});
