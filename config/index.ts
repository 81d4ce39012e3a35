import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import type { Compiler } from 'webpack'
import { deployProblems, deployTarget, finishProjectConfig, type DeployTarget } from './deploy'
import devConfig from './dev'
import prodConfig from './prod'

// Each target gets its own output folder so a weapp build never overwrites the H5 one.
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist'
const root = path.resolve(__dirname, '..')

// AppID and cloud env id: TARO_APP_ID / TARO_APP_CLOUD_ENV (environment or .env.local), see deploy.ts.
const target = deployTarget()
if (process.env.TARO_ENV === 'weapp') {
  const problems = deployProblems(target)
  if (problems.length > 0) {
    // Exit instead of throwing: Taro would bury the reason under a stack trace and a misleading
    // "config file not found".
    console.error(`\n✗ weapp build stopped:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`)
    process.exit(1)
  }
}

class FinishProjectConfigPlugin {
  constructor(private readonly deploy: DeployTarget) {}
  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('FinishProjectConfigPlugin', () => finishProjectConfig(root, path.join(root, outputRoot), this.deploy))
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'family-bridge',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {},
    // Cloud env id is read by src/services/cloud/init.weapp.ts; empty means the default env.
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(target.cloudEnv)
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src')
    },
    // sitemap.json (which pages WeChat search may index) sits next to app.json in the mini program.
    copy: {
      patterns: process.env.TARO_ENV === 'h5' ? [] : [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }],
      options: {}
    },
    // Spacing mixins for every stylesheet (flex `gap` is ignored below iOS 14.5); the mini program
    // variant avoids the `*` selector, which WXSS refuses.
    sass: {
      resource: ['src/styles/spacing.scss'],
      projectDirectory: path.resolve(__dirname, '..'),
      data: `$fb-platform: ${process.env.TARO_ENV === 'h5' ? 'h5' : 'mini'};`
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Taro transpiles only src/ and its own packages; the rest of node_modules that reaches dist/
      // (zod, dayjs, ...) must go through babel too, or its ES2020+ syntax ships as is.
      compile: { include: [(file: string) => /[\\/]node_modules[\\/]/.test(file)] },
      // Subpackage-only modules stay in their subpackage instead of bloating common.js.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('fb-project-config').use(FinishProjectConfigPlugin, [target])
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
