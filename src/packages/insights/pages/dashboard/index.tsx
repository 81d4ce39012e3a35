// Program impact dashboard: factory HR (?factoryId=) or a program officer (?program=1[&programId=]).
// One cloud call opens it; every figure arrives already suppressed ("<5", "hidden").
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import PageShell from '@/components/page-shell'
import type { Dashboard, FigureValue } from '@/common/insights/actions'
import type { Lang } from '@/common/lang'
import { callAction } from '@/services/cloud'
import { openExport } from '@/services/files/open-file'
import { param } from '../../../spaces/shared/nav'
import { Alert, Card, Done, Loadable, useAction } from '../../../spaces/shared/ui'
import { useLoad } from '../../../spaces/shared/use-load'
import Chart from '../../shared/chart'
import type { ChartOption } from '../../shared/chart/echarts'
import { num, pct, plotted, signed } from '../../shared/figures'
import { useInsightsT, type Key } from '../../shared/i18n'
import './index.scss'

type T = (key: Key, params?: Record<string, string | number>) => string
type Data = Dashboard & { programs?: { programId: string; name: Record<Lang, string> }[] }

const BLUE = '#0b5cad'
const ORANGE = '#e07b00'

function Stat({ label, value, name }: { label: string; value: string; name: string }): JSX.Element {
  return (
    <View className={`ins-stat ins-stat--${name}`}>
      <Text className='ins-stat__value'>{value}</Text>
      <Text className='ins-stat__label'>{label}</Text>
    </View>
  )
}

function Table({ head, rows, name }: { head: string[]; rows: string[][]; name: string }): JSX.Element {
  return (
    <View className={`ins-table ins-table--${name}`}>
      <View className='ins-table__row ins-table__row--head'>
        {head.map((h, i) => (
          <Text key={i} className='ins-table__cell'>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => (
        <View key={i} className='ins-table__row'>
          {r.map((c, j) => (
            <Text key={j} className={`ins-table__cell${c === '<5' ? ' ins-small' : ''}`}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

function bars(categories: string[], series: { name: string; data: (number | null)[]; color: string }[], yMax?: number): ChartOption {
  return {
    animation: false,
    grid: { left: 36, right: 12, top: series.length > 1 ? 28 : 12, bottom: 28 },
    legend: series.length > 1 ? { top: 0, itemWidth: 12, itemHeight: 8 } : undefined,
    xAxis: { type: 'category', data: categories, axisLabel: { fontSize: 10, interval: 0, rotate: categories.length > 8 ? 45 : 0 } },
    yAxis: { type: 'value', max: yMax, axisLabel: { fontSize: 10 } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, itemStyle: { color: s.color } }))
  }
}

function Learning({ d, t }: { d: Data; t: T }): JSX.Element {
  const h = t('ins.hidden')
  const l = d.learning
  const funnel = useMemo(
    () => bars(l.modules.flatMap((m) => m.funnel.map((s) => s.id.replace('-s', '.').replace('m', ''))), [{ name: t('ins.col.people'), data: l.modules.flatMap((m) => m.funnel.map((s) => plotted(s.people))), color: BLUE }]),
    [l, t]
  )
  const weekly = useMemo(() => bars(l.weeklyActive.map((w) => w.week.slice(5)), [{ name: t('ins.col.people'), data: l.weeklyActive.map((w) => plotted(w.learners)), color: BLUE }]), [l, t])
  return (
    <Card className='ins-section ins-learning'>
      <Text className='ins-section__title'>{t('ins.section.learning')}</Text>
      <View className='ins-stats'>
        <Stat name='started' label={t('ins.learning.started')} value={num(l.started, h)} />
        <Stat name='course' label={t('ins.learning.course')} value={num(l.courseCertificates, h)} />
      </View>
      <Text className='ins-sub'>{t('ins.practice.title')}</Text>
      <View className='ins-stats'>
        <Stat name='practice-commitments' label={t('ins.practice.commitments')} value={num(l.practice.commitments, h)} />
        <Stat name='practice-people' label={t('ins.practice.committers')} value={num(l.practice.committers, h)} />
        <Stat name='practice-checkins' label={t('ins.practice.checkIns')} value={num(l.practice.checkIns, h)} />
        <Stat name='practice-tried' label={t('ins.practice.triedShare')} value={pct(l.practice.triedShare, h)} />
      </View>
      <Text className='ins-sub'>{t('ins.learning.funnel')}</Text>
      <Chart id='ins-funnel' option={funnel} label={t('ins.learning.funnel')} />
      {l.modules.map((m) => (
        <View key={m.module} className='ins-module'>
          <Text className='ins-module__title'>{t('ins.learning.module', { n: m.module })}</Text>
          <Text className='ins-note'>{t('ins.learning.moduleCert', { n: num(m.certificates, h) })}</Text>
          <Text className='ins-note'>{t('ins.learning.medianDays', { n: num(m.medianDaysToFinish, h, 1) })}</Text>
          <Table name='funnel' head={[t('ins.col.session'), t('ins.col.people'), t('ins.col.rate')]} rows={m.funnel.map((s) => [s.id, num(s.people, h), pct(s.ofStarted, h)])} />
        </View>
      ))}
      <Text className='ins-sub'>{t('ins.learning.weekly')}</Text>
      <Chart id='ins-weekly' option={weekly} height={160} label={t('ins.learning.weekly')} />
      <Text className='ins-sub'>{t('ins.learning.firstTry')}</Text>
      <Table name='first-try' head={[t('ins.col.session'), t('ins.col.people'), t('ins.col.rate')]} rows={l.firstTryPassRate.map((s) => [s.sessionId, num(s.firstTries, h), pct(s.passRate, h)])} />
      <Text className='ins-sub'>{t('ins.learning.hardest')}</Text>
      {l.hardestQuestions.map((q) => (
        <Text key={`${q.sessionId}/${q.questionId}`} className='ins-note ins-hard'>
          {q.sessionId} · {q.text ? q.text[langOf(t)] : q.questionId} — {t('ins.learning.wrongRate', { rate: pct(q.wrongRate, h) })}
        </Text>
      ))}
    </Card>
  )
}

/** The language the screen speaks, read back from a key (keeps the props short). */
function langOf(t: T): Lang {
  return t('ins.hidden') === 'hidden' ? 'en' : 'zh-CN'
}

function Outcomes({ d, t }: { d: Data; t: T }): JSX.Element {
  const h = t('ins.hidden')
  const o = d.outcomes
  const lang = langOf(t)
  const option = useMemo(
    () =>
      bars(
        o.items.map((_, i) => `${i + 1}`),
        [
          { name: t('ins.col.before'), data: o.items.map((i) => plotted(i.paired.meanBefore)), color: '#9bb7d4' },
          { name: t('ins.col.after'), data: o.items.map((i) => plotted(i.paired.meanAfter)), color: BLUE }
        ],
        5
      ),
    [o, t]
  )
  return (
    <Card className='ins-section ins-outcomes'>
      <Text className='ins-section__title'>{t('ins.section.outcomes')}</Text>
      <Text className='ins-note'>{t('ins.outcomes.respondents', { before: num(o.respondents.before, h), after: num(o.respondents.after, h), both: num(o.respondents.both, h) })}</Text>
      {o.headline && (
        <Text className='ins-headline'>
          {t('ins.outcomes.headline', { text: o.headline.text[lang], before: pct(o.headline.before.agree, h), after: pct(o.headline.after.agree, h) })}
        </Text>
      )}
      <Text className='ins-sub'>{t('ins.outcomes.chart')}</Text>
      <Chart id='ins-outcomes' option={option} label={t('ins.outcomes.chart')} />
      <Table
        name='outcomes'
        head={['#', t('ins.col.item'), t('ins.col.before'), t('ins.col.after'), t('ins.col.change'), t('ins.col.n')]}
        rows={o.items.map((i, k) => [
          String(k + 1),
          i.text[lang] + (i.reversed ? ` ${t('ins.outcomes.reversed')}` : ''),
          num(i.paired.meanBefore, h, 2),
          num(i.paired.meanAfter, h, 2),
          signed(i.paired.change, h),
          num(i.paired.n, h)
        ])}
      />
      {o.workplace.length > 0 && (
        <>
          <Text className='ins-sub'>{t('ins.outcomes.workplace')}</Text>
          <Table
            name='workplace'
            head={[t('ins.col.item'), t('ins.col.change'), t('ins.outcomes.usedSpace'), t('ins.outcomes.notUsedSpace')]}
            rows={o.workplace.map((w) => [w.text?.[lang] ?? w.id, signed(w.all.change, h), signed(w.childUsedSpace.change, h), signed(w.childDidNotUseSpace.change, h)])}
          />
        </>
      )}
    </Card>
  )
}

function Seasons({ d, t }: { d: Data; t: T }): JSX.Element {
  const h = t('ins.hidden')
  return (
    <Card className='ins-section ins-spaces'>
      <Text className='ins-section__title'>{t('ins.section.spaces')}</Text>
      {d.seasons.length === 0 && <Text className='ins-note'>{t('ins.spaces.none')}</Text>}
      {d.seasons.map((s) => (
        <View key={s.spaceId} className='ins-season'>
          <Text className='ins-module__title'>
            {s.name} · {s.startDate} – {s.endDate} · {t('ins.spaces.capacity', { n: s.capacity })}
          </Text>
          <View className='ins-stats'>
            <Stat name='confirmed' label={t('ins.spaces.confirmed')} value={num(s.confirmed, h)} />
            <Stat name='waitlisted' label={t('ins.spaces.waitlisted')} value={num(s.waitlisted, h)} />
            <Stat name='offers' label={t('ins.spaces.offersMade')} value={num(s.offers.made, h)} />
            <Stat name='accepted' label={t('ins.spaces.offersAccepted')} value={num(s.offers.accepted, h)} />
            <Stat name='expired' label={t('ins.spaces.offersExpired')} value={num(s.offers.expired, h)} />
            <Stat name='refused' label={t('ins.spaces.refused')} value={num(s.refusedPickups, h)} />
          </View>
          <Text className='ins-sub'>{t('ins.spaces.attendance')}</Text>
          <Chart
            id={`ins-att-${s.spaceId}`}
            height={160}
            label={t('ins.spaces.attendance')}
            option={bars(s.attendanceByDay.map((a) => a.date.slice(5)), [{ name: t('ins.col.people'), data: s.attendanceByDay.map((a) => plotted(a.present)), color: ORANGE }])}
          />
          <Text className='ins-sub'>{t('ins.spaces.ages')}</Text>
          <Table name='ages' head={[t('ins.spaces.ages'), t('ins.col.people')]} rows={s.childrenByAge.map((b) => [t('ins.spaces.ageBand', { band: b.band }), num(b.children, h)])} />
        </View>
      ))}
    </Card>
  )
}

function Connection({ d, t }: { d: Data; t: T }): JSX.Element {
  const h = t('ins.hidden')
  const c = d.connection
  return (
    <Card className='ins-section ins-connection'>
      <Text className='ins-section__title'>{t('ins.section.connection')}</Text>
      <View className='ins-stats'>
        <Stat name='calls' label={t('ins.connection.calls')} value={num(c.callsPlanned, h)} />
        <Stat name='callers' label={t('ins.connection.callers')} value={num(c.callers, h)} />
        <Stat name='good' label={t('ins.connection.good')} value={num(c.feedback.good, h)} />
        <Stat name='okay' label={t('ins.connection.okay')} value={num(c.feedback.okay, h)} />
        <Stat name='hard' label={t('ins.connection.hard')} value={num(c.feedback.hard, h)} />
      </View>
      <View className='ins-stats'>
        <Stat name='sent' label={t('ins.connection.sent')} value={String(c.notices.sent)} />
        <Stat name='read' label={t('ins.connection.readRate')} value={pct(c.notices.readRate, h)} />
        <Stat name='hours' label={t('ins.connection.medianHours')} value={num(c.notices.medianHoursToRead, h, 1)} />
      </View>
    </Card>
  )
}

function Factories({ d, t }: { d: Data; t: T }): JSX.Element | null {
  const h = t('ins.hidden')
  const lang = langOf(t)
  if (!d.factories.length) return null
  const fig = (f: FigureValue) => num(f, h)
  return (
    <Card className='ins-section ins-factories'>
      <Text className='ins-section__title'>{t('ins.section.factories')}</Text>
      <Table
        name='factories'
        head={['', t('ins.factories.started'), t('ins.factories.course'), t('ins.factories.agree'), t('ins.factories.children'), t('ins.factories.attendance'), t('ins.factories.read')]}
        rows={d.factories.map((f) => [
          f.name[lang],
          fig(f.started),
          fig(f.courseCertificates),
          `${pct(f.headlineAgreeBefore, h)} → ${pct(f.headlineAgreeAfter, h)}`,
          fig(f.confirmedChildren),
          pct(f.attendanceRate, h),
          pct(f.noticeReadRate, h)
        ])}
      />
    </Card>
  )
}

export default function InsightsDashboard(): JSX.Element {
  const { params } = useRouter()
  const factoryId = param(params.factoryId)
  const [programId, setProgramId] = useState(param(params.programId))
  const { lang, t } = useInsightsT()
  const { state, reload } = useLoad<Data>(
    () => (factoryId ? callAction('insights.factory', { factoryId }) : callAction('insights.program', programId ? { programId } : {})),
    [factoryId, programId],
    { reloadOnShow: false }
  )
  const exporting = useAction()
  const [exported, setExported] = useState(false)
  const exportFile = () =>
    void exporting.run(async () => {
      setExported(false)
      const file = await callAction('insights.export', factoryId ? { factoryId } : programId ? { programId } : {})
      await openExport(file)
      setExported(true)
    })
  return (
    <PageShell titleKey='insights.title' className='insights'>
      <Loadable state={state} onRetry={() => void reload()}>
        {(d) => (
          <View className='ins'>
            <Text className='ins-scope'>{d.scope.name[lang]}</Text>
            <Text className='ins-note'>{t('ins.asOf', { time: d.asOf.slice(0, 16).replace('T', ' ') + ' UTC' })}</Text>
            <Text className='ins-note ins-privacy'>{t('ins.privacy')}</Text>
            {d.pending.length > 0 && <Text className='ins-note ins-pending'>{t('ins.pending', { n: d.pending.length })}</Text>}
            {(d.programs?.length ?? 0) > 1 && (
              <View className='ins-programs'>
                {d.programs!.map((p) => (
                  <Button key={p.programId} className={`fb-button fb-button--secondary ins-program${p.programId === d.scope.id ? ' ins-program--on' : ''}`} onClick={() => setProgramId(p.programId)}>
                    {p.name[lang]}
                  </Button>
                ))}
              </View>
            )}
            <Button className='fb-button ins-export' disabled={exporting.busy} onClick={exportFile}>
              {exporting.busy ? t('ins.exporting') : t('ins.export')}
            </Button>
            <Alert message={exporting.error} />
            {exported && <Done message={t('ins.exportDone')} />}
            <Learning d={d} t={t as T} />
            <Outcomes d={d} t={t as T} />
            <Factories d={d} t={t as T} />
            <Seasons d={d} t={t as T} />
            <Connection d={d} t={t as T} />
          </View>
        )}
      </Loadable>
    </PageShell>
  )
}
