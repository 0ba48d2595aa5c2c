import { create } from 'xmlbuilder2';
import { SCORM12, SCORM2004 } from './manifest-namespaces';
import type { ScormEdition } from './lms-variant';

/** The parts of an imsmanifest.xml the package checks look at. */
export interface ManifestItem {
  identifier: string;
  identifierref: string | null;
  title: string;
  /** SCORM 1.2 adlcp:masteryscore text, if present. */
  masteryScore: string | null;
  /** SCORM 2004 primary objective, if present. */
  primaryObjective: { satisfiedByMeasure: string | null; minNormalizedMeasure: string | null } | null;
}

export interface ManifestResource {
  identifier: string;
  type: string | null;
  href: string | null;
  /** adlcp:scormtype (1.2) or adlcp:scormType (2004), read with the edition's own spelling. */
  scormType: string | null;
  files: string[];
}

export interface ParsedManifest {
  edition: ScormEdition | null;
  identifier: string | null;
  version: string | null;
  schema: string | null;
  schemaversion: string | null;
  defaultOrganization: string | null;
  organizations: { identifier: string; title: string; items: ManifestItem[] }[];
  resources: ManifestResource[];
}

const editionOf = (namespace: string | null): ScormEdition | null =>
  namespace === SCORM12.imscp ? 'scorm12' : namespace === SCORM2004.imscp ? 'scorm2004' : null;

const childElements = (parent: Element, namespace: string, localName: string): Element[] =>
  Array.from(parent.children).filter((child) => child.namespaceURI === namespace && child.localName === localName);

const firstChild = (parent: Element, namespace: string, localName: string): Element | null =>
  childElements(parent, namespace, localName)[0] ?? null;

const textOf = (element: Element | null): string | null => element?.textContent?.trim() ?? null;

/** Parses a manifest; throws (from the XML parser) when it is not well-formed XML. */
export function readManifest(xml: string): ParsedManifest {
  // xmlbuilder2 parses into a standards DOM (@oozcitak/dom); its Element is the DOM Element.
  const root = create(xml).root().node as unknown as Element;
  const edition = editionOf(root.namespaceURI);
  const cp = root.namespaceURI ?? '';
  const adlcp = edition === 'scorm2004' ? SCORM2004.adlcp : SCORM12.adlcp;
  const metadata = firstChild(root, cp, 'metadata');
  const organizations = firstChild(root, cp, 'organizations');
  const resources = firstChild(root, cp, 'resources');

  const readItems = (parent: Element): ManifestItem[] =>
    childElements(parent, cp, 'item').flatMap((item) => {
      const objective = Array.from(item.getElementsByTagNameNS(SCORM2004.imsss, 'primaryObjective'))[0] ?? null;
      const own: ManifestItem = {
        identifier: item.getAttribute('identifier') ?? '',
        identifierref: item.getAttribute('identifierref'),
        title: textOf(firstChild(item, cp, 'title')) ?? '',
        masteryScore: textOf(firstChild(item, SCORM12.adlcp, 'masteryscore')),
        primaryObjective: objective && {
          satisfiedByMeasure: objective.getAttribute('satisfiedByMeasure'),
          minNormalizedMeasure: textOf(firstChild(objective, SCORM2004.imsss, 'minNormalizedMeasure')),
        },
      };
      return [own, ...readItems(item)];
    });

  return {
    edition,
    identifier: root.getAttribute('identifier'),
    version: root.getAttribute('version'),
    schema: metadata && textOf(firstChild(metadata, cp, 'schema')),
    schemaversion: metadata && textOf(firstChild(metadata, cp, 'schemaversion')),
    defaultOrganization: organizations?.getAttribute('default') ?? null,
    organizations: organizations
      ? childElements(organizations, cp, 'organization').map((organization) => ({
          identifier: organization.getAttribute('identifier') ?? '',
          title: textOf(firstChild(organization, cp, 'title')) ?? '',
          items: readItems(organization),
        }))
      : [],
    resources: resources
      ? childElements(resources, cp, 'resource').map((resource) => ({
          identifier: resource.getAttribute('identifier') ?? '',
          type: resource.getAttribute('type'),
          href: resource.getAttribute('href'),
          scormType: resource.getAttributeNS(adlcp, edition === 'scorm2004' ? 'scormType' : 'scormtype'),
          files: childElements(resource, cp, 'file').map((file) => file.getAttribute('href') ?? ''),
        }))
      : [],
  };
}
