import type { CollectionDecl } from '../db/schema-types'

export const SPACES_COLLECTIONS: CollectionDecl[] = []
