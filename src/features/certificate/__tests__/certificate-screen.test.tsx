import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../../course/progress/progress-record';
import { courseNamespace } from '../../../course/text-keys';
import { CourseDriverContext } from '../../../lib/course-view/use-course-view';
import { LearnerSessionContext } from '../../../lib/learner/learner-session';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleCourseTexts } from '../../../testing/sample-texts';
import { testCourseDriver } from '../../../testing/test-course';
import { CertificateScreen, type MakeCertificatePdf } from '../certificate-screen';
import type { CertificateDocument } from '../certificate-pdf';
import { UncoveredTextError } from '../certificate-pdf';

const passed: ProgressRecord = {
  ...emptyProgress(),
  modules: { sample: { ...emptyModuleProgress(), completed: true }, second: { ...emptyModuleProgress(), completed: true } },
  assessment: { attempts: [{ seed: 1, score: 60, answers: {} }, { seed: 2, score: 85, answers: {} }] },
};

interface Options {
  lmsLearnerName?: string | null;
  makePdf?: MakeCertificatePdf;
}

function renderCertificate({ lmsLearnerName = null, makePdf }: Options = {}) {
  const made: CertificateDocument[] = [];
  const onBack = vi.fn();
  const { driver, course } = testCourseDriver({ progress: passed });
  const view = renderWithI18n(
    <CourseDriverContext value={driver}>
      <LearnerSessionContext value={{ lmsLearnerName, timeSpentSeconds: () => 2 * 3600 + 41 * 60 + 59 }}>
        <CertificateScreen
          partnershipName="Bromley Safeguarding Children Partnership"
          courseVersion="1.4.0"
          today={new Date(2026, 11, 4, 12)}
          onBack={onBack}
          makePdf={
            makePdf ??
            (async (document) => {
              made.push(document);
              return new Uint8Array([37, 80, 68, 70]);
            })
          }
        />
      </LearnerSessionContext>
    </CourseDriverContext>,
    { content: { [courseNamespace(course.id)]: sampleCourseTexts } },
  );
  return { ...view, made, onBack, course };
}

/** The screen's own status line (the page's announcer is a status region too, hidden). */
const status = (): HTMLElement => {
  const region = screen.getAllByRole('status').find((el) => el.classList.contains('certificate-screen__status'));
  if (!region) throw new Error('The certificate screen has no status line');
  return region;
};
const certificate = () => screen.getByRole('article', { name: 'Certificate of completion' });

describe('CertificateScreen', () => {
  const downloads: string[] = [];
  beforeEach(() => {
    downloads.length = 0;
    // jsdom has no object URLs and does not download: record what would be saved.
    URL.createObjectURL = vi.fn(() => 'blob:certificate');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the name from the LMS as "First Last", with every field, and no name to type', () => {
    const { missingKeys } = renderCertificate({ lmsLearnerName: 'Smith, Jo' });
    expect(screen.getByRole('heading', { level: 1, name: 'Your certificate' })).toHaveFocus();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/Your name comes from your learning system/)).toBeInTheDocument();
    expect(certificate()).toHaveTextContent('This is to certify thatJo Smithhas completedSample course');
    expect([...certificate().querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Provided by Bromley Safeguarding Children Partnership',
      'Date issued: 4 December 2026',
      'Final assessment score: 85%',
      'Time spent in the course: 2 hours 41 minutes',
      'Course version: 1.4.0',
    ]);
    expect(missingKeys).toEqual([]);
  });

  it('makes the PDF with every field, saves it and says so', async () => {
    const { user, made } = renderCertificate({ lmsLearnerName: 'Smith, Jo' });
    await user.click(screen.getByRole('button', { name: 'Download your certificate (PDF)' }));
    await waitFor(() => expect(status()).toHaveTextContent('Your certificate has been saved to your downloads as certificate-sample-course-jo-smith.pdf.'));
    expect(downloads).toEqual(['certificate-sample-course-jo-smith.pdf']);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Certificate of completion: Sample course', language: 'en-GB' });
    expect(made[0]?.lines.map((line) => line.text)).toEqual([
      'Certificate of completion',
      'This is to certify that',
      'Jo Smith',
      'has completed',
      'Sample course',
      'Provided by Bromley Safeguarding Children Partnership',
      'Date issued: 4 December 2026',
      'Final assessment score: 85%',
      'Time spent in the course: 2 hours 41 minutes',
      'Course version: 1.4.0',
    ]);
  });

  it('asks for a typed name without an LMS name, and keeps it out of storage', async () => {
    const { user, made } = renderCertificate();
    const field = screen.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' });
    expect(field).toHaveAccessibleDescription(/Your name stays on this device: it is not sent to your organisation or anyone else, and it is not saved/);
    await user.click(screen.getByRole('button', { name: 'Download your certificate (PDF)' }));
    expect(status()).toHaveTextContent('Type your name above to put it on the certificate.');
    expect(field).toHaveFocus();
    expect(made).toEqual([]);

    await user.type(field, '  Siân   Jones ');
    expect(certificate()).toHaveTextContent('Siân Jones');
    await user.click(screen.getByRole('button', { name: 'Download your certificate (PDF)' }));
    await waitFor(() => expect(downloads).toEqual(['certificate-sample-course-sian-jones.pdf']));
    expect(made[0]?.lines[2]?.text).toBe('Siân Jones');
    const stored = [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage })].join(' ');
    expect(stored).not.toContain('Siân');
  });

  it('asks the learner to print when the PDF cannot show the letters of their name', async () => {
    const { user } = renderCertificate({
      lmsLearnerName: 'خان, عائشہ',
      makePdf: async () => {
        throw new UncoveredTextError(['ع', 'خ']);
      },
    });
    expect(certificate()).toHaveTextContent('عائشہ خان');
    await user.click(screen.getByRole('button', { name: 'Download your certificate (PDF)' }));
    await waitFor(() => expect(status()).toHaveTextContent('The PDF cannot show some letters in your name (ع خ). Print this page instead'));
    expect(downloads).toEqual([]);
  });

  it('says the certificate could not be made when the PDF fails (a lost connection)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderCertificate({
      lmsLearnerName: 'Smith, Jo',
      makePdf: async () => {
        throw new Error('network');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Download your certificate (PDF)' }));
    await waitFor(() => expect(status()).toHaveTextContent('The certificate could not be made. Check your connection and try again, or print this page instead.'));
  });

  it('goes back when asked', async () => {
    const { user, onBack } = renderCertificate({ lmsLearnerName: 'Jo Smith' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});
