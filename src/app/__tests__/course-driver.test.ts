import { describe, expect, it, vi } from 'vitest';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../course/progress/progress-record';
import { buildCourse } from '../../testing/builders';
import { testCourseMachine } from '../../testing/test-course';
import { createCourseDriver } from '../course-driver';
import type { StartCourseMachine } from '../../course/view/course-view';

const course = buildCourse();
const silent = { error: vi.fn() };

/** A download the test finishes (or fails) when it chooses, as a slow connection would. */
function controlledDownload() {
  const downloads: Array<{ resolve(start: StartCourseMachine): void; reject(error: Error): void }> = [];
  const loadMachine = vi.fn(
    () =>
      new Promise<StartCourseMachine>((resolve, reject) => {
        downloads.push({ resolve, reject });
      }),
  );
  const latest = () => {
    const download = downloads.at(-1);
    if (!download) throw new Error('Nothing is downloading');
    return download;
  };
  return { loadMachine, latest };
}

/** Lets every pending task and promise run (the driver works in a few tasks). */
const flush = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const completed = { ...emptyModuleProgress(), completed: true, position: { at: 'summary' as const } };

describe('the course before its machine has downloaded', () => {
  it('shows the menu without downloading the machine', () => {
    const { loadMachine } = controlledDownload();
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger: silent });
    expect(driver.getView()).toMatchObject({ screen: 'menu', loadFailed: false, progress: emptyProgress() });
    expect(driver.getView().can({ type: 'module.open', moduleId: 'sample' })).toBe(true);
    expect(loadMachine).not.toHaveBeenCalled();
  });

  it('ignores what the menu does not take, without downloading anything', () => {
    const { loadMachine } = controlledDownload();
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger: silent });
    driver.send({ type: 'module.open', moduleId: 'second' }); // locked until "sample" is complete
    driver.send({ type: 'assessment.start' });
    driver.send({ type: 'nav.menu' });
    expect(driver.getView().screen).toBe('menu');
    expect(loadMachine).not.toHaveBeenCalled();
  });

  it('is busy at once on the first click, then hands the click to the machine once it is here', async () => {
    const { loadMachine, latest } = controlledDownload();
    const machine = testCourseMachine(course);
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger: silent });
    const changes = vi.fn();
    driver.subscribe(changes);
    driver.send({ type: 'module.open', moduleId: 'sample' });
    expect(driver.getView()).toMatchObject({ screen: 'busy', loadingAssessment: false });
    expect(driver.getView().can({ type: 'nav.menu' })).toBe(false);
    expect(changes).toHaveBeenCalled();
    latest().resolve(machine.start);
    await flush();
    expect(machine.moduleLoaders.sample).toHaveBeenCalledOnce();
    expect(driver.getView()).toMatchObject({ screen: 'busy', progress: { openModuleId: 'sample' } });
    // From now on events go to the machine, which ignores Menu while a module loads.
    driver.send({ type: 'nav.menu' });
    expect(driver.getView()).toMatchObject({ screen: 'busy' });
    expect(machine.tracking.connect).toHaveBeenCalledOnce();
  });

  it('downloads once on intent, so the click that follows needs no second download', async () => {
    const { loadMachine, latest } = controlledDownload();
    const machine = testCourseMachine(course);
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger: silent });
    driver.preload();
    driver.preload();
    await flush();
    latest().resolve(machine.start);
    await flush();
    // Intent alone starts nothing: the machine starts only when the learner acts.
    expect(machine.tracking.connect).not.toHaveBeenCalled();
    driver.send({ type: 'module.open', moduleId: 'sample' });
    await flush();
    expect(loadMachine).toHaveBeenCalledOnce();
    expect(machine.moduleLoaders.sample).toHaveBeenCalledOnce();
  });

  it('after a failed download, returns to the menu saying so, and the next click tries again', async () => {
    const { loadMachine, latest } = controlledDownload();
    const machine = testCourseMachine(course);
    const logger = { error: vi.fn() };
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger });
    driver.send({ type: 'module.open', moduleId: 'sample' });
    latest().reject(new Error('Failed to fetch dynamically imported module'));
    await flush();
    expect(driver.getView()).toMatchObject({ screen: 'menu', loadFailed: true, progress: { openModuleId: null } });
    expect(logger.error).toHaveBeenCalledWith('The course could not load its next part:', expect.any(Error));
    driver.send({ type: 'module.open', moduleId: 'sample' });
    expect(driver.getView()).toMatchObject({ screen: 'busy', loadFailed: false });
    latest().resolve(machine.start);
    await flush();
    expect(loadMachine).toHaveBeenCalledTimes(2);
    expect(machine.moduleLoaders.sample).toHaveBeenCalledOnce();
  });

  it('keeps a failed download on intent to itself: the menu is unchanged and the click downloads again', async () => {
    const { loadMachine, latest } = controlledDownload();
    const driver = createCourseDriver({ course, progress: undefined, loadMachine, logger: silent });
    driver.preload();
    await flush();
    latest().reject(new Error('offline'));
    await flush();
    expect(driver.getView()).toMatchObject({ screen: 'menu', loadFailed: false });
    driver.send({ type: 'module.open', moduleId: 'sample' });
    expect(loadMachine).toHaveBeenCalledTimes(2);
  });

  it('starts at once when the saved progress has a module open, and resumes that module', async () => {
    const { loadMachine, latest } = controlledDownload();
    const machine = testCourseMachine(course);
    const progress: ProgressRecord = { ...emptyProgress(), modules: { sample: completed }, openModuleId: 'second' };
    const driver = createCourseDriver({ course, progress, loadMachine, logger: silent });
    expect(driver.getView().screen).toBe('busy');
    expect(loadMachine).toHaveBeenCalledOnce();
    latest().resolve(machine.start);
    await flush();
    expect(machine.moduleLoaders.second).toHaveBeenCalledOnce();
    expect(driver.getView()).toMatchObject({ screen: 'busy', progress: { openModuleId: 'second' } });
  });

  it('opens the module the learner chose after a failed resume, not the one that failed', async () => {
    const { loadMachine, latest } = controlledDownload();
    const machine = testCourseMachine(course);
    const progress: ProgressRecord = { ...emptyProgress(), modules: { sample: completed }, openModuleId: 'second' };
    const driver = createCourseDriver({ course, progress, loadMachine, logger: silent });
    latest().reject(new Error('offline'));
    await flush();
    expect(driver.getView()).toMatchObject({ screen: 'menu', loadFailed: true });
    driver.send({ type: 'module.open', moduleId: 'sample' });
    latest().resolve(machine.start);
    await flush();
    expect(machine.moduleLoaders.sample).toHaveBeenCalledOnce();
    expect(machine.moduleLoaders.second).not.toHaveBeenCalled();
  });
});
