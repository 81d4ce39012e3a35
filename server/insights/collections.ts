import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const INSIGHTS_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'programs',
    purpose: 'An NGO or brand program: display name, the factories it runs, its program officers (OPENIDs; aggregates only). Made by an operator command.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'officers', keys: { officerOpenids: 1 } }]
  },
  {
    name: 'insights_rollups',
    purpose: 'Per factory (_id = factoryId): the sums behind its dashboard (counts per session, week, item, day; no person), refreshed by the insights.rollup job.',
    rule: SERVER_ONLY,
    indexes: []
  },
  {
    name: 'export_log',
    purpose: 'Every export file made (who, when, which scope or space, file id, when its link expires): the audit of exports.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'actor_at', keys: { actorOpenid: 1, at: -1 } }]
  }
]
