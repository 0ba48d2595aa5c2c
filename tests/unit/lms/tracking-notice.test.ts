// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, expect, it } from 'vitest';
import { createModuleStore } from '../../../src/app/module-store';
import { startTrackingSession } from '../../../src/app/tracking-session';
import { TrackingStatusNotice } from '../../../src/features/tracking-status/tracking-status-notice';
import { showTrackingEvent, useTrackingStatusStore } from '../../../src/features/tracking-status/tracking-status-store';
import { createScorm12Port } from '../../../src/lib/lms/scorm12-adapter';
import { buildCourse } from '../../../src/testing/builders';
import { FakeScheduler } from '../../../src/testing/fake-scheduler';
import { renderWithI18n } from '../../../src/testing/render-with-i18n';
import { silentLogger } from '../../../src/testing/silent-logger';
import { strictLms12 } from '../../../src/testing/strict-lms';

afterEach(() => {
  cleanup();
  useTrackingStatusStore.setState({ notice: 'none' });
});

it('shows the learner that progress may not be saved while the LMS fails, and when it saves again', async () => {
  const lms = strictLms12();
  const scheduler = new FakeScheduler();
  const logger = silentLogger();
  lms.fail('commit', 2);
  const port = createScorm12Port(lms.api, { scheduler, logger });
  const session = await startTrackingSession({
    course: buildCourse(),
    progressSalt: 0,
    modules: createModuleStore({ moduleLoaders: {}, moduleLocaleLoaders: {} }),
    port,
    page: { window, document },
    logger,
    scheduler,
  });
  renderWithI18n(createElement(TrackingStatusNotice));
  act(() => {
    session.subscribe(showTrackingEvent);
  });
  expect(screen.getByRole('alert')).toHaveTextContent('Your progress may not be saving at the moment.');

  act(() => scheduler.runAll());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText('Your progress is being saved again.')).toBeInTheDocument();
  session.dispose();
});
