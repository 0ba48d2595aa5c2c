import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../course/progress/progress-record';
import { courseNamespace, partnershipNamespace } from '../../course/text-keys';
import { CourseDriverContext } from '../../lib/course-view/use-course-view';
import { LearnerSessionContext } from '../../lib/learner/learner-session';
import { PartnershipProvider } from '../../lib/partnership/partnership-context';
import { renderWithI18n } from '../../testing/render-with-i18n';
import { samplePartnership, samplePartnershipTexts } from '../../testing/sample-partnership';
import { sampleCourseTexts } from '../../testing/sample-texts';
import { testCourseDriver } from '../../testing/test-course';
import { HelpProvider } from '../../features/help/help-context';
import { InfoScreensProvider } from '../../features/info-screens/info-screens-context';
import { AppContentContext, type AppContent } from '../app-content-context';
import { CompletionScreen } from '../completion-screen';

const done = { ...emptyModuleProgress(), completed: true, position: { at: 'summary' as const } };
const passed: ProgressRecord = { ...emptyProgress(), modules: { sample: done, second: done }, assessment: { attempts: [{ seed: 1, score: 85, answers: {} }] } };

function renderCompletion() {
  const { driver, course } = testCourseDriver({ progress: passed });
  const content: AppContent = {
    resolveMedia: () => undefined,
    questionNamespace: () => 'question',
    loadReferences: () => Promise.resolve({}),
    loadEveryModuleText: vi.fn(async () => undefined),
  };
  return renderWithI18n(
    <AppContentContext value={content}>
      <PartnershipProvider value={{ partnership: samplePartnership, buildInfo: { courseVersion: '1.2.0', builtOn: '2026-12-04' } }}>
        <HelpProvider frontDoor={samplePartnership.frontDoor}>
          <CourseDriverContext value={driver}>
            <InfoScreensProvider loadReferences={content.loadReferences}>
              <LearnerSessionContext value={{ lmsLearnerName: 'Patel, Asha', timeSpentSeconds: () => 9000 }}>
                <CompletionScreen />
              </LearnerSessionContext>
            </InfoScreensProvider>
          </CourseDriverContext>
        </HelpProvider>
      </PartnershipProvider>
    </AppContentContext>,
    { content: { [courseNamespace(course.id)]: sampleCourseTexts, [partnershipNamespace]: samplePartnershipTexts } },
  );
}

describe('completion screen wiring', () => {
  it('opens the certificate with the partnership\'s name and the build\'s version, and comes back to the button that opened it', async () => {
    const { user, missingKeys } = renderCompletion();
    expect(screen.getByText('Time spent in the course: 2 hours 30 minutes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'View your certificate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your certificate' })).toHaveFocus();
    const certificate = screen.getByRole('article', { name: 'Certificate of completion' });
    expect(certificate).toHaveTextContent('Asha Patel');
    expect(certificate).toHaveTextContent('Provided by Sampleton Safeguarding Children Partnership');
    expect(certificate).toHaveTextContent('Final assessment score: 85%');
    expect(certificate).toHaveTextContent('Time spent in the course: 2 hours 30 minutes');
    expect(certificate).toHaveTextContent('Course version: 1.2.0');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'View your certificate' })).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });
});
