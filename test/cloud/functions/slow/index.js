// Test function: takes longer than its 1 s timeout when asked to.
exports.main = async (event) => {
  if (event.crash) process.exit(3)
  // busy for `spin` ms: CPU time, not a wait
  for (const end = Date.now() + (event.spin || 0); Date.now() < end; );
  await new Promise((r) => setTimeout(r, event.ms || 0))
  return { slept: event.ms || 0, pid: process.pid }
}
