// Small building blocks shared by the worker (spaces) and HR/staff (hr) screens.
import { Button, Text, View } from '@tarojs/components'
import { useCallback, useRef, useState, type PropsWithChildren, type ReactNode } from 'react'
import { useT } from './i18n'
import { errorText } from './errors'
import type { LoadState } from './use-load'
import './ui.scss'

export function Card({ className = '', children }: PropsWithChildren<{ className?: string }>): JSX.Element {
  return <View className={`sp-card ${className}`}>{children}</View>
}

export function Alert({ message, className = '' }: { message: string | null | undefined; className?: string }): JSX.Element | null {
  if (!message) return null
  return (
    <View className={`sp-alert ${className}`} role='alert'>
      <Text className='sp-alert__text'>{message}</Text>
    </View>
  )
}

export function Done({ message, className = '' }: { message: string | null | undefined; className?: string }): JSX.Element | null {
  if (!message) return null
  return (
    <View className={`sp-done ${className}`} role='status'>
      <Text className='sp-done__text'>{message}</Text>
    </View>
  )
}

/** Loading / failed-with-retry / the content. */
export function Loadable<T>({
  state,
  onRetry,
  children
}: {
  state: LoadState<T>
  onRetry: () => void
  children: (data: T) => ReactNode
}): JSX.Element {
  const { t } = useT()
  if (state.status === 'loading') return <Text className='sp-status sp-loading'>{t('common.loading')}</Text>
  if (state.status === 'failed') {
    return (
      <Card className='sp-load-error'>
        <Alert message={state.message} />
        <Button className='fb-button sp-retry' onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Card>
    )
  }
  return <>{children(state.data)}</>
}

/**
 * Runs one server action at a time from a tap: ignores double taps while busy and keeps the
 * server's message (already in the user's language) for display next to the button.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)
  const run = useCallback(async <R,>(work: () => Promise<R>): Promise<R | undefined> => {
    if (running.current) return undefined
    running.current = true
    setBusy(true)
    setError(null)
    try {
      return await work()
    } catch (err) {
      setError(errorText(err))
      return undefined
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, error, setError, run }
}

export function Empty({ text }: { text: string }): JSX.Element {
  return <Text className='sp-status sp-empty'>{text}</Text>
}

/** A label and its value on one line that wraps at large font sizes. */
export function Row({ label, value, className = '' }: { label: string; value: ReactNode; className?: string }): JSX.Element {
  return (
    <View className={`sp-row ${className}`}>
      <Text className='sp-row__label'>{label}</Text>
      <Text className='sp-row__value'>{value}</Text>
    </View>
  )
}
