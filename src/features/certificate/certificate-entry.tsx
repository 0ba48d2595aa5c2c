import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';

interface CertificateEntryProps {
  onOpen: () => void;
  /** Starts downloading the certificate screen when the learner shows they are about to open it. */
  onIntent?: () => void;
  /** The button, so focus can come back to it from the certificate. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** On the completion screen: what the certificate is, and the way to it. */
export function CertificateEntry({ onOpen, onIntent, buttonRef }: CertificateEntryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="certificate-entry" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('completion.certificate.heading')}</h2>
      <p>{t('completion.certificate.body')}</p>
      <Button ref={buttonRef} onClick={onOpen} onPointerEnter={onIntent} onFocus={onIntent}>
        {t('completion.certificate.open')}
      </Button>
    </section>
  );
}
