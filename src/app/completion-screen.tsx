import { Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingIndicator } from '../components/ui/loading-indicator';
import { LoadFailureBoundary } from '../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../components/ui/load-failure-screen';
import { CourseComplete } from '../features/course-menu/course-complete';
import { KeyPointsSummary } from '../features/course-menu/key-points-summary';
import { CertificateEntry } from '../features/certificate/certificate-entry';
import { lazyWithTexts } from '../lib/i18n/lazy-with-texts';
import { useOptionalPartnershipBuild, usePartnershipContacts } from '../lib/partnership/partnership-context';
import { useAppContent } from './app-content-context';
import { CompletionNextSteps } from './completion-next-steps';
import '../features/course-menu/key-points-summary.css';

// The certificate screen, and pdf-lib behind it, download only when the learner goes to it.
const lazyCertificateScreen = lazyWithTexts(() => import('../features/certificate/certificate-screen').then((m) => m.CertificateScreen), ['player']);

function PartnershipCertificate({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const build = useOptionalPartnershipBuild();
  const contacts = usePartnershipContacts();
  const brand = build?.partnership.brandColour;
  return (
    <LoadFailureBoundary
      onRetry={() => lazyCertificateScreen.preload(i18n)}
      failure={(retry, repeated) => <LoadFailureScreen title={t('app.loadError.title')} body={t('app.loadError.body')} backLabel={t('certificate.back')} onRetry={retry} onBack={onBack} repeated={repeated} />}
    >
      <Suspense fallback={<LoadingIndicator />}>
        <lazyCertificateScreen.Component
          partnershipName={contacts.name}
          courseVersion={build?.buildInfo.courseVersion ?? null}
          {...(brand ? { accent: brand } : {})}
          onBack={onBack}
        />
      </Suspense>
    </LoadFailureBoundary>
  );
}

/**
 * The course's end (downloaded with it, not with the menu): what the learner did, the
 * certificate, what to do next and every module's key points to print.
 */
export function CompletionScreen({ onBackToMenu }: { onBackToMenu?: () => void }) {
  const { i18n } = useTranslation();
  const { loadEveryModuleText } = useAppContent();
  const [showing, setShowing] = useState<'complete' | 'certificate'>('complete');
  const certificateButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  // Back from the certificate, focus goes to the button that opened it, not to the top of the page.
  useLayoutEffect(() => {
    if (showing === 'complete' && returning.current) {
      returning.current = false;
      certificateButton.current?.focus();
    }
  }, [showing]);
  if (showing === 'certificate') {
    return (
      <PartnershipCertificate
        onBack={() => {
          returning.current = true;
          setShowing('complete');
        }}
      />
    );
  }
  return (
    <CourseComplete
      nextSteps={<CompletionNextSteps />}
      certificate={<CertificateEntry buttonRef={certificateButton} onOpen={() => setShowing('certificate')} onIntent={() => lazyCertificateScreen.preload(i18n)} />}
      keyPoints={loadEveryModuleText ? <KeyPointsSummary loadTexts={loadEveryModuleText} /> : null}
      {...(onBackToMenu ? { onBackToMenu } : {})}
    />
  );
}
