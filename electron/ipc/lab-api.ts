// The ONE typed API between the renderer and the backend. The renderer sees it as `window.lab`;
// the Electron preload builds it over IPC and the browser test host builds it over a WebSocket,
// both with `createLabClient()`, and both backends answer it with `createLabDispatcher()`.
// Every payload is readonly plain data (JSON-safe) so it crosses IPC and sockets unchanged.
import type { Diagnostic } from '../../build/diagnostics/index.ts';

/// A value that survives JSON unchanged (lesson progress is stored as one).
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

// ---------------------------------------------------------------------------------------------
// workspace: the learner's copy of the kernel tree

/// How a workspace path compares with the pristine tree it was copied from.
export type FileStatus = 'unchanged' | 'modified' | 'added' | 'deleted';

/// One row of the workspace listing. Paths are POSIX, relative to the tree root (`init/main.c`).
export interface FileEntry {
  readonly path: string;
  readonly kind: 'file' | 'dir';
  /// Bytes on disk (0 for folders and deleted files).
  readonly size: number;
  readonly status: FileStatus;
  /// False for files the editor must not open (binary, oversized); `note` says why.
  readonly editable: boolean;
  readonly note?: string;
}

/// The whole tree, folders before their contents, sorted by path.
export interface WorkspaceListing {
  readonly entries: readonly FileEntry[];
}

/// Where the workspace lives and how big files may be.
export interface WorkspaceInfo {
  readonly root: string;
  readonly pristineRoot: string;
  readonly maxFileBytes: number;
  readonly fileCount: number;
}

/// A text file as read. `version` changes whenever the bytes change (a content hash).
export interface FileContent {
  readonly path: string;
  readonly text: string;
  readonly version: string;
  readonly status: FileStatus;
}

/// Save `text` at `path` (creating folders). With `baseVersion`, the save is refused with a
/// `conflict` error when the file on disk is no longer that version (changed outside the app).
export interface WriteRequest {
  readonly path: string;
  readonly text: string;
  readonly baseVersion?: string;
}

/// The saved file's new version and status.
export interface WriteResult {
  readonly path: string;
  readonly version: string;
  readonly status: FileStatus;
}

/// Reset one file or folder (`path`) or the whole tree (no `path`) to pristine. Destructive, so
/// the request must carry `confirm: true`; without it the service refuses.
export interface ResetRequest {
  readonly path?: string;
  readonly confirm: boolean;
}

/// Which paths a reset rewrote or removed.
export interface ResetResult {
  readonly paths: readonly string[];
}

/// Remove a learner-created file or empty folder (`confirm` as for reset).
export interface RemoveRequest {
  readonly path: string;
  readonly confirm: boolean;
}

/// The learner's changes against pristine, one unified diff per changed text file.
export interface FileDiff {
  readonly path: string;
  readonly status: Exclude<FileStatus, 'unchanged'>;
  /// Unified diff text (`--- a/... +++ b/... @@ ... @@`); empty for binary files.
  readonly diff: string;
  readonly added: number;
  readonly removed: number;
  readonly binary: boolean;
}

/// The diff of one path (`path`) or of the whole tree.
export interface DiffRequest {
  readonly path?: string;
}

/// The result of a diff request.
export interface WorkspaceDiff {
  readonly files: readonly FileDiff[];
}

/// A patch that `patch -p1` applies to a pristine tree; binary changes are listed in `skipped`.
export interface PatchExport {
  readonly fileName: string;
  readonly patch: string;
  readonly files: number;
  readonly skipped: readonly string[];
}

/// Files changed, added or removed by something other than this app.
export interface WorkspaceChanged {
  readonly paths: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// settings: persisted per user

/// Colour scheme of the whole app.
export type Theme = 'light' | 'dark';

/// Everything the app remembers between runs.
export interface Settings {
  readonly theme: Theme;
  /// Zoom factor, 0.5 to 3.
  readonly zoom: number;
  /// Large type and high contrast for a classroom projector.
  readonly projector: boolean;
  /// Opaque to the shell; the lesson stores its progress here (at most 64 KiB of JSON).
  readonly lessonProgress: JsonValue;
}

// ---------------------------------------------------------------------------------------------
// build: the in-app Kbuild pipeline (engine in build/)

/// What to build: everything (kernel, user programs, initramfs) or a part.
export interface BuildRequest {
  readonly target?: 'all' | 'kernel' | 'user';
  readonly jobs?: number;
}

/// A build was accepted; its events carry this id.
export interface BuildStarted {
  readonly buildId: string;
}

/// One Kbuild-style log line (`  CC      init/main.o`).
export interface BuildLog {
  readonly buildId: string;
  readonly stream: 'out' | 'err';
  readonly text: string;
}

/// Progress: `done` of `total` steps in the named stage (`compile`, `link`, `initramfs`).
export interface BuildProgress {
  readonly buildId: string;
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}

/// A located compiler, assembler or linker message: the build pipeline's own `Diagnostic` type
/// (build/diagnostics), so the editor underlines exactly what the build reported.
export type BuildDiagnostic = Diagnostic;

/// A batch of diagnostics from one build.
export interface BuildDiagnostics {
  readonly buildId: string;
  readonly diagnostics: readonly BuildDiagnostic[];
}

/// A file a build produced (`vmlinux`, `System.map`, `initramfs.cpio`).
export interface BuildArtifact {
  readonly name: string;
  readonly size: number;
}

/// The end of a build.
export interface BuildFinished {
  readonly buildId: string;
  readonly ok: boolean;
  readonly artifacts: readonly BuildArtifact[];
  readonly durationMs: number;
}

// ---------------------------------------------------------------------------------------------
// machine: the emulated PC (engine in emulator/)

/// Boot options; the kernel and initramfs are always the last successful build's.
export interface BootRequest {
  readonly memoryMiB?: number;
  readonly cmdline?: string;
}

/// Lifecycle of the emulated PC.
export type MachineState = 'off' | 'booting' | 'running' | 'stopped' | 'exited' | 'crashed';

/// The machine's state with a human-readable reason (`triple fault at cs=0008 eip=...`).
export interface MachineStatus {
  readonly state: MachineState;
  readonly message?: string;
  readonly exitCode?: number;
}

/// Text typed into the serial console.
export interface SerialInput {
  readonly text: string;
}

/// Text the guest wrote to COM1 (decoded as UTF-8 by the machine service).
export interface SerialOutput {
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// trace: recorded syscall journeys (recorder in emulator/trace/)

/// One recorded trace, as listed.
export interface TraceSummary {
  readonly id: string;
  readonly title: string;
  readonly syscallNr?: number;
  readonly eventCount: number;
  readonly createdAt: string;
}

/// A whole trace; `events` is the recorder's JSON (its schema belongs to emulator/trace).
export interface TraceRecord {
  readonly summary: TraceSummary;
  readonly events: JsonValue;
}

/// Names one trace.
export interface TraceRequest {
  readonly id: string;
}

/// "Trace next syscall": record the next call of number `nr` (any syscall when omitted); with
/// `irq` ("trace next timer interrupt"), the next interrupt on that IRQ line taken in user mode.
export interface TraceArmRequest {
  readonly nr?: number;
  readonly irq?: number;
}

/// Whether the recorder waits for a syscall, and for which number (null: any); `irq` is set
/// while it waits for an interrupt on that line instead.
export interface TraceArmState {
  readonly armed: boolean;
  readonly nr: number | null;
  readonly irq?: number;
}

/// A trace file's text to add to the list (a journey or a journey list, docs/trace-format.md).
export interface TraceImport {
  readonly name: string;
  readonly text: string;
}

/// A trace as a file to save: a suggested name and its JSON text.
export interface TraceExport {
  readonly name: string;
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// app: host facts and menu commands

/// Commands the application menu (or, in browser mode, the renderer's own key map) issues.
export type CommandId =
  | 'build'
  | 'boot'
  | 'next-slide'
  | 'previous-slide'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'toggle-projector'
  | 'toggle-theme';

/// Which engines are plugged in; panels show an honest empty state for the others.
export interface EngineAvailability {
  readonly build: boolean;
  readonly machine: boolean;
  readonly trace: boolean;
}

/// Facts about the running host.
export interface AppInfo {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly platform: string;
  readonly engines: EngineAvailability;
}

/// A menu command, sent from the host to the renderer.
export interface AppCommand {
  readonly command: CommandId;
}

// ---------------------------------------------------------------------------------------------
// events and the API object

/// Every event the backend pushes, by name. Names are namespaced `area:what`.
export interface LabEvents {
  'workspace:changed': WorkspaceChanged;
  'settings:changed': Settings;
  'build:log': BuildLog;
  'build:progress': BuildProgress;
  'build:diagnostics': BuildDiagnostics;
  'build:finished': BuildFinished;
  'machine:serial': SerialOutput;
  'machine:status': MachineStatus;
  'trace:recorded': TraceSummary;
  'trace:armed': TraceArmState;
  'app:command': AppCommand;
}

/// A name from `LabEvents`.
export type LabEventName = keyof LabEvents;

/// Unsubscribes a listener.
export type Unsubscribe = () => void;

/// The API object (`window.lab`). Every method takes at most one plain-data argument and returns
/// a promise; failures reject with a `LabError` whose message reads `location: message`.
export interface LabApi {
  readonly workspace: {
    info(): Promise<WorkspaceInfo>;
    list(): Promise<WorkspaceListing>;
    read(request: { readonly path: string }): Promise<FileContent>;
    write(request: WriteRequest): Promise<WriteResult>;
    remove(request: RemoveRequest): Promise<ResetResult>;
    reset(request: ResetRequest): Promise<ResetResult>;
    diff(request: DiffRequest): Promise<WorkspaceDiff>;
    exportPatch(): Promise<PatchExport>;
  };
  readonly settings: {
    get(): Promise<Settings>;
    update(patch: Partial<Settings>): Promise<Settings>;
  };
  readonly build: {
    start(request: BuildRequest): Promise<BuildStarted>;
    cancel(): Promise<void>;
  };
  readonly machine: {
    boot(request: BootRequest): Promise<MachineStatus>;
    serialInput(input: SerialInput): Promise<void>;
    stop(): Promise<MachineStatus>;
    reset(): Promise<MachineStatus>;
    status(): Promise<MachineStatus>;
  };
  readonly trace: {
    list(): Promise<readonly TraceSummary[]>;
    get(request: TraceRequest): Promise<TraceRecord>;
    arm(request: TraceArmRequest): Promise<TraceArmState>;
    disarm(): Promise<TraceArmState>;
    load(request: TraceImport): Promise<readonly TraceSummary[]>;
    save(request: TraceRequest): Promise<TraceExport>;
  };
  readonly app: {
    info(): Promise<AppInfo>;
  };
  /// Listens to a backend event; returns the function that stops listening.
  on<K extends LabEventName>(name: K, listener: (payload: LabEvents[K]) => void): Unsubscribe;
}

/// The API's namespaces (everything but `on`).
export type LabNamespace = Exclude<keyof LabApi, 'on'>;

/// Wire name of a method: `namespace.method` (`workspace.read`).
export type LabMethodName = {
  [N in LabNamespace]: `${N}.${keyof LabApi[N] & string}`;
}[LabNamespace];

type MethodOf<M extends LabMethodName> = M extends `${infer N}.${infer F}`
  ? N extends LabNamespace
    ? F extends keyof LabApi[N]
      ? LabApi[N][F]
      : never
    : never
  : never;

/// The single argument of a method (`undefined` for methods without one).
export type LabParams<M extends LabMethodName> =
  MethodOf<M> extends (...args: infer A) => unknown ? (A extends [infer P] ? P : undefined) : never;

/// What a method's promise resolves to.
export type LabResult<M extends LabMethodName> =
  MethodOf<M> extends (...args: never[]) => Promise<infer R> ? R : never;

/// Every method, by namespace, in the order the client builds them. Checked against `LabApi` by
/// the type below, so a method added to the interface must be listed here.
export const LAB_METHODS = {
  workspace: ['info', 'list', 'read', 'write', 'remove', 'reset', 'diff', 'exportPatch'],
  settings: ['get', 'update'],
  build: ['start', 'cancel'],
  machine: ['boot', 'serialInput', 'stop', 'reset', 'status'],
  trace: ['list', 'get', 'arm', 'disarm', 'load', 'save'],
  app: ['info'],
} as const satisfies { [N in LabNamespace]: readonly (keyof LabApi[N])[] };

type ListedMethod = {
  [N in keyof typeof LAB_METHODS]: `${N}.${(typeof LAB_METHODS)[N][number]}`;
}[keyof typeof LAB_METHODS];
type Expect<T extends true> = T;
/// Compile-time proof that `LAB_METHODS` lists every method of `LabApi`.
export type AllMethodsListed = Expect<
  [Exclude<LabMethodName, ListedMethod>] extends [never] ? true : false
>;

/// Every event name, for validating what arrives on a transport.
export const LAB_EVENTS: readonly LabEventName[] = [
  'workspace:changed',
  'settings:changed',
  'build:log',
  'build:progress',
  'build:diagnostics',
  'build:finished',
  'machine:serial',
  'machine:status',
  'trace:recorded',
  'trace:armed',
  'app:command',
];

/// All wire method names, flattened from `LAB_METHODS`.
export function labMethodNames(): LabMethodName[] {
  const names: string[] = [];
  for (const [ns, methods] of Object.entries(LAB_METHODS)) {
    for (const m of methods) names.push(`${ns}.${m}`);
  }
  return names as LabMethodName[];
}
