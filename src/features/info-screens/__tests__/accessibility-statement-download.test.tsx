import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CourseReferences } from '../../../course/references';
import { partnershipNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { InfoScreensProvider } from '../info-screens-context';
import { InfoScreenLink } from '../info-screen-link';
import { InfoScreensOutlet } from '../info-screens-outlet';
import { network } from '../../../testing/slow-network';

// The statement's code comes through a network the test controls; its texts load for real.
vi.mock('../../preferences/lazy-statement', async () => {
  const { network: slow } = await import('../../../testing/slow-network');
  const { AccessibilityStatement } = await import('../../preferences/accessibility-statement');
  return { lazyStatement: slow.part(AccessibilityStatement, ['statement']) };
});

beforeEach(() => {
  network.reset();
});

// These pages open the statement only; References never downloads.
const noReferences = (): Promise<CourseReferences> => Promise.resolve({});

function renderPage() {
  const result = renderWithI18n(
    <InfoScreensProvider loadReferences={noReferences}>
      <main>
        <InfoScreensOutlet>
          <h1>Spotting grooming</h1>
        </InfoScreensOutlet>
      </main>
      <footer>
        <InfoScreenLink screen="statement" />
      </footer>
    </InfoScreensProvider>,
    // Without the statement's texts, as on the first screen: opening it must fetch them.
    { content: { [partnershipNamespace]: { name: 'Bromley Safeguarding Children Partnership' } }, uiParts: [] },
  );
  return { ...result, link: screen.getByRole('button', { name: 'Accessibility statement' }) };
}

const loading = 'Loading the accessibility statement…';

describe('Accessibility statement on a slow connection', () => {
  it('says it is loading in place of the screen, then shows the statement in its own words with focus on its heading', async () => {
    const { user, link, missingKeys } = renderPage();
    await tabTo(user, link);
    expect(network.requests).toBe(1);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(loading);
    expect(screen.getByText(loading, { selector: 'p' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Spotting grooming' })).toBeNull();
    expect(link).toHaveFocus();

    network.deliver();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    expect(heading).toHaveFocus();
    const statement = screen.getByRole('article');
    expect(within(statement).getByRole('heading', { name: 'How we test the course' })).toBeVisible();
    expect(statement).toHaveTextContent('contact Bromley Safeguarding Children Partnership.');
    expect(statement).not.toHaveTextContent('accessibilityStatement.');
    expect(screen.queryByText(loading, { selector: 'p' })).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('goes back to the screen with focus on the link, and opens at once the next time', async () => {
    const { user, link } = renderPage();
    await user.click(link);
    network.deliver();
    await user.click(await screen.findByRole('button', { name: 'Back to the course' }));
    expect(screen.getByRole('heading', { name: 'Spotting grooming' })).toBeVisible();
    expect(link).toHaveFocus();

    await user.click(link);
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    expect(network.requests).toBe(1);
  });
});

describe('Accessibility statement when the connection drops', () => {
  beforeEach(() => {
    // React reports every error a boundary catches to the console; here they are expected.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return () => quiet.mockRestore();
  });

  it('says kindly that it did not load, with focus on that message, and Try again shows it', async () => {
    const { user, link, missingKeys } = renderPage();
    await user.click(link);
    network.cutOff();
    const problem = await screen.findByRole('heading', { level: 1, name: 'The accessibility statement did not load' });
    expect(problem).toHaveFocus();
    expect(screen.getByText(/^This can happen when the internet connection drops/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(network.requests).toBe(2);
    const notice = screen.getByText(loading, { selector: 'p' });
    // The button that had focus is gone: focus waits on the notice rather than being lost.
    expect(notice).toHaveFocus();
    network.deliver();
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });

  it('when trying again fails too, says how to start afresh, and still tries again', async () => {
    const { user, link, missingKeys } = renderPage();
    await user.click(link);
    network.cutOff();
    await screen.findByRole('heading', { level: 1, name: 'The accessibility statement did not load' });
    // A first failure is most likely the connection: trying again is the one thing to do.
    expect(screen.queryByText(/open it again/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    network.cutOff();
    // Some browsers keep a failed download until the page is new: the learner is told how to get one.
    expect(await screen.findByRole('heading', { level: 1, name: 'The accessibility statement did not load' })).toHaveFocus();
    expect(screen.getByText('If it still does not load once your connection is back, close the course and open it again. Your progress is saved.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    network.deliver();
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });

  it('goes back from the message to the screen as it was, with focus on the link', async () => {
    const { user, link } = renderPage();
    await user.click(link);
    network.cutOff();
    await user.click(await screen.findByRole('button', { name: 'Back to the course' }));
    expect(screen.getByRole('heading', { name: 'Spotting grooming' })).toBeVisible();
    expect(link).toHaveFocus();
  });
});
