import { useEffect, useState } from 'react';

/** The value of a promise once it settles (null until then, or `fallback` if it fails); ignores late answers after unmount. */
export function usePromised<T>(promise: Promise<T>, fallback: T): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    promise.then((v) => live && setValue(v)).catch(() => live && setValue(fallback));
    return () => {
      live = false;
    };
    // The fallback is a constant of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [promise]);
  return value;
}
