/**
 * Gives focus back to the control that opened a view (a file preview, one bundle of many) once
 * that view closes. Without it focus falls to the page body when the view goes away, and a
 * keyboard or screen reader user starts again at the top of the page.
 */
import { useCallback, useEffect, useRef } from 'react';

/**
 * `open`: whether the view is shown. Call the returned `remember()` when opening (before the
 * opener is hidden); the control that had focus then gets it back after the view closes.
 */
export function useFocusReturn(open: boolean): () => void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  const remember = useCallback(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);
  // After the commit that closed the view: the opener is shown again and can take focus.
  useEffect(() => {
    if (wasOpen.current && !open) {
      const target = opener.current;
      opener.current = null;
      if (target?.isConnected) target.focus();
    }
    wasOpen.current = open;
  }, [open]);
  return remember;
}
