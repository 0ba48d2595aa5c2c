import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { partnershipNamespace } from '../../../course/text-keys';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { samplePartnership, samplePartnershipTexts } from '../../../testing/sample-partnership';
import { HelpProvider, type FrontDoor } from '../help-context';
import { LocalSignpost } from '../local-signpost';

const renderSignpost = (frontDoor: FrontDoor | undefined) =>
  renderWithI18n(
    <HelpProvider frontDoor={frontDoor}>
      <LocalSignpost />
    </HelpProvider>,
    { content: { [partnershipNamespace]: samplePartnershipTexts } },
  );

describe('the signpost on a module’s key points card', () => {
  it('gives the partnership’s front door and both its numbers', () => {
    const { missingKeys } = renderSignpost(samplePartnership.frontDoor);
    expect(screen.getByRole('heading', { level: 4, name: 'Sampleton children’s services front door' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 0123 456 7890 in office hours' })).toHaveAttribute('href', 'tel:01234567890');
    expect(screen.getByRole('link', { name: 'Call 0300 123 4567 out of hours' })).toHaveAttribute('href', 'tel:03001234567');
    expect(missingKeys).toEqual([]);
  });

  it('in the national build, sends the learner to their own council through GOV.UK, with no local number', () => {
    renderSignpost(undefined);
    expect(screen.getByRole('heading', { level: 4, name: 'Your local council’s children’s services' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Find your local council’s children’s services on GOV.UK/ })).toHaveAttribute(
      'href',
      'https://www.gov.uk/report-child-abuse-to-local-council',
    );
    expect(screen.queryByRole('link', { name: /^Call / })).toBeNull();
  });
});
