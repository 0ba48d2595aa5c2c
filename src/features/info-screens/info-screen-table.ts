import type { ParseKeys } from 'i18next';
import type { CourseReferences } from '../../course/references';
import type { LazyWithTexts } from '../../lib/i18n/lazy-with-texts';
import { lazyAbout } from '../about/lazy-about';
import { lazyStatement } from '../preferences/lazy-statement';
import { lazyReferences } from '../references/lazy-references';

type UiKey = ParseKeys<'ui'>;

export type InfoScreenId = 'references' | 'about' | 'statement';

/** What sets one full-page information screen apart from the others; the mechanism is shared. */
export interface InfoScreen {
  /** Its code and texts, downloaded on intent or when it opens, never with the first screen. */
  part: LazyWithTexts<{ onBack: () => void }>;
  /**
   * Opens over the screen showing, and Back returns to it. The statement does, so a learner on
   * References or About can read it and come back; those two replace each other.
   */
  over?: boolean;
  /** The control that opens it: its class (styles and browser tests find it by it) and label. */
  link: { className: string; label: UiKey };
  /** Said in its place if the download fails. */
  failure: { title: UiKey; body: UiKey; back: UiKey };
  /** Said in its place while it downloads; without it, the loading indicator the module screens use. */
  loading?: UiKey;
}

/** The screens, given where the course's sources come from (AppContent.loadReferences). */
export function infoScreens(loadReferences: () => Promise<CourseReferences>): Record<InfoScreenId, InfoScreen> {
  return {
    references: {
      part: lazyReferences(loadReferences),
      link: { className: 'references-link', label: 'references.link' },
      failure: { title: 'app.loadError.title', body: 'app.loadError.screenBody', back: 'nav.back' },
    },
    about: {
      part: lazyAbout,
      link: { className: 'about-link', label: 'about.link' },
      failure: { title: 'app.loadError.title', body: 'app.loadError.screenBody', back: 'nav.back' },
    },
    statement: {
      part: lazyStatement,
      over: true,
      link: { className: 'accessibility-statement-link', label: 'accessibilityStatement.link' },
      failure: { title: 'accessibilityStatement.loadFailed.title', body: 'accessibilityStatement.loadFailed.body', back: 'accessibilityStatement.back' },
      loading: 'accessibilityStatement.loading',
    },
  };
}
