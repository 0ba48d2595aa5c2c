import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../course/schema/module-schema';

/** Whose shoes the learner is in: the scenario is told from this point of view. */
export function PerspectiveLabel({ perspective }: { perspective: Perspective }) {
  const { t } = useTranslation();
  return <p className={`perspective perspective--${perspective}`}>{t(`scenario.perspective.${perspective}`)}</p>;
}
