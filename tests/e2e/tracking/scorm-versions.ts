/**
 * What differs between the two SCORM versions as the tests see it: API method
 * names, the elements that hold the same facts, and their vocabularies. Written out
 * from the SCORM specifications rather than imported from the course's adapters, so
 * that a mistake there cannot hide here.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

export interface VersionFacts {
  version: ScormVersion;
  /** The API object's name on the LMS window. */
  apiName: 'API' | 'API_1484_11';
  methods: { initialize: string; setValue: string; commit: string; terminate: string };
  entry: string;
  exit: string;
  /** exit when the learner has finished: SCORM 1.2 "" (normal), SCORM 2004 "normal". */
  finishedExit: string;
  /** An interaction's result for a wrong answer. */
  wrongResult: string;
}

export const SCORM_VERSIONS: Readonly<Record<ScormVersion, VersionFacts>> = {
  scorm12: {
    version: 'scorm12',
    apiName: 'API',
    methods: { initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish' },
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    finishedExit: '',
    wrongResult: 'wrong',
  },
  scorm2004: {
    version: 'scorm2004',
    apiName: 'API_1484_11',
    methods: { initialize: 'Initialize', setValue: 'SetValue', commit: 'Commit', terminate: 'Terminate' },
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    finishedExit: 'normal',
    wrongResult: 'incorrect',
  },
};
