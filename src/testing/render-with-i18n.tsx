import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from '../components/ui/announcer';
import { createTestI18n, type TestI18n, type TestI18nOptions } from './test-i18n';

export type RenderWithI18nResult = RenderResult & TestI18n & { user: UserEvent };

/** Render inside the providers every screen expects: i18n (real UI strings) and the announcer. */
export function renderWithI18n(ui: ReactElement, options: TestI18nOptions = {}): RenderWithI18nResult {
  const testI18n = createTestI18n(options);
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={testI18n.i18n}>
      <AnnouncerProvider>{children}</AnnouncerProvider>
    </I18nextProvider>
  );
  const user = userEvent.setup({ delay: null });
  return Object.assign(render(ui, { wrapper: Wrapper }), testI18n, { user });
}
