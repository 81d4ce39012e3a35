// Bounded concurrency for work that waits on the network (database requests,
// openapi sends): at cloud latency, one item at a time leaves the function idle
// for most of its budget; all at once would flood the database and WeChat.

/**
 * Runs `fn` over `items` with at most `limit` in flight, in order of start.
 * `shouldStart` is asked before each item: false leaves the rest unstarted
 * (their results stay undefined). Rejects with the first error, after the
 * items already in flight have settled (nothing is left running behind it).
 */
export async function forEachLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  shouldStart: () => boolean = () => true
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (!failure && next < items.length && shouldStart()) {
      const i = next++
      try {
        results[i] = await fn(items[i], i)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure) throw (failure as { error: unknown }).error
  return results
}

/** A positive whole number from the environment, or the default. */
export function envLimit(name: string, fallback: number): number {
  const n = Number(process.env[name])
  return Number.isInteger(n) && n > 0 ? n : fallback
}
