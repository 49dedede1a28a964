/// What every device offers the board: a name for snapshots and its state as plain data.

/// Plain, structured-clone-safe device state.
export type DeviceState = Record<string, number | boolean | string | number[]>;

/// A device whose state the board snapshots and restores.
export interface Device {
  readonly name: string;
  getState(): DeviceState;
  setState(state: DeviceState): void;
}
