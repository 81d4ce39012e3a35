// What a registration's arrival needs to know (the child, its guardian's user
// record and consent, the child's registrations and the space) in ONE database request,
// an aggregation with lookups: at cloud latency every round trip counts, and a
// rush multiplies them.
import { coll } from './db'
import type { UserRecord } from '../core/action'
import type { ChildRecord, ConsentRecord, RegistrationRecord, SpaceRecord } from './records'

export interface ArrivalContext {
  child: ChildRecord | null
  /** the child's guardian's user record (the caller, once the caller is checked to be the guardian) */
  guardian: UserRecord | null
  consent: ConsentRecord | null
  space: SpaceRecord | null
  /** every registration of the child (any status, any space) */
  registrations: RegistrationRecord[]
}

type Joined = ChildRecord & { guardianOf?: UserRecord[]; consentOf?: ConsentRecord[]; registrationsOf?: RegistrationRecord[]; spaceOf?: SpaceRecord[] }

// The SDK's aggregate typings are loose; the promise resolves to { list }.
const listOf = async <T>(request: unknown): Promise<T[]> => ((await request) as { list: T[] }).list

export async function arrivalContext(spaceId: string, childId: string): Promise<ArrivalContext> {
  const [row] = await listOf<Joined>(
    coll
      .children()
      .aggregate()
      .match({ _id: childId })
      .addFields({ spaceKey: spaceId })
      .lookup({ from: 'users', localField: 'guardianOpenid', foreignField: '_id', as: 'guardianOf' })
      .lookup({ from: 'child_consents', localField: 'guardianOpenid', foreignField: '_id', as: 'consentOf' })
      .lookup({ from: 'registrations', localField: '_id', foreignField: 'childId', as: 'registrationsOf' })
      .lookup({ from: 'spaces', localField: 'spaceKey', foreignField: '_id', as: 'spaceOf' })
      // the space's tickets map grows with its registrations and is not needed here
      .project({ 'spaceOf.tickets': 0, spaceKey: 0 })
      .limit(1)
      .end()
  )
  if (!row) return { child: null, guardian: null, consent: null, space: null, registrations: [] }
  const { guardianOf, consentOf, registrationsOf, spaceOf, ...child } = row
  return { child: child as ChildRecord, guardian: guardianOf?.[0] ?? null, consent: consentOf?.[0] ?? null, space: spaceOf?.[0] ?? null, registrations: registrationsOf ?? [] }
}
