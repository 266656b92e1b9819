import { useApp } from 'ink';
import { Component, type ReactNode } from 'react';
import { KeyRouter } from './keys/key-router.js';
import { UiProvider, type Ui } from './ui-context.js';

/** What every Ink screen of focal sits in: language and colours, the one keyboard listener, and an error boundary. */
export function UiRoot({ ui, children }: { ui: Ui; children: ReactNode }) {
  const { exit } = useApp();
  return (
    <UiProvider ui={ui}>
      <ExitOnError exit={exit}>
        <KeyRouter>{children}</KeyRouter>
      </ExitOnError>
    </UiProvider>
  );
}

/**
 * A failure while rendering ends the app with the error, so the command reports it in one
 * line (and exit code) like any other, instead of Ink drawing a stack trace on the screen.
 */
class ExitOnError extends Component<{ exit: (error: Error) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.exit(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
