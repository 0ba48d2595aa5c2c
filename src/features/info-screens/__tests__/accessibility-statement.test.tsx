import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CourseReferences } from '../../../course/references';
import { partnershipNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { tabTo } from '../../../testing/keyboard';
import { InfoScreensProvider } from '../info-screens-context';
import { InfoScreenLink } from '../info-screen-link';
import { InfoScreensOutlet } from '../info-screens-outlet';

const PARTNERSHIP = 'Bromley Safeguarding Children Partnership';

// These pages open the statement only; References never downloads.
const noReferences = (): Promise<CourseReferences> => Promise.resolve({});

/** A page like the course shell: a screen with an answer in progress in main, the link in the footer. */
function renderPage() {
  const result = renderWithI18n(
    <InfoScreensProvider loadReferences={noReferences}>
      <main>
        <InfoScreensOutlet>
          <h1>Spotting grooming</h1>
          <label>
            Your notes <input type="text" />
          </label>
        </InfoScreensOutlet>
      </main>
      <footer>
        <InfoScreenLink screen="statement" />
      </footer>
    </InfoScreensProvider>,
    // Without the statement's texts: opening it must download them along with its code.
    { content: { [partnershipNamespace]: { name: PARTNERSHIP } }, uiParts: [] },
  );
  return { ...result, link: screen.getByRole('button', { name: 'Accessibility statement' }) };
}

describe('Accessibility statement', () => {
  it('opens from the footer in place of the screen, and its heading takes focus', async () => {
    const { user, link, missingKeys } = renderPage();
    await tabTo(user, link);
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Spotting grooming' })).not.toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('says what standard the course aims for, how it is tested, its limits, and when it was prepared', async () => {
    const { user, link } = renderPage();
    await user.click(link);
    const statement = await screen.findByRole('article');
    expect(statement).toHaveTextContent('Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA');
    expect(within(statement).getByRole('heading', { name: 'How we test the course' })).toBeVisible();
    expect(statement).toHaveTextContent('Automated accessibility checks (axe) run on every kind of screen');
    expect(statement).toHaveTextContent('320 pixels');
    expect(within(statement).getByRole('heading', { name: 'Known limitations' })).toBeVisible();
    expect(statement).toHaveTextContent('not yet been tested by disabled people');
    expect(statement).toHaveTextContent('text size up to 150%, high contrast colours, an easier-to-read font with more spacing, and reduced motion');
    expect(statement).toHaveTextContent('This statement was prepared in November 2026.');
  });

  it('tells learners to report problems to the partnership the course was built for', async () => {
    const { user, link } = renderPage();
    await user.click(link);
    expect(within(await screen.findByRole('article')).getByText(/^If you find a problem/)).toHaveTextContent(`contact ${PARTNERSHIP}.`);
  });

  it('goes back to the screen as it was, with focus back on the link that opened it', async () => {
    const { user, link } = renderPage();
    await user.type(screen.getByRole('textbox', { name: 'Your notes' }), 'half-written');
    await tabTo(user, link);
    await user.keyboard('{Enter}');
    await tabTo(user, await screen.findByRole('button', { name: 'Back to the course' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Spotting grooming' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Your notes' })).toHaveValue('half-written');
    expect(link).toHaveFocus();
  });
});
