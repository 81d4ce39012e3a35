// Who may see which dashboard: factory HR their own factory; a program officer the factories
// of the programs that list them (the programs collection is the authority, set by an operator).
import { AppError } from '../../src/common/errors'
import { hasRole } from '../../src/common/roles'
import type { Localized } from '../../src/common/learning/content'
import type { Caller } from '../core/action'
import { db, rows } from '../core/cloud'

export interface ProgramRecord {
  _id: string
  name: Localized
  factoryIds: string[]
  officerOpenids: string[]
  createdAt: Date
}

export function requireFactoryHr(caller: Caller, factoryId: string): void {
  if (!hasRole(caller.user.roles, 'hr', factoryId)) throw new AppError('FORBIDDEN')
}

/** The programs the caller is an officer of (one request). */
export async function programsOf(openid: string): Promise<ProgramRecord[]> {
  return rows<ProgramRecord>(db.collection('programs').where({ officerOpenids: openid }).limit(100).get())
}

/** The program asked for, or the caller's only one; FORBIDDEN for anyone not its officer. */
export function pickProgram(mine: ProgramRecord[], programId: string | undefined): ProgramRecord {
  if (!mine.length) throw new AppError('FORBIDDEN')
  if (programId === undefined) {
    if (mine.length > 1) throw new AppError('INSIGHTS_PROGRAM_REQUIRED')
    return mine[0]
  }
  const found = mine.find((p) => p._id === programId)
  if (!found) throw new AppError('FORBIDDEN')
  return found
}
