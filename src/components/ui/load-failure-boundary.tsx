import { Component, type ReactNode } from 'react';
import { DownloadFailedError } from '../../lib/i18n/lazy-with-texts';

interface LoadFailureBoundaryProps {
  children: ReactNode;
  /** Start the download again (before the children render again). */
  onRetry: () => void;
  /**
   * What shows instead of the children when their download failed; `repeated` once trying
   * again has failed too, when the learner also needs to know how to start afresh (ReopenAdvice).
   */
  failure: (retry: () => void, repeated: boolean) => ReactNode;
}

interface LoadFailureBoundaryState {
  error: unknown;
  /** Times the learner has tried again since this boundary mounted. */
  retries: number;
}

/**
 * Turns a failed download of a lazily loaded part (a panel, the statement, a module's
 * screens) into a message with a retry, instead of an empty panel or a blank page.
 */
export class LoadFailureBoundary extends Component<LoadFailureBoundaryProps, LoadFailureBoundaryState> {
  override state: LoadFailureBoundaryState = { error: null, retries: 0 };

  static getDerivedStateFromError(error: unknown): Pick<LoadFailureBoundaryState, 'error'> {
    return { error };
  }

  private readonly retry = (): void => {
    this.props.onRetry();
    this.setState(({ retries }) => ({ error: null, retries: retries + 1 }));
  };

  override render(): ReactNode {
    const { error, retries } = this.state;
    if (error === null) return this.props.children;
    // Any other error is a bug, not a lost connection: "try again" would not help, so it goes up.
    if (!(error instanceof DownloadFailedError)) throw error;
    return this.props.failure(this.retry, retries > 0);
  }
}
