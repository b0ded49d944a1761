/**
 * Calls `refresh` once `delayMs` has passed, but only while the page is visible: a refresh that
 * falls due while the tab is hidden (another browser tab, a minimised window) waits until the
 * page shows again, so a view nobody looks at calls no resolver. Returns the cancel.
 */
export function refreshWhileVisible(delayMs: number, refresh: () => void): () => void {
  let due = false;
  const timer = setTimeout(() => {
    if (document.visibilityState === 'hidden') due = true;
    else refresh();
  }, delayMs);
  const onVisibilityChange = () => {
    if (due && document.visibilityState === 'visible') {
      due = false;
      refresh();
    }
  };
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
