import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserImportGraph } from '../../testing/browser-import-graph';

/**
 * What the first screen downloads: the files main.tsx reaches through static imports alone
 * (docs/performance.md, initial JS + CSS). Whatever a learner needs before acting must be
 * here; what they need only once they act must not be, or it costs every learner's first screen.
 */
describe('the first screen', () => {
  const { files, packages } = browserImportGraph('src/app/main.tsx', { lazy: false });
  const at = (file: string): string => path.resolve(file);

  it('has the quick exit and "Get help now" in it, so they work without waiting for a download', () => {
    expect(files).toContain(at('src/features/quick-exit/quick-exit-button.tsx'));
    expect(files).toContain(at('src/features/quick-exit/leave-now.ts'));
    expect(files).toContain(at('src/features/help/help-panel.tsx'));
  });

  it('shows the menu with each module\'s status from saved progress, and saves a learner who has done nothing yet', () => {
    expect(files).toContain(at('src/features/course-menu/course-menu.tsx'));
    expect(files).toContain(at('src/course/view/course-view-before-start.ts'));
    expect(files).toContain(at('src/course/progress/progress-writer-opening.ts'));
  });

  it('leaves out the course machine and XState, which download when the learner first acts', () => {
    expect(packages).not.toContain('xstate');
    expect(files).not.toContain(at('src/course/machines/course-machine.ts'));
  });

  it('leaves out the writing side of tracking (the whole progress writer, scoring, interaction records), which downloads with the machine', () => {
    for (const file of [
      'src/app/tracking-writer.ts',
      'src/course/progress/progress-encoder.ts',
      'src/course/progress/progress-writer-v1.ts',
      'src/course/scoring/module-score.ts',
      'src/course/scoring/question-scoring.ts',
      'src/lib/lms/interaction-record.ts',
      'src/course/assessment-draw.ts',
    ]) {
      expect(files).not.toContain(at(file));
    }
  });

  it('leaves out the progress reader, which downloads only when there is saved progress to read', () => {
    expect(files).not.toContain(at('src/course/progress/progress-decoder.ts'));
  });

  it('has the course-level text keys but leaves out the module-level ones, which only the lazy screens render, and the required-text lists, which only the build uses', () => {
    expect(files).toContain(at('src/course/text-keys.ts'));
    expect(files).not.toContain(at('src/course/module-text-keys.ts'));
    expect(files).not.toContain(at('src/course/required-texts.ts'));
  });
});
