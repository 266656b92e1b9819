import { useInput } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { commandsFor, type Command, type KeyContext } from './keymap.js';

interface Route {
  context: KeyContext;
  onCommand: (command: Command) => void;
  active: boolean;
}

const RoutesContext = createContext<Route[] | null>(null);

/**
 * One keyboard listener for the whole app, handing each key to the screen that has focus.
 * Ink's useInput subscribes in a passive effect, which React may run tens of milliseconds
 * after the frame is on screen: keys typed in that window would reach a handler holding
 * stale state, or no handler at all. Here screens register in a layout effect (during the
 * commit) and always run their latest handler, so a fast typist or a paste loses nothing.
 */
export function KeyRouter({ children }: { children: ReactNode }) {
  const routes = useRef<Route[]>([]).current;
  useInput((input, key) => {
    // The screen mounted last and still active has focus (help over a question, say).
    const route = routes.findLast((candidate) => candidate.active);
    if (!route) return;
    for (const command of commandsFor(route.context, input, key)) route.onCommand(command);
  });
  return <RoutesContext.Provider value={routes}>{children}</RoutesContext.Provider>;
}

/** Reads keys as the named commands of `context` (see keymap.ts) while `active`. */
export function useCommands(context: KeyContext, onCommand: (command: Command) => void, active = true): void {
  const routes = useContext(RoutesContext);
  if (!routes) throw new Error('useCommands needs a <KeyRouter> above it');
  const route = useRef<Route>({ context, onCommand, active }).current;
  // The latest render's handler and state: assigned during render, read at the next key.
  route.context = context;
  route.onCommand = onCommand;
  route.active = active;
  useLayoutEffect(() => {
    routes.push(route);
    return () => {
      routes.splice(routes.indexOf(route), 1);
    };
  }, [routes, route]);
}
