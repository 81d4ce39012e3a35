import type { CollectionDecl } from '../db/schema-types'

export const LEARNING_COLLECTIONS: CollectionDecl[] = []
