// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// weapp: explicit targets. Without them the package.json browserslist (meant for the H5 build)
// wins over the preset's own default and `?.` / `??` reach dist/, which iOS below 13.4 cannot
// parse (white screen at launch: on iOS mini program JS runs in the system JavaScriptCore, and
// syntax cannot be polyfilled). test/weapp/syntax.test.js holds dist/ to ES2019.
const weappTargets = { ios: '12', chrome: '66' }

module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      ...(process.env.TARO_ENV === 'weapp' ? { targets: weappTargets } : {})
    }]
  ]
}
