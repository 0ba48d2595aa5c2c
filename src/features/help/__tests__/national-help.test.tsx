import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { partnershipNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleNationalTexts } from '../../../testing/sample-partnership';
import { HelpButton } from '../help-button';
import { HelpPanel } from '../help-panel';
import { HelpProvider } from '../help-context';

/** The national build: no partnership, so no local front door (partnerships/national). */
const renderNationalHelp = () =>
  renderWithI18n(
    <HelpProvider frontDoor={undefined}>
      <HelpButton label="Get help now" />
      <HelpPanel />
    </HelpProvider>,
    { content: { [partnershipNamespace]: sampleNationalTexts } },
  );

describe('Get help now in the national build', () => {
  it('lists 999, the learner’s own council through GOV.UK, NSPCC, Childline, CEOP, Stop It Now and Samaritans, in that order', async () => {
    const { user, missingKeys } = renderNationalHelp();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    const panel = screen.getByRole('region', { name: 'Get help and support' });
    expect(within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Emergency',
      'Your local council’s children’s services',
      'NSPCC Helpline',
      'Childline',
      'CEOP Safety Centre',
      'Stop It Now',
      'Samaritans',
    ]);
    expect(within(panel).getByText(/contact your local council’s children’s services/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Find your local council’s children’s services on GOV.UK (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://www.gov.uk/report-child-abuse-to-local-council',
    );
    expect(within(panel).getByRole('link', { name: 'Call Samaritans on 116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(missingKeys).toEqual([]);
  });

  it('shows no local number: every phone link is a national one', async () => {
    const { user } = renderNationalHelp();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    const phones = screen.getAllByRole('link').flatMap((a) => (a.getAttribute('href')?.startsWith('tel:') ? [a.getAttribute('href')] : []));
    expect(phones).toEqual(['tel:999', 'tel:08088005000', 'tel:08001111', 'tel:08081000900', 'tel:116123']);
  });
});
