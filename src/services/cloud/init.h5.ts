// H5 talks to the local dev gateway over HTTP: nothing to initialise.
export function initCloud(): void {}
