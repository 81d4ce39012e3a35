// subscribeMessage.send, emulated: every accepted message is recorded to an
// outbox (tests and the dev page read it); faults such as 43101 can be armed.
import { z } from 'zod'

export interface OutboxMessage {
  seq: number
  at: string
  functionName?: string
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: string
}

export const FaultSchema = z.object({
  touser: z.string().optional(),
  templateId: z.string().optional(),
  errcode: z.number().int(),
  errmsg: z.string().default('injected fault'),
  /** how many matching sends fail; omitted = until cleared */
  times: z.number().int().positive().optional()
})
export type Fault = z.infer<typeof FaultSchema>

export class Outbox {
  private readonly messages: OutboxMessage[] = []
  private faults: Fault[] = []
  private seq = 0

  arm(fault: Fault): void {
    this.faults.push({ ...fault })
  }

  clearFaults(): void {
    this.faults = []
  }

  list(): OutboxMessage[] {
    return [...this.messages]
  }

  clear(): void {
    this.messages.length = 0
  }

  /** Returns the WeChat reply for one send: `{errcode:0}` or the armed fault. */
  send(req: Record<string, unknown>, functionName?: string): { errcode: number; errmsg: string; msgid?: number } {
    const touser = String(req.touser ?? '')
    const templateId = String(req.template_id ?? '')
    if (!touser || !templateId || typeof req.data !== 'object' || req.data === null) {
      return { errcode: 47003, errmsg: 'argument invalid! data.touser/template_id/data required' }
    }
    const fault = this.faults.find(
      (f) => (f.touser === undefined || f.touser === touser) && (f.templateId === undefined || f.templateId === templateId)
    )
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault)
      return { errcode: fault.errcode, errmsg: fault.errmsg }
    }
    const msg: OutboxMessage = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      functionName,
      touser,
      templateId,
      page: req.page as string | undefined,
      data: req.data as OutboxMessage['data'],
      miniprogramState: req.miniprogram_state as string | undefined
    }
    this.messages.push(msg)
    return { errcode: 0, errmsg: 'ok', msgid: msg.seq }
  }
}
