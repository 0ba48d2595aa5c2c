import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bestAssessmentScore } from '../../course/machines/course-rules';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { useContentText } from '../../lib/i18n/use-content-text';
import { displayLearnerName } from '../../lib/learner/learner-name';
import { useLearnerSession } from '../../lib/learner/learner-session';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { certificateDetails, certificateFileName, certificateLines, type CertificateFields } from './certificate-content';
import type { CertificateDocument } from './certificate-pdf';
import { LearnerNameField } from './learner-name-field';
import './certificate.css';

/** Makes the PDF; the real one downloads pdf-lib and the fonts on first use (tests pass their own). */
export type MakeCertificatePdf = (certificate: CertificateDocument) => Promise<Uint8Array>;

/** Thrown by a MakeCertificatePdf when a font lacks letters: the screen asks the learner to print instead. */
export interface UncoveredLetters {
  characters: string[];
}

const isUncovered = (error: unknown): error is UncoveredLetters =>
  error instanceof Error && error.name === 'UncoveredTextError' && Array.isArray((error as Partial<UncoveredLetters>).characters);

const makeRealPdf: MakeCertificatePdf = async (certificate) => {
  const [{ createCertificatePdf }, { fetchFont }] = await Promise.all([import('./certificate-pdf'), import('./font-files')]);
  return createCertificatePdf(certificate, fetchFont);
};

/** pdf-lib and the PDF code start downloading when the learner shows they are about to ask. */
const preloadPdf = (): void => {
  void import('./certificate-pdf').catch(() => undefined);
};

function saveFile(bytes: Uint8Array, fileName: string): void {
  // A copy in a fresh ArrayBuffer: Blob takes no view of a shared one.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have taken the file; then the memory is given back.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface CertificateScreenProps {
  /** Who the course was made for: the partnership's display name, or the national edition's. */
  partnershipName: string;
  /** The build's course version (About screen, progress record). */
  courseVersion: string | null;
  /** The partnership's brand colour, for the PDF's border. */
  accent?: string;
  onBack: () => void;
  /** Defaults to pdf-lib in the browser. */
  makePdf?: MakeCertificatePdf;
  /** The day the certificate is issued; defaults to today. */
  today?: Date;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ready'; file: string } | { kind: 'failed' } | { kind: 'uncovered'; letters: string } | { kind: 'missing-name' };

/**
 * The certificate: on screen (printable) and as a PDF made in the browser. The name comes from
 * the LMS ("Last, First" turned round) or, without one, is typed here and goes nowhere else.
 */
export function CertificateScreen({ partnershipName, courseVersion, accent, onBack, makePdf = makeRealPdf, today }: CertificateScreenProps) {
  const { t, i18n } = useTranslation();
  const session = useLearnerSession();
  const course = useCourseView((v) => v.course);
  const score = useCourseView((v) => bestAssessmentScore(v.progress));
  const courseTitle = useContentText(courseNamespace(course.id))(courseText.title);
  const lmsName = displayLearnerName(session.lmsLearnerName);
  const [typedName, setTypedName] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [issuedOn] = useState(() => today ?? new Date());
  const [timeSpentSeconds] = useState(() => session.timeSpentSeconds());
  const nameInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const learnerName = lmsName ?? typedName.replace(/\s+/g, ' ').trim();
  const language = i18n.language;
  const fields: CertificateFields = { learnerName, courseTitle, partnershipName, issuedOn, score, timeSpentSeconds, courseVersion };

  async function download(): Promise<void> {
    if (learnerName === '') {
      setStatus({ kind: 'missing-name' });
      nameInput.current?.focus();
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      const bytes = await makePdf({
        title: t('certificate.documentTitle', { course: courseTitle }),
        language,
        lines: certificateLines(fields, t, language),
        createdAt: issuedOn,
        ...(accent ? { accent } : {}),
      });
      const file = certificateFileName(course.id, learnerName);
      saveFile(bytes, file);
      setStatus({ kind: 'ready', file });
    } catch (error) {
      if (isUncovered(error)) {
        setStatus({ kind: 'uncovered', letters: error.characters.join(' ') });
        return;
      }
      console.error('The certificate PDF could not be made:', error);
      setStatus({ kind: 'failed' });
    }
  }

  const message = {
    idle: '',
    busy: t('certificate.preparing'),
    ready: status.kind === 'ready' ? t('certificate.ready', { file: status.file }) : '',
    failed: t('certificate.failed'),
    uncovered: status.kind === 'uncovered' ? t('certificate.uncovered', { letters: status.letters }) : '',
    'missing-name': t('certificate.nameMissing'),
  }[status.kind];

  return (
    <section className="screen certificate-screen">
      <ScreenHeading>{t('certificate.heading')}</ScreenHeading>
      {lmsName ? (
        <p className="certificate-screen__name-source">{t('certificate.nameFromLms')}</p>
      ) : (
        <LearnerNameField value={typedName} onChange={setTypedName} inputRef={nameInput} />
      )}
      <article className="certificate" aria-labelledby={titleId}>
        <h2 id={titleId} className="certificate__title">
          {t('certificate.title')}
        </h2>
        <p className="certificate__lead">{t('certificate.lead')}</p>
        <p className="certificate__name">{learnerName || '…'}</p>
        <p className="certificate__lead">{t('certificate.completed')}</p>
        <p className="certificate__course">{courseTitle}</p>
        <ul className="certificate__details">
          {certificateDetails(fields, t, language).map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      </article>
      <ButtonRow>
        <Button onClick={() => void download()} disabled={status.kind === 'busy'} onPointerEnter={preloadPdf} onFocus={preloadPdf}>
          {t('certificate.download')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('certificate.print')}
        </Button>
      </ButtonRow>
      {/* Its own polite region with visible words: the outcome of the download, read out when it changes. */}
      <p className="certificate-screen__status" role="status" aria-live="polite">
        {message}
      </p>
      <ButtonRow>
        <Button variant="secondary" onClick={onBack}>
          {t('certificate.back')}
        </Button>
      </ButtonRow>
    </section>
  );
}
