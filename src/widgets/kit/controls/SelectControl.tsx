/**
 * A labelled <select> in a widget's control row (`.widget-controls .control`): the label is tied to
 * the select by id, options are plain values or { value, label } pairs.
 * @example <SelectControl id="perc-gate" label={s.gate} value={state.gate} options={[{ value: 'and', label: 'AND' }]} onChange={(v) => set({ gate: v })} />
 */
export type Option = string | { value: string; label: string };

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  disabled?: boolean;
  onChange: (value: string) => void;
}

export default function SelectControl({ id, label, value, options, disabled, onChange }: Props) {
  return (
    <span class="control">
      <label for={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (typeof o === 'string' ? <option value={o}>{o}</option> : <option value={o.value}>{o.label}</option>))}
      </select>
    </span>
  );
}
