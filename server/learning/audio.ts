// learning.audio.get: the session's recorded card audio as temporary URLs, keyed by card id. A
// card's recording is content/audio/<session>/<card>.mp3 (or .m4a/.aac); `npm run content:audio`
// puts each in cloud storage and records it in `course_audio` (_id = <session>/<card>, fileID,
// v = a hash of the bytes, so a phone's saved copy is replaced when the recording changes).
import { AppError } from '../../src/common/errors'
import type { Handler } from '../core/action'
import { cloud, db, rows } from '../core/cloud'
import { findSession } from './content'

export const AUDIO_COLLECTION = 'course_audio'
/** long enough to finish a session; the phone keeps its own copy after the first play */
export const AUDIO_LINK_SECONDS = 6 * 3600

const MAX_CARDS = 8

interface AudioRecord {
  _id: string
  sessionId: string
  cardId: string
  fileID: string
  v: string
}

// The course is open to everyone (access.ts): its recordings are too, like its text.
export const audioGet: Handler<'learning.audio.get'> = async ({ sessionId }) => {
  if (!findSession(sessionId)) throw new AppError('NOT_FOUND', { sessionId })
  const data = await rows<AudioRecord>(db.collection(AUDIO_COLLECTION).where({ sessionId }).limit(MAX_CARDS).get())
  if (data.length === 0) return { files: {} }
  const temp = (await cloud.getTempFileURL({ fileList: data.map((r) => ({ fileID: r.fileID, maxAge: AUDIO_LINK_SECONDS })) })) as {
    fileList: { fileID: string; tempFileURL: string; status: number }[]
  }
  const urls = new Map(temp.fileList.filter((f) => f.status === 0 && f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]))
  const files: Record<string, { url: string; v: string }> = {}
  for (const r of data) {
    const url = urls.get(r.fileID)
    if (url) files[r.cardId] = { url, v: r.v }
  }
  return { files }
}
