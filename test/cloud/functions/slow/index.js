// Test function: takes longer than its 1 s timeout when asked to.
exports.main = async (event) => {
  if (event.crash) process.exit(3)
  // busy until `spin` ms of this process's CPU time are spent (not wall time: a loaded machine
  // stretches that), so the CPU time it reports is known whatever else runs
  const start = process.cpuUsage()
  const spent = () => { const d = process.cpuUsage(start); return (d.user + d.system) / 1000 }
  while (event.spin && spent() < event.spin);
  await new Promise((r) => setTimeout(r, event.ms || 0))
  return { slept: event.ms || 0, pid: process.pid }
}
