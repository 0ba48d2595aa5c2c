import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { partnershipNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { samplePartnership, samplePartnershipTexts } from '../../../testing/sample-partnership';
import { HelpButton } from '../help-button';
import { HelpPanel } from '../help-panel';
import { HelpProvider, type FrontDoor } from '../help-context';

/** The header's button, the panel after it, and a second opener further down (as on a content warning). */
const renderHelp = (frontDoor: FrontDoor = samplePartnership.frontDoor) =>
  renderWithI18n(
    <HelpProvider frontDoor={frontDoor}>
      <header>
        <HelpButton label="Get help now" />
      </header>
      <HelpPanel />
      <main>
        <HelpButton label="Get help" />
      </main>
    </HelpProvider>,
    { content: { [partnershipNamespace]: samplePartnershipTexts } },
  );

const panel = () => screen.getByRole('region', { name: 'Get help and support' });
const link = (name: string) => within(panel()).getByRole('link', { name });

describe('Get help now', () => {
  it('is closed at first: the button says so and points at the panel, which is hidden', () => {
    renderHelp();
    const button = screen.getByRole('button', { name: 'Get help now' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.getElementById(button.getAttribute('aria-controls')!)).not.toBeNull();
  });

  it('opens by keyboard with its heading focused, then Tab reaches the first number to call', async () => {
    const { user, missingKeys } = renderHelp();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Get help now' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(panel()).getByRole('heading', { level: 2, name: 'Get help and support' })).toHaveFocus();
    await user.tab();
    expect(link('Call 999')).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });

  it('lists the national helplines as phone links with the number in the text, and web links that say they open a new tab', async () => {
    const { user } = renderHelp();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    expect(link('Call 999')).toHaveAttribute('href', 'tel:999');
    expect(link('Call Childline on 0800 1111')).toHaveAttribute('href', 'tel:08001111');
    expect(link('childline.org.uk (opens in a new tab)')).toHaveAttribute('href', 'https://www.childline.org.uk/');
    expect(link('Call the NSPCC Helpline on 0808 800 5000')).toHaveAttribute('href', 'tel:08088005000');
    expect(link('nspcc.org.uk (opens in a new tab)')).toHaveAttribute('href', 'https://www.nspcc.org.uk/');
    expect(link('Report to CEOP (opens in a new tab)')).toHaveAttribute('href', 'https://www.ceop.police.uk/Safety-Centre/');
    expect(within(panel()).getByText(/online sexual abuse or grooming/)).toBeInTheDocument();
    expect(link('Call Stop It Now on 0808 1000 900')).toHaveAttribute('href', 'tel:08081000900');
    expect(link('Report to CEOP (opens in a new tab)')).toHaveAttribute('target', '_blank');
  });

  it('lists the partnership’s own front door: its name, what it is for, both numbers and its website', async () => {
    const { user } = renderHelp();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Sampleton children’s services front door' })).toBeInTheDocument();
    expect(within(panel()).getByText('If you are worried about a child in Sampleton, call the front door.')).toBeInTheDocument();
    expect(link('Call 0123 456 7890 in office hours')).toHaveAttribute('href', 'tel:01234567890');
    expect(link('Call 0300 123 4567 out of hours')).toHaveAttribute('href', 'tel:03001234567');
    expect(link('How to report a concern to Sampleton Safeguarding Children Partnership (opens in a new tab)')).toHaveAttribute(
      'href',
      'https://example.org/report-a-concern',
    );
  });

  it('leaves out the front door’s website link when the partnership has none', async () => {
    const { user } = renderHelp({ phone: '0123 456 7890', outOfHoursPhone: '0300 123 4567' });
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    expect(link('Call 0123 456 7890 in office hours')).toBeInTheDocument();
    expect(within(panel()).queryByRole('link', { name: /How to report a concern/ })).toBeNull();
  });

  it('tells the learner how to leave quickly', async () => {
    const { user } = renderHelp();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    expect(within(panel()).getByText(/Press Escape twice, or use “Exit this page”/)).toBeInTheDocument();
  });

  it('closes on Escape and returns focus to the button that opened it', async () => {
    const { user } = renderHelp();
    const opener = screen.getByRole('button', { name: 'Get help' });
    await user.click(opener);
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).toBeNull();
    expect(opener).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Get help now' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with "Close help", and with the button that opened it', async () => {
    const { user } = renderHelp();
    const header = screen.getByRole('button', { name: 'Get help now' });
    await user.click(header);
    await user.click(within(panel()).getByRole('button', { name: 'Close help' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(header).toHaveFocus();

    await user.click(header);
    await user.click(header);
    expect(screen.queryByRole('region')).toBeNull();
    expect(header).toHaveFocus();
  });
});
