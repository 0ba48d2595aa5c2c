import { useTranslation } from 'react-i18next';

/** Shown while a module or question bank loads. */
export function LoadingIndicator() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
