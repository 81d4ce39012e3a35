// `npm run build:release`: what gets uploaded to WeChat. The weapp production build with
// FB_RELEASE=1, which stops unless TARO_APP_ID and TARO_APP_CLOUD_ENV are set (environment or
// .env.local, see config/deploy.ts), then the function bundles (cloudfunctions/*/index.js).
import { mustRun, npx } from './lib.mjs'

const env = { ...process.env, FB_RELEASE: '1', NODE_ENV: 'production' }
await mustRun(npx('taro'), ['build', '--type', 'weapp'], { env })
await mustRun(process.execPath, ['scripts/build-server.mjs'], { env })
console.log('\n✓ release build: dist/ (upload from WeChat DevTools) and cloudfunctions/*/index.js')
