// Runs one exported function of a TypeScript module in a worker thread and posts its result:
// the oracle tests run our PC this way so that a guest or emulator that never returns from
// run() is ended by Worker.terminate() instead of hanging the test process.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const mod = await import(workerData.module);
parentPort.postMessage(await mod[workerData.fn](...workerData.args));
