import { describe, expect, it } from 'vitest';
import previewText from '../../preview/locales/en-GB.json';
import { courseText } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { answerLessonBlocks, onScreen, passKnowledgeCheck, playScenarioBestPath, type Player } from './support/module-walkthrough';
import { captureOnFailure } from './support/failure-capture';
import { loadCourseContent, loadModuleContent, uiText } from './support/course-text';
import { activate, tabTo } from './support/keyboard';
import { callsOf } from './support/preview-page';
import { previewSuite } from './support/preview-suite';
import { expectAtLeast, expectText } from './support/waits';

/**
 * A module, start to finish, with the keyboard alone: Tab and Shift+Tab to move, Enter
 * and Space to act, arrow keys in radio groups and drop-down lists. No clicks, no
 * fill(), no programmatic focus. Runs in the preview LMS (SCORM 1.2). Interactive lesson
 * blocks (spot the signs, sort into groups) are answered and checked on the way.
 *
 * The module is one a new learner can open: where modules unlock in order, the course's
 * first; where they unlock freely, the first with a scenario told as a message thread, so
 * between the two courses lesson blocks, threads and questions are all used by keyboard.
 * Which module that is follows the course's YAML, so modules can be added or moved.
 */

const suite = previewSuite('built');

function moduleToWalk(courseId: string): string {
  const { course } = loadCourseContent(courseId);
  const first = course.modules[0];
  if (!first) throw new Error(`modules/courses/${courseId}/course.yaml lists no module`);
  if (course.unlocking === 'sequential') return first.id;
  const withThread = course.modules.find(({ id }) => loadModuleContent(id).module.scenarios.some((s) => s.nodes.some((n) => n.messages)));
  return (withThread ?? first).id;
}

describe.each(['risks-to-children', 'parents-and-carers'].map((courseId) => [courseId, moduleToWalk(courseId)]))(
  '%s: module %s by keyboard alone (SCORM 1.2 in the preview LMS)',
  (COURSE_ID, MODULE_ID) => {
    it('goes from the content warning (if any) to the summary, and the menu and the LMS show it complete', async () => {
      const course = loadCourseContent(COURSE_ID);
      const content = loadModuleContent(MODULE_ID);
      const { module, text } = content;
      const moduleTitle = course.text(courseText.moduleTitle(MODULE_ID));

      const preview = await suite.open(`?course=${COURSE_ID}&version=scorm12`);
      const { page, course: frame } = preview;
      captureOnFailure(page, `keyboard-${MODULE_ID}`);
      const player: Player = { page, frame, content };

      await activate(page, frame, uiText('menu.start', { title: moduleTitle }));
      if (module.contentWarning) {
        await onScreen(frame, uiText('module.warning.title'));
        await activate(page, frame, uiText('module.warning.continue'));
      }
      await onScreen(frame, text(moduleText.introTitle));
      await activate(page, frame, uiText('module.intro.start'));

      for (const step of module.steps) {
        if (step.type === 'lesson') {
          await onScreen(frame, text(moduleText.stepTitle(step.id)));
          await answerLessonBlocks(player, step);
          await activate(page, frame, uiText('nav.next'));
        } else if (step.type === 'scenario') {
          const scenario = module.scenarios.find((s) => s.id === step.scenario);
          if (!scenario) throw new Error(`modules/${MODULE_ID}/module.yaml: step "${step.id}" names no scenario`);
          await onScreen(frame, new RegExp(text(moduleText.scenarioTitle(scenario.id)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          await playScenarioBestPath(player, scenario);
        } else {
          await passKnowledgeCheck(player, step);
        }
      }

      await activate(page, frame, uiText('module.summary.finish'));

      // Back on the menu: the module says so in words, and its button now offers a revisit.
      const card = frame.getByRole('listitem').filter({ has: frame.getByRole('heading', { name: moduleTitle, exact: true }) });
      await expectText(card.locator('p, li'), uiText('menu.status.complete'));
      await tabTo(page, frame, 'button', uiText('menu.revisit', { title: moduleTitle }));

      // The LMS was told: commits happened, and the module's objective is complete.
      await expectAtLeast(callsOf(preview, 'LMSCommit'), 1);
      // Objective ids are the module id in SCORM-safe characters ("-" may become "_").
      const objectiveId = MODULE_ID.replace(/-/g, '[-_]');
      // Its index depends on the order objectives were first written, so any row may hold it.
      const objectiveRows = page
        .getByRole('table', { name: previewText.cmi.caption })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^cmi\.objectives\.\d+$/ }) })
        .locator('code.value');
      await expectText(objectiveRows, new RegExp(`id=${objectiveId} .*status=(completed|passed)`));
      expect(await preview.cmiValue('cmi.suspend_data').textContent()).not.toBe(previewText.cmi.empty);

      // Close and relaunch from the preview (by keyboard too): the course resumes with the module complete.
      await tabTo(page, page, 'button', previewText.attempt.relaunch, { key: 'Shift+Tab' });
      await page.keyboard.press('Enter');
      await expectText(preview.cmiValue('cmi.core.entry'), 'resume');
      await expectText(frame.getByRole('listitem').filter({ hasText: moduleTitle }).locator('p, li'), uiText('menu.status.complete'));

      await preview.guard.assertClean(page);
    });
  },
);
