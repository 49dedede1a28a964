// The deck against the real tree: every live excerpt finds its lines, every slide's file exists
// (or is one the lab creates), every placeholder is filled, ids are unique; and saved progress
// reads back defensively.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillText, SLIDES } from '../../../renderer/slides/deck/index.ts';
import { cutExcerpt, segments } from '../../../renderer/slides/inline.ts';
import { readProgress, writeProgress } from '../../../renderer/lesson/progress.ts';
import { kernelRoot } from './lesson-fixture.ts';

const CREATED = ['MyPrintK/MyPrintK.c', 'MyPrintK/Makefile'];

describe('the deck', () => {
  it('has unique slide ids and covers every lab step and exercise', () => {
    expect(new Set(SLIDES.map((s) => s.id)).size).toBe(SLIDES.length);
    const steps = SLIDES.flatMap((s) => (s.step ? [s.step] : []));
    expect(steps).toEqual([
      'source',
      'makefile',
      'table',
      'prototype',
      'unistd',
      'user',
      'build',
      'boot',
      'run',
      'trace',
      'x-return',
      'x-copy',
      'x-validate',
      'x-tracemask',
    ]);
  });

  it('every live excerpt finds its lines in the shipped tree', () => {
    for (const slide of SLIDES) {
      for (const b of slide.blocks) {
        if (b.kind !== 'excerpt') continue;
        const text = readFileSync(join(kernelRoot, b.path), 'utf8');
        const lines = cutExcerpt(text, b);
        expect(lines.length, `${slide.id}: ${b.path}`).toBeGreaterThan(0);
        if (b.end)
          expect(b.end.test(lines.at(-1)?.text ?? ''), `${slide.id}: end of ${b.path}`).toBe(true);
      }
    }
  });

  it("every slide's file exists or is one the lab creates", () => {
    for (const slide of SLIDES) {
      if (slide.open && !CREATED.includes(slide.open.path))
        expect(existsSync(join(kernelRoot, slide.open.path)), slide.id).toBe(true);
    }
  });

  it('fills every placeholder from the numbers', () => {
    const all = JSON.stringify(SLIDES, (_k, v) => (v instanceof RegExp ? '' : v));
    const filled = fillText(all, { nr: 338, previous: 'recvmmsg' });
    expect(filled).not.toMatch(/\{(nr|nr1|prev|prev_nr)\}/);
    expect(filled).toContain('after **sys_recvmmsg** (entry 337)');
  });

  it('inline markup gives code, bold and emphasis segments', () => {
    expect(segments('a `x` **b** *c* d')).toEqual([
      { text: 'a ', style: 'plain' },
      { text: 'x', style: 'code' },
      { text: ' ', style: 'plain' },
      { text: 'b', style: 'bold' },
      { text: ' ', style: 'plain' },
      { text: 'c', style: 'em' },
      { text: ' d', style: 'plain' },
    ]);
  });
});

describe('saved progress', () => {
  it('round-trips and drops what it does not know', () => {
    const p = { slide: 'step-table', done: ['source', 'makefile'] as const };
    expect(readProgress(writeProgress({ ...p, done: [...p.done] }))).toEqual({
      slide: 'step-table',
      done: ['source', 'makefile'],
    });
    expect(readProgress({ slide: 3, done: ['source', 'bogus', 7, 'source'] })).toEqual({
      slide: '',
      done: ['source'],
    });
    expect(readProgress(null)).toEqual({ slide: '', done: [] });
    expect(readProgress([1, 2])).toEqual({ slide: '', done: [] });
  });
});
