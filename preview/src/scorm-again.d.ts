/**
 * scorm-again 3.4's subpath type files declare only a default export while the ESM
 * files export only the named class, so `import { Scorm12API } from 'scorm-again/scorm12'`
 * fails to type-check (TS2614) and a default import fails at run time. Re-exporting the
 * named classes from the root types fixes both (see the SCORM brief, §1.1).
 */
declare module 'scorm-again/scorm12' {
  export { Scorm12API } from 'scorm-again';
}

declare module 'scorm-again/scorm2004' {
  export { Scorm2004API } from 'scorm-again';
}
