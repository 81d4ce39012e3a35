// What a tip or a lesson card shared to a chat opens, for anyone (a grandparent, a friend; no
// factory, no sign-in): it in large text, "save as a picture", send it on, and the way into the course.
import { Button, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Localized } from '@/common/learning/content'
import { callAction } from '@/services/cloud'
import { loadCourse } from '@/services/learning/course'
import { backToCourse, lessonUrl, navigate } from '../../lib/nav'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { useNarration } from '../../lib/narration/use-narration'
import SavePicture from '../../lib/share/save-picture'
import { useShareT } from '../../lib/share/i18n'
import { cardShare, tipShare } from '@/navigation/share-links'
import '../../lib/learning.scss'
import '../../lib/share/share.scss'

/** What the link names: a tip, or a card of a session. */
type SharedRef = { tipId: string } | { sessionId: string; card: number }

/** One shape for both: its id (picture file, narration), title, text and what sharing it on sends. */
interface Shared {
  id: string
  kind: 'tip' | 'card'
  /** the card's module (its kicker), none for a tip */
  module?: number
  title: Localized
  body: Localized
  share: (lang: 'zh-CN' | 'en') => { title: string; path: string }
}

function loadShared(ref: SharedRef): Promise<Shared> {
  if ('tipId' in ref) {
    return callAction('learning.tip.get', { tipId: ref.tipId }).then(({ tip }) => ({ id: tip.id, kind: 'tip' as const, title: tip.title, body: tip.body, share: (l) => tipShare(tip, l) }))
  }
  return callAction('learning.card.get', ref).then(({ session, card }) => ({
    id: `${session.id}-${ref.card + 1}`,
    kind: 'card' as const,
    module: session.module,
    title: card.title,
    body: card.body,
    share: (l) => cardShare(session.id, ref.card, card.title[l], session.title[l])
  }))
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; item: Shared }

function SharedItem({ refOf }: { refOf: SharedRef }): JSX.Element {
  const { lang, t } = useShareT()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [starting, setStarting] = useState(false)
  const n = useNarration() // a grandparent who reads little can listen to it
  const key = JSON.stringify(refOf)
  useEffect(() => {
    loadShared(refOf)
      .then((item) => setState({ status: 'ready', item }))
      .catch(() => setState({ status: 'missing' }))
  }, [key])
  useShareAppMessage(() => (state.status === 'ready' ? state.item.share(lang) : {}))

  const kicker = (item: Shared) => (item.kind === 'card' ? t('share.card.shared', { module: item.module ?? 1 }) : t('share.tip.kicker'))

  const start = async () => {
    setStarting(true)
    // where this person's course continues (the first card for someone new, or the beginning
    // again for someone who finished it)
    // (loadCourse: progress kept on this phone counts too, and the overview is cached for the lesson)
    const at = await loadCourse()
      .then((v) => v.status.continueAt ?? { sessionId: v.overview.course.modules[0].sessions[0].id, card: 0 })
      .catch(() => null)
    setStarting(false)
    // No course without an identity (H5 before the dev sign-in; weapp always has one): the
    // Learn tab asks for it, or offers a retry when the network failed.
    void (at ? navigate(lessonUrl(at.sessionId, at.card)) : backToCourse())
  }

  return (
    <View className='shared-tip'>
      {state.status === 'loading' && <Text>{t('learning.loading')}</Text>}
      {state.status === 'missing' && <Text className='shared-tip__missing'>{t('tipId' in refOf ? 'share.tip.notFound' : 'share.card.notFound')}</Text>}
      {state.status === 'ready' && (
        <View className='shared-tip__card' {...{ [`data-${state.item.kind}`]: state.item.id }}>
          <Text className='shared-tip__kicker'>{kicker(state.item)}</Text>
          <Text className='shared-tip__title'>{state.item.title[lang]}</Text>
          <Text className='shared-tip__body'>{state.item.body[lang]}</Text>
          <NarrateButton n={n} item={{ id: `${state.item.kind}:${state.item.id}`, text: `${state.item.title[lang]}。${state.item.body[lang]}`, lang }} />
          <NarrationBar n={n} />
          <SavePicture
            fileName={`${state.item.id}.png`}
            content={{ kicker: kicker(state.item), title: state.item.title[lang], body: state.item.body[lang], footer: t('share.picture.footer') }}
          />
          {process.env.TARO_ENV === 'weapp' && (
            <Button className='fb-button shared-tip__share' openType='share'>
              {t('share.card')}
            </Button>
          )}
        </View>
      )}
      <View className='shared-tip__start'>
        <Text className='shared-tip__start-body'>{t('share.startBody')}</Text>
        <Button className='fb-button fb-button--primary shared-tip__start-button' disabled={starting} onClick={() => void start()}>
          {t('share.start')}
        </Button>
      </View>
    </View>
  )
}

/** `?tip=<id>`, or `?session=<id>&card=<index>` (a number the server checks). */
function sharedRefOf(params: Record<string, string | undefined>): SharedRef {
  if (params.session !== undefined) return { sessionId: String(params.session), card: Number.parseInt(String(params.card ?? '0'), 10) || 0 }
  return { tipId: String(params.tip ?? '') }
}

export default function SharedPage(): JSX.Element {
  const { params } = useRouter()
  const ref = sharedRefOf(params)
  return (
    // readable by anyone: no sign-in in front of it (learning.tip.get / learning.card.get are public actions)
    <PageShell titleKey={'tipId' in ref ? 'learning.tip.heading' : 'title.learn'} className='learning' needsIdentity={false}>
      <SharedItem refOf={ref} />
    </PageShell>
  )
}
