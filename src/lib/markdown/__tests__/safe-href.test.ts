import { describe, expect, it } from 'vitest';
import { safeHref } from '../safe-href';

describe('safeHref', () => {
  it('opens web pages in a new tab', () => {
    expect(safeHref('https://www.ceop.police.uk/Safety-Centre/')).toEqual({
      href: 'https://www.ceop.police.uk/Safety-Centre/',
      opensInNewTab: true,
    });
  });

  it('keeps phone and email links in place', () => {
    expect(safeHref('tel:08001111')).toEqual({ href: 'tel:08001111', opensInNewTab: false });
    expect(safeHref('mailto:help@nspcc.org.uk')).toEqual({ href: 'mailto:help@nspcc.org.uk', opensInNewTab: false });
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    'refuses %j',
    (href) => {
      expect(safeHref(href)).toBeNull();
    },
  );

  it('refuses relative links, which would navigate the course frame away', () => {
    expect(safeHref('other-page.html')).toBeNull();
    expect(safeHref('//evil.example/')).toBeNull();
    expect(safeHref('#top')).toBeNull();
  });
});
