// The whole deck, in order.
import { intro } from './intro.ts';
import { labRun } from './lab-run.ts';
import { labWrite } from './lab-write.ts';
import { mechanism } from './mechanism.ts';
import { nrTruth } from './nr-truth.ts';
import { tryNext } from './try-next.ts';
import type { Section, Slide } from './types.ts';

/// The sections, in teaching order.
export const SECTIONS: readonly Section[] = [intro, mechanism, labWrite, labRun, nrTruth, tryNext];

/// Every slide, in order.
export const SLIDES: readonly Slide[] = SECTIONS.flatMap((s) => s.slides);

/// The numbers a slide's text may name, by placeholder.
export interface DeckNumbers {
  readonly nr: number;
  readonly previous: string;
}

/// Fills {nr}, {nr1}, {prev_nr} and {prev} in `text` (left as is while the tree is unread).
export function fillText(text: string, n: DeckNumbers | null): string {
  if (!n) return text;
  return text
    .replaceAll('{nr1}', String(n.nr + 1))
    .replaceAll('{prev_nr}', String(n.nr - 1))
    .replaceAll('{nr}', String(n.nr))
    .replaceAll('{prev}', n.previous);
}
