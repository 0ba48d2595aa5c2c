import type { ReactNode } from 'react';
import { SafeLink } from '../../lib/markdown/safe-link';

export interface HelplineLink {
  href: string;
  text: string;
}

interface HelplineItemProps {
  name: ReactNode;
  description: ReactNode;
  /** Phone links first (tel:, number in the text), then web links (a new tab, which they say). */
  links: readonly HelplineLink[];
  /** The name's heading level: 3 in the help panel, 4 inside a card whose own sections are level 3. */
  headingLevel?: 3 | 4;
}

/** One service in the help panel: its name, what it is for, and how to reach it. */
export function HelplineItem({ name, description, links, headingLevel = 3 }: HelplineItemProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <li className="help-panel__item">
      <Heading>{name}</Heading>
      <p>{description}</p>
      <ul className="help-panel__links">
        {links.map((link) => (
          <li key={link.href}>
            <SafeLink href={link.href}>{link.text}</SafeLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
