// 联系我们: the contact/complaint form (topic + text, nothing about a child) and the messages
// already sent with HR's answers. It reaches the sender's factory HR and the deployment's privacy
// contact; answers also arrive in the inbox.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import PageShell from '@/components/page-shell'
import { CONTACT_TEXT_MAX, CONTACT_TOPICS, type ContactMessage, type ContactTopic } from '@/common/privacy/actions'
import { callAction } from '@/services/cloud'
import { dateTime } from '../../../spaces/shared/format'
import { ChoiceField, TextAreaField } from '../../../spaces/shared/form'
import { newRequestId } from '../../../spaces/shared/request-id'
import { Alert, Card, Done, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import '../../../spaces/shared/ui.scss'
import { useSettingsT } from '../../shared/i18n'

const MIN_TEXT = 5

function Sent({ m }: { m: ContactMessage }): JSX.Element {
  const { t } = useSettingsT()
  return (
    <Card className={`contact-sent contact-sent--${m.status}`}>
      <Text className='sp-hint'>
        {dateTime(m.createdAt)} · {t(`settings.contact.topic.${m.topic}`)} ·{' '}
        {t(m.status === 'answered' ? 'settings.contact.answered' : 'settings.contact.open')}
      </Text>
      <Text className='contact-sent__text'>{m.text}</Text>
      {m.reply && <Text className='contact-sent__reply'>{t('settings.contact.reply', { text: m.reply.text })}</Text>}
    </Card>
  )
}

function Contact(): JSX.Element {
  const { t } = useSettingsT()
  const [topic, setTopic] = useState<ContactTopic | ''>('')
  const [text, setText] = useState('')
  const [tried, setTried] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  // one key per message being written: a retried tap returns the same message, never a second one
  const [requestId, setRequestId] = useState(newRequestId)
  const action = useAction()
  const { state, reload } = useLoad(async () => {
    const [mine, me] = await Promise.all([callAction('contact.mine', {}), callAction('me.get', {})])
    return { messages: mine.messages, noFactory: me.memberships.length === 0 }
  })

  const topicMissing = tried && !topic
  const textShort = tried && text.trim().length < MIN_TEXT
  const send = async (): Promise<void> => {
    setTried(true)
    setDone(null)
    if (!topic || text.trim().length < MIN_TEXT) return
    const sent = await action.run(() => callAction('contact.send', { topic, text, requestId }))
    if (!sent) return
    setText('')
    setTopic('')
    setTried(false)
    setRequestId(newRequestId())
    setDone(t('settings.contact.sent'))
    void reload(true)
  }

  return (
    <View className='sp-screen contact'>
      <Text className='contact__intro'>{t('settings.contact.intro')}</Text>
      {state.status === 'ready' && state.data.noFactory && <Text className='sp-hint contact__no-factory'>{t('settings.contact.noFactory')}</Text>}
      <ChoiceField
        name='topic'
        label={t('settings.contact.topic')}
        value={topic}
        onChange={setTopic}
        error={topicMissing ? t('settings.contact.pickTopic') : null}
        options={CONTACT_TOPICS.map((value) => ({ value, label: t(`settings.contact.topic.${value}`) }))}
      />
      <TextAreaField
        name='text'
        label={t('settings.contact.text')}
        hint={t('settings.contact.textHint')}
        value={text}
        maxlength={CONTACT_TEXT_MAX}
        onChange={setText}
        error={textShort ? t('settings.contact.tooShort') : null}
      />
      <Button className='fb-button contact__send' disabled={action.busy} onClick={() => void send()}>
        {t('settings.contact.send')}
      </Button>
      <Alert className='contact__error' message={action.error} />
      <Done className='contact__done' message={done} />
      <Loadable state={state} onRetry={() => void reload()}>
        {({ messages }) =>
          messages.length > 0 ? (
            <View className='contact__mine'>
              <Text className='sp-subtitle'>{t('settings.contact.mine')}</Text>
              {messages.map((m) => (
                <Sent key={m.id} m={m} />
              ))}
            </View>
          ) : null
        }
      </Loadable>
    </View>
  )
}

export default function ContactPage(): JSX.Element {
  return (
    <PageShell titleKey='title.contact' className='contact-page'>
      <Contact />
    </PageShell>
  )
}
