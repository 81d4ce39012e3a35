import type { learningActions } from '../../src/common/learning/actions'
import type { HandlersOf } from '../core/action'
import { audioGet } from './audio'
import { certificates, overview, progressSave, quizSubmit, sessionGet, surveyGet, surveySubmit, tipGet, cardGet, tipToday } from './actions'

export const learningHandlers: HandlersOf<typeof learningActions> = {
  'learning.overview': overview,
  'learning.session.get': sessionGet,
  'learning.audio.get': audioGet,
  'learning.progress.save': progressSave,
  'learning.quiz.submit': quizSubmit,
  'learning.tip.today': tipToday,
  'learning.tip.get': tipGet,
  'learning.card.get': cardGet,
  'learning.certificates': certificates,
  'survey.get': surveyGet,
  'survey.submit': surveySubmit
}
