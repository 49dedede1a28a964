// Worker side of in-worker.ts: runs exported functions of one TypeScript module on request and
// posts their results. The oracle tests run our PC this way so that a guest or emulator that
// never returns from run() is ended by Worker.terminate() instead of hanging the test process.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const mod = await import(workerData.module);
parentPort.on('message', async ({ id, fn, args }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: await mod[fn](...args) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, error: e instanceof Error ? e.stack : String(e) });
  }
});
