/**
 * Error boundaries: a part of the screen that fails shows what happened and a way on,
 * instead of blanking the whole app (and, with autosave, every later start).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What to show instead of the children once they have failed. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** Told once per failure (to keep the document from reopening, for example). */
  onError?: (error: Error) => void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Signpost:', error, info.componentStack);
    this.props.onError?.(error);
  }

  render() {
    const { error } = this.state;
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children;
  }
}

/** What was happening, for a report: the message and where it came from. */
export const errorDetails = (e: Error): string => `${e.name}: ${e.message}\n${e.stack ?? ''}`.slice(0, 4000);

function PanelFailed({ name, error, retry }: { name: string; error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-failed" role="alert" aria-label={name}>
      <p>{t('recovery.panelFailed', { name })}</p>
      <button type="button" onClick={retry}>
        {t('recovery.tryAgain')}
      </button>
      <details>
        <summary>{t('recovery.details')}</summary>
        <pre>{errorDetails(error)}</pre>
      </details>
    </section>
  );
}

/** One side panel: if it fails, the page and the other panels keep working. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return <ErrorBoundary fallback={(error, retry) => <PanelFailed name={name} error={error} retry={retry} />}>{children}</ErrorBoundary>;
}
