import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type Choice = { id: string; label: string };

/**
 * A choice from a registry that may be far longer than a select should hold (people, organisations): the select lists
 * one page of the largest size, and when there are more, a search field narrows them, saying how many are shown of how
 * many. A registry of a few dozen looks like a plain select.
 */
export function SearchSelect({ label, noneLabel, searchLabel, value, onChange, choices, listed, total, search, onSearch, name, error }: {
  label: string;
  noneLabel: string;
  searchLabel: string;
  value: string;
  onChange: (id: string) => void;
  /** The options, the current choice first when it is not among the page's. */
  choices: Choice[];
  /** How many of the choices are the page's (the rest is the current choice). */
  listed: number;
  /** How many match the search in all; undefined while loading. */
  total: number | undefined;
  search: string;
  onSearch: (search: string) => void;
  name?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const more = total !== undefined && total > listed;
  return (
    <div className="stack">
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select id={id} name={name} value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
          <Select.Option value="">{noneLabel}</Select.Option>
          {choices.map((c) => (
            <Select.Option key={c.id} value={c.id}>
              {c.label}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
      {(more || search !== '') && (
        <Textfield type="search" label={searchLabel} value={search} onChange={(e) => onSearch(e.target.value)}
          description={more ? t('picker.more', { shown: listed, total }) : t('picker.found', { count: total ?? 0 })} />
      )}
    </div>
  );
}
