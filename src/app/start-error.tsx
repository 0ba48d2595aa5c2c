import type { i18n } from 'i18next';

/** Shown instead of the course when it cannot start (e.g. its texts failed to load). */
export function StartError({ i18n }: { i18n: i18n }) {
  return (
    <main className="site-main">
      <h1>{i18n.t('app.loadError.startTitle')}</h1>
      <p>{i18n.t('app.loadError.startBody')}</p>
    </main>
  );
}
