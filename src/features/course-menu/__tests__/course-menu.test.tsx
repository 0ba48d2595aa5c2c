import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../../course/progress/progress-record';
import { courseNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { CourseMenu } from '../course-menu';
import type { StartCourseMachine } from '../../../course/view/course-view';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { testCourseDriver, testCourseMachine } from '../../../testing/test-course';

// Module content never finishes loading: these tests look at the menu and at what the course was asked to do.
const renderMenu = (progress: ProgressRecord = emptyProgress(), loadMachine?: () => Promise<StartCourseMachine>) => {
  const { driver, machine, course } = testCourseDriver({ progress, loadMachine });
  const view = renderWithI18n(
    <CourseDriverContext value={driver}>
      <CourseMenu />
    </CourseDriverContext>,
    { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
  );
  return { ...view, driver, moduleLoaders: machine.moduleLoaders };
};

const moduleCard = (title: string): HTMLElement => {
  const heading = screen.getByRole('heading', { level: 3, name: title });
  const card = heading.closest('li');
  if (!card) throw new Error(`No card for "${title}"`);
  return card;
};

const withModules = (modules: ProgressRecord['modules']): ProgressRecord => ({ ...emptyProgress(), modules });
const completed = { ...emptyModuleProgress(), completed: true, position: { at: 'summary' as const } };

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('CourseMenu', { timeout: 20_000 }, () => {
  it('shows the course title as the focused h1, its description and every module', () => {
    const { missingKeys } = renderMenu();
    expect(screen.getByRole('heading', { level: 1, name: 'Sample course' })).toHaveFocus();
    expect(screen.getByText('A course for tests.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Spotting contact risk', 'The second module']);
    expect(missingKeys).toEqual([]);
  });

  it('shows each card\'s cover at once, hidden from screen readers, and a module without one its number', () => {
    const { driver, course } = testCourseDriver({ progress: emptyProgress() });
    renderWithI18n(
      <CourseDriverContext value={driver}>
        <CourseMenu moduleFacts={{ sample: { minutes: 5, cover: { motif: 'phone', palette: 'teal' } } }} />
      </CourseDriverContext>,
      { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
    );
    const first = moduleCard('Spotting contact risk');
    expect(first.querySelector('.module-card__cover svg')).not.toBeNull();
    expect(first.querySelector('.module-card__cover')).toHaveAttribute('aria-hidden', 'true');
    // A module without a cover keeps its number panel.
    expect(moduleCard('The second module').querySelector('.module-card__cover')).toHaveTextContent('2');
  });

  it('explains a locked module in words and offers no button for it', () => {
    renderMenu();
    const second = moduleCard('The second module');
    expect(within(second).getByText('Locked')).toBeInTheDocument();
    expect(within(second).getByText('Complete “Spotting contact risk” to unlock this module.')).toBeInTheDocument();
    expect(within(second).queryByRole('button')).toBeNull();
  });

  it('gives each module its status in words and a button naming the module', () => {
    renderMenu(withModules({ sample: emptyModuleProgress() }));
    const first = moduleCard('Spotting contact risk');
    expect(within(first).getByText('In progress')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Continue Spotting contact risk' })).toBeEnabled();
  });

  it('unlocks the next module once the one before is complete', () => {
    renderMenu(withModules({ sample: completed }));
    expect(within(moduleCard('Spotting contact risk')).getByText('Complete')).toBeInTheDocument();
    const second = moduleCard('The second module');
    expect(within(second).getByText('Not started')).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Start The second module' })).toBeEnabled();
  });

  it('opens a module through the course machine', async () => {
    const { user, driver, moduleLoaders } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Start Spotting contact risk' }));
    expect(driver.getView().screen).toBe('busy');
    // The machine, once downloaded, has the module open and is loading it (and only it).
    await waitFor(() => expect(moduleLoaders.sample).toHaveBeenCalledOnce());
    expect(driver.getView()).toMatchObject({ screen: 'busy', progress: { openModuleId: 'sample' } });
    expect(moduleLoaders.second).not.toHaveBeenCalled();
  });

  it('says so when the rest of the course cannot download, and the next click tries again', async () => {
    const machine = testCourseMachine();
    let online = false;
    const { user, driver } = renderMenu(emptyProgress(), () => (online ? Promise.resolve(machine.start) : Promise.reject(new Error('Failed to fetch'))));
    await user.click(screen.getByRole('button', { name: 'Start Spotting contact risk' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Please try again.');
    online = true;
    await user.click(screen.getByRole('button', { name: 'Start Spotting contact risk' }));
    await waitFor(() => expect(machine.moduleLoaders.sample).toHaveBeenCalledOnce());
    expect(driver.getView().screen).toBe('busy');
  });

  it('keeps the final assessment locked, saying why, until every required module is complete', () => {
    renderMenu(withModules({ sample: completed }));
    const entry = screen.getByRole('region', { name: 'Final assessment' });
    expect(within(entry).getByText('Questions from every module.')).toBeInTheDocument();
    expect(within(entry).getByText('Pass mark: 80%')).toBeInTheDocument();
    expect(within(entry).getByText('Attempts used: 0 of 2')).toBeInTheDocument();
    expect(within(entry).getByText('Complete every required module to unlock the final assessment.')).toBeInTheDocument();
    expect(within(entry).queryByRole('button')).toBeNull();
  });

  it('shows attempts used and left and the best score, and starts an attempt', async () => {
    const progress: ProgressRecord = {
      ...withModules({ sample: completed, second: completed }),
      assessment: { attempts: [{ seed: 1, answers: {}, score: 60 }] },
    };
    const { user, driver, moduleLoaders } = renderMenu(progress);
    const entry = screen.getByRole('region', { name: 'Final assessment' });
    expect(within(entry).getByText('Attempts used: 1 of 2')).toBeInTheDocument();
    expect(within(entry).getByText('1 attempt left')).toBeInTheDocument();
    expect(within(entry).getByText('Best score: 60%')).toBeInTheDocument();
    await user.click(within(entry).getByRole('button', { name: 'Start the final assessment' }));
    expect(driver.getView()).toMatchObject({ screen: 'busy', loadingAssessment: true });
    // The machine, once downloaded, loads every module's question bank.
    await waitFor(() => expect(moduleLoaders.second).toHaveBeenCalledOnce());
    expect(moduleLoaders.sample).toHaveBeenCalledOnce();
    expect(driver.getView()).toMatchObject({ screen: 'busy', loadingAssessment: true });
  });

  it('says so when every attempt has been used', () => {
    const progress: ProgressRecord = {
      ...withModules({ sample: completed, second: completed }),
      assessment: { attempts: [{ seed: 1, answers: {}, score: 60 }, { seed: 2, answers: {}, score: 70 }] },
    };
    renderMenu(progress);
    const entry = screen.getByRole('region', { name: 'Final assessment' });
    expect(within(entry).getByText('You have used all your attempts.')).toBeInTheDocument();
    expect(within(entry).queryByRole('button')).toBeNull();
  });

  it('offers a learner who finished earlier the way back to their certificate and key points', async () => {
    const onReviewCompletion = vi.fn();
    const finished: ProgressRecord = { ...withModules({ sample: completed, second: completed }), assessment: { attempts: [{ seed: 1, score: 90, answers: {} }] } };
    const { driver, course } = testCourseDriver({ progress: finished });
    const { user } = renderWithI18n(
      <CourseDriverContext value={driver}>
        <CourseMenu onReviewCompletion={onReviewCompletion} />
      </CourseDriverContext>,
      { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Course complete' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See your certificate and key points' }));
    expect(onReviewCompletion).toHaveBeenCalledOnce();
  });

  it('offers no certificate before the course is complete (modules done, assessment not passed)', () => {
    const { driver, course } = testCourseDriver({ progress: withModules({ sample: completed, second: completed }) });
    renderWithI18n(
      <CourseDriverContext value={driver}>
        <CourseMenu onReviewCompletion={vi.fn()} />
      </CourseDriverContext>,
      { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
    );
    expect(screen.queryByRole('button', { name: 'See your certificate and key points' })).toBeNull();
  });
});
