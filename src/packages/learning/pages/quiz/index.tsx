// The quiz: one question at a time, immediate feedback with the explanation, the score at
// the end against the pass mark, retry, and a review of wrong answers. The device grades for
// feedback; the submission is queued on the device first (with its idempotency key) and the
// server re-grades it — offline it waits and is sent when the network returns. A passed quiz
// offers a weekly WeChat reminder to keep learning. Options appear in a shuffled order that is
// stable for the learner (option-order.ts), so the right answer has no favourite place.
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Session } from '@/common/learning/content'
import { gradeQuiz, type QuizGrade } from '@/common/learning/grading'
import { optionOrder } from '@/common/learning/option-order'
import { useI18n } from '@/i18n'
import { noteProgress, clearQuizDraft, readCachedOverview, readLearnerKey, readQuizDraft, writeQuizDraft } from '@/services/learning/storage'
import { queueQuiz, submitQuiz } from '@/services/learning/sync'
import { LessonNudge } from '../../lib/lesson-nudge'
import { PracticeCommit } from '../../practice/commit'
import { NarrateButton, NarrationBar } from '../../lib/narration/narration-ui'
import { useNarration } from '../../lib/narration/use-narration'
import { backToCourse, certificatesUrl, lessonUrl, navigate, redirect } from '../../lib/nav'
import { useSession } from '../../lib/use-session'
import '../../lib/learning.scss'

type Phase = { name: 'asking' } | { name: 'result'; grade: QuizGrade; synced: boolean | null } | { name: 'review'; grade: QuizGrade }

function nextSessionId(sessionId: string): string | undefined {
  const ids = readCachedOverview()?.course.modules.flatMap((m) => m.sessions.map((s) => s.id)) ?? []
  return ids[ids.indexOf(sessionId) + 1]
}

function Quiz({ session }: { session: Session }): JSX.Element {
  const { lang, t } = useI18n()
  const [answers, setAnswers] = useState<Record<string, string>>(() => readQuizDraft(session.id))
  const firstOpen = session.quiz.findIndex((q) => !(q.id in answers))
  const [index, setIndex] = useState(firstOpen < 0 ? session.quiz.length - 1 : firstOpen)
  const [phase, setPhase] = useState<Phase>({ name: 'asking' })
  const q = session.quiz[index]
  const n = useNarration()
  useEffect(() => n.stop(), [index, phase.name]) // a new question or the result: the old one stops
  // Shown in this learner's own stable order; answers stay option ids, graded by id.
  const shown = useMemo(() => optionOrder(q.options, readLearnerKey() ?? '', q.id), [q])
  const chosen = answers[q.id]
  const lastQuestion = index === session.quiz.length - 1
  const textOf = (qid: string, oid: string) => session.quiz.find((x) => x.id === qid)!.options.find((o) => o.id === oid)!

  const choose = (optionId: string) => {
    if (chosen) return // feedback is shown; the answer stands
    const next = { ...answers, [q.id]: optionId }
    setAnswers(next)
    writeQuizDraft(session.id, next)
  }

  const finish = async () => {
    const grade = gradeQuiz(session, answers)
    // Device first: the answers and progress survive a restart even if the network is gone.
    const op = queueQuiz(session.id, answers)
    noteProgress({
      sessionId: session.id,
      card: session.cards.length - 1,
      passed: grade.passed,
      bestScore: grade.score,
      ...(grade.passed ? { passedAt: new Date().toISOString() } : {}),
      updatedAt: new Date().toISOString()
    })
    clearQuizDraft(session.id)
    setPhase({ name: 'result', grade, synced: null })
    const result = await submitQuiz(op)
    setPhase({ name: 'result', grade, synced: !!result })
  }

  const retry = () => {
    setAnswers({})
    setIndex(0)
    setPhase({ name: 'asking' })
  }

  if (phase.name === 'review') {
    const wrong = phase.grade.questions.filter((g) => !g.correct)
    return (
      <View className='quiz quiz--review'>
        {wrong.map((g) => {
          const question = session.quiz.find((x) => x.id === g.questionId)!
          return (
            <View key={g.questionId} className='quiz__card quiz__review-item'>
              <Text className='quiz__prompt'>{question.prompt[lang]}</Text>
              <Text className='quiz__wrong'>{t('learning.quiz.yourAnswer', { answer: textOf(g.questionId, g.chosen).text[lang] })}</Text>
              <Text className='quiz__right'>{t('learning.quiz.correctAnswer', { answer: textOf(g.questionId, g.correctOptionId).text[lang] })}</Text>
              <Text className='quiz__explanation'>{textOf(g.questionId, g.correctOptionId).explanation[lang]}</Text>
            </View>
          )
        })}
        <Button className='fb-button quiz__retry' onClick={retry}>
          {t('learning.quiz.retry')}
        </Button>
      </View>
    )
  }

  if (phase.name === 'result') {
    const { grade, synced } = phase
    const next = nextSessionId(session.id)
    return (
      <View className='quiz quiz--result'>
        <View className={`quiz__card quiz__result quiz__result--${grade.passed ? 'passed' : 'failed'}`}>
          <Text className='quiz__score'>{t('learning.quiz.score', { score: grade.score, total: grade.total })}</Text>
          <Text className='quiz__verdict'>{grade.passed ? t('learning.quiz.passed') : t('learning.quiz.failed', { mark: grade.passMark })}</Text>
          {synced === true && <Text className='quiz__synced'>{t('learning.quiz.saved')}</Text>}
          {synced === false && <Text className='quiz__offline'>{t('learning.quiz.savedOffline')}</Text>}
        </View>
        {grade.score < grade.total && (
          <Button className='fb-button fb-button--secondary quiz__review' onClick={() => setPhase({ name: 'review', grade })}>
            {t('learning.quiz.review')}
          </Button>
        )}
        {!grade.passed && (
          <Button className='fb-button quiz__retry' onClick={retry}>
            {t('learning.quiz.retry')}
          </Button>
        )}
        {grade.passed && <LessonNudge />}
        <PracticeCommit session={session} />
        {grade.passed && next && (
          <Button className='fb-button quiz__next-session' onClick={() => void redirect(lessonUrl(next))}>
            {t('learning.quiz.nextSession')}
          </Button>
        )}
        {grade.passed && !next && (
          <Button className='fb-button quiz__certificate' onClick={() => void navigate(certificatesUrl)}>
            {t('learning.quiz.certificate')}
          </Button>
        )}
        <Button className='fb-button fb-button--secondary quiz__back' onClick={() => void backToCourse()}>
          {t('learning.quiz.backToCourse')}
        </Button>
      </View>
    )
  }

  const picked = chosen ? q.options.find((o) => o.id === chosen)! : null
  const right = q.options.find((o) => o.correct)!
  return (
    <View className='quiz'>
      <Text className='quiz__count'>{t('learning.quiz.questionOf', { n: index + 1, total: session.quiz.length })}</Text>
      <View className='quiz__card' data-question={q.id}>
        <Text className='quiz__prompt'>{q.prompt[lang]}</Text>
        <NarrateButton n={n} item={{ id: `q:${q.id}`, text: q.prompt[lang], lang }} />
        {shown.map((o) => {
          const state = !chosen ? '' : o.correct ? ' quiz__option--correct' : o.id === chosen ? ' quiz__option--chosen-wrong' : ''
          return (
            // Keyed per question: new buttons for each question rather than moved ones (a keyed
            // move between two shuffled orders rendered in the wrong order on the weapp build).
            <View key={`${q.id}:${o.id}`} className='narrate__row'>
              <Button className={`fb-button fb-button--secondary quiz__option${state}`} data-option={o.id} onClick={() => choose(o.id)}>
                {o.text[lang]}
              </Button>
              <NarrateButton n={n} item={{ id: `o:${q.id}:${o.id}`, text: o.text[lang], lang }} compact />
            </View>
          )
        })}
      </View>
      {picked && (
        <View className={`quiz__card quiz__feedback quiz__feedback--${picked.correct ? 'right' : 'wrong'}`} role='status'>
          <Text className='quiz__feedback-verdict'>{picked.correct ? t('learning.quiz.right') : t('learning.quiz.wrong')}</Text>
          <Text className='quiz__explanation'>{picked.explanation[lang]}</Text>
          {!picked.correct && <Text className='quiz__explanation'>{right.explanation[lang]}</Text>}
        </View>
      )}
      {picked && (
        <Button className='fb-button quiz__next' onClick={() => (lastQuestion ? void finish() : setIndex(index + 1))}>
          {lastQuestion ? t('learning.quiz.finish') : t('learning.quiz.next')}
        </Button>
      )}
      <NarrationBar n={n} />
    </View>
  )
}

export default function QuizPage(): JSX.Element {
  const { params } = useRouter()
  const sessionId = String(params.session ?? '')
  const [state, retry] = useSession(sessionId)
  const { t } = useI18n()
  const body = useMemo(() => {
    if (state.status === 'loading') return <Text>{t('learning.loading')}</Text>
    if (state.status === 'failed')
      return (
        <View className='quiz__card' role='alert'>
          <Text>{state.message}</Text>
          <Button className='fb-button' onClick={retry}>
            {t('common.retry')}
          </Button>
        </View>
      )
    return <Quiz session={state.session} />
  }, [state, t])
  return (
    <PageShell titleKey='learning.title.quiz' className='learning'>
      {body}
    </PageShell>
  )
}
