import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courseNamespace, courseText, moduleNamespace } from '../../course/text-keys';
import { moduleText } from '../../course/module-text-keys';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import { useContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';

function ModuleKeyPoints({ moduleId, title }: { moduleId: string; title: string }) {
  const markdown = useContentMarkdown(moduleNamespace(moduleId));
  const headingId = useId();
  return (
    <section className="key-points-summary__module" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <Markdown content={markdown(moduleText.summaryBody)} headingLevel={4} />
    </section>
  );
}

interface KeyPointsSummaryProps {
  /** Loads every module's texts (a learner who came back may not have them yet); the app supplies it. */
  loadTexts: () => Promise<void>;
}

type State = 'closed' | 'loading' | 'open' | 'failed';

/**
 * The key points card of every module ("What to do now" for parents) on one page, to print
 * or keep: shown when asked for, since it needs every module's texts.
 */
export function KeyPointsSummary({ loadTexts }: KeyPointsSummaryProps) {
  const { t } = useTranslation();
  const course = useCourseView((v) => v.course);
  const text = useContentText(courseNamespace(course.id));
  const [state, setState] = useState<State>('closed');
  const headingId = useId();
  const parents = course.audience === 'parents-and-carers';

  async function open(): Promise<void> {
    setState('loading');
    try {
      await loadTexts();
      setState('open');
    } catch (error) {
      console.error('The key points could not be loaded:', error);
      setState('failed');
    }
  }

  return (
    <section className="key-points-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(parents ? 'completion.keyPoints.headingParents' : 'completion.keyPoints.heading')}</h2>
      <p>{t('completion.keyPoints.intro')}</p>
      {state === 'open' ? (
        <>
          {course.modules.map((m) => (
            <ModuleKeyPoints key={m.id} moduleId={m.id} title={text(courseText.moduleTitle(m.id))} />
          ))}
          <ButtonRow>
            <Button variant="secondary" onClick={() => window.print()}>
              {t('completion.keyPoints.print')}
            </Button>
          </ButtonRow>
        </>
      ) : (
        <ButtonRow>
          <Button variant="secondary" disabled={state === 'loading'} onClick={() => void open()}>
            {t(parents ? 'completion.keyPoints.showParents' : 'completion.keyPoints.show')}
          </Button>
        </ButtonRow>
      )}
      <p role="status" className="key-points-summary__status">
        {state === 'loading' ? t('completion.keyPoints.loading') : state === 'failed' ? t('app.loadError.menuBody') : ''}
      </p>
    </section>
  );
}
