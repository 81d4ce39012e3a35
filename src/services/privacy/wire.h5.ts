// H5 has no WeChat privacy gate.
export function wirePrivacyAuthorization(): void {}
