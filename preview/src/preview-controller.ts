import { el } from './dom';
import type { Translate } from './i18n';
import { cmiRows } from './cmi-rows';
import type { BuiltCourse } from './course-list';
import { courseLaunchUrl, DEFAULT_PROFILE, isScormVersion, launchQuery, type LaunchOptions } from './launch-options';
import { isLmsProfile } from './lms-profiles';
import { planLaunch, type Learner } from './launch-plan';
import { openLmsSession, type ApiCall, type LmsSession } from './lms-session';
import type { PageParts } from './page-layout';
import { clearStoredAttempt, readStoredAttempt, writeStoredAttempt } from './saved-attempt';
import { appendCall, renderCmiRows, renderNotLaunched } from './tables';

interface Launch {
  options: LaunchOptions;
  learner: Learner;
  session: LmsSession;
  frame: HTMLIFrameElement;
}

/**
 * Launches, closes and relaunches the course the way an LMS does: the API object is
 * created and loaded before the frame exists, the data is stored whenever the course
 * commits or terminates, and a relaunch gets a brand-new API object and frame.
 */
export function createPreviewController(parts: PageParts, courses: readonly BuiltCourse[], t: Translate) {
  let current: Launch | null = null;
  const versionName = (options: LaunchOptions): string => t(`launch.versions.${options.version}`);

  const announce = (text: string): void => {
    parts.status.textContent = text;
  };

  const refreshTracking = (): void => {
    if (!current) return renderNotLaunched(parts.cmiBody, t);
    const { cmi, totalTime } = current.session.current();
    renderCmiRows(parts.cmiBody, cmiRows(current.options.version, cmi, totalTime), t);
  };

  const onCall = (launch: () => Launch | null) => (call: ApiCall): void => {
    appendCall(parts.logBody, call, t);
    const active = launch();
    if (!active) return;
    const { methods } = active.session;
    const stores = call.method === methods.commit || call.method === methods.terminate;
    // An LMS keeps what the course committed; Finish/Terminate commits too.
    if (stores && call.result === JSON.stringify('true')) {
      writeStoredAttempt(localStorage, active.options, active.learner.id, active.session.snapshot());
    }
    const readsOnly = [methods.getValue, methods.getLastError, methods.getErrorString, methods.getDiagnostic].includes(call.method);
    if (!readsOnly) refreshTracking();
  };

  /** Closes the course like a learner leaving the LMS page; returns what to tell the user, if anything. */
  function close(): string[] {
    const closing = current;
    if (!closing) return [];
    const messages: string[] = [];
    // Removing the frame unloads the course, which gives it its pagehide to terminate itself.
    closing.frame.remove();
    if (closing.session.isOpen()) {
      closing.session.terminateForCourse();
      messages.push(t('status.closedByPreview', { method: closing.session.methods.terminate }));
    }
    closing.session.dispose();
    current = null;
    return messages;
  }

  function launch(options: LaunchOptions, learner: Learner, earlier: readonly string[] = []): void {
    const messages = [...earlier, ...close()];
    const course = courses.find((c) => c.id === options.courseId);
    if (!course?.variants.includes(options.version)) {
      parts.frameHolder.replaceChildren(el('p', {}, [t('status.notBuilt', { course: options.courseId, version: versionName(options) })]));
      renderNotLaunched(parts.cmiBody, t);
      messages.push(t('status.notBuilt', { course: options.courseId, version: versionName(options) }));
      return announce(messages.join(' '));
    }
    const saved = readStoredAttempt(localStorage, options, learner.id);
    if (saved.problem !== null) {
      messages.push(t('status.savedDataIgnored', { course: options.courseId, version: versionName(options), reason: saved.problem }));
    }
    const plan = planLaunch(options.version, learner, saved.attempt);
    let launching: Launch | null = null;
    const session = openLmsSession(options.version, options.profile, plan.startingData, onCall(() => launching));
    // Created only now, after the API is on window, so the course finds it on its first look.
    const frame = el('iframe', {
      src: courseLaunchUrl(options),
      title: t('frame.title', { course: options.courseId, version: versionName(options) }),
      class: 'course-frame',
    });
    launching = { options, learner, session, frame };
    current = launching;
    parts.frameHolder.replaceChildren(frame);
    const names = { course: options.courseId, version: versionName(options) };
    messages.push(t('status.profile', { profile: t(`launch.profiles.${options.profile}.name`) }));
    if (plan.kind === 'new') messages.push(t('status.newAttempt', names));
    if (plan.kind === 'resume') messages.push(t('status.resumed', { ...names, entry: plan.entry, totalTime: plan.totalTime }));
    if (plan.kind === 'restart') messages.push(t('status.restartedAfterNormalExit', { ...names, exit: plan.lastExit }));
    announce(messages.join(' '));
    refreshTracking();
  }

  const formOptions = (): { options: LaunchOptions; learner: Learner } => {
    const version = parts.versionSelect.value;
    const profile = parts.profileSelect.value;
    return {
      options: { courseId: parts.courseSelect.value, version: isScormVersion(version) ? version : 'scorm12', profile: isLmsProfile(profile) ? profile : DEFAULT_PROFILE },
      learner: { name: parts.learnerName.value.trim(), id: parts.learnerId.value.trim() },
    };
  };

  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { options, learner } = formOptions();
    history.replaceState(null, '', launchQuery(options));
    launch(options, learner);
  });
  parts.relaunchButton.addEventListener('click', () => {
    if (!current) return;
    const { options, learner } = current;
    launch(options, learner);
  });
  parts.resetButton.addEventListener('click', () => {
    const { options, learner } = current ?? formOptions();
    // Close first: a course that terminates on unload stores its data, which is then deleted.
    const closing = close();
    clearStoredAttempt(localStorage, options, learner.id);
    launch(options, learner, [...closing, t('status.reset', { course: options.courseId, version: versionName(options) })]);
  });
  parts.clearLogButton.addEventListener('click', () => parts.logBody.replaceChildren());

  return { launch, close };
}
