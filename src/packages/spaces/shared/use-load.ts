// Loads data for a screen and reloads it when the screen is shown again (after a form was saved
// on another screen, the list must not be stale).
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { errorText } from './errors'

export type LoadState<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: T }

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = [], { reloadOnShow = true } = {}) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const shownOnce = useRef(false)
  const run = useCallback(async (quiet = false) => {
    // A quiet reload keeps the old data on screen instead of flashing "loading".
    if (!quiet) setState({ status: 'loading' })
    try {
      const data = await load()
      setState({ status: 'ready', data })
    } catch (err) {
      setState({ status: 'failed', message: errorText(err) })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  useEffect(() => {
    void run()
  }, [run])

  useDidShow(() => {
    // The first show happens together with the mount effect; reload only on later shows.
    if (shownOnce.current && reloadOnShow) void run(true)
    shownOnce.current = true
  })

  return { state, reload: run, setState }
}
