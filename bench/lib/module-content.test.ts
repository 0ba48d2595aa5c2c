import { describe, expect, it } from 'vitest';
import { thisProject } from '../../scorm/cli-support';
import { moduleText } from '../../src/course/module-text-keys';
import { loadCourseContent } from './course-content';
import { encodedForms, findModuleContent, moduleFingerprints } from './module-content';

describe('encodedForms', () => {
  it('covers the text as written, JSON-escaped and with non-ASCII escaped', () => {
    expect(encodedForms('What "contact" risk means')).toEqual(['What "contact" risk means', 'What \\"contact\\" risk means']);
    expect(encodedForms('Agency’s alert')).toEqual(['Agency’s alert', 'Agency\\u2019s alert']);
  });
});

describe('findModuleContent', () => {
  const fingerprints = [
    { moduleId: 'contact', texts: ['How online grooming works', 'What "contact" risk means'], stepIds: ['what-is-contact', 'the-law'] },
    { moduleId: 'conduct', texts: ['Sharing nudes and semi-nudes'], stepIds: ['nudes'] },
  ];

  it('finds a module by any of its texts, in any encoding, once per module', () => {
    const bodies = [
      { url: 'http://x/assets/index.js', text: 'const menu = "Modules";' },
      { url: 'http://x/assets/contact.js', text: 'export default {title:"What \\"contact\\" risk means", b:"How online grooming works"}' },
    ];
    expect(findModuleContent(fingerprints, bodies)).toEqual([
      { moduleId: 'contact', kind: 'text', url: 'http://x/assets/contact.js', found: 'How online grooming works' },
    ]);
  });

  it('finds a module’s structure only where all of its step ids are', () => {
    const bodies = [
      { url: 'http://x/assets/index.js', text: 'const types = [`lesson`, `the-law`];' },
      { url: 'http://x/assets/module.js', text: "var e={steps:[{id:`what-is-contact`},{id:'the-law'}]}" },
    ];
    expect(findModuleContent(fingerprints, bodies)).toEqual([
      { moduleId: 'contact', kind: 'structure', url: 'http://x/assets/module.js', found: 'all 2 step ids (what-is-contact, the-law)' },
    ]);
  });

  it('finds nothing when no module text was downloaded', () => {
    expect(findModuleContent(fingerprints, [{ url: 'http://x/assets/index.js', text: 'Start the module' }])).toEqual([]);
  });
});

describe('moduleFingerprints', () => {
  it('uses the module headings of the real course, but none of the course menu texts', async () => {
    const content = await loadCourseContent(thisProject(), 'risks-to-children');
    const contact = moduleFingerprints(content).find((f) => f.moduleId === 'contact');
    expect(contact).toBeDefined();
    // Taken from the content, so the test follows the module as it is edited.
    const source = content.modules.find((m) => m.module.id === 'contact');
    const firstLesson = source?.module.steps.find((step) => step.type === 'lesson');
    expect(firstLesson).toBeDefined();
    expect(contact?.texts).toContain(source?.text(moduleText.stepTitle(firstLesson?.id ?? '')));
    for (const text of contact?.texts ?? []) expect(content.courseTexts).not.toContain(text);
  });

  it('leaves out a heading that a menu summary quotes inside a longer text', async () => {
    const content = await loadCourseContent(thisProject(), 'risks-to-children');
    const source = content.modules.find((m) => m.module.id === 'contact');
    const firstLesson = source?.module.steps.find((step) => step.type === 'lesson');
    const heading = source?.text(moduleText.stepTitle(firstLesson?.id ?? '')) ?? '';
    expect(heading.length).toBeGreaterThan(0);
    const quoting = { ...content, courseTexts: [...content.courseTexts, `Topics: ${heading}, and more.`] };
    const contact = moduleFingerprints(quoting).find((f) => f.moduleId === 'contact');
    expect(contact?.texts).not.toContain(heading);
    expect(contact?.texts.length).toBeGreaterThan(0);
  });
});
