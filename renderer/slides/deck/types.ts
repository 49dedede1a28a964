// The deck as data: each section is a module exporting its slides; a slide is a title and a list
// of blocks. Text may use `code` and **bold**, and the placeholders {nr} (the new call's number),
// {nr1} (one more) and {prev} (the call before it), filled from the learner's own tree.
import type { LabStepId, StepId } from '../../lesson/check-types.ts';

/// A piece of a slide.
export type Block =
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'note'; readonly text: string; readonly tone?: 'info' | 'warn' }
  | { readonly kind: 'diagram'; readonly name: DiagramName; readonly label: string }
  | {
      readonly kind: 'code';
      readonly lang: string;
      readonly text: string;
      readonly caption?: string;
    }
  | {
      /// Lines read live from the learner's workspace: from the first line matching `start`
      /// through the first later line matching `end` (or `count` lines), or the file's last
      /// `tail` lines.
      readonly kind: 'excerpt';
      readonly path: string;
      readonly start?: RegExp;
      readonly end?: RegExp;
      readonly count?: number;
      readonly tail?: number;
      /// Lines (matching) to highlight.
      readonly mark?: RegExp;
      readonly caption: string;
    };

/// The SVG/CSS diagrams the deck draws.
export type DiagramName = 'rings' | 'entry-paths' | 'handler' | 'nr-truth' | 'lab-map';

/// What a slide's main button does for its step.
export type SlideAction = 'build' | 'boot' | 'run' | 'trace' | 'console';

/// One slide.
export interface Slide {
  /// Stable id (saved in progress).
  readonly id: string;
  readonly title: string;
  /// A short label above the title (the section, or "Step 3 of 10").
  readonly kicker?: string;
  readonly blocks: readonly Block[];
  /// The check this slide teaches (its status shows, with Show me / Reset step for file steps).
  readonly step?: StepId;
  /// The file (and a line pattern) the slide opens in the editor.
  readonly open?: { readonly path: string; readonly find?: RegExp };
  readonly action?: SlideAction;
}

/// A section of the deck.
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly slides: readonly Slide[];
}

/// The lab step of a slide, if its step is one (not an exercise).
export function labStep(slide: Slide): LabStepId | null {
  return slide.step && !slide.step.startsWith('x-') ? (slide.step as LabStepId) : null;
}
