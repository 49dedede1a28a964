/// How a guest exception leaves the middle of an instruction: the raising code records the vector
/// and error code on the CPU and throws this one preallocated sentinel, which the run loop catches
/// outside its inner loop (no allocation, no try/catch per instruction).

/// The sentinel thrown for every guest exception.
export const GUEST_FAULT = { guestFault: true } as const;

/// Recorded details of the exception in flight.
export interface FaultRecord {
  vector: number;
  /// Error code, or -1 when the vector pushes none.
  code: number;
}
