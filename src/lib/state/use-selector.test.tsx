import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useSelector, useUrgentSelector, type StateSource } from './use-selector';

/** A tiny source of state, as an actor or the course driver is. */
function counterSource(start = 0) {
  let count = start;
  const listeners = new Set<() => void>();
  const source: StateSource<{ count: number }> & { set(next: number): void; listening(): number } = {
    getSnapshot: () => ({ count }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listening: () => listeners.size,
    set(next) {
      count = next;
      for (const listener of [...listeners]) listener();
    },
  };
  return source;
}

let renders = 0;
function Count({ source, label, plus = 0 }: { source: StateSource<{ count: number }>; label: string; plus?: number }) {
  const count = useSelector(source, (s) => s.count + plus);
  renders += 1;
  return <p>{`${label}: ${count}`}</p>;
}
function Parity({ source }: { source: StateSource<{ count: number }> }) {
  const even = useSelector(source, (s) => s.count % 2 === 0);
  renders += 1;
  return <p>{even ? 'even' : 'odd'}</p>;
}

describe('useSelector', () => {
  it('shows a change in every component that reads it, together', async () => {
    const source = counterSource();
    render(
      <>
        <Count source={source} label="first" />
        <Count source={source} label="second" />
      </>,
    );
    await act(async () => source.set(3));
    expect(screen.getByText('first: 3')).toBeInTheDocument();
    expect(screen.getByText('second: 3')).toBeInTheDocument();
  });

  it('renders again only when what a component selects changes', async () => {
    const source = counterSource(0);
    render(<Parity source={source} />);
    const before = renders;
    await act(async () => source.set(2));
    expect(renders).toBe(before);
    await act(async () => source.set(3));
    expect(screen.getByText('odd')).toBeInTheDocument();
    expect(renders).toBe(before + 1);
  });

  it('does not miss a change made between the first render and subscribing', async () => {
    const source = counterSource(1);
    function ChangesOnMount() {
      // A sibling that changes the source before the reader has subscribed.
      source.set(5);
      return null;
    }
    await act(async () => {
      render(
        <>
          <Count source={source} label="count" />
          <ChangesOnMount />
        </>,
      );
    });
    expect(screen.getByText('count: 5')).toBeInTheDocument();
  });

  it('reads a new source at once, and a selection that depends on props when they change', async () => {
    const first = counterSource(1);
    const second = counterSource(7);
    const { rerender } = render(<Count source={first} label="count" />);
    rerender(<Count source={second} label="count" />);
    expect(screen.getByText('count: 7')).toBeInTheDocument();
    await act(async () => second.set(8));
    rerender(<Count source={second} label="count" plus={10} />);
    expect(screen.getByText('count: 18')).toBeInTheDocument();
  });

  it('stops listening when the component goes', async () => {
    const source = counterSource();
    const { unmount } = render(<Count source={source} label="count" />);
    expect(source.listening()).toBe(1);
    unmount();
    expect(source.listening()).toBe(0);
  });
});

describe('useUrgentSelector', () => {
  it('keeps a controlled radio button checked the moment it is clicked', async () => {
    const source = counterSource(0);
    function Choice() {
      const picked = useUrgentSelector(source, (s) => s.count);
      return (
        <fieldset>
          <legend>Pick one</legend>
          {[1, 2].map((n) => (
            <label key={n}>
              <input type="radio" name="pick" checked={picked === n} onChange={() => source.set(n)} />
              {`Option ${n}`}
            </label>
          ))}
        </fieldset>
      );
    }
    render(<Choice />);
    // As in a browser: React's own scheduling, not act(), which would finish any transition first.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      screen.getByRole('radio', { name: 'Option 2' }).click();
      expect(screen.getByRole('radio', { name: 'Option 2' })).toBeChecked();
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});
