import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../testing/render-with-i18n';
import { TrackingStatusNotice } from './tracking-status-notice';
import { showTrackingEvent, showUnreadableProgress, useTrackingStatusStore } from './tracking-status-store';

const problem = { type: 'problem', problem: { reason: 'save-failed', detail: 'Commit failed' } } as const;

describe('TrackingStatusNotice', () => {
  beforeEach(() => useTrackingStatusStore.setState({ notice: 'none', unreadableProgress: false }));

  it('says nothing while progress is saving', () => {
    renderWithI18n(<TrackingStatusNotice />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/progress/i)).not.toBeInTheDocument();
  });

  it('alerts the learner in plain words when progress may not be saved', () => {
    const { missingKeys } = renderWithI18n(<TrackingStatusNotice />);
    act(() => showTrackingEvent(problem));
    expect(screen.getByRole('alert')).toHaveTextContent('Your progress may not be saving at the moment. You can carry on');
    expect(missingKeys).toEqual([]);
  });

  it('replaces the alert with a status message once saving works again', () => {
    renderWithI18n(<TrackingStatusNotice />);
    act(() => showTrackingEvent(problem));
    act(() => showTrackingEvent({ type: 'recovered' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Your progress is being saved again.')).toHaveRole('status');
  });

  it('tells a learner whose saved progress could not be read that they start again, until they act', () => {
    const { missingKeys } = renderWithI18n(<TrackingStatusNotice />);
    act(() => showUnreadableProgress(true));
    expect(screen.getByText("We couldn't read your saved progress, so you are starting again. Your LMS still has your earlier result.")).toHaveRole('status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => showUnreadableProgress(false));
    expect(screen.queryByText(/saved progress/)).not.toBeInTheDocument();
    expect(missingKeys).toEqual([]);
  });

  it('does not claim a recovery the learner was never told about', () => {
    renderWithI18n(<TrackingStatusNotice />);
    act(() => showTrackingEvent({ type: 'recovered' }));
    expect(screen.queryByText(/progress/i)).not.toBeInTheDocument();
  });
});
