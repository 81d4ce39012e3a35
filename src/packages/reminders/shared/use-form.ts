// Form values + problems (message keys of the reminders dictionary). Problems show after the
// first tap on submit and then follow the user's fixes (same behaviour as the spaces forms).
import { useCallback, useEffect, useState } from 'react'
import type { Key } from './i18n'

export type Problems<F extends string> = Partial<Record<F, Key>>

export function useForm<V extends object, F extends string>(initial: V, validate: (values: V) => Problems<F>) {
  const [values, setValues] = useState<V>(initial)
  const [problems, setProblems] = useState<Problems<F>>({})
  const [submitted, setSubmitted] = useState(false)

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => setValues((prev) => ({ ...prev, [key]: value })), [])

  useEffect(() => {
    if (submitted) setProblems(validate(values))
  }, [submitted, validate, values])

  const check = useCallback((): boolean => {
    setSubmitted(true)
    const found = validate(values)
    setProblems(found)
    return Object.keys(found).length === 0
  }, [validate, values])

  return { values, setValues, set, problems, check }
}
