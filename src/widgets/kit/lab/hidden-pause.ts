/**
 * A training run pauses while its tab is hidden and resumes when it is shown again, if it was
 * playing then (no work for a page nobody sees; no surprise stop for one that comes back).
 */
export interface Playable { readonly playing: boolean; play(): void; pause(): void }

/** Subscribes; `onPlaying` mirrors the state into the widget. Returns the unsubscribe. */
export function pauseWhileHidden(run: Playable, onPlaying: (playing: boolean) => void): () => void {
  let resumeOnShow = false;
  const onVisibility = () => {
    if (document.hidden && run.playing) { resumeOnShow = true; run.pause(); onPlaying(false); }
    else if (!document.hidden && resumeOnShow) { resumeOnShow = false; run.play(); onPlaying(true); }
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => document.removeEventListener('visibilitychange', onVisibility);
}
