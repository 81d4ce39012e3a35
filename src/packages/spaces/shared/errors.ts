// Server errors arrive already in the user's language (CloudError.message); anything else is a bug
// on our side and reads as the generic catalog message.
import { errorMessage } from '@/common/errors'
import { getLang } from '@/i18n'
import { isCloudError } from '@/services/cloud'

export function errorText(err: unknown): string {
  if (isCloudError(err)) return err.message
  console.warn('[spaces] unexpected error', err)
  return errorMessage('INTERNAL', getLang())
}

/** Field messages the server attached to a VALIDATION_FAILED error, if any. */
export function errorFields(err: unknown): Record<string, string> {
  return isCloudError(err) && err.fields ? err.fields : {}
}
