/**
 * The lab's settings as native, labelled inputs: selects for choices, sliders for ranges (the
 * learning rate on a log10 slider), number fields for seed / batch / clipping, checkboxes for
 * batch norm and skip connections. Values are validated with the URL rules before use.
 */
import { parseField } from '~/widgets/kit/url-state';
import { formatNumber } from '~/widgets/kit/format';
import {
  ACTIVATIONS, CLIP_MIN, DATASETS, INITS, LR_LOG, OPTIMIZERS, lrFromLog, type LabSettings, type SettingName,
} from '~/widgets/kit/lab/settings';

export interface ControlStrings {
  settings: Record<SettingName, string>;
  options: {
    dataset: Record<(typeof DATASETS)[number], string>; act: Record<(typeof ACTIVATIONS)[number], string>;
    init: Record<(typeof INITS)[number], string>; opt: Record<(typeof OPTIMIZERS)[number], string>;
  };
  clipOff: string;
}
interface Props {
  id: string; s: ControlStrings; values: LabSettings; controls: readonly SettingName[]; disabled: boolean;
  onChange: (patch: Partial<LabSettings>) => void;
}

const RANGES: Partial<Record<SettingName, { min: number; max: number; step: number }>> = {
  noise: { min: 0, max: 0.5, step: 0.01 }, points: { min: 100, max: 1000, step: 50 },
  depth: { min: 1, max: 30, step: 1 }, width: { min: 2, max: 64, step: 1 }, alpha: { min: 0.001, max: 0.5, step: 0.001 },
};
const NUMBERS: Partial<Record<SettingName, { kind: 'int' | 'number'; min: number; max: number; step: string }>> = {
  seed: { kind: 'int', min: 1, max: 9999, step: '1' }, batch: { kind: 'int', min: 1, max: 256, step: '1' },
  clip: { kind: 'number', min: 0, max: 100, step: 'any' },
};
const CHOICES = { dataset: DATASETS, act: ACTIVATIONS, init: INITS, opt: OPTIMIZERS } as const;

export default function Controls({ id, s, values, controls, disabled, onChange }: Props) {
  return (
    <div class="widget-controls lab-settings">
      {controls.map((key) => {
        const cid = `${id}-${key}`;
        const label = <label for={cid}>{s.settings[key]}</label>;
        if (key in CHOICES) {
          const options = CHOICES[key as keyof typeof CHOICES];
          const names = s.options[key as keyof typeof CHOICES] as Record<string, string>;
          return (
            <span class="control">{label}
              <select id={cid} disabled={disabled} value={String(values[key])}
                onChange={(e) => onChange({ [key]: e.currentTarget.value } as Partial<LabSettings>)}>
                {options.map((o) => <option value={o}>{names[o]}</option>)}
              </select>
            </span>
          );
        }
        if (key === 'bn' || key === 'res') {
          return (
            <span class="control lab-check">
              <input id={cid} type="checkbox" disabled={disabled} checked={values[key]}
                onChange={(e) => onChange({ [key]: e.currentTarget.checked })} />{label}
            </span>
          );
        }
        if (key === 'lr') {
          return (
            <span class="control">{label}
              <input id={cid} type="range" min={LR_LOG.min} max={LR_LOG.max} step={LR_LOG.step} disabled={disabled}
                value={Math.log10(values.lr)} aria-valuetext={formatNumber(values.lr)}
                onInput={(e) => onChange({ lr: lrFromLog(Number(e.currentTarget.value)) })} />
              <output for={cid}>{formatNumber(values.lr)}</output>
            </span>
          );
        }
        const range = RANGES[key];
        if (range) {
          return (
            <span class="control">{label}
              <input id={cid} type="range" {...range} disabled={disabled} value={Number(values[key])}
                onInput={(e) => onChange({ [key]: Number(e.currentTarget.value) })} />
              <output for={cid}>{formatNumber(Number(values[key]))}</output>
            </span>
          );
        }
        const num = NUMBERS[key]!;
        return (
          <span class="control">{label}
            <input id={cid} type="number" class="lab-number" min={num.min} max={num.max} step={num.step} disabled={disabled}
              value={Number(values[key])} aria-describedby={key === 'clip' ? `${cid}-hint` : undefined}
              onChange={(e) => {
                const v = parseField({ kind: num.kind, min: num.min, max: num.max, default: 0 }, e.currentTarget.value.trim());
                const ok = typeof v === 'number' && !(key === 'clip' && v > 0 && v < CLIP_MIN);
                if (ok) onChange({ [key]: v });
                else e.currentTarget.value = String(values[key]);
              }} />
            {key === 'clip' && <span id={`${cid}-hint`} class="lab-hint">{s.clipOff}</span>}
          </span>
        );
      })}
    </div>
  );
}
