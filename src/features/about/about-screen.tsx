import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { contactHref } from '../../course/contact-href';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { useContentText } from '../../lib/i18n/use-content-text';
import { SafeLink } from '../../lib/markdown/safe-link';
import { usePartnershipBuild, usePartnershipContacts } from '../../lib/partnership/partnership-context';

/** YYYY-MM-DD as the learner's language writes a date ("4 December 2026"), read as UTC so no time zone moves it. */
function formatDay(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export interface AboutScreenProps {
  onBack: () => void;
}

/**
 * "About this course": the course, who this build is for, its version and build date (as in
 * the SCORM manifest and the learner's saved progress), so an admin or a learner can say
 * exactly which build they took; and whom to contact about it.
 */
export function AboutScreen({ onBack }: AboutScreenProps) {
  const { t, i18n } = useTranslation();
  const course = useCourseView((v) => v.course);
  const courseTitle = useContentText(courseNamespace(course.id))(courseText.title);
  const { buildInfo } = usePartnershipBuild();
  const contacts = usePartnershipContacts();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <article className="screen about">
      <ScreenHeading>{t('about.title')}</ScreenHeading>
      <dl className="about__facts">
        <dt>{t('about.course')}</dt>
        <dd>{courseTitle}</dd>
        <dt>{t('about.builtFor')}</dt>
        <dd>{contacts.national ? t('about.national', { name: contacts.name }) : contacts.name}</dd>
        <dt>{t('about.version')}</dt>
        <dd>{buildInfo.courseVersion}</dd>
        <dt>{t('about.builtOn')}</dt>
        <dd>
          <time dateTime={buildInfo.builtOn}>{formatDay(buildInfo.builtOn, language)}</time>
        </dd>
        {course.lastReviewed && (
          <>
            <dt>{t('references.lastReviewed')}</dt>
            <dd>
              <time dateTime={course.lastReviewed}>{formatDay(course.lastReviewed, language)}</time>
            </dd>
          </>
        )}
      </dl>
      <p>{t('about.forAdmins')}</p>
      <h2>{t('about.contactHeading')}</h2>
      {contacts.national ? (
        <p>{t('about.contactBodyNational')}</p>
      ) : (
        <p>
          {t('about.contactBody', { partnership: contacts.name })} <SafeLink href={contactHref(contacts.contact)}>{contacts.contact}</SafeLink>
        </p>
      )}
      <ButtonRow>
        <Button onClick={onBack}>{t('nav.back')}</Button>
      </ButtonRow>
    </article>
  );
}
