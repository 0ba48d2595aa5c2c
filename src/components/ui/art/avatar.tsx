import { artHash, pick } from './art-seed';

/**
 * A character's avatar, drawn from its id (original artwork, no image files): a friendly
 * head-and-shoulders figure whose skin tone, hair and colours follow from the id, sized
 * by age. Someone met only online is a plain silhouette: the learner does not know who
 * is really there. Always decorative: the character's name is written next to it.
 */

export type AvatarAge = 'child' | 'young' | 'adult' | 'unknown';

const SKIN = ['#f5d0b5', '#e8b48f', '#c68a62', '#a0674a', '#7a4b33', '#5a3825'] as const;
const HAIR = ['#2b2118', '#4a3222', '#7b4a2a', '#b5803d', '#d9b26f', '#1c1c1c', '#8c8c8c'] as const;
const TOP = ['#2f6f8f', '#7a4e9c', '#3d7d4a', '#b3542e', '#8a6d1d', '#44537a', '#9c3d5f'] as const;
const BACKDROP = ['#dbe9f6', '#e8def3', '#dcefe0', '#f6e3d6', '#f2ecd0', '#e0e4f0', '#f3dce5'] as const;
const HAIR_STYLES = ['short', 'long', 'bun', 'curly'] as const;

interface AvatarProps {
  /** Unique per character, e.g. "<scenario>.<character>". */
  seed: string;
  age: AvatarAge;
  /** Rendered size in CSS pixels (it scales with zoom like text). */
  size?: number;
  className?: string;
}

export function Avatar({ seed, age, size = 48, className }: AvatarProps) {
  const hash = artHash(seed);
  const backdrop = pick(BACKDROP, hash, 1);
  if (age === 'unknown') {
    return (
      <svg className={className} width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle cx="32" cy="32" r="32" fill="#d9dbe0" />
        <path d="M12 60c2-12 10-18 20-18s18 6 20 18z" fill="#6b6f7a" />
        <circle cx="32" cy="26" r="11" fill="#6b6f7a" />
        <path d="M28.5 23.5a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3v1" fill="none" stroke="#d9dbe0" strokeWidth="2.2" strokeLinecap="round" />
        <circle cx="32" cy="33.6" r="1.3" fill="#d9dbe0" />
      </svg>
    );
  }
  const skin = pick(SKIN, hash, 2);
  const hair = pick(HAIR, hash, 3);
  const top = pick(TOP, hash, 4);
  const style = pick(HAIR_STYLES, hash, 5);
  // A child's head is larger against the shoulders; an adult's sits higher.
  const r = age === 'child' ? 14 : age === 'young' ? 12.5 : 11.5;
  const cy = age === 'adult' ? 25 : 27;
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="32" fill={backdrop} />
      {style === 'long' && <path d={`M${32 - r - 2} ${cy}q0 ${r + 14} ${r + 2} ${r + 14}h0q${r + 2} 0 ${r + 2} -${r + 14}z`} fill={hair} />}
      <path d="M10 62c2-13 11-19 22-19s20 6 22 19z" fill={top} />
      <rect x="28" y={cy + r - 3} width="8" height="7" fill={skin} />
      <circle cx="32" cy={cy} r={r} fill={skin} />
      {style === 'curly' ? (
        <g fill={hair}>
          {[-1, -0.5, 0, 0.5, 1].map((k) => (
            <circle key={k} cx={32 + k * r * 0.9} cy={cy - r * 0.75 + Math.abs(k) * r * 0.35} r={r * 0.42} />
          ))}
        </g>
      ) : (
        <path d={`M${32 - r} ${cy}a${r} ${r} 0 0 1 ${2 * r} 0q-${r} -${r * 0.55} -${2 * r} 0z`} fill={hair} />
      )}
      {style === 'bun' && <circle cx="32" cy={cy - r - 3} r="5" fill={hair} />}
      <circle cx={32 - r * 0.38} cy={cy + 1} r="1.3" fill="#1b1b1f" />
      <circle cx={32 + r * 0.38} cy={cy + 1} r="1.3" fill="#1b1b1f" />
      <path d={`M${32 - r * 0.3} ${cy + r * 0.42}q${r * 0.3} ${r * 0.25} ${r * 0.6} 0`} stroke="#1b1b1f" strokeWidth="1.3" fill="none" strokeLinecap="round" />
    </svg>
  );
}
