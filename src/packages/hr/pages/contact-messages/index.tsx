// HR: messages workers of the factory sent through "Contact us" (privacy, children's data, other),
// open ones first, each answered once; the answer reaches the worker's inbox.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { CONTACT_REPLY_MAX, type HrContactMessage } from '@/common/privacy/actions'
import { callAction } from '@/services/cloud'
import { dateTime, resolveFactoryId } from '../../../spaces/shared/format'
import { TextAreaField } from '../../../spaces/shared/form'
import { useT } from '../../../spaces/shared/i18n'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Empty, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'

function MessageCard({ message, onAnswered }: { message: HrContactMessage; onAnswered: (m: HrContactMessage) => void }): JSX.Element {
  const { t } = useT()
  const [text, setText] = useState('')
  const [tried, setTried] = useState(false)
  const action = useAction()
  const reply = async (): Promise<void> => {
    setTried(true)
    if (!text.trim()) return
    const answered = await action.run(() => callAction('contact.reply', { messageId: message.id, text }))
    if (answered) onAnswered(answered)
  }
  return (
    <Card className={`hr-contact hr-contact--${message.status}`}>
      <Text className='sp-hint'>
        {dateTime(message.createdAt)} · {message.senderName || t('spaces.contact.anonymous')} · {t(`spaces.contact.topic.${message.topic}`)}
      </Text>
      {message.moderation === 'review' && <Text className='sp-badge sp-badge--wait hr-contact__moderation'>{t('spaces.hr.moderationReview')}</Text>}
      <Text className='hr-contact__text'>{message.text}</Text>
      {message.reply ? (
        <Text className='hr-contact__reply'>{t('spaces.contact.answer', { text: message.reply.text, at: dateTime(message.reply.at) })}</Text>
      ) : (
        <View className='sp-group'>
          <TextAreaField
            name='reply'
            label={t('spaces.contact.replyLabel')}
            value={text}
            maxlength={CONTACT_REPLY_MAX}
            onChange={setText}
            error={tried && !text.trim() ? t('spaces.contact.replyEmpty') : null}
          />
          <Button className='fb-button hr-contact__send' disabled={action.busy} onClick={() => void reply()}>
            {t('spaces.contact.send')}
          </Button>
          <Alert message={action.error} />
        </View>
      )}
    </Card>
  )
}

function Messages(): JSX.Element {
  const { t } = useT()
  const given = param(useRouter().params.factoryId)
  const { state, reload, setState } = useLoad(async () => {
    const factoryId = await resolveFactoryId(given, 'hr')
    if (!factoryId) return { factoryId: null, messages: [] as HrContactMessage[] }
    const { messages } = await callAction('contact.list', { factoryId })
    return { factoryId, messages }
  }, [given])
  const answered = (m: HrContactMessage): void => {
    if (state.status !== 'ready') return
    setState({ status: 'ready', data: { ...state.data, messages: state.data.messages.map((x) => (x.id === m.id ? m : x)) } })
  }
  return (
    <View className='sp-screen hr-contacts'>
      <Text className='sp-hint'>{t('spaces.contact.hrIntro')}</Text>
      <Loadable state={state} onRetry={() => void reload()}>
        {({ factoryId, messages }) =>
          !factoryId ? (
            <Alert message={t('spaces.contact.noFactory')} />
          ) : (
            <>
              {messages.length === 0 && <Empty text={t('spaces.contact.none')} />}
              {/* open ones first, newest first within each */}
              {[...messages.filter((m) => m.status === 'open'), ...messages.filter((m) => m.status !== 'open')].map((m) => (
                <MessageCard key={m.id} message={m} onAnswered={answered} />
              ))}
            </>
          )
        }
      </Loadable>
    </View>
  )
}

export default function ContactMessagesPage(): JSX.Element {
  return (
    <PageShell titleKey='spaces.title.contactMessages' className='hr-contacts-page'>
      <Messages />
    </PageShell>
  )
}
