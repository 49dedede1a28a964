// Which worker scripts the engines start: their own TypeScript bootstraps from source, the
// bundled entries beside the main bundle in a built app, and those entries' unpacked copies
// (app.asar.unpacked/) in the packaged app.
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_WORKERS,
  unpacked,
  workerUrls,
} from '../../../../electron/services/engines/worker-urls.ts';

describe('workerUrls', () => {
  it('leaves the engines to their own bootstraps when run from TypeScript', () => {
    expect(workerUrls()).toEqual({});
    expect(workerUrls('file:///repo/electron/services/engines.ts')).toEqual({});
  });

  it('points at the bundled workers beside the main bundle of a built app', () => {
    const urls = workerUrls('file:///repo/out/main/index.js');
    expect(urls.tcc?.href).toBe(`file:///repo/out/main/${BUNDLED_WORKERS.tcc}`);
    expect(urls.machine?.href).toBe(`file:///repo/out/main/${BUNDLED_WORKERS.machine}`);
  });

  it('starts the packaged workers from app.asar.unpacked, beside the archive', () => {
    const urls = workerUrls('file:///opt/Syscall%20Lab/resources/app.asar/out/main/index.js');
    expect(urls.tcc?.href).toBe(
      `file:///opt/Syscall%20Lab/resources/app.asar.unpacked/out/main/${BUNDLED_WORKERS.tcc}`,
    );
    expect(urls.machine?.href).toBe(
      `file:///opt/Syscall%20Lab/resources/app.asar.unpacked/out/main/${BUNDLED_WORKERS.machine}`,
    );
    const windows = workerUrls(
      'file:///C:/Program%20Files/Syscall%20Lab/resources/app.asar/out/main/index.js',
    );
    expect(windows.tcc?.href).toBe(
      `file:///C:/Program%20Files/Syscall%20Lab/resources/app.asar.unpacked/out/main/${BUNDLED_WORKERS.tcc}`,
    );
  });

  it('rewrites only an .asar folder', () => {
    expect(unpacked(new URL('file:///a/app.asar.unpacked/x.js')).href).toBe(
      'file:///a/app.asar.unpacked/x.js',
    );
    expect(unpacked(new URL('file:///a/notes.asar.txt/x.js')).href).toBe(
      'file:///a/notes.asar.txt/x.js',
    );
    expect(unpacked(new URL('file:///a/b/x.js')).href).toBe('file:///a/b/x.js');
  });
});
