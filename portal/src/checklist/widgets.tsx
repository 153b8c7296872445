/** One input per question type (all fourteen of API.md section 3), each producing the answer_data its type takes. */
import { useMemo } from 'react';
import type { Question } from '../types';
import { countries } from './countries';

export interface WidgetProps {
  question: Question;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The input's id; the label points at it. Group widgets use it for their fieldset. */
  id: string;
  /** Ids of the guidance and the error messages, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
}

/** Questions answered through a group of radios or checkboxes: labelled by a fieldset's legend, not a label. */
export function isGroupWidget(question: Question): boolean {
  return ['boolean', 'single_select', 'multi_select', 'rating'].includes(question.question_type);
}

export function Widget(props: WidgetProps) {
  switch (props.question.question_type) {
    case 'text_input':
      return <TextInput {...props} type="text" />;
    case 'email':
      return <TextInput {...props} type="email" autoComplete="email" />;
    case 'url':
      return <TextInput {...props} type="url" autoComplete="url" />;
    case 'phone_number':
      return <TextInput {...props} type="tel" autoComplete="tel" />;
    case 'text_area':
      return (
        <textarea
          id={props.id}
          rows={4}
          value={typeof props.value === 'string' ? props.value : ''}
          onChange={(e) => props.onChange(emptyAsNothing(e.target.value))}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          aria-required={props.question.required || undefined}
        />
      );
    case 'number':
      return <NumberInput {...props} integer={false} />;
    case 'year':
      return <NumberInput {...props} integer />;
    case 'date':
      return (
        <input
          id={props.id}
          type="date"
          value={typeof props.value === 'string' ? props.value : ''}
          onChange={(e) => props.onChange(emptyAsNothing(e.target.value))}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          aria-required={props.question.required || undefined}
        />
      );
    case 'datetime':
      return <DateTimeInput {...props} />;
    case 'country':
      return <CountrySelect {...props} />;
    case 'boolean':
      return (
        <Choices
          {...props}
          multiple={false}
          choices={[
            { key: 'yes', label: 'Yes', value: true },
            { key: 'no', label: 'No', value: false },
          ]}
          selected={(v) => props.value === v}
          toggle={(v) => props.onChange(v)}
        />
      );
    case 'rating': {
      const min = props.question.min_value ?? 1;
      const max = props.question.max_value ?? 5;
      const steps = [];
      for (let n = Math.ceil(min); n <= Math.floor(max) && steps.length < 11; n++) {
        steps.push({ key: String(n), label: String(n), value: n });
      }
      return (
        <Choices
          {...props}
          multiple={false}
          inline
          choices={steps}
          selected={(v) => props.value === v}
          toggle={(v) => props.onChange(v)}
        />
      );
    }
    case 'single_select':
      return (
        <Choices
          {...props}
          multiple={false}
          choices={options(props.question)}
          selected={(v) => Array.isArray(props.value) && props.value[0] === v}
          toggle={(v) => props.onChange([v])}
        />
      );
    case 'multi_select': {
      const current = Array.isArray(props.value) ? (props.value as unknown[]) : [];
      return (
        <Choices
          {...props}
          multiple
          choices={options(props.question)}
          selected={(v) => current.includes(v)}
          toggle={(v) => {
            const next = current.includes(v) ? current.filter((x) => x !== v) : [...current, v];
            props.onChange(next.length > 0 ? next : undefined);
          }}
        />
      );
    }
    default:
      return <TextInput {...props} type="text" />;
  }
}

function emptyAsNothing(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function TextInput(props: WidgetProps & { type: string; autoComplete?: string }) {
  return (
    <input
      id={props.id}
      type={props.type}
      autoComplete={props.autoComplete ?? 'off'}
      value={typeof props.value === 'string' ? props.value : ''}
      onChange={(e) => props.onChange(emptyAsNothing(e.target.value))}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.question.required || undefined}
    />
  );
}

/** A number when the text is one; otherwise the text itself, which the server then refuses on that question. */
function NumberInput(props: WidgetProps & { integer: boolean }) {
  const { question, value } = props;
  return (
    <input
      id={props.id}
      type="text"
      inputMode={props.integer ? 'numeric' : 'decimal'}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(e) => {
        const text = e.target.value.trim();
        const number = Number(text);
        props.onChange(text === '' ? undefined : Number.isFinite(number) && /^-?[\d.]+(e-?\d+)?$/i.test(text) ? number : text);
      }}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={question.required || undefined}
    />
  );
}

/** datetime-local has no time zone: the answer is sent as the UTC instant of the local time entered. */
function DateTimeInput(props: WidgetProps) {
  const local = typeof props.value === 'string' ? toLocalInput(props.value) : '';
  return (
    <input
      id={props.id}
      type="datetime-local"
      value={local}
      onChange={(e) => {
        const text = e.target.value;
        const date = text ? new Date(text) : undefined;
        props.onChange(date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined);
      }}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.question.required || undefined}
    />
  );
}

function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function CountrySelect(props: WidgetProps) {
  const list = useMemo(countries, []);
  return (
    <select
      id={props.id}
      value={typeof props.value === 'string' ? props.value : ''}
      onChange={(e) => props.onChange(emptyAsNothing(e.target.value))}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.question.required || undefined}
    >
      <option value="">Choose a country</option>
      {list.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

function options(question: Question) {
  return [...question.question_options]
    .sort((a, b) => a.order - b.order)
    .map((o) => ({ key: o.uuid, label: o.label, value: o.uuid }));
}

interface Choice {
  key: string;
  label: string;
  value: unknown;
}

/** Radios or checkboxes inside the question's fieldset (the caller renders the fieldset and its legend). */
function Choices(
  props: WidgetProps & {
    multiple: boolean;
    inline?: boolean;
    choices: Choice[];
    selected: (value: unknown) => boolean;
    toggle: (value: unknown) => void;
  },
) {
  return (
    <div className={props.inline ? 'choices inline' : 'choices'}>
      {props.choices.map((c) => {
        const id = `${props.id}-${c.key}`;
        return (
          <div className="choice" key={c.key}>
            <input
              id={id}
              type={props.multiple ? 'checkbox' : 'radio'}
              name={props.id}
              checked={props.selected(c.value)}
              onChange={() => props.toggle(c.value)}
              aria-describedby={props.describedBy}
              aria-invalid={props.invalid || undefined}
            />
            <label htmlFor={id}>{c.label}</label>
          </div>
        );
      })}
    </div>
  );
}
