import './zod-csp';
import './preview.css';
import { fetchBuiltCourses, type BuiltCourse } from './course-list';
import { el } from './dom';
import { initPreviewI18n } from './i18n';
import { isScormVersion, readLaunchOptions } from './launch-options';
import { buildPage } from './page-layout';
import { createPreviewController } from './preview-controller';

async function start(): Promise<void> {
  const t = await initPreviewI18n();
  const root = document.getElementById('app');
  if (!root) throw new Error('Preview page: #app is missing from index.html');
  const parts = buildPage(root, t);
  parts.status.textContent = t('launch.loadingCourses');

  let courses: BuiltCourse[];
  try {
    courses = await fetchBuiltCourses();
  } catch (error) {
    parts.status.textContent = t('launch.courseListFailed', { reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  // Only courses with a SCORM build can be launched here (the web and standalone builds run on their own).
  const launchable = courses.filter((course) => course.variants.some(isScormVersion));
  parts.courseSelect.replaceChildren(...launchable.map((course) => el('option', { value: course.id }, [course.id])));
  const { options, problems } = readLaunchOptions(location.search, launchable.map((course) => course.id));
  if (!options) {
    parts.status.textContent = t('launch.noCourses');
    return;
  }
  parts.courseSelect.value = options.courseId;
  parts.versionSelect.value = options.version;
  parts.profileSelect.value = options.profile;
  const notes = problems.map((problem) => {
    if (problem.kind === 'unknown-course') return t('launch.unknownCourse', { course: problem.requested, fallback: problem.fallback });
    if (problem.kind === 'unknown-profile') return t('launch.unknownProfile', { profile: problem.requested });
    return t('launch.unknownVersion', { version: problem.requested });
  });
  const controller = createPreviewController(parts, courses, t);
  controller.launch(options, { name: parts.learnerName.value, id: parts.learnerId.value }, notes);
}

start().catch((error: unknown) => {
  // Nothing on the page works without start(); the console is the place a developer looks.
  console.error('Preview LMS failed to start:', error);
});
