/**
 * A learner's name as a person would write it, from the name an LMS gives. SCORM defines
 * cmi.core.student_name (1.2) and cmi.learner_name (2004) as "Last, First" and Moodle sends
 * exactly that ("Smith, Jo"), so a single comma is read as "Last, First" and turned round.
 * A name with no comma is kept as it is; so is one with several (not a "Last, First" name).
 * Spaces are tidied; an empty name is null.
 */
export function displayLearnerName(lmsName: string | null | undefined): string | null {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
  const name = tidy(lmsName ?? '');
  if (name === '') return null;
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last = '', first = ''] = parts.map(tidy);
  if (first === '') return last === '' ? null : last;
  return last === '' ? first : `${first} ${last}`;
}
