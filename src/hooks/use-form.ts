// Form values + problems per field. Problems show after the first tap on submit and then
// follow the user's fixes, so nobody is scolded before they have finished typing.
import { useCallback, useEffect, useState } from 'react'

/** A problem per field; P is how a screen describes one (a message key, or key + params). */
export type FieldProblems<F extends string, P> = Partial<Record<F, P>>

export function useForm<V extends object, F extends string, P>(initial: V, validate: (values: V) => FieldProblems<F, P>) {
  const [values, setValues] = useState<V>(initial)
  const [problems, setProblems] = useState<FieldProblems<F, P>>({})
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

  return { values, setValues, set, problems, setProblems, check }
}
