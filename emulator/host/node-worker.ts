/// Node adapter of the machine host: `NodeMachineHost` starts a worker thread running
/// MachineRunner and talks to it with the protocol's messages. This is the only module of the
/// emulator that uses Node's worker_threads (the runner itself is platform-free).
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { MachineRunner } from './machine-runner.ts';
import type { HostMessage, MachineMessage } from './protocol.ts';

/// The UI/CLI end: posts HostMessages, receives MachineMessages.
export class NodeMachineHost {
  private readonly worker: Worker;
  private readonly listeners: ((m: MachineMessage) => void)[] = [];

  /// `workerUrl` defaults to the from-source bootstrap (node-worker-entry.mjs), which loads this
  /// module in the worker through tsx.
  constructor(workerUrl: URL = new URL('./node-worker-entry.mjs', import.meta.url)) {
    this.worker = new Worker(workerUrl);
    this.worker.on('message', (m: MachineMessage) => this.listeners.forEach((fn) => fn(m)));
    this.worker.on('error', (e) =>
      this.listeners.forEach((fn) => fn({ type: 'error', message: e.message })),
    );
  }

  /// Sends a message to the machine.
  post(message: HostMessage): void {
    this.worker.postMessage(message);
  }

  /// Receives every message from the machine.
  onMessage(fn: (m: MachineMessage) => void): void {
    this.listeners.push(fn);
  }

  /// Stops the worker thread.
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  new MachineRunner({
    post: (m) => port.postMessage(m),
    onMessage: (fn) => port.on('message', fn),
  });
}
