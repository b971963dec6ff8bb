/**
 * A file's preview in a modal dialog: opened in view whatever the scroll position or window size
 * (the top layer, centred), focus moved to its title, Escape or "Close preview" closes it, and
 * focus goes back to the control that opened it (useFocusReturn, in the caller).
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function PreviewDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closing = useRef(onClose);
  closing.current = onClose;
  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    // showModal focuses the first control (Close); the title comes first so it is read out.
    heading.current?.focus();
    const closed = () => closing.current();
    element.addEventListener('close', closed);
    return () => {
      element.removeEventListener('close', closed);
      if (element.open) element.close();
    };
  }, []);
  return (
    <dialog ref={dialog} className="preview-dialog" aria-labelledby="preview-title" data-testid="preview-dialog">
      <h3 id="preview-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="button-row">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close preview
        </button>
      </div>
    </dialog>
  );
}
