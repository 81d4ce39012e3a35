// Typed default: platforms without WeChat Cloud need no setup (see init.weapp.ts).
export function initCloud(): void {}
