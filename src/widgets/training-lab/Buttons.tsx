/** The lab's run controls: play/pause, one step, reset, and the steps-per-frame speed. */
import type { TrainingLabStrings } from './strings/types';

interface Props {
  id: string; s: TrainingLabStrings; live: boolean; diverged: boolean; playing: boolean; speed: number; speeds: readonly number[];
  onPlay: () => void; onStep: () => void; onReset: () => void; onSpeed: (speed: number) => void;
}

export default function Buttons({ id, s, live, diverged, playing, speed, speeds, onPlay, onStep, onReset, onSpeed }: Props) {
  return (
    <div class="widget-controls lab-buttons">
      <button type="button" class="lab-play" onClick={onPlay} disabled={!live || diverged} aria-pressed={playing}>
        {playing ? s.pause : s.play}
      </button>
      <button type="button" onClick={onStep} disabled={!live || diverged}>{s.step}</button>
      <button type="button" onClick={onReset} disabled={!live}>{s.reset}</button>
      <span class="control">
        <label for={`${id}-speed`}>{s.speed}</label>
        <select id={`${id}-speed`} value={speed} disabled={!live} onChange={(e) => onSpeed(Number(e.currentTarget.value))}>
          {speeds.map((v) => <option value={v}>{v}</option>)}
        </select>
      </span>
    </div>
  );
}
