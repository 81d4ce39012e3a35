// The validated course content, compiled by scripts/build-content.mjs into
// build/content/course.json and bundled into the api function (esbuild resolves this name).
declare module '@course-content' {
  const course: import('../../scripts/content/compile').CompiledCourse
  export default course
}
