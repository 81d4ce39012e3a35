// What the children's-privacy notice and the About page must name that depends on the
// deployment, read from the `api` function's environment variables (set in the CloudBase
// console, 云函数 → 函数配置 → 环境变量; see README):
//   PRIVACY_OFFICER_NAME, PRIVACY_OFFICER_CONTACT  the person in charge of children's personal
//                                                  information (《儿童个人信息网络保护规定》 Art. 8)
//   DATA_REGION                                    the CloudBase region the data is stored in;
//                                                  else the region the platform reports
// Read per call (cheap): nothing per invocation is kept in module scope.
import type { PrivacyDeployment } from '../../src/common/spaces/schemas'

/** Trimmed and bounded, or null when unset/blank: the app then says "not configured". */
function setting(raw: string | undefined, max: number): string | null {
  const v = (raw ?? '').trim()
  return v ? v.slice(0, max) : null
}

export function privacyDeployment(env: Record<string, string | undefined> = process.env): PrivacyDeployment {
  const name = setting(env.PRIVACY_OFFICER_NAME, 40)
  const contact = setting(env.PRIVACY_OFFICER_CONTACT, 80)
  return {
    // SCF sets TENCENTCLOUD_REGION in every function; DATA_REGION overrides it (e.g. in the local cloud)
    region: setting(env.DATA_REGION, 32) ?? setting(env.TENCENTCLOUD_REGION, 32),
    officer: name && contact ? { name, contact } : null
  }
}
