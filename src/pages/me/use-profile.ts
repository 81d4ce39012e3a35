// Loads the signed-in user's profile once, adopts its language on first load, and changes the
// language optimistically (the UI switches at once and reverts if the server refuses).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Lang } from '@/common/lang'
import type { Profile } from '@/common/schemas/me'
import { getLang, setLang } from '@/i18n'
import { callAction, isCloudError } from '@/services/cloud'

export type ProfileState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; profile: Profile }

function messageOf(err: unknown): string {
  return isCloudError(err) || err instanceof Error ? err.message : String(err)
}

export function useProfile() {
  const [state, setState] = useState<ProfileState>({ status: 'loading' })
  const [langError, setLangError] = useState<string | null>(null)
  const adoptedLanguage = useRef(false)

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const profile = await callAction('me.get', {})
      if (!adoptedLanguage.current) {
        adoptedLanguage.current = true
        setLang(profile.language)
      }
      setState({ status: 'ready', profile })
    } catch (err) {
      setState({ status: 'failed', message: messageOf(err) })
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const changeLanguage = useCallback(async (next: Lang): Promise<string | null> => {
    const previous = getLang()
    if (next === previous) return null
    setLangError(null)
    setLang(next)
    try {
      // Ask for errors in the language we fall back to, so the message matches the reverted UI.
      const profile = await callAction('me.update', { language: next }, { lang: previous })
      setState({ status: 'ready', profile })
      return null
    } catch (err) {
      setLang(previous)
      const message = messageOf(err)
      setLangError(message)
      return message
    }
  }, [])

  return { state, langError, reload: load, changeLanguage }
}
