// Typed default: only WeChat has privacy authorization (see wire.weapp.ts).
export function wirePrivacyAuthorization(): void {}
