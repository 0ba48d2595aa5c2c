import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { CourseReferences } from '../../../course/references';
import { courseNamespace } from '../../../course/text-keys';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { DownloadFailedError } from '../../../lib/i18n/lazy-with-texts';
import { compileMarkdown } from '../../../lib/markdown/compile-markdown';
import { buildCourse } from '../../../testing/builders';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { testCourseDriver } from '../../../testing/test-course';
import { ContentReviewed } from '../content-reviewed';
import { InfoScreenLink } from '../../info-screens/info-screen-link';
import { InfoScreensOutlet } from '../../info-screens/info-screens-outlet';
import { InfoScreensProvider } from '../../info-screens/info-screens-context';
import { formatReviewDate } from '../review-date';

// The lazy screen can take seconds to arrive on a loaded machine.
const SLOW = { timeout: 10_000 };

const references: CourseReferences = {
  'en-GB': [
    { id: 'dfe-kcsie', citation: compileMarkdown('Department for Education, *Keeping Children Safe in Education*, September 2025. [GOV.UK](https://www.gov.uk/)'), modules: ['sample', 'second'] },
    { id: 'nca-alert', citation: compileMarkdown('National Crime Agency, sextortion alert to schools, April 2024.'), modules: ['second'] },
  ],
};

function renderReferences({ load = () => Promise.resolve(references), lastReviewed = '2026-11-21' as string | null } = {}) {
  const course = buildCourse(lastReviewed ? { lastReviewed } : {});
  const { driver } = testCourseDriver({ course });
  return renderWithI18n(
    <CourseDriverContext value={driver}>
      <InfoScreensProvider loadReferences={load}>
        <InfoScreensOutlet>
          <h1>The screen underneath</h1>
          <button type="button">Something on the screen</button>
        </InfoScreensOutlet>
        <footer>
          <InfoScreenLink screen="references" />
          <ContentReviewed />
        </footer>
      </InfoScreensProvider>
    </CourseDriverContext>,
    // Like the app: the screen's own strings (player.json) download with it.
    { content: { [courseNamespace(course.id)]: sampleCourseTexts }, uiParts: [] },
  );
}

describe('References', { timeout: 20_000 }, () => {
  it('downloads nothing until the learner opens it', () => {
    const load = vi.fn(() => Promise.resolve(references));
    renderReferences({ load });
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'The screen underneath' })).toBeVisible();
  });

  it('opens in place of the screen with every source once, by author, the modules citing it and the review date', async () => {
    const { user, missingKeys } = renderReferences();
    await user.click(screen.getByRole('button', { name: 'References' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW);
    await waitFor(() => expect(heading).toHaveFocus(), SLOW);
    expect(screen.queryByRole('heading', { name: 'The screen underneath' })).toBeNull();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Department for Education, Keeping Children Safe in Education, September 2025. GOV.UK (opens in a new tab)Cited in: Spotting contact risk and The second module',
      'National Crime Agency, sextortion alert to schools, April 2024.Cited in: The second module',
    ]);
    expect(screen.getByText('All 2 sources this course draws on', { exact: false })).toBeInTheDocument();
    const article = heading.closest('article');
    expect(article && within(article).getByText('21 November 2026')).toHaveAttribute('dateTime', '2026-11-21');
    expect(missingKeys).toEqual([]);
  });

  it('goes back to the screen as it was, with focus on the control that opened it', async () => {
    const { user } = renderReferences();
    const opener = screen.getByRole('button', { name: 'References' });
    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Back' }, SLOW));
    expect(screen.getByRole('heading', { level: 1, name: 'The screen underneath' })).toBeVisible();
    expect(opener).toHaveFocus();
  });

  it('works with the keyboard alone', async () => {
    const { user } = renderReferences();
    screen.getByRole('button', { name: 'Something on the screen' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'References' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'References' })).toHaveFocus(), SLOW);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'References' })).toHaveFocus();
  });

  it('offers to try again when the sources fail to download, and then shows them', async () => {
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new DownloadFailedError('offline')) : Promise.resolve(references)));
    const { user } = renderReferences({ load });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'References' }));
    expect(await screen.findByText(/^This can happen when the internet connection drops/, undefined, SLOW)).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW)).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows when the content was last reviewed', () => {
    renderReferences();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Content last reviewed 21 November 2026');
  });

  it('shows no review date for a course without one', () => {
    renderReferences({ lastReviewed: null });
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent('reviewed');
  });
});

describe('formatReviewDate', () => {
  it('writes the date the learner’s way, never a day early', () => {
    expect(formatReviewDate('2026-01-01', 'en-GB')).toBe('1 January 2026');
  });
});
