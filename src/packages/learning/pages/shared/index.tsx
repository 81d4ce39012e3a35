// What a tip shared to a chat opens, for anyone (a grandparent, a friend; no factory needed):
// the tip in large text, "save as a picture", send it on, and the way into the course.
import { Button, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Tip } from '@/common/learning/content'
import { callAction } from '@/services/cloud'
import { backToCourse, lessonUrl, navigate } from '../../lib/nav'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { useNarration } from '../../lib/narration/use-narration'
import SavePicture from '../../lib/share/save-picture'
import { useShareT } from '../../lib/share/i18n'
import { tipShare } from '@/navigation/share-links'
import '../../lib/learning.scss'
import '../../lib/share/share.scss'

type State = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; tip: Tip }

function SharedTip({ tipId }: { tipId: string }): JSX.Element {
  const { lang, t } = useShareT()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [starting, setStarting] = useState(false)
  const n = useNarration() // a grandparent who reads little can listen to the tip
  useEffect(() => {
    callAction('learning.tip.get', { tipId })
      .then(({ tip }) => setState({ status: 'ready', tip }))
      .catch(() => setState({ status: 'missing' }))
  }, [tipId])
  useShareAppMessage(() => (state.status === 'ready' ? tipShare(state.tip, lang) : {}))

  const start = async () => {
    setStarting(true)
    // where this person's course continues (the first card for someone new, or the beginning
    // again for someone who finished it)
    const at = await callAction('learning.overview', {})
      .then((o) => o.continueAt ?? { sessionId: o.course.modules[0].sessions[0].id, card: 0 })
      .catch(() => null)
    setStarting(false)
    // No course without an identity (H5 before the dev sign-in; weapp always has one): the
    // Learn tab asks for it, or offers a retry when the network failed.
    void (at ? navigate(lessonUrl(at.sessionId, at.card)) : backToCourse())
  }

  return (
    <View className='shared-tip'>
      {state.status === 'loading' && <Text>{t('learning.loading')}</Text>}
      {state.status === 'missing' && <Text className='shared-tip__missing'>{t('share.tip.notFound')}</Text>}
      {state.status === 'ready' && (
        <View className='shared-tip__card' data-tip={state.tip.id}>
          <Text className='shared-tip__kicker'>{t('share.tip.kicker')}</Text>
          <Text className='shared-tip__title'>{state.tip.title[lang]}</Text>
          <Text className='shared-tip__body'>{state.tip.body[lang]}</Text>
          <NarrateButton n={n} item={{ id: `tip:${state.tip.id}`, text: `${state.tip.title[lang]}。${state.tip.body[lang]}`, lang }} />
          <NarrationBar n={n} />
          <SavePicture
            fileName={`${state.tip.id}.png`}
            content={{ kicker: t('share.tip.kicker'), title: state.tip.title[lang], body: state.tip.body[lang], footer: t('share.picture.footer') }}
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

export default function SharedTipPage(): JSX.Element {
  const { params } = useRouter()
  return (
    // readable by anyone: no sign-in in front of it (learning.tip.get is a public action)
    <PageShell titleKey='learning.tip.heading' className='learning' needsIdentity={false}>
      <SharedTip tipId={String(params.tip ?? '')} />
    </PageShell>
  )
}
