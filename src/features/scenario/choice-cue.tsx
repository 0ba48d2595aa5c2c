import { useTranslation } from 'react-i18next';

export type CueKind = 'good' | 'partly' | 'risky';

/** What a choice's score means: 2 what we would want, 1 partly right, 0 harmful or unhelpful. */
export const cueOf = (score: number): CueKind => (score >= 2 ? 'good' : score === 1 ? 'partly' : 'risky');

/** Icons, so the cue never rests on colour alone; the words say it for everyone. */
function CueIcon({ kind }: { kind: CueKind }) {
  return (
    <svg className={`cue__icon cue__icon--${kind}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" opacity="0.15" />
      {kind === 'good' && <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />}
      {kind === 'partly' && (
        <>
          <path d="M12 1a11 11 0 0 1 0 22z" fill="currentColor" />
          <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" strokeWidth="2" />
        </>
      )}
      {kind === 'risky' && (
        <>
          <path d="M12 4.5L3.5 19h17z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M12 10v4.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="12" cy="17" r="1.3" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/** "A good choice", "Partly right" or "A risky choice", with its icon. */
export function ChoiceCue({ score }: { score: number }) {
  const { t } = useTranslation();
  const kind = cueOf(score);
  return (
    <span className={`cue cue--${kind}`}>
      <CueIcon kind={kind} />
      <span className="cue__words">{t(`scenario.cue.${kind}`)}</span>
    </span>
  );
}
