import { createContext, use, type ReactNode } from 'react';
import type { BuildInfo } from '../../course/build-info';
import type { Partnership } from '../../course/schema/partnership-schema';
import { partnershipNamespace, partnershipText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';

/** The build's partnership (or the national build), its logo and which build this is. */
export interface PartnershipBuild {
  partnership: Partnership;
  /** Built URL of the logo, when the partnership has one. */
  logoUrl?: string | undefined;
  buildInfo: BuildInfo;
}

const PartnershipContext = createContext<PartnershipBuild | null>(null);

/** Provided once by src/app/main.tsx from the build's settings (virtual:course-content). */
export function PartnershipProvider({ value, children }: { value: PartnershipBuild; children: ReactNode }) {
  return <PartnershipContext value={value}>{children}</PartnershipContext>;
}

/**
 * The build's partnership where showing it is an extra (the footer, the accessibility
 * statement's contact): null without a provider, as in tests of other features.
 */
export function useOptionalPartnershipBuild(): PartnershipBuild | null {
  return use(PartnershipContext);
}

export function usePartnershipBuild(): PartnershipBuild {
  const build = use(PartnershipContext);
  if (!build) throw new Error('usePartnershipBuild needs a <PartnershipProvider> above it (src/app/main.tsx provides one).');
  return build;
}

/**
 * Who the course was built for and how to reach them, in the learner's language: for the
 * help panel, the completion screen, the certificate and the accessibility statement.
 * `frontDoor` is absent in the national build, which sends learners to GOV.UK to find their council.
 */
export interface PartnershipContacts {
  id: string;
  national: boolean;
  /** "Bromley Safeguarding Children Partnership", or "National edition". */
  name: string;
  frontDoor?: { name: string; phone: string; outOfHoursPhone: string; website?: string };
  /** An email address or an https:// page, for concerns about the course (`contactHref` makes it a link). */
  contact: string;
}

export function usePartnershipContacts(): PartnershipContacts {
  const { partnership } = usePartnershipBuild();
  const text = useContentText(partnershipNamespace);
  const { frontDoor } = partnership;
  return {
    id: partnership.id,
    national: partnership.national,
    name: text(partnershipText.name),
    ...(frontDoor
      ? {
          frontDoor: {
            name: text(partnershipText.frontDoorName),
            phone: frontDoor.phone,
            outOfHoursPhone: frontDoor.outOfHoursPhone,
            ...(frontDoor.website ? { website: frontDoor.website } : {}),
          },
        }
      : {}),
    contact: partnership.contact,
  };
}
