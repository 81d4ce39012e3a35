// The one error type the app's screens need to handle: a catalog code plus a message that is
// already in the user's language (from the server, or from the shared catalog for local failures).
import { AppError, errorMessage, type ErrorCode } from '@/common/errors'
import type { Lang } from '@/common/lang'

export class CloudError extends AppError {
  readonly fields?: Record<string, string>
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(code, fields, message)
    this.name = 'CloudError'
    this.fields = fields
    // Subclassing Error loses the prototype when compiled to ES5; restore it for instanceof.
    Object.setPrototypeOf(this, CloudError.prototype)
  }

  static fromCode(code: ErrorCode, lang: Lang): CloudError {
    return new CloudError(code, errorMessage(code, lang))
  }
}

export function isCloudError(value: unknown): value is CloudError {
  return value instanceof CloudError || (value instanceof Error && value.name === 'CloudError')
}
