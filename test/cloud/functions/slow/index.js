// Test function: takes longer than its 1 s timeout when asked to.
exports.main = async (event) => {
  if (event.crash) process.exit(3)
  await new Promise((r) => setTimeout(r, event.ms || 0))
  return { slept: event.ms || 0, pid: process.pid }
}
