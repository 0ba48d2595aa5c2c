import type { TFunction } from 'i18next';
import { durationText } from '../../lib/i18n/duration-text';
import type { CertificateLine } from './certificate-pdf';

/** What a certificate says: the same fields on screen and in the PDF. */
export interface CertificateFields {
  learnerName: string;
  courseTitle: string;
  partnershipName: string;
  issuedOn: Date;
  /** Best final-assessment score (0..100); null for a course without one. */
  score: number | null;
  timeSpentSeconds: number;
  courseVersion: string | null;
}

export const issuedOnText = (date: Date, language: string): string =>
  new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

/** The details under the course title, in order: partnership, date, score, time spent, version. */
export function certificateDetails(fields: CertificateFields, t: TFunction, language: string): string[] {
  return [
    t('certificate.partnership', { partnership: fields.partnershipName }),
    t('certificate.date', { date: issuedOnText(fields.issuedOn, language) }),
    ...(fields.score === null ? [] : [t('certificate.score', { score: fields.score })]),
    t('certificate.timeSpent', { time: durationText(t, fields.timeSpentSeconds) }),
    ...(fields.courseVersion ? [t('certificate.version', { version: fields.courseVersion })] : []),
  ];
}

/** Every line of the certificate, top to bottom, as the PDF draws them. */
export function certificateLines(fields: CertificateFields, t: TFunction, language: string): CertificateLine[] {
  return [
    { text: t('certificate.title'), role: 'title' },
    { text: t('certificate.lead'), role: 'lead' },
    { text: fields.learnerName, role: 'name' },
    { text: t('certificate.completed'), role: 'lead' },
    { text: fields.courseTitle, role: 'course' },
    ...certificateDetails(fields, t, language).map((text): CertificateLine => ({ text, role: 'detail' })),
  ];
}

/** A file name from the course id and the learner's name, in plain characters every system accepts. */
export function certificateFileName(courseId: string, learnerName: string): string {
  const slug = learnerName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `certificate-${courseId}${slug ? `-${slug}` : ''}.pdf`;
}
