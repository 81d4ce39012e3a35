// The lesson player: one card at a time, a progress bar, buttons or a swipe to move, and
// narration on every card (recording, else synthesized speech; "read the next card" moves on).
// A session's recording or video sits on its first card. Every card reached is saved (device first, then the server), so "continue" comes back
// to this exact card.
import { Button, Text, View, type ITouchEvent } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import PageShell from '@/components/page-shell'
import { useI18n } from '@/i18n'
import { saveCard } from '@/services/learning/course'
import { hasMedia, LessonMedia } from '../../lib/lesson-media'
import CardShare, { cardShareMessage } from '../../lib/share/card-share'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { cardNarration, sessionAudio } from '../../lib/narration/items'
import { useNarration } from '../../lib/narration/use-narration'
import { quizUrl, redirect } from '../../lib/nav'
import { useSession } from '../../lib/use-session'
import '../../lib/learning.scss'

const SWIPE_PX = 50

type ShareOf = { current?: () => { title: string; path: string } }

function Player({ sessionId, startCard, share }: { sessionId: string; startCard: number; share: ShareOf }): JSX.Element {
  const { lang, t } = useI18n()
  const [state, retry] = useSession(sessionId)
  const [index, setIndex] = useState(startCard)
  const touchX = useRef<number | null>(null)
  // Opening at a card is not news: save only moves (keeps opening to one cloud call).
  const saved = useRef(startCard)
  const session = state.status === 'ready' ? state.session : null
  const total = session?.cards.length ?? 0

  useEffect(() => {
    if (!session) return
    const i = Math.min(Math.max(0, index), total - 1)
    if (i !== index) return setIndex(i)
    if (i === saved.current) return
    saved.current = i
    saveCard(sessionId, i)
  }, [session, index])

  // "Read the next card automatically": the end of one card moves on and reads the next.
  const autoRead = useRef(false)
  const n = useNarration({
    locate: useMemo(() => sessionAudio(sessionId), [sessionId]),
    onEnded: () => {
      if (!n.auto || !session || index >= total - 1) return
      autoRead.current = true
      setIndex((i) => Math.min(total - 1, i + 1))
    }
  })
  useEffect(() => {
    if (!session || !autoRead.current) return
    autoRead.current = false
    n.play(cardNarration(session, Math.min(index, total - 1), lang))
  }, [index])

  if (state.status === 'loading') return <Text className='lesson__status'>{t('learning.loading')}</Text>
  if (state.status === 'failed') {
    return (
      <View className='lesson__card' role='alert'>
        <Text>{state.message}</Text>
        <Button className='fb-button' onClick={retry}>
          {t('common.retry')}
        </Button>
      </View>
    )
  }

  const s = state.session
  const card = s.cards[Math.min(index, total - 1)]
  const last = index >= total - 1
  // the card on screen is what the page's share sends (WeChat asks the page, not the card)
  share.current = () => cardShareMessage(s, Math.min(index, total - 1), lang)
  const move = (delta: number) => {
    n.stop()
    setIndex((i) => Math.min(total - 1, Math.max(0, i + delta)))
    Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  }

  return (
    <View
      className='lesson'
      onTouchStart={(e) => (touchX.current = (e as unknown as ITouchEvent).touches[0]?.clientX ?? null)}
      onTouchEnd={(e) => {
        const start = touchX.current
        const end = (e as unknown as ITouchEvent).changedTouches[0]?.clientX
        touchX.current = null
        if (start === null || end === undefined) return
        if (end - start <= -SWIPE_PX && !last) move(1)
        else if (end - start >= SWIPE_PX) move(-1)
      }}
    >
      <Text className='lesson__session-title'>{s.title[lang]}</Text>
      <View className='lesson__progress'>
        <Text className='lesson__count'>{t('learning.lesson.cardOf', { n: index + 1, total })}</Text>
        <View className='lesson__bar' aria-hidden>
          <View className='lesson__bar-fill' style={{ width: `${Math.round(((index + 1) / total) * 100)}%` }} />
        </View>
      </View>

      <View className='lesson__card' data-card={card.id}>
        <Text className='lesson__emoji'>{card.emoji}</Text>
        <Text className='lesson__title'>{card.title[lang]}</Text>
        <Text className='lesson__body'>{card.body[lang]}</Text>
        {index === 0 && hasMedia(s.media) && <LessonMedia media={s.media} />}
        {last && (
          <View className='lesson__practice'>
            <Text className='lesson__practice-label'>{t('learning.lesson.practice')}</Text>
            <Text className='lesson__practice-title'>{s.practice.title[lang]}</Text>
            <Text>{s.practice.body[lang]}</Text>
          </View>
        )}
        <NarrateButton n={n} item={cardNarration(s, Math.min(index, total - 1), lang)} />
        <CardShare session={s} index={Math.min(index, total - 1)} />
      </View>
      <NarrationBar n={n} autoNext />

      <View className='lesson__nav'>
        <Button className='fb-button fb-button--secondary lesson__prev' disabled={index === 0} onClick={() => move(-1)}>
          {t('learning.lesson.prev')}
        </Button>
        {last ? (
          <Button className='fb-button lesson__to-quiz' onClick={() => (n.stop(), void redirect(quizUrl(sessionId)))}>
            {t('learning.lesson.toQuiz')}
          </Button>
        ) : (
          <Button className='fb-button lesson__next' onClick={() => move(1)}>
            {t('learning.lesson.next')}
          </Button>
        )}
      </View>
      <Text className='lesson__hint'>{t('learning.lesson.swipeHint')}</Text>
    </View>
  )
}

export default function LessonPage(): JSX.Element {
  const { params } = useRouter()
  const sessionId = String(params.session ?? '')
  const card = Number(params.card ?? 0)
  // "Send to family" on a card: that card, opening for anyone (the course needs no factory)
  const share = useRef<() => { title: string; path: string }>()
  useShareAppMessage(() => share.current?.() ?? {})
  return (
    <PageShell titleKey='learning.title.lesson' className='learning'>
      <Player sessionId={sessionId} startCard={Number.isFinite(card) ? card : 0} share={share} />
    </PageShell>
  )
}
