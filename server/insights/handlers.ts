// insights.factory (factory HR) and insights.program (a program officer): validate (router) →
// authorize → act. Both answer aggregates only, suppressed before they leave the function.
import { AppError } from '../../src/common/errors'
import type { Handler, HandlersOf } from '../core/action'
import type { insightsActions } from '../../src/common/insights/actions'
import { factoriesByIds } from '../me/factories'
import { pickProgram, programsOf, requireFactoryHr } from './access'
import { dashboardFor } from './figures'

export const factoryInsights: Handler<'insights.factory'> = async ({ factoryId, from, to }, caller) => {
  requireFactoryHr(caller, factoryId)
  const factory = (await factoriesByIds([factoryId])).get(factoryId)
  if (!factory) throw new AppError('NOT_FOUND')
  return dashboardFor({ kind: 'factory', id: factoryId, name: factory.name, factories: [{ id: factoryId, name: factory.name }] }, { from, to })
}

export const programInsights: Handler<'insights.program'> = async ({ programId, from, to }, caller) => {
  const mine = await programsOf(caller.openid)
  const program = pickProgram(mine, programId)
  const names = await factoriesByIds(program.factoryIds)
  const factories = program.factoryIds.map((id) => ({ id, name: names.get(id)?.name ?? { 'zh-CN': id, en: id } }))
  const dashboard = await dashboardFor({ kind: 'program', id: program._id, name: program.name, factories }, { from, to })
  return { ...dashboard, programs: mine.map((p) => ({ programId: p._id, name: p.name })) }
}

export const insightsHandlers: HandlersOf<typeof insightsActions> = {
  'insights.factory': factoryInsights,
  'insights.program': programInsights
}
