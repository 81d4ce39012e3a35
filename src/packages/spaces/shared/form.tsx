// Form fields with a label, a large input and the validation message right under it.
// Messages are shown after a tap on the submit button (see useForm), never while typing.
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { type PropsWithChildren } from 'react'
import { useForm as useFormState } from '@/hooks/use-form'
import { useT, type Key } from './i18n'
import type { TranslateParams } from '@/i18n'

/** A field's problem: a message key (plus params) from the spaces dictionary. */
export type FieldProblem = Key | { key: Key; params: TranslateParams }
export type Problems<F extends string> = Partial<Record<F, FieldProblem>>

export function useProblemText(): (problem: FieldProblem | undefined) => string | null {
  const { t } = useT()
  return (problem) => (problem === undefined ? null : typeof problem === 'string' ? t(problem) : t(problem.key, problem.params))
}

interface FieldShell {
  name: string
  label: string
  hint?: string
  error?: string | null
}

function Field({ name, label, hint, error, children }: PropsWithChildren<FieldShell>): JSX.Element {
  return (
    <View className={`sp-field sp-field--${name}${error ? ' sp-field--invalid' : ''}`}>
      <Text className='sp-field__label'>{label}</Text>
      {hint && <Text className='sp-field__hint'>{hint}</Text>}
      {children}
      {error && (
        <View role='alert'>
          <Text className={`sp-field__error sp-field__error--${name}`}>{error}</Text>
        </View>
      )}
    </View>
  )
}

export function TextField({
  value,
  onChange,
  type = 'text',
  password = false,
  maxlength = 100,
  placeholder,
  ...shell
}: FieldShell & {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'number' | 'digit'
  password?: boolean
  maxlength?: number
  placeholder?: string
}): JSX.Element {
  return (
    <Field {...shell}>
      <Input
        className={`sp-field__input sp-input--${shell.name}`}
        value={value}
        type={type}
        password={password}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  )
}

export function TextAreaField({
  value,
  onChange,
  maxlength = 300,
  placeholder,
  ...shell
}: FieldShell & { value: string; onChange: (value: string) => void; maxlength?: number; placeholder?: string }): JSX.Element {
  return (
    <Field {...shell}>
      <Textarea
        className={`sp-field__input sp-field__textarea sp-input--${shell.name}`}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  )
}

/** Date (YYYY-MM-DD) or time (HH:mm) from the system picker; `initial` is where the wheel starts. */
export function PickerField({
  mode,
  value,
  onChange,
  initial,
  start,
  end,
  ...shell
}: FieldShell & { mode: 'date' | 'time'; value: string; onChange: (value: string) => void; initial?: string; start?: string; end?: string }): JSX.Element {
  const { t } = useT()
  return (
    <Field {...shell}>
      <Picker mode={mode} value={value || initial || ''} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`sp-field__input sp-picker sp-input--${shell.name}`}>
          {value ? <Text>{value}</Text> : <Text className='sp-field__placeholder'>{t(mode === 'date' ? 'spaces.form.pickDate' : 'spaces.form.pickTime')}</Text>}
        </View>
      </Picker>
    </Field>
  )
}

/** A handful of options as big buttons (easier than a wheel for short lists). */
export function ChoiceField<V extends string>({
  value,
  onChange,
  options,
  ...shell
}: FieldShell & { value: V | ''; onChange: (value: V) => void; options: ReadonlyArray<{ value: V; label: string }> }): JSX.Element {
  return (
    <Field {...shell}>
      <View className='sp-choices'>
        {options.map((option) => (
          <Button
            key={option.value}
            className={`fb-button sp-choice sp-choice--${option.value}${option.value === value ? ' sp-choice--active' : ' fb-button--secondary'}`}
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        ))}
      </View>
    </Field>
  )
}

/** The shared form hook, with problems described as spaces messages. */
export function useForm<V extends object, F extends string>(initial: V, validate: (values: V) => Problems<F>) {
  return useFormState<V, F, FieldProblem>(initial, validate)
}
