// The Learn tab's content: overall progress, the big "continue" button (resumes at the exact
// card), the before/after survey when due, and the course map with each session's status.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useI18n } from '@/i18n'
import { learningPage, pageUrl } from '@/navigation/routes'
import { loadCourse, type CourseView } from '@/services/learning/course'
import { pendingCount } from '@/services/learning/sync'
import { isCloudError } from '@/services/cloud'

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; view: CourseView }

const go = (url: string) => Promise.resolve(Taro.navigateTo({ url })).catch(() => undefined)
export const lessonUrl = (sessionId: string, card = 0) => `${pageUrl(learningPage('lesson'))}?session=${sessionId}&card=${card}`

export default function CourseMap(): JSX.Element {
  const { lang, t } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [pending, setPending] = useState(0)

  const load = useCallback(async () => {
    try {
      const view = await loadCourse()
      setState({ status: 'ready', view })
    } catch (e) {
      setState({ status: 'failed', message: isCloudError(e) || e instanceof Error ? e.message : String(e) })
    }
    setPending(pendingCount())
  }, [])
  // On open and every later show (back from a lesson): one call, merged with this device's progress.
  // (The first show and the mount come together: one load for both.)
  const lastLoad = useRef(0)
  const loadOnce = useCallback(() => {
    if (Date.now() - lastLoad.current < 1000) return
    lastLoad.current = Date.now()
    void load()
  }, [load])
  useEffect(loadOnce, [loadOnce])
  useDidShow(loadOnce)

  if (state.status === 'loading') return <Text className='learn__status'>{t('learning.loading')}</Text>
  if (state.status === 'failed') {
    return (
      <View className='learn__card learn__error' role='alert'>
        <Text>{state.message}</Text>
        <Button className='fb-button' onClick={() => void load()}>
          {t('common.retry')}
        </Button>
      </View>
    )
  }

  const { overview, status, survey, offline } = state.view
  const sessions = overview.course.modules.flatMap((m) => m.sessions.map((s) => ({ ...s, module: m.number })))
  const target = status.continueAt && sessions.find((s) => s.id === status.continueAt!.sessionId)
  const started = Object.keys(state.view.progress).length > 0
  const needsPre = !survey.pre && !started
  const needsPost = status.courseDone && !survey.post

  return (
    <View className='learn__content'>
      {offline && <Text className='learn__notice learn__offline'>{t('learning.offline')}</Text>}
      {pending > 0 && <Text className='learn__notice learn__pending'>{t('learning.pending', { count: pending })}</Text>}

      <View className='learn__card learn__summary'>
        <Text className='learn__overall'>{t('learning.overall', { done: status.done, total: status.total })}</Text>
        <View className='learn__bar' aria-hidden>
          <View className='learn__bar-fill' style={{ width: `${status.percent}%` }} />
        </View>
        {(needsPre || needsPost) && (
          <View className={`learn__survey learn__survey--${needsPre ? 'pre' : 'post'}`}>
            <Text className='learn__survey-title'>{t(needsPre ? 'learning.surveyPre.title' : 'learning.surveyPost.title')}</Text>
            <Text>{t(needsPre ? 'learning.surveyPre.body' : 'learning.surveyPost.body')}</Text>
            <Button className='fb-button learn__survey-go' onClick={() => void go(`${pageUrl(learningPage('survey'))}?phase=${needsPre ? 'pre' : 'post'}`)}>
              {t('learning.surveyGo')}
            </Button>
          </View>
        )}
        {target && (
          <Button className='fb-button learn__continue' onClick={() => void go(lessonUrl(target.id, status.continueAt!.card))}>
            <View className='learn__continue-inner'>
              <Text className='learn__continue-label'>{t(started ? 'learning.continue' : 'learning.start')}</Text>
              <Text className='learn__continue-where'>
                {t('learning.continueWhere', { module: target.module, number: target.number, card: status.continueAt!.card + 1 })}
              </Text>
            </View>
          </Button>
        )}
        {status.courseDone && <Text className='learn__all-done'>{t('learning.allDone')}</Text>}
        {status.modulesDone.length > 0 && (
          <Button className='fb-button fb-button--secondary learn__certificates' onClick={() => void go(pageUrl(learningPage('certificates')))}>
            {t('learning.certificatesLink')}
          </Button>
        )}
      </View>

      {overview.course.modules.map((m) => (
        <View key={m.number} className='learn__module'>
          <Text className='learn__module-title'>
            {m.emoji} {t('learning.module', { number: m.number })} · {m.title[lang]}
          </Text>
          {m.sessions.map((s) => {
            const st = status.statuses[s.id]
            return (
              <View
                key={s.id}
                className={`learn__session learn__session--${st}`}
                data-session={s.id}
                data-status={st}
                onClick={() => void go(lessonUrl(s.id, st === 'done' ? 0 : (state.view.progress[s.id]?.card ?? 0)))}
              >
                <View className='learn__session-text'>
                  <Text className='learn__session-title'>
                    {t('learning.sessionNumber', { number: s.number })} {s.title[lang]}
                  </Text>
                  <Text className='learn__session-meta'>{t('learning.minutes', { minutes: s.minutes })}</Text>
                </View>
                <Text className={`learn__badge learn__badge--${st}`}>{t(`learning.status.${st}`)}</Text>
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}
