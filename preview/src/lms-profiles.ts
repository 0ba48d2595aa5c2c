import type { ScormVersion } from './launch-options';

/**
 * LMS behaviour profiles: the preview's SCORM API (scorm-again) made to answer as a
 * given LMS does. Each profile is a list of behaviours, each with the versions it
 * applies to and where it was taken from; `withProfile` wraps the API's calls so that
 * they behave that way. The page (a profile picker), the browser tests and the bench
 * all go through this file; docs/preview.md shows the same table.
 */

export const LMS_PROFILES = ['scorm-again', 'moodle', 'strict'] as const;
export type LmsProfile = (typeof LMS_PROFILES)[number];

export const isLmsProfile = (value: string): value is LmsProfile => (LMS_PROFILES as readonly string[]).includes(value);

/**
 * The objective id the SCORM 2004 manifest names as the item's primary objective
 * (PRIMARY_OBJECTIVE_ID in scorm/package/scorm2004-manifest.ts; a test holds the two equal).
 */
export const MANIFEST_PRIMARY_OBJECTIVE = 'course.pass';

export type BehaviourId =
  | 'counts-as-numbers'
  | 'ranged-values-as-numbers'
  | 'unset-reads-empty'
  | 'primary-objective-prefilled'
  | 'objective-id-write-once'
  | 'saves-on-commit-and-beacon'
  | 'limits-4096-255'
  | 'finish-completes-not-attempted'
  | 'spec-vocabularies'
  | 'spec-limits';

export interface Behaviour {
  id: BehaviourId;
  versions: readonly ScormVersion[];
  /** In English, for docs/preview.md and the test names. */
  what: string;
  /** Where the behaviour was read. */
  source: string;
}

const BOTH: readonly ScormVersion[] = ['scorm12', 'scorm2004'];
const MOODLE_12 = 'moodle/moodle mod/scorm/datamodels/scorm_12.js';
const MOODLE_13 = 'moodle/moodle mod/scorm/datamodels/scorm_13.js';

export const PROFILE_BEHAVIOURS: Readonly<Record<LmsProfile, readonly Behaviour[]>> = {
  'scorm-again': [],
  moodle: [
    {
      id: 'counts-as-numbers',
      versions: BOTH,
      what: '`cmi.interactions._count` and `cmi.objectives._count` come back as JavaScript numbers, not strings.',
      source: `${MOODLE_12} (LMSSetValue: \`_count = 0\`, \`_count++\`), ${MOODLE_13} (\`cmi.interactions._count = 0\`; SetValue \`_count++\`); GetValue returns the stored value as is`,
    },
    {
      id: 'ranged-values-as-numbers',
      versions: BOTH,
      what: 'Values with a range (1.2 `score.raw/min/max`, 2004 `score.scaled`) come back as numbers once set.',
      source: `${MOODLE_12} and ${MOODLE_13} (SetValue stores \`value*1.0\` for elements with a range)`,
    },
    {
      id: 'unset-reads-empty',
      versions: BOTH,
      what: 'Reading an element that has no value yet (`cmi.location`, `cmi.suspend_data`, `cmi.score.raw`, an objective beyond the last) returns "" with error 0, where scorm-again raises 403 in 2004.',
      source: `${MOODLE_12} (LMSGetValue: \`errorCode = "0"\` then \`return ""\`); ${MOODLE_13} with the defaults scorm_13.js.php fills from the user's tracks (""); issue 10, seen on Moodle 4.5`,
    },
    {
      id: 'primary-objective-prefilled',
      versions: ['scorm2004'],
      what: `\`cmi.objectives.0\` holds the manifest's primary objective (\`${MANIFEST_PRIMARY_OBJECTIVE}\`) before the course starts.`,
      source: 'moodle/moodle mod/scorm/datamodels/scorm_13.js.php (objectives of the item written into cmi before Initialize); issue 10, seen on Moodle 4.5',
    },
    {
      id: 'objective-id-write-once',
      versions: ['scorm2004'],
      what: 'An objective id can be written once: another id at a taken index, or an id already used, is refused with 351.',
      source: `${MOODLE_13} (SetValue of cmi.objectives.n.id: "Write Once Violation", "Data Model Element ID Already Exists")`,
    },
    {
      id: 'saves-on-commit-and-beacon',
      versions: BOTH,
      what: 'Data reaches the server only on Commit (a synchronous request) and on Finish/Terminate (sent as a beacon when the page is going away); whatever was set since the last Commit is lost if the browser dies.',
      source: 'moodle/moodle mod/scorm/request.js (DoRequest, synchronous POST) called by StoreData in scorm_12.js and scorm_13.js; issue 10 (beacon on unload)',
    },
    {
      id: 'limits-4096-255',
      versions: ['scorm12'],
      what: '`cmi.suspend_data` over 4,096 characters and `cmi.core.lesson_location` over 255 are refused with 405 (the site setting `scorm12standard`, on by default).',
      source: 'moodle/moodle mod/scorm/datamodels/scorm_12.js.php (CMIString4096, CMIString256) and scorm_12.php (`scorm12standard`)',
    },
    {
      id: 'finish-completes-not-attempted',
      versions: ['scorm12'],
      what: 'At LMSFinish a lesson_status still "not attempted" becomes "completed".',
      source: `${MOODLE_12} (StoreData with storetotaltime)`,
    },
  ],
  strict: [
    {
      id: 'spec-vocabularies',
      versions: BOTH,
      what: 'Every SetValue is checked against the data model: vocabularies (status, exit, result, interaction type), identifiers, time formats, decimals and ranges, and the response format of the interaction type. A value outside them is refused (1.2: 405, 2004: 406/407).',
      source: 'SCORM 1.2 RTE 3.4 (CMI data model), SCORM 2004 4th edition RTE 4.2; identifier rules as Moodle applies them (scorm_12.js, scorm_13.js)',
    },
    {
      id: 'spec-limits',
      versions: BOTH,
      what: 'Lengths are the specification\'s smallest permitted maximums: 1.2 suspend_data 4,096, lesson_location 255, student_response 255; 2004 suspend_data 64,000, location 1,000, learner_response 4,000, description 250.',
      source: 'SCORM 1.2 RTE 3.4 (CMIString4096, CMIString255), SCORM 2004 4th edition RTE 4.2 (SPM)',
    },
  ],
};

export const profileHas = (profile: LmsProfile, version: ScormVersion, behaviour: BehaviourId): boolean =>
  PROFILE_BEHAVIOURS[profile].some((b) => b.id === behaviour && b.versions.includes(version));

/** The operations of either version's API, by what they do. */
export type Operation = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'getLastError' | 'getErrorString' | 'getDiagnostic';
export type ApiCalls = Record<Operation, (...args: string[]) => unknown>;

/** The data an LMS following this profile puts into cmi before the course's first launch. */
export function profileStartingData(profile: LmsProfile, version: ScormVersion, data: Record<string, unknown>): Record<string, unknown> {
  if (!profileHas(profile, version, 'primary-objective-prefilled')) return data;
  const objectives = data['objectives'];
  const already = Array.isArray(objectives) ? objectives.length > 0 : typeof objectives === 'object' && objectives !== null && Object.keys(objectives).length > 0;
  if (already) return data;
  return { ...data, objectives: { '0': { id: MANIFEST_PRIMARY_OBJECTIVE, success_status: 'unknown', completion_status: 'unknown' } } };
}

const SPEC = {
  scorm12: {
    identifier: /^[\u0021-\u007E]{1,255}$/,
    timespan: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
    exit: /^(time-out|suspend|logout|)$/,
    result: /^(correct|wrong|unanticipated|neutral|-?\d{1,3}(\.\d{1,2})?)$/,
    status: /^(passed|completed|failed|incomplete|browsed)$/,
    objectiveStatus: /^(passed|completed|failed|incomplete|browsed|not attempted)$/,
    type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
    decimal: /^-?\d{1,3}(\.\d{1,2})?$/,
    badCode: '405',
    rangeCode: '405',
    limits: { 'cmi.suspend_data': 4096, 'cmi.core.lesson_location': 255 } as Record<string, number>,
  },
  scorm2004: {
    identifier: /^(?!urn:)[^\s]{1,4000}$|^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[^\s]+$/,
    timespan: /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    time: /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?)?)?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?$/,
    exit: /^(time-out|suspend|logout|normal|)$/,
    result: /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/,
    completion: /^(completed|incomplete|not attempted|unknown)$/,
    success: /^(passed|failed|unknown)$/,
    type: /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
    decimal: /^-?\d+(\.\d+)?$/,
    badCode: '406',
    rangeCode: '407',
    limits: { 'cmi.suspend_data': 64000, 'cmi.location': 1000 } as Record<string, number>,
  },
} as const;

/** Why a value breaks the specification, or null. */
export function specViolation(version: ScormVersion, element: string, value: string, typeOf: (index: string) => string): { code: string; why: string } | null {
  const bad = (why: string, code: string = SPEC[version].badCode) => ({ code, why: `${element} = "${value.slice(0, 80)}" ${why}` });
  const limit = SPEC[version].limits[element];
  if (limit !== undefined && value.length > limit) return bad(`is ${value.length} characters (limit ${limit})`);
  if (version === 'scorm12') {
    const spec = SPEC.scorm12;
    if (element === 'cmi.core.lesson_status' && !spec.status.test(value)) return bad('is not a lesson status');
    if (element === 'cmi.core.exit' && !spec.exit.test(value)) return bad('is not an exit value');
    if (element === 'cmi.core.session_time' && !spec.timespan.test(value)) return bad('is not a CMITimespan');
    if (/score\.(raw|min|max)$/.test(element)) {
      if (!spec.decimal.test(value)) return bad('is not a CMIDecimal');
      if (Number(value) < 0 || Number(value) > 100) return bad('is outside 0..100', spec.rangeCode);
    }
    if (/^cmi\.objectives\.\d+\.status$/.test(element) && !spec.objectiveStatus.test(value)) return bad('is not a status');
    if (/^cmi\.(objectives|interactions)\.\d+\.id$/.test(element) && !spec.identifier.test(value)) return bad('is not a CMIIdentifier');
    const field = /^cmi\.interactions\.\d+\.(.+)$/.exec(element)?.[1];
    if (field === 'time' && !spec.time.test(value)) return bad('is not a CMITime');
    if (field === 'type' && !spec.type.test(value)) return bad('is not an interaction type');
    if (field === 'result' && !spec.result.test(value)) return bad('is not a result');
    if (field === 'latency' && !spec.timespan.test(value)) return bad('is not a CMITimespan');
    if ((field === 'student_response' || field?.endsWith('.pattern')) && value.length > 255) return bad('is over 255 characters');
    return null;
  }
  const spec = SPEC.scorm2004;
  if (element === 'cmi.completion_status' && !spec.completion.test(value)) return bad('is not a completion status');
  if (element === 'cmi.success_status' && !spec.success.test(value)) return bad('is not a success status');
  if (element === 'cmi.exit' && !spec.exit.test(value)) return bad('is not an exit value');
  if (element === 'cmi.session_time' && !spec.timespan.test(value)) return bad('is not a timeinterval');
  if (/score\.(raw|min|max|scaled)$/.test(element) && !spec.decimal.test(value)) return bad('is not a real number');
  if (/score\.scaled$/.test(element) && (Number(value) < -1 || Number(value) > 1)) return bad('is outside -1..1', spec.rangeCode);
  const objective = /^cmi\.objectives\.\d+\.(.+)$/.exec(element)?.[1];
  if (objective === 'id' && !spec.identifier.test(value)) return bad('is not a long_identifier_type');
  if (objective === 'completion_status' && !spec.completion.test(value)) return bad('is not a completion status');
  if (objective === 'success_status' && !spec.success.test(value)) return bad('is not a success status');
  const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
  if (!interaction) return null;
  const [, index = '', field = ''] = interaction;
  if (field === 'id' && !spec.identifier.test(value)) return bad('is not a long_identifier_type');
  if (field === 'type' && !spec.type.test(value)) return bad('is not an interaction type');
  if (field === 'timestamp' && !spec.time.test(value)) return bad('is not a time(second,10,0)');
  if (field === 'result' && !spec.result.test(value)) return bad('is not a result');
  if (field === 'latency' && !spec.timespan.test(value)) return bad('is not a timeinterval');
  if (field === 'description' && value.length > 250) return bad('is over 250 characters');
  if (field === 'learner_response' || field.endsWith('.pattern')) {
    if (value.length > 4000) return bad('is over 4,000 characters');
    const type = typeOf(index);
    if (type === 'true-false' && !/^(true|false)$/.test(value)) return bad('is not a true-false response');
    if (type === 'choice' || type === 'sequencing') {
      const ids = value === '' ? [] : value.split('[,]');
      if (!ids.every((id) => spec.identifier.test(id))) return bad('has a response id that is not a short_identifier_type');
      if (type === 'choice' && new Set(ids).size !== ids.length) return bad('repeats a choice');
    }
    if (type === 'matching' && !value.split('[,]').every((pair) => pair.split('[.]').length === 2 && pair.split('[.]').every((id) => spec.identifier.test(id)))) {
      return bad('is not a list of source[.]target pairs');
    }
  }
  return null;
}

/**
 * The API's calls as the profile answers them. `inner` is scorm-again's API; the result
 * is what the course is given (a wrapper keeps its own last error when it answers for
 * scorm-again). Elements are read back from `inner` for the checks, unlogged.
 */
export function withProfile(profile: LmsProfile, version: ScormVersion, inner: ApiCalls): ApiCalls {
  if (profile === 'scorm-again') return inner;
  let ownError: string | null = null;
  const answer = (result: unknown, code: string | null): unknown => {
    ownError = code;
    return result;
  };
  const has = (behaviour: BehaviourId) => profileHas(profile, version, behaviour);
  const readInner = (element: string): string => String(inner.getValue(element));

  return {
    ...inner,
    getLastError: () => ownError ?? inner.getLastError(),
    getErrorString: (code = '') => inner.getErrorString(code),
    getDiagnostic: (code = '') => inner.getDiagnostic(code),
    initialize: (parameter = '') => answer(inner.initialize(parameter), null),
    commit: (parameter = '') => answer(inner.commit(parameter), null),
    terminate: (parameter = '') => {
      if (has('finish-completes-not-attempted') && readInner('cmi.core.lesson_status') === 'not attempted') inner.setValue('cmi.core.lesson_status', 'completed');
      return answer(inner.terminate(parameter), null);
    },
    getValue: (element = '') => {
      const value = inner.getValue(element);
      const code = String(inner.getLastError());
      if (code !== '0') {
        const unset = version === 'scorm2004' ? code === '403' : code === '201' && /^cmi\.(objectives|interactions)\.\d+\./.test(element);
        return has('unset-reads-empty') && unset ? answer('', '0') : answer(value, null);
      }
      const text = String(value);
      if (has('counts-as-numbers') && element.endsWith('._count')) return answer(Number(text), null);
      const ranged = version === 'scorm12' ? /score\.(raw|min|max)$/.test(element) : /score\.scaled$/.test(element);
      if (has('ranged-values-as-numbers') && ranged && text !== '') return answer(Number(text), null);
      return answer(value, null);
    },
    setValue: (element = '', value = '') => {
      if (has('limits-4096-255')) {
        const limit = element === 'cmi.suspend_data' ? 4096 : element === 'cmi.core.lesson_location' ? 255 : null;
        if (limit !== null && value.length > limit) return answer('false', '405');
      }
      if (profile === 'strict') {
        const violation = specViolation(version, element, value, (index) => readInner(`cmi.interactions.${index}.type`));
        if (violation) return answer('false', violation.code);
      }
      return answer(inner.setValue(element, value), null);
    },
  };
}
