import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clearSession } from '../boundaries/session-store';
import type { SafeStorage } from '../boundaries/storage';
import { HelpBar } from '../ui/chrome/HelpBar';

interface Props {
  readonly storage: SafeStorage;
  readonly onReset: () => void;
  readonly children: ReactNode;
}

/**
 * Never a blank page: offers to reload (saved answers are kept and re-validated) or to clear
 * them and start over; help stays one tap away.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The message and component stack only: never answer values.
    console.error('guide crashed:', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Crashed
        onStartOver={() => {
          clearSession(this.props.storage);
          this.setState({ failed: false });
          this.props.onReset();
        }}
      />
    );
  }
}

function Crashed({ onStartOver }: { readonly onStartOver: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="main" id="main">
      <HelpBar />
      <section className="notice notice-error" role="alert">
        <h1>{t(($) => $.error.title)}</h1>
        <p>{t(($) => $.error.body)}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t(($) => $.error.retry)}
          </button>
          <button type="button" className="button button-secondary" onClick={onStartOver}>
            {t(($) => $.error.start_over)}
          </button>
        </div>
      </section>
    </main>
  );
}
