import { useRef, useState } from 'react';

/**
 * useReducer whose latest state can be read right after a dispatch, before React renders:
 * one key event may carry several commands (a paste such as `b⏎`), and the Enter must see
 * the pick made by the `b` before it.
 */
export function useEagerReducer<S, A>(reducer: (state: S, action: A) => S, initial: S): [S, (action: A) => void, () => S] {
  const latest = useRef(initial);
  const [state, setState] = useState(initial);
  const dispatch = (action: A) => {
    latest.current = reducer(latest.current, action);
    setState(latest.current);
  };
  return [state, dispatch, () => latest.current];
}
