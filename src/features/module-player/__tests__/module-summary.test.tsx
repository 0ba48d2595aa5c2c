import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createActor } from 'xstate';
import { moduleMachine } from '../../../course/machines/module-machine';
import { courseNamespace, moduleNamespace } from '../../../course/text-keys';
import type { CourseDriver, CourseView } from '../../../course/view/course-view';
import type { Audience } from '../../../course/schema/course-schema';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { buildCourse, buildModule } from '../../../testing/builders';
import { builtSampleModuleTexts } from '../../../testing/built-texts';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { emptyProgress } from '../../../course/progress/progress-record';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { ModuleSummary } from '../module-summary';
import { partnershipNamespace } from '../../../course/text-keys';
import { samplePartnershipTexts } from '../../../testing/sample-partnership';
import type { ReactNode } from 'react';

const detachedModuleMachine = moduleMachine.provide({
  actions: {
    forwardBlockAnswer: () => undefined,
    reportProgress: () => undefined,
    reportCompleted: () => undefined,
    forwardChoice: () => undefined,
    forwardAnswer: () => undefined,
    forwardShown: () => undefined,
  },
});

/** The course as the summary reads it: only its id and audience matter here. */
function driverFor(audience: Audience): CourseDriver {
  const view: CourseView = {
    screen: 'module',
    loadingAssessment: false,
    course: buildCourse({ audience }),
    progress: emptyProgress(),
    loadFailed: false,
    can: () => false,
    moduleRef: null,
    assessmentRef: null,
  };
  return { getView: () => view, subscribe: () => () => undefined, send: () => undefined, preload: () => undefined };
}

/** `signpost` stands for what the app puts on the card (the help feature's LocalSignpost). */
function renderSummary(audience: Audience, signpost?: ReactNode) {
  const module = buildModule();
  const moduleRef = createActor(detachedModuleMachine, { input: { module, progress: { completed: false, position: { at: 'summary' }, scenarios: {}, answers: {} } } }).start();
  const course = driverFor(audience).getView().course;
  const summary = (
    <CourseDriverContext value={driverFor(audience)}>
      <ModuleSummary moduleRef={moduleRef} signpost={signpost} />
    </CourseDriverContext>
  );
  return renderWithI18n(summary, {
    content: {
      [moduleNamespace(module.id)]: builtSampleModuleTexts(module),
      [courseNamespace(course.id)]: sampleCourseTexts,
      [partnershipNamespace]: samplePartnershipTexts,
    },
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the key points card at the end of a module', () => {
  it('is titled "Key points" for practitioners, holds the summary and says where it is from', () => {
    const { missingKeys } = renderSummary('practitioners');
    const card = screen.getByRole('region', { name: 'Key points' });
    expect(within(card).getByRole('heading', { level: 2, name: 'Key points' })).toBeInTheDocument();
    expect(within(card).getByText('Listen')).toBeInTheDocument();
    expect(within(card).getByText('Report')).toBeInTheDocument();
    expect(within(card).getByText('From “Spotting contact risk”, Sample course')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('is titled "What to do now" for parents and carers', () => {
    renderSummary('parents-and-carers');
    expect(screen.getByRole('region', { name: 'What to do now' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Key points' })).toBeNull();
  });

  it('prints from a button reached by keyboard', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderSummary('parents-and-carers');
    await tabTo(user, screen.getByRole('button', { name: 'Print “What to do now”' }));
    await user.keyboard('{Enter}');
    expect(print).toHaveBeenCalledOnce();
  });

  it('carries where to go with a worry on the card, so a printed copy has it too', () => {
    const { missingKeys } = renderSummary('parents-and-carers', <p>Call the front door</p>);
    const card = screen.getByRole('region', { name: 'What to do now' });
    expect(within(card).getByRole('heading', { level: 3, name: 'If you are worried about a child' })).toBeInTheDocument();
    expect(within(card).getByText('Call the front door')).toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });
});
