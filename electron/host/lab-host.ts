// The browser test host: one Node HTTP server on 127.0.0.1 that serves the built renderer and
// answers the LabApi over a WebSocket, backed by the same services as the Electron app. Used by
// `npm run serve`, `npm start` without an Electron binary, and the end-to-end tests.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../ipc/csp.ts';
import type { LabEventName, LabEvents } from '../ipc/lab-api.ts';
import type { LabBackend } from '../services/lab-backend.ts';
import { createLabBackend } from '../services/lab-backend.ts';
import type { EngineFactories } from '../services/service-registry.ts';
import type { WatcherConfig } from '../services/workspace/watcher.ts';
import { staticSiteHandler } from './http-server.ts';
import { SocketEndpoint } from './socket-endpoint.ts';

/// How to start a host.
export interface HostConfig {
  /// TCP port on 127.0.0.1; 0 picks a free one.
  readonly port: number;
  readonly dataDir: string;
  readonly shippedRoot: string;
  /// The built renderer (`out/renderer`).
  readonly rendererDir: string;
  readonly engines: EngineFactories;
  readonly version: string;
  readonly watch?: WatcherConfig | null;
  /// Fixed token (tests); by default a fresh random one per run.
  readonly token?: string;
}

/// A running host.
export interface LabHost {
  /// The page URL including the access token (`http://127.0.0.1:PORT/#token=...`).
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly backend: LabBackend;
  close(): Promise<void>;
}

/// Starts the host and resolves once it listens. Binds to the loopback address only.
export async function startLabHost(config: HostConfig): Promise<LabHost> {
  const token = config.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const hosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const origins = () => hosts().map((h) => `http://${h}`);
  let endpoint: SocketEndpoint | null = null;
  const emit = <K extends LabEventName>(name: K, payload: LabEvents[K]) =>
    endpoint?.broadcast(name, payload);
  const backend = await createLabBackend({ ...config, host: 'browser', emit });
  endpoint = new SocketEndpoint(backend.dispatch, { token, origins });
  const csp = () => contentSecurityPolicy(hosts().map((h) => `ws://${h}`));
  const server = createServer(staticSiteHandler({ rendererDir: config.rendererDir, hosts, csp }));
  server.on('upgrade', (req, socket, head) => endpoint?.handleUpgrade(req, socket, head));
  port = await listen(server, config.port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    backend,
    close: async () => {
      endpoint?.close();
      await backend.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
