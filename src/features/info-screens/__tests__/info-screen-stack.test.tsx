import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CourseReferences } from '../../../course/references';
import { courseNamespace, partnershipNamespace } from '../../../course/text-keys';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { compileMarkdown } from '../../../lib/markdown/compile-markdown';
import { PartnershipProvider } from '../../../lib/partnership/partnership-context';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { samplePartnership, samplePartnershipTexts } from '../../../testing/sample-partnership';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { testCourseDriver } from '../../../testing/test-course';
import { InfoScreenLink } from '../info-screen-link';
import { InfoScreensOutlet } from '../info-screens-outlet';
import { InfoScreensProvider, useInfoScreens } from '../info-screens-context';

// The lazy screens can take seconds to arrive on a loaded machine.
const SLOW = { timeout: 10_000 };

const references: CourseReferences = {
  'en-GB': [{ id: 'dfe-kcsie', citation: compileMarkdown('Department for Education, *Keeping Children Safe in Education*, September 2025.'), modules: ['sample'] }],
};

/** What the course shell's Course menu button does to the information screens. */
function MenuButton() {
  const { closeAll } = useInfoScreens();
  return (
    <button type="button" onClick={closeAll}>
      Course menu
    </button>
  );
}

/** A page like the course shell: a screen in main, the three links in the footer. */
function renderPage() {
  const { driver, course } = testCourseDriver();
  const result = renderWithI18n(
    <PartnershipProvider value={{ partnership: samplePartnership, buildInfo: { courseVersion: '1.2.0', builtOn: '2026-12-04' } }}>
      <CourseDriverContext value={driver}>
        <InfoScreensProvider loadReferences={() => Promise.resolve(references)}>
          <header>
            <MenuButton />
          </header>
          <main>
            <InfoScreensOutlet>
              <h1>The screen underneath</h1>
              {/* As on the completion screen: a link to References on the screen itself. */}
              <p>
                <InfoScreenLink screen="references" />
              </p>
            </InfoScreensOutlet>
          </main>
          <footer>
            <InfoScreenLink screen="statement" />
            <InfoScreenLink screen="references" />
            <InfoScreenLink screen="about" />
          </footer>
        </InfoScreensProvider>
      </CourseDriverContext>
    </PartnershipProvider>,
    // Like the app: each screen's own strings download with it.
    { content: { [courseNamespace(course.id)]: sampleCourseTexts, [partnershipNamespace]: samplePartnershipTexts }, uiParts: [] },
  );
  const footer = within(screen.getByRole('contentinfo'));
  return {
    ...result,
    statementLink: footer.getByRole('button', { name: 'Accessibility statement' }),
    referencesLink: footer.getByRole('button', { name: 'References' }),
    referencesOnScreen: within(screen.getByRole('main')).getByRole('button', { name: 'References' }),
    aboutLink: footer.getByRole('button', { name: 'About this course' }),
  };
}

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('Information screens over one another', { timeout: 20_000 }, () => {
  it('opens the statement over References, and Back returns to References as it was, with focus on the statement link', async () => {
    const { user, statementLink, referencesLink, missingKeys } = renderPage();
    await user.click(referencesLink);
    const referencesHeading = await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW);

    await user.click(statementLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }, SLOW)).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(referencesHeading).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Back to the course' }));
    // The same References screen, kept mounted underneath: its heading does not take focus again.
    expect(h1()).toBe(referencesHeading);
    expect(referencesHeading).toBeVisible();
    expect(statementLink).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'The screen underneath' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(h1()).toHaveTextContent('The screen underneath');
    expect(referencesLink).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });

  it('opens the statement over About, and Back returns to About', async () => {
    const { user, statementLink, aboutLink } = renderPage();
    await user.click(aboutLink);
    const aboutHeading = await screen.findByRole('heading', { level: 1, name: 'About this course' }, SLOW);
    await user.click(statementLink);
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Back to the course' }));
    expect(h1()).toBe(aboutHeading);
    expect(statementLink).toHaveFocus();
  });

  it('leaves the statement and the screen under it when References or About opens, and Back goes to the screen underneath', async () => {
    const { user, statementLink, referencesLink, aboutLink } = renderPage();
    await user.click(referencesLink);
    await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW);
    await user.click(statementLink);
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }, SLOW);

    await user.click(aboutLink);
    await waitFor(() => expect(h1()).toHaveTextContent('About this course'), SLOW);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(h1()).toHaveTextContent('The screen underneath');
    expect(aboutLink).toHaveFocus();

    await user.click(aboutLink);
    await screen.findByRole('heading', { level: 1, name: 'About this course' }, SLOW);
    await user.click(referencesLink);
    await waitFor(() => expect(h1()).toHaveTextContent('References'), SLOW);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('takes focus back to a link on the screen underneath only once that screen shows again', async () => {
    const { user, referencesOnScreen } = renderPage();
    await user.click(referencesOnScreen);
    await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW);
    expect(referencesOnScreen).not.toBeVisible();

    // A browser cannot focus an element inside a hidden screen: focus would be lost.
    const hiddenWhenFocused: boolean[] = [];
    referencesOnScreen.addEventListener('focus', () => hiddenWhenFocused.push(referencesOnScreen.closest('[hidden]') !== null));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(h1()).toHaveTextContent('The screen underneath');
    expect(referencesOnScreen).toHaveFocus();
    expect(hiddenWhenFocused).toEqual([false]);
  });

  it('leaves them all for the course menu without taking focus back to a link', async () => {
    const { user, statementLink, referencesLink } = renderPage();
    await user.click(referencesLink);
    await screen.findByRole('heading', { level: 1, name: 'References' }, SLOW);
    await user.click(statementLink);
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }, SLOW);

    const menu = screen.getByRole('button', { name: 'Course menu' });
    await user.click(menu);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(h1()).toHaveTextContent('The screen underneath');
    expect(menu).toHaveFocus();
  });
});
