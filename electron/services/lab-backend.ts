// Composes the services behind the API for one host. The Electron main process and the browser
// test host both call `createLabBackend` and differ only in how they deliver events and calls.
import { join } from 'node:path';
import type { AppInfo, LabApi } from '../ipc/lab-api.ts';
import type { LabDispatcher, LabServices } from '../ipc/lab-dispatch.ts';
import { createLabDispatcher } from '../ipc/lab-dispatch.ts';
import type { EngineFactories, LabEventSink } from './service-registry.ts';
import { createEngineSlots } from './service-registry.ts';
import { SettingsService } from './settings-service.ts';
import type { WatcherConfig } from './workspace/watcher.ts';
import { WorkspaceService } from './workspace/workspace-service.ts';

/// What a host tells the backend about itself.
export interface BackendConfig {
  readonly host: AppInfo['host'];
  readonly version: string;
  /// The shipped pristine kernel tree.
  readonly shippedRoot: string;
  /// The user data folder.
  readonly dataDir: string;
  /// Delivers pushed events to the renderer(s).
  readonly emit: LabEventSink;
  readonly engines: EngineFactories;
  readonly watch?: WatcherConfig | null;
}

/// A running backend: the services, the dispatcher that validates and routes calls, and `close`.
export interface LabBackend {
  readonly services: LabServices;
  readonly dispatch: LabDispatcher;
  readonly workspace: WorkspaceService;
  /// Stops watching the workspace and releases the engines' threads.
  close(): Promise<void>;
}

/// Opens the workspace (seeding it on first start) and wires every service.
export async function createLabBackend(config: BackendConfig): Promise<LabBackend> {
  const workspace = new WorkspaceService({
    shippedRoot: config.shippedRoot,
    dataDir: config.dataDir,
    watch: config.watch,
    onExternalChange: (paths) => config.emit('workspace:changed', { paths }),
  });
  await workspace.open();
  const settings = new SettingsService(config.dataDir, (s) => config.emit('settings:changed', s));
  const engines = createEngineSlots(config.engines, {
    emit: config.emit,
    workspaceRoot: workspace.dirs.workspace,
    outputDir: join(config.dataDir, 'build-out'),
  });
  const info: AppInfo = {
    host: config.host,
    version: config.version,
    platform: process.platform,
    engines: engines.available,
  };
  const app: LabApi['app'] = { info: async () => info };
  const services: LabServices = {
    workspace,
    settings,
    build: engines.build,
    machine: engines.machine,
    trace: engines.trace,
    app,
  };
  return {
    services,
    dispatch: createLabDispatcher(services),
    workspace,
    close: async () => {
      workspace.close();
      await engines.close();
    },
  };
}
