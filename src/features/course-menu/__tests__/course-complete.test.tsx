import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../../course/progress/progress-record';
import { courseNamespace, moduleNamespace } from '../../../course/text-keys';
import { addContentBundle } from '../../../lib/i18n/content-bundle';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { LearnerSessionContext } from '../../../lib/learner/learner-session';
import { buildModule } from '../../../testing/builders';
import { builtSampleModuleTexts, builtSecondModuleTexts } from '../../../testing/built-texts';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { testCourseDriver } from '../../../testing/test-course';
import { CourseComplete } from '../course-complete';
import { KeyPointsSummary } from '../key-points-summary';

const done = { ...emptyModuleProgress(), completed: true, position: { at: 'summary' as const } };
const passed: ProgressRecord = { ...emptyProgress(), modules: { sample: done, second: done }, assessment: { attempts: [{ seed: 1, score: 90, answers: {} }] } };
const second = buildModule({ id: 'second', steps: [{ id: 'only', type: 'lesson' }], scenarios: [], questions: [] });

function renderComplete(timeSpentSeconds: number, loadTexts: () => Promise<void> = vi.fn(async () => undefined)) {
  const { driver, course } = testCourseDriver({ progress: passed });
  const view = renderWithI18n(
    <CourseDriverContext value={driver}>
      <LearnerSessionContext value={{ lmsLearnerName: null, timeSpentSeconds: () => timeSpentSeconds }}>
        <CourseComplete certificate={<p>The certificate entry</p>} keyPoints={<KeyPointsSummary loadTexts={loadTexts} />} />
      </LearnerSessionContext>
    </CourseDriverContext>,
    { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
  );
  return { ...view, loadTexts };
}

describe('CourseComplete', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [2 * 3600 + 41 * 60 + 59, 'Time spent in the course: 2 hours 41 minutes'],
    [3600, 'Time spent in the course: 1 hour'],
    [35 * 60, 'Time spent in the course: 35 minutes'],
    [61, 'Time spent in the course: 1 minute'],
    [20, 'Time spent in the course: less than a minute'],
  ])('says what the learner did, with the time spent (%i s)', (seconds, words) => {
    const { missingKeys } = renderComplete(seconds);
    expect(screen.getByText('You completed 2 of 2 modules:')).toBeInTheDocument();
    expect(screen.getByText('Your final assessment score: 90%')).toBeInTheDocument();
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.getByText('The certificate entry')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('shows every module\'s key points on one page when asked, loading their texts first, and prints it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    let texts = (): void => undefined;
    const { user, i18n, loadTexts } = renderComplete(600, vi.fn(async () => texts()));
    texts = () => {
      addContentBundle(i18n, moduleNamespace('sample'), 'en-GB', builtSampleModuleTexts());
      addContentBundle(i18n, moduleNamespace('second'), 'en-GB', builtSecondModuleTexts(second));
    };
    expect(screen.getByRole('heading', { level: 2, name: 'Key points from every module' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Spotting contact risk' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the key points from every module' }));
    expect(loadTexts).toHaveBeenCalledOnce();
    const first = await screen.findByRole('region', { name: 'Spotting contact risk' });
    expect(first).toHaveTextContent('Listen');
    expect(first).toHaveTextContent('Report');
    expect(screen.getByRole('region', { name: 'The second module' })).toHaveTextContent('Done.');
    await user.click(screen.getByRole('button', { name: 'Print this summary' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so when the key points cannot be loaded, and lets the learner try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loadTexts = vi.fn(async () => {
      throw new Error('offline');
    });
    const { user } = renderComplete(600, loadTexts);
    await user.click(screen.getByRole('button', { name: 'Show the key points from every module' }));
    await waitFor(() => expect(screen.getByText(/That part of the course could not be loaded/)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Show the key points from every module' })).toBeEnabled();
  });
});
