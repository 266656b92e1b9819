import { useEffect, useState } from 'react';

/** Whole seconds since `since` (a performance.now() time), updated every second while `running`. */
export function useSeconds(since: number, running: boolean): number {
  const read = () => Math.max(0, Math.floor((performance.now() - since) / 1000));
  const [seconds, setSeconds] = useState(read);
  useEffect(() => {
    setSeconds(read());
    if (!running) return;
    // Ticks land just after each whole second since `since`, so the count never lags a second.
    let timer: NodeJS.Timeout;
    const schedule = () => {
      const wait = 1000 - ((performance.now() - since) % 1000) + 5;
      timer = setTimeout(() => {
        setSeconds(read());
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [since, running]);
  return seconds;
}
