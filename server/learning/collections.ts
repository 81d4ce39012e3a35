import { SERVER_ONLY, type CollectionDecl } from '../db/schema-types'

export const LEARNING_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'learning_progress',
    purpose:
      'Course progress, one record per worker and session (_id = openid:sessionId): furthest card, passed, best score. Only moves forward.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'openid', keys: { openid: 1 } }]
  },
  {
    name: 'learning_quiz_results',
    purpose: 'Each graded quiz attempt (answers, server-side score) for the program’s learning report; the device’s idempotency key is unique per worker so a retried submission is stored once.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'openid_key_unique', keys: { openid: 1, key: 1 }, unique: true },
      { name: 'openid_session', keys: { openid: 1, sessionId: 1 } },
      { name: 'factory_submitted', keys: { factoryId: 1, submittedAt: -1 } }
    ]
  },
  {
    name: 'learning_surveys',
    purpose: 'The before/after self-assessment (Likert answers) for the impact report; one per worker and phase.',
    rule: SERVER_ONLY,
    indexes: [
      { name: 'openid_phase_unique', keys: { openid: 1, phase: 1 }, unique: true },
      { name: 'factory_phase', keys: { factoryId: 1, phase: 1 } }
    ]
  },
  {
    name: 'course_audio',
    purpose: 'Recorded card audio in cloud storage (_id = sessionId/cardId, fileID, v = hash of the bytes), written by `npm run content:audio`, read by learning.audio.get.',
    rule: SERVER_ONLY,
    indexes: [{ name: 'sessionId', keys: { sessionId: 1 } }]
  }
]
