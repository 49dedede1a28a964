// The trace player's state: the current frame, play/pause at a speed in stops per second, step
// forward/back and jumps at the chosen detail level. One requestAnimationFrame loop advances it;
// nothing is allocated per animation frame.
import { nextStop, previousStop, type DetailLevel, type Timeline } from './timeline.ts';
import type { Stage } from '../../emulator/trace/journey/format.ts';

/// Speeds offered (stops per second).
export const SPEEDS = [0.5, 1, 2, 4, 10, 30, 120] as const;

/// Plays one timeline.
export class Player {
  frame = $state(0);
  playing = $state(false);
  speed = $state<number>(2);
  level = $state<DetailLevel>('stages');
  private raf = 0;
  private last = 0;
  private due = 0;

  constructor(readonly timeline: Timeline) {}

  /// One stop forward at the current level.
  forward(): void {
    this.frame = nextStop(this.timeline, this.level, this.frame);
    if (this.frame >= this.timeline.length - 1) this.pause();
  }

  /// One stop back at the current level.
  back(): void {
    this.frame = previousStop(this.timeline, this.level, this.frame);
  }

  /// Jumps to the first frame of `stage` (no move when the journey has none).
  jump(stage: Stage): void {
    const at = this.timeline.stageStart[stage];
    if (at >= 0) this.frame = at;
  }

  /// Goes to frame `i` (clamped).
  seek(i: number): void {
    this.frame = Math.max(0, Math.min(this.timeline.length - 1, i));
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.playing) return;
    if (this.frame >= this.timeline.length - 1) this.frame = 0;
    this.playing = true;
    this.last = performance.now();
    this.due = 0;
    this.raf = requestAnimationFrame((t) => this.tick(t));
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.raf);
  }

  private tick(now: number): void {
    if (!this.playing) return;
    this.due += ((now - this.last) / 1000) * this.speed;
    this.last = now;
    // At high speeds several stops pass per screen refresh; the view shows the last one.
    let steps = Math.floor(this.due);
    this.due -= steps;
    while (steps-- > 0 && this.playing) this.forward();
    if (this.playing) this.raf = requestAnimationFrame((t) => this.tick(t));
  }
}
