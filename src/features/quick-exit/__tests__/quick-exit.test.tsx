import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { createEscapeCounter, ESCAPE_TWICE_WINDOW_MS } from '../escape-twice';
import { createQuickExit, type QuickExit } from '../create-quick-exit';
import { FRAME_FALLBACK_MS, leaveNow, type ExitWindow, type Schedule } from '../leave-now';
import { QuickExitButton } from '../quick-exit-button';
import { QuickExitProvider } from '../quick-exit-context';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

const renderButton = () => {
  // jsdom cannot navigate: the injected exit records that it was asked to leave.
  const exit = vi.fn<QuickExit>(() => 'page');
  const view = renderWithI18n(
    <QuickExitProvider exit={exit}>
      <QuickExitButton />
      <input aria-label="Your notes" />
    </QuickExitProvider>,
  );
  return { ...view, exit };
};

describe('QuickExitButton', () => {
  it('is a button named "Exit this page" that tells screen-reader users about the shortcut', () => {
    const { missingKeys } = renderButton();
    const button = screen.getByRole('button', { name: 'Exit this page' });
    expect(button).toHaveAccessibleDescription(/press Escape twice/);
    expect(button).toHaveAccessibleDescription(/Your progress is kept/);
    expect(missingKeys).toEqual([]);
  });

  it('leaves at once when pressed, with no confirmation', async () => {
    const { user, exit } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(exit).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can be pressed with the keyboard', async () => {
    const { user, exit } = renderButton();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Exit this page' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(exit).toHaveBeenCalledOnce();
  });

  it('leaves when Escape is pressed twice, wherever focus is', async () => {
    const { user, exit } = renderButton();
    await user.click(screen.getByRole('textbox', { name: 'Your notes' }));
    await user.keyboard('{Escape}{Escape}');
    expect(exit).toHaveBeenCalledOnce();
  });

  it('stays on one Escape (which closes panels and lists), and when another key comes between two', async () => {
    const { user, exit } = renderButton();
    await user.keyboard('{Escape}');
    expect(exit).not.toHaveBeenCalled();
    await user.keyboard('a{Escape}');
    expect(exit).not.toHaveBeenCalled();
  });

  it('counts an Escape that a control stopped from bubbling (it closed itself)', () => {
    const { exit } = renderButton();
    const notes = screen.getByRole('textbox', { name: 'Your notes' });
    notes.addEventListener('keydown', (event) => event.stopPropagation());
    fireEvent.keyDown(notes, { key: 'Escape' });
    fireEvent.keyDown(notes, { key: 'Escape' });
    expect(exit).toHaveBeenCalledOnce();
  });
});

describe('the Escape-twice shortcut', () => {
  const escape = { key: 'Escape', isComposing: false };

  it(`needs the second press within ${ESCAPE_TWICE_WINDOW_MS} ms of the first`, () => {
    let now = 0;
    const counter = createEscapeCounter({ now: () => now });
    expect(counter.press(escape)).toBe(false);
    now = ESCAPE_TWICE_WINDOW_MS;
    expect(counter.press(escape)).toBe(true);
  });

  it('treats a slow second press as a new first press', () => {
    let now = 0;
    const counter = createEscapeCounter({ now: () => now });
    counter.press(escape);
    now = ESCAPE_TWICE_WINDOW_MS + 1;
    expect(counter.press(escape)).toBe(false);
    now += 100;
    expect(counter.press(escape)).toBe(true);
  });

  it('starts counting afresh after it fires, and ignores Escape that cancels typing in an IME', () => {
    const counter = createEscapeCounter({ now: () => 0 });
    counter.press(escape);
    expect(counter.press(escape)).toBe(true);
    expect(counter.press(escape)).toBe(false);
    const composing = { key: 'Escape', isComposing: true };
    const fresh = createEscapeCounter({ now: () => 0 });
    fresh.press(composing);
    expect(fresh.press(composing)).toBe(false);
  });
});

/** A window for leaveNow: records where it was sent. */
function fakeWindow(top: ExitWindow | null | 'self', options: { crossOrigin?: boolean; refuses?: boolean } = {}) {
  const replaced: string[] = [];
  const location = {
    replace: (url: string) => {
      if (options.refuses) throw new DOMException('The current window does not have permission to navigate the target frame', 'SecurityError');
      replaced.push(url);
    },
    get href(): string {
      if (options.crossOrigin) throw new DOMException('Blocked a frame from accessing a cross-origin frame', 'SecurityError');
      return 'https://lms.example/';
    },
  };
  const win: { location: typeof location; top: ExitWindow | null } = { location, top: null };
  win.top = top === 'self' ? win : top;
  return { win, replaced };
}

describe('leaveNow', () => {
  const noSchedule: Schedule = () => {
    throw new Error('nothing should be scheduled');
  };

  it('replaces the page itself when the course is not in a frame (Back does not return to it)', () => {
    const page = fakeWindow('self');
    expect(leaveNow(NEUTRAL, page.win, noSchedule)).toBe('page');
    expect(page.replaced).toEqual([NEUTRAL]);
  });

  it('in an LMS frame, replaces the whole LMS page (the top window)', () => {
    const lms = fakeWindow('self');
    const frame = fakeWindow(lms.win);
    expect(leaveNow(NEUTRAL, frame.win, noSchedule)).toBe('top');
    expect(lms.replaced).toEqual([NEUTRAL]);
    expect(frame.replaced).toEqual([]);
  });

  it('replaces its own frame when the browser refuses to navigate the LMS page (a sandboxed frame)', () => {
    const lms = fakeWindow('self', { refuses: true });
    const frame = fakeWindow(lms.win);
    expect(leaveNow(NEUTRAL, frame.win, noSchedule)).toBe('frame');
    expect(frame.replaced).toEqual([NEUTRAL]);
  });

  it('with an LMS page on another origin, also has the frame leave in case the browser ignored the request', () => {
    const lms = fakeWindow('self', { crossOrigin: true });
    const frame = fakeWindow(lms.win);
    const scheduled: { run: () => void; delayMs: number }[] = [];
    expect(leaveNow(NEUTRAL, frame.win, (run, delayMs) => scheduled.push({ run, delayMs }))).toBe('top');
    expect(lms.replaced).toEqual([NEUTRAL]);
    expect(scheduled.map((s) => s.delayMs)).toEqual([FRAME_FALLBACK_MS]);
    scheduled[0]!.run();
    expect(frame.replaced).toEqual([NEUTRAL]);
  });
});

describe('createQuickExit', () => {
  const setUp = (beforeLeave: () => void) => {
    const replaced: string[] = [];
    const doc = { body: document.createElement('body') };
    const logger = { error: vi.fn() };
    const steps: string[] = [];
    const page: { location: ExitWindow['location']; top: ExitWindow | null } = {
      location: {
        replace: (url) => {
          steps.push(`leave for ${url}`);
          replaced.push(url);
        },
        href: 'https://course.example/',
      },
      top: null,
    };
    page.top = page;
    const exit = createQuickExit({
      url: NEUTRAL,
      beforeLeave: () => {
        steps.push(doc.body.hidden ? 'save (course hidden)' : 'save (course showing)');
        beforeLeave();
      },
      window: page,
      document: doc,
      logger,
    });
    return { exit, steps, logger, replaced };
  };

  it('hides the course, saves and ends the LMS session, then leaves for the neutral page', () => {
    const { exit, steps } = setUp(() => undefined);
    expect(exit()).toBe('page');
    expect(steps).toEqual(['save (course hidden)', `leave for ${NEUTRAL}`]);
  });

  it('leaves even when saving fails, and says why in the console', () => {
    const { exit, replaced, logger } = setUp(() => {
      throw new Error('LMS gone');
    });
    exit();
    expect(replaced).toEqual([NEUTRAL]);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('saving progress failed'), expect.any(Error));
  });

  it('acts once: a second press while leaving saves and navigates nothing more', () => {
    const { exit, steps } = setUp(() => undefined);
    exit();
    expect(exit()).toBeNull();
    expect(steps).toHaveLength(2);
  });
});
