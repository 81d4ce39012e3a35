// The reminders screens' forms: problems are message keys of the reminders dictionary.
import { useForm as useFormState, type FieldProblems } from '@/hooks/use-form'
import type { Key } from './i18n'

export type Problems<F extends string> = FieldProblems<F, Key>

export function useForm<V extends object, F extends string>(initial: V, validate: (values: V) => Problems<F>) {
  return useFormState<V, F, Key>(initial, validate)
}
