/**
 * Keeps a control focused by keyboard fully in view, clear of the sticky action bar. The page's
 * scroll-padding already does this for most controls, but a text box is only scrolled as far as
 * its caret, which can leave the rest of a tall box under the bar.
 */
export function keepFocusInView(doc: Document): () => void {
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches(':focus-visible')) return;
    // "nearest" scrolls as little as needed and honours scroll-padding (the bar's height).
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  doc.addEventListener('focusin', onFocus);
  return () => doc.removeEventListener('focusin', onFocus);
}
